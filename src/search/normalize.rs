//! Search-side normalisation of a string, keeping a map back to the original bytes.
//!
//! Both the indexed text and the query go through the same steps: NFKC (full-width `２０２５` → `2025`),
//! lower case, traditional → simplified Chinese (variants folded), and whitespace and Chinese
//! punctuation ([`blind`]) dropped, so that `2025年` finds the
//! seed's `2025 年` and `半導體` finds `半导体`. Words (runs of letters and digits outside Chinese) are
//! kept apart for English word-prefix matching, runs of Chinese characters for matching a query's
//! Chinese terms one by one.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::simplify::simplified;

/// One normalised character and the bytes of the original string it came from.
#[derive(Debug, Clone, Copy)]
pub struct NChar {
    pub c: char,
    pub src: (u32, u32),
}

/// A normalised word (English or digits) and where it stands in the original.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub src: Range<usize>,
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

pub fn is_word_char(c: char) -> bool {
    // Chinese first: `is_alphanumeric` takes its slow path for them.
    !is_han(c) && c.is_alphanumeric()
}

/// Whether the words of `s`'s prepared form are exactly its runs of ASCII letters and digits:
/// every other character (Chinese, punctuation such as “ ” — …, spaces) only separates words,
/// as written and after NFKC. Such a string can be matched word by word from its bytes.
pub fn words_are_ascii_runs(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii()
            || is_han(c)
            || punctuation(c).map(|p| !p.is_ascii_alphanumeric()) == Some(true)
            || (!c.is_alphanumeric()
                && !unicode_normalization::char::is_combining_mark(c)
                && c.nfkc().all(|n| !n.is_alphanumeric() || is_han(n)))
    })
}

/// Fast path for what most text is made of: ASCII and unified ideographs are already NFKC and
/// give one character each; only their case may change.
pub fn is_fast(c: char) -> bool {
    c.is_ascii() || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// NFKC and lower case of the punctuation of Chinese text (，。、：；（）《》“” …) and of the
/// rest of the full-width ASCII forms, worked out without the Unicode tables: a tenth of a
/// Chinese text's characters, which building an index would otherwise run through NFKC one
/// by one. `None` for anything else. A test holds it to NFKC.
fn punctuation(c: char) -> Option<char> {
    match c as u32 {
        // CJK punctuation (not the numerals and ditto marks of the block) and dashes and
        // quotation marks: NFKC leaves them as they are.
        0x3001..=0x3003
        | 0x3008..=0x3011
        | 0x3014..=0x301F
        | 0x2013
        | 0x2014
        | 0x2018
        | 0x2019
        | 0x201C
        | 0x201D => Some(c),
        // Full-width forms of ASCII: NFKC gives the ASCII character.
        cp @ 0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0).map(|a| a.to_ascii_lowercase()),
        _ => None,
    }
}

/// Punctuation of Chinese text that a search looks through, as through spaces: quotes, brackets,
/// commas and stops, full-width or not (`卡脖子问题` finds `“卡脖子”问题`). ASCII punctuation is
/// kept: `10%`, `3.5`, `R&D` are searched as written.
#[inline]
pub fn blind(c: char) -> bool {
    matches!(c as u32,
        0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x2018 | 0x2019 | 0x201C | 0x201D
        | 0x2014 | 0x2026 | 0x00B7 | 0x30FB
        | 0xFF01..=0xFF04 | 0xFF06..=0xFF0C | 0xFF0E | 0xFF0F | 0xFF1A..=0xFF1F | 0xFF3B..=0xFF3D
        | 0xFF5B..=0xFF5E)
}

/// Punctuation that ends a clause or an item of a list (`、`, `，`, `。`, `；`, `：`, `！`, `？`) and
/// a line feed: a substring search looks through them ([`blind`]), but a pinyin reading runs
/// across none (`xlss` is not 信息、绿色石化's 息、绿色石).
pub fn clause_break(c: char) -> bool {
    matches!(c, '、' | '。' | '，' | '；' | '：' | '！' | '？' | '\n')
}

