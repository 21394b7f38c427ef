//! Stage 1, normalise: the forms of writing that mean the same letters become one.
//!
//! Decomposed and composed Unicode are one (NFC, then accents dropped from Latin letters:
//! `café` pasted from macOS, `cafe` typed); pinyin's `ü`, `ǖ`…`ǜ` and `u:` become `v`, the
//! letter the index's readings use (which also accept `u`); tone marks go with the other accents;
//! tone numbers after a syllable (`ban4dao3ti3`) go; an apostrophe (or `’`) between pinyin
//! syllables is kept as `'`, where it ends a syllable (`xi'an`: xi + an), and goes anywhere else.
//! Chinese, digits and everything else pass unchanged: the match stage folds case, width and
//! traditional forms on both sides.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::super::pinyin::syllables::reads_as_syllables;

/// `raw` in the forms the later stages expect.
pub fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut prev_latin = false;
    let mut chars = raw.nfd().peekable();
    while let Some(c) = chars.next() {
        let lower = c.to_ascii_lowercase();
        // `ü` decomposes to `u` and U+0308; `u:` is how pinyin is typed without it.
        if lower == 'u' && matches!(chars.peek(), Some('\u{308}') | Some(':')) {
            chars.next();
            out.push(c);
        } else if is_combining_mark(c) && prev_latin {
            continue;
        } else {
            out.push(c);
        }
        prev_latin = c.is_ascii_alphabetic() || (prev_latin && is_combining_mark(c));
    }
    let out: String = out
        .split(' ')
        .map(u_after_jqxy)
        .map(|w| tone_numbers_and_apostrophes(&w))
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .collect();
    caps_lock(out)
}

/// A query of several words typed all in capitals, one of them longer than an acronym
/// (`WHAT IS A CHOKEPOINT`), in lower case: its short words are no acronyms (see
/// [`crate::search::Pattern`]'s rule for those) but words typed with the caps lock on.
fn caps_lock(s: String) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let latin = |w: &&&str| w.chars().any(|c| c.is_ascii_alphabetic());
    if words.iter().filter(latin).count() > 1
        && !s.chars().any(char::is_lowercase)
        && words
            .iter()
            .any(|w| w.chars().filter(char::is_ascii_alphabetic).count() > 4)
    {
        s.to_lowercase()
    } else {
        s
    }
}

/// `v` typed for `ü` after j, q, x or y, where pinyin writes plain `u` (`qvkuailian`, `xvyao`):
/// the index reads 区 as `qu`. No English word has these pairs.
fn u_after_jqxy(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut prev = ' ';
    for c in word.chars() {
        out.push(if c == 'v' && matches!(prev, 'j' | 'q' | 'x' | 'y') {
            'u'
        } else {
            c
        });
        prev = c;
    }
    out
}

/// A word of pinyin with tone numbers, as plain letters, its apostrophes kept between syllables
/// (and made `'`); any other word as it is, but for apostrophes between letters.
fn tone_numbers_and_apostrophes(word: &str) -> String {
    // The typographic apostrophe is the same mark.
    let word = word.replace('’', "'");
    let b = word.as_bytes();
    let toned = b
        .iter()
        .enumerate()
        .any(|(i, c)| matches!(c, b'1'..=b'5') && i > 0 && b[i - 1].is_ascii_alphabetic())
        && b.iter().enumerate().all(|(i, c)| match c {
            b'a'..=b'z' | b'A'..=b'Z' | b'\'' => true,
            // A tone number follows a syllable's final letter and is followed by a letter or the end.
            b'1'..=b'5' => {
                i > 0
                    && matches!(
                        b[i - 1].to_ascii_lowercase(),
                        b'a' | b'e' | b'i' | b'o' | b'u' | b'v' | b'n' | b'g' | b'r'
                    )
                    && b.get(i + 1)
                        .is_none_or(|n| n.is_ascii_alphabetic() || *n == b'\'')
            }
            _ => false,
        });
    let word: String = word
        .chars()
        .filter(|c| !(toned && c.is_ascii_digit()))
        .collect();
    let between_letters = |i: usize, c: char| {
        c == '\''
            && word[..i].ends_with(|p: char| p.is_ascii_alphabetic())
            && word[i + c.len_utf8()..].starts_with(|n: char| n.is_ascii_alphabetic())
    };
    // Between pinyin syllables an apostrophe ends one (`xi'an` is xi + an, not xian); anywhere
    // else it goes between letters (`don't` as `dont`).
    if word.contains('\'') && reads_as_syllables(&word.to_ascii_lowercase()) {
        return word;
    }
    word.char_indices()
        .filter(|&(i, c)| !between_letters(i, c))
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn pinyin_in_every_written_form() {
        for q in ["lüse", "lu:se", "LÜSE", "lǜsè", "lu\u{308}se"] {
            assert_eq!(normalise(q).to_lowercase(), "luse", "{q}");
        }
        assert_eq!(normalise("bàndǎotǐ"), "bandaoti");
        assert_eq!(normalise("ban4dao3ti3"), "bandaoti");
        assert_eq!(normalise("xi'an"), "xi'an");
        assert_eq!(normalise("Xi’an"), "Xi'an");
        assert_eq!(normalise("xi1'an1"), "xi'an");
        assert_eq!(normalise("jiguang’zengcai"), "jiguang'zengcai");
        // No pinyin on both sides: the apostrophe goes.
        assert_eq!(normalise("Don't"), "Dont");
        assert_eq!(normalise("x'an"), "xan");
        // v for ü after j, q, x, y is plain u there.
        assert_eq!(normalise("qvkuailian"), "qukuailian");
        assert_eq!(normalise("xv4yao4 jv"), "xuyao ju");
        assert_eq!(normalise("lvse"), "lvse");
    }

    #[test]
    fn other_text_is_left_alone() {
        assert_eq!(normalise("café"), "cafe");
        assert_eq!(normalise("cafe\u{301}"), "cafe");
        assert_eq!(normalise("Mu\u{308}ller"), "Muller");
        assert_eq!(normalise("5G 3D打印 2025"), "5G 3D打印 2025");
        assert_eq!(normalise("h2o"), "h2o");
        assert_eq!(normalise("半導體 ‘"), "半導體 ‘");
    }
}