/// Where in the compact form of `s` ([`compact_into`]) a pinyin reading must stop: the index of
/// each compact character that a [`clause_break`] comes before (none at the start or the end),
/// counted as `compact_into` makes them.
pub fn pinyin_breaks(s: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut count: u32 = 0;
    let mut pending = false;
    let mut buf = [0u8; 4];
    for c in s.chars() {
        if clause_break(c) {
            pending = true;
            continue;
        }
        let made = if c.is_whitespace() || (!is_fast(c) && blind(c)) {
            0
        } else if is_han(c) || is_fast(c) || punctuation(c).is_some() || unaccented(c).is_some() {
            1
        } else {
            (c.encode_utf8(&mut buf).nfkc())
                .flat_map(char::to_lowercase)
                .filter(|l| !l.is_whitespace())
                .count() as u32
        };
        if made > 0 {
            if pending && count > 0 && out.last() != Some(&count) {
                out.push(count);
            }
            pending = false;
            count += made;
        }
    }
    out
}

/// Appends the compact form of `s` to `out`: its normalised characters without the spaces, as
/// [`super::prepared::Prepared`] holds them in `compact_str`.
pub fn compact_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // Most English fields: no NFKC, no Chinese, one character each.
        out.extend(
            s.bytes()
                .filter(|b| !(*b as char).is_whitespace())
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return;
    }
    // What `normalize` does, without recording where each character came from: the index
    // makes the compact form of every string of a library.
    let from = out.len();
    let (mut han, mut spaces) = (false, false);
    let mut push = |c: char, out: &mut String| {
        han |= is_han(c);
        spaces |= c == ' ';
        out.push(c);
    };
    let mut buf = [0u8; 4];
    let mut ideographs = false;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A run of unified ideographs (U+4E00–U+9FFF, three bytes led by E4 B8 to E9) is
        // already in normal form: copied whole, it is most of a Chinese text.
        let run = i;
        while i + 2 < b.len() && matches!((b[i], b[i + 1]), (0xE4, 0xB8..) | (0xE5..=0xE9, _)) {
            i += 3;
        }
        if i > run {
            ideographs = true;
            out.push_str(&s[run..i]);
            continue;
        }
        let c = s[i..].chars().next().unwrap_or_default();
        i += c.len_utf8();
        if c.is_whitespace() || (!is_fast(c) && blind(c)) {
            push(' ', out);
        } else if is_fast(c) {
            push(c.to_ascii_lowercase(), out);
        } else if let Some(p) = punctuation(c) {
            push(p, out);
        } else if let Some(b) = unaccented(c) {
            push(b, out);
        } else {
            for n in c.encode_utf8(&mut buf).nfkc() {
                for l in n.to_lowercase() {
                    push(if l.is_whitespace() { ' ' } else { l }, out);
                }
            }
        }
    }
    han |= ideographs;
    if !han && !spaces {
        return;
    }
    // Spaces are kept until here because fast2s reads each character's neighbours.
    let converted = match han.then(|| simplified(&out[from..])) {
        Some(Cow::Owned(c)) => Some(c),
        _ => None,
    };
    // Most Chinese text is simplified already and has no spaces: nothing to redo.
    if !spaces && converted.as_deref().is_none_or(|c| c == &out[from..]) {
        return;
    }
    let tail = out.split_off(from);
    let mut simplified = converted.as_deref().unwrap_or("").chars();
    for c in tail.chars() {
        let c = simplified.next().filter(|_| han).unwrap_or(c);
        if c != ' ' {
            out.push(c);
        }
    }
}

/// A Latin letter with a diacritic (`é`, `Ü`, `ǖ`) as its base letter: an accent is not a
/// difference a reader searching means (`cafe` finds `café`, `muller` finds `Müller`).
pub(super) fn unaccented(c: char) -> Option<char> {
    if !matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
        return None;
    }
    let base = std::iter::once(c).nfd().next()?;
    (base.is_ascii_alphabetic() && base != c).then(|| base.to_ascii_lowercase())
}

/// Normalises `s` into characters (whitespace kept as `' '`) mapped to their source bytes.
pub fn normalize(s: &str) -> Vec<NChar> {
    let mut out: Vec<NChar> = Vec::with_capacity(s.len());
    let mut buf = [0u8; 4];
    for (i, c) in s.char_indices() {
        let src = (i as u32, (i + c.len_utf8()) as u32);
        if c.is_whitespace() || (!is_fast(c) && blind(c)) {
            out.push(NChar { c: ' ', src });
            continue;
        }
        if is_fast(c) {
            out.push(NChar {
                c: c.to_ascii_lowercase(),
                src,
            });
            continue;
        }
        if let Some(b) = unaccented(c) {
            out.push(NChar { c: b, src });
            continue;
        }
        for n in c.encode_utf8(&mut buf).nfkc() {
            for l in n.to_lowercase() {
                out.push(NChar {
                    c: if l.is_whitespace() { ' ' } else { l },
                    src,
                });
            }
        }
    }
    if out.iter().any(|n| is_han(n.c)) {
        // fast2s converts one character into one character (with neighbours as context).
        let chars: String = out.iter().map(|n| n.c).collect();
        for (n, c) in out.iter_mut().zip(simplified(&chars).chars()) {
            n.c = c;
        }
    }
    out
}

/// Splits normalised characters into words: runs of letters and digits that are not Chinese.
pub fn words(chars: &[NChar]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur: Option<Word> = None;
    for n in chars {
        if is_word_char(n.c) {
            let w = cur.get_or_insert_with(|| Word {
                text: String::new(),
                src: n.src.0 as usize..n.src.1 as usize,
            });
            w.text.push(n.c);
            w.src.end = n.src.1 as usize;
        } else if let Some(w) = cur.take() {
            out.push(w);
        }
    }
    out.extend(cur);
    out
}

/// Runs of Chinese characters; whitespace, punctuation and words end a run.
pub fn han_runs(chars: &[NChar]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for n in chars {
        if is_han(n.c) {
            cur.push(n.c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn punctuation_is_what_nfkc_and_lower_case_make_it() {
        use unicode_normalization::UnicodeNormalization;
        let mut checked = 0;
        for c in (0x2000..0x3100)
            .chain(0xFF00..0xFF70)
            .filter_map(char::from_u32)
        {
            let Some(p) = super::punctuation(c) else {
                continue;
            };
            let slow: String = c.to_string().nfkc().flat_map(char::to_lowercase).collect();
            assert_eq!(slow, p.to_string(), "U+{:04X}", c as u32);
            let words = !c.is_alphanumeric() && slow.chars().all(|n| !n.is_alphanumeric());
            assert_eq!(super::words_are_ascii_runs(&c.to_string()), words, "{c}");
            assert!(!c.is_whitespace());
            checked += 1;
        }
        assert!(checked > 100, "{checked}");
    }

    use super::*;

    fn text(chars: &[NChar]) -> String {
        chars.iter().map(|n| n.c).collect()
    }

    #[test]
    fn full_width_case_and_traditional() {
        assert_eq!(text(&normalize("２０２５ ＡＢＣ")), "2025 abc");
        assert_eq!(text(&normalize("SEMICONDUCTOR")), "semiconductor");
        assert_eq!(text(&normalize("半導體　機器人")), "半导体 机器人");
    }

    #[test]
    fn every_char_maps_back_to_its_source() {
        let s = "到２０２５ 年，UHD视频";
        for n in normalize(s) {
            let (a, b) = (n.src.0 as usize, n.src.1 as usize);
            assert!(
                s.is_char_boundary(a) && s.is_char_boundary(b) && a < b,
                "{n:?}"
            );
        }
    }

    proptest::proptest! {
        /// The index's compact form is `normalize`'s, without whitespace: a search prepares a
        /// string again from its compact form and relies on the two agreeing.
        #[test]
        fn the_compact_form_is_the_normalised_one_without_spaces(
            s in "[ a-zA-Z0-9\\t\u{3000}\u{a0}半導體与與积積电電路，。“”ＡＢ２０ﬁ㍻Ⅻİß\u{308}𠀀豈…]{0,24}"
        ) {
            let mut compact = String::from("x");
            compact_into(&s, &mut compact);
            let want: String = normalize(&s).into_iter().map(|n| n.c).filter(|c| *c != ' ').collect();
            proptest::prop_assert_eq!(&compact[1..], want.as_str());
        }
    }

    #[test]
    fn words_and_han_runs() {
        let n = normalize("UHD 视频, 3D打印 robots");
        let ws: Vec<String> = words(&n).into_iter().map(|w| w.text).collect();
        assert_eq!(ws, ["uhd", "3d", "robots"]);
        assert_eq!(han_runs(&n), ["视频", "打印"]);
    }
}
