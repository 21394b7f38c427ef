//! A string made ready for matching: its normalised form, words and pinyin readings, each mapped
//! back to byte ranges of the original so hits can be highlighted without slicing a character.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::normalize::{NChar, blind, is_fast, is_han, is_word_char, normalize};
use super::pinyin::{HanTable, interned};

/// A word of the field: its normalised text as a range of `compact_str` (a word never holds a
/// space), and the original bytes it came from. Ranges, not strings: a large library has
/// millions of words.
#[derive(Debug, Clone)]
pub struct PWord {
    pub text: Range<u32>,
    pub src: Range<usize>,
    /// Written in capitals, a final plural `s` aside (`UHD`, `EVs`): what an acronym typed in
    /// capitals matches.
    pub caps: bool,
}

#[derive(Debug, Clone)]
pub struct Prepared {
    /// Normalised characters without whitespace.
    pub compact: Vec<NChar>,
    pub compact_str: String,
    /// Byte offset in `compact_str` of each compact character, for mapping `find` results back.
    pub compact_offsets: Vec<u32>,
    pub words: Vec<PWord>,
    /// Readings of each compact character (empty for characters that are not Chinese); none at
    /// all when the string holds no Chinese.
    pub readings: Vec<&'static [&'static str]>,
    /// For each of `readings`, how many of its first readings the character's common reading
    /// gives ([`super::pinyin::common_readings`]), looked up once here rather than per match.
    pub common: Vec<u8>,
    /// The compact characters a [`super::normalize::clause_break`] comes before, in order: a
    /// pinyin match runs across none (only kept for a string with Chinese).
    pub breaks: Vec<u32>,
}

impl Prepared {
    pub fn new(s: &str) -> Self {
        let all = normalize(s);
        let mut b = Builder::with_capacity(s, all.len());
        all.into_iter().for_each(|n| b.push(n));
        b.finish(interned)
    }

    /// The same as `Prepared::new(orig)`, given `compact`, the compact form of `orig` that
    /// [`super::normalize::compact_into`] made. The index keeps only the two strings and prepares
    /// a field again when a query may match it: replaying the mapping to the source bytes costs
    /// a pass over the string, where normalising again (traditional → simplified above all)
    /// would cost several times that.
    pub fn rebuild(orig: &str, compact: &str, han: &HanTable) -> Self {
        if orig.is_ascii() {
            return Self::rebuild_ascii(orig, compact);
        }
        let mut b = Builder::with_capacity(orig, compact.len());
        let mut norm = compact.chars();
        // The compact form holds every normalised character that is not a space, in order; which
        // source character each came from is replayed here, as `normalize` made them.
        let mut next = |src| NChar {
            c: norm.next().expect("the compact form matches its source"),
            src,
        };
        let mut buf = [0u8; 4];
        for (i, c) in orig.char_indices() {
            let src = (i as u32, (i + c.len_utf8()) as u32);
            if is_fast(c) && !c.is_whitespace() {
                // Most characters: never punctuation a search looks through.
                b.push(next(src));
            } else if c.is_whitespace() || blind(c) {
                b.space();
            } else if super::normalize::unaccented(c).is_some() {
                b.push(next(src));
            } else {
                for n in c.encode_utf8(&mut buf).nfkc() {
                    for l in n.to_lowercase() {
                        if l.is_whitespace() {
                            b.space();
                        } else {
                            b.push(next(src));
                        }
                    }
                }
            }
        }
        b.finish(|c| (han.get(c), han.get_common(c).len()))
    }

    /// [`Prepared::rebuild`] for an ASCII source, most English fields: every byte that is not a
    /// space is one compact character, and words are runs of letters and digits.
    fn rebuild_ascii(orig: &str, compact: &str) -> Self {
        let mut chars = Vec::with_capacity(compact.len());
        let mut offsets = Vec::with_capacity(compact.len());
        let mut words: Vec<PWord> = Vec::new();
        let mut in_word = false;
        let mut caps = Caps::default();
        for (i, b) in orig.bytes().enumerate() {
            if (b as char).is_whitespace() {
                in_word = false;
                continue;
            }
            let at = chars.len() as u32;
            let src = (i as u32, i as u32 + 1);
            if b.is_ascii_alphanumeric() {
                let lower = b.is_ascii_lowercase();
                match words.last_mut() {
                    Some(w) if in_word => {
                        w.text.end = at + 1;
                        w.src.end = i + 1;
                        w.caps = caps.next(lower, b);
                    }
                    _ => words.push(PWord {
                        text: at..at + 1,
                        src: i..i + 1,
                        caps: caps.first(lower),
                    }),
                }
                in_word = true;
            } else {
                in_word = false;
            }
            offsets.push(at);
            chars.push(NChar {
                c: b.to_ascii_lowercase() as char,
                src,
            });
        }
        debug_assert_eq!(chars.len(), compact.len());
        Prepared {
            compact: chars,
            compact_str: compact.to_string(),
            compact_offsets: offsets,
            words,
            readings: Vec::new(),
            common: Vec::new(),
            breaks: Vec::new(),
        }
    }

    /// The normalised text of word `i`.
    pub fn word(&self, i: usize) -> &str {
        let r = &self.words[i].text;
        &self.compact_str[r.start as usize..r.end as usize]
    }

    /// The original byte range covered by compact characters `from..to`.
    pub fn source_range(&self, from: usize, to: usize) -> Range<usize> {
        self.compact[from].src.0 as usize..self.compact[to - 1].src.1 as usize
    }

    /// The compact character index at a byte offset of `compact_str`.
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.compact_offsets
            .partition_point(|&o| (o as usize) < byte)
    }
}

/// Whether the word being read is written in capitals, a final `s` aside.
#[derive(Default)]
struct Caps {
    caps: bool,
    /// A lower-case `s` ended the word so far.
    s: bool,
}

impl Caps {
    /// The first character of a word; `lower`: it is a lower-case letter in the source.
    fn first(&mut self, lower: bool) -> bool {
        *self = Caps {
            caps: !lower,
            s: false,
        };
        self.caps
    }

    /// The next character `c` of the word (as the source writes it, or its first byte).
    fn next(&mut self, lower: bool, c: u8) -> bool {
        if self.s {
            self.caps = false;
        } else if lower {
            self.s = self.caps && c == b's';
            self.caps &= self.s;
        }
        self.caps
    }
}

/// Puts a [`Prepared`] together one normalised character at a time.
struct Builder<'a> {
    /// The source, read for the case of its letters.
    orig: &'a str,
    caps: Caps,
    compact: Vec<NChar>,
    compact_str: String,
    compact_offsets: Vec<u32>,
    words: Vec<PWord>,
    in_word: bool,
}

impl<'a> Builder<'a> {
    /// Room for `chars` characters of `orig`'s length in bytes; prepared strings live for one
    /// search, so they are sized generously once rather than grown or shrunk.
    fn with_capacity(orig: &'a str, chars: usize) -> Self {
        let bytes = orig.len();
        Builder {
            orig,
            caps: Caps::default(),
            compact: Vec::with_capacity(chars),
            compact_str: String::with_capacity(bytes),
            compact_offsets: Vec::with_capacity(chars),
            words: Vec::new(),
            in_word: false,
        }
    }

    /// A normalised space: it ends a word and is not kept.
    fn space(&mut self) {
        self.in_word = false;
    }

    fn push(&mut self, n: NChar) {
        if n.c == ' ' {
            self.space();
            return;
        }
        let at = self.compact_str.len() as u32;
        self.compact_offsets.push(at);
        self.compact_str.push(n.c);
        let end = self.compact_str.len() as u32;
        if is_word_char(n.c) {
            let first = self.orig.as_bytes()[n.src.0 as usize];
            let lower = if first.is_ascii() {
                first.is_ascii_lowercase()
            } else {
                self.orig[n.src.0 as usize..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            };
            match self.words.last_mut() {
                Some(w) if self.in_word => {
                    w.text.end = end;
                    w.src.end = n.src.1 as usize;
                    w.caps = self.caps.next(lower, first);
                }
                _ => self.words.push(PWord {
                    text: at..end,
                    src: n.src.0 as usize..n.src.1 as usize,
                    caps: self.caps.first(lower),
                }),
            }
            self.in_word = true;
        } else {
            self.in_word = false;
        }
        self.compact.push(n);
    }

    /// `readings` gives a Chinese character's readings and how many of them its common reading
    /// gives. A string without Chinese keeps none at all, which pinyin matching treats as it
    /// would a list of empty ones.
    fn finish(self, readings: impl Fn(char) -> (&'static [&'static str], usize)) -> Prepared {
        let han = self.compact.iter().any(|n| is_han(n.c));
        let (readings, common) = if han {
            self.compact
                .iter()
                .map(|n| match is_han(n.c) {
                    true => {
                        let (all, common) = readings(n.c);
                        (all, common as u8)
                    }
                    false => (&[][..], 0),
                })
                .unzip()
        } else {
            (Vec::new(), Vec::new())
        };
        let mut breaks = Vec::new();
        if han {
            for (j, w) in self.compact.windows(2).enumerate() {
                let gap =
                    &self.orig[w[0].src.1 as usize..(w[1].src.0 as usize).max(w[0].src.1 as usize)];
                if gap.chars().any(super::normalize::clause_break) {
                    breaks.push(j as u32 + 1);
                }
            }
        }
        Prepared {
            compact: self.compact,
            compact_str: self.compact_str,
            compact_offsets: self.compact_offsets,
            words: self.words,
            readings,
            common,
            breaks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize::compact_into;

    #[test]
    fn the_index_stops_pinyin_where_the_prepared_string_does() {
        let doc = crate::model::load_embedded().expect("the embedded document loads");
        let mut texts: Vec<String> = vec![
            "信息、绿色石化".into(),
            "合作，支持".into(),
            "。开头，和结尾。".into(),
            "一\n二 三、、四".into(),
            "㍻、平成，ﬁ。x".into(),
            "“卡脖子”问题；下一句：好！".into(),
        ];
        for n in doc.nodes() {
            for t in [Some(&n.title), n.label.as_ref(), n.text.as_ref()]
                .into_iter()
                .flatten()
            {
                texts.push(t.zh.to_string());
            }
        }
        let mut checked = 0;
        for s in &texts {
            let p = Prepared::new(s);
            if p.readings.is_empty() {
                continue;
            }
            let mut compact = String::new();
            compact_into(s, &mut compact);
            assert_eq!(compact.chars().count(), p.compact.len(), "{s}");
            assert_eq!(crate::search::normalize::pinyin_breaks(s), p.breaks, "{s}");
            checked += usize::from(!p.breaks.is_empty());
        }
        assert!(checked > 20, "{checked}");
    }

    #[test]
    fn rebuilt_from_the_compact_form_is_the_same_as_prepared_anew() {
        let han = HanTable::new(&crate::search::pinyin::Seen::all());
        for s in [
            "",
            "  ",
            "半導體與積體電路，２０２５ 年\t達到10%以上。",
            "Semiconductors and integrated circuits (UHD) — “hidden champions”…",
            "ﬁne ㍻ Ⅻ İstanbul ß ＡＢＣ　ｄｅｆ\u{a0}x\u{2003}y ¨ ̈ 𠀀𪚥 豈",
            "\u{1}\u{b}tab\rret\n end ",
        ] {
            let mut compact = String::new();
            compact_into(s, &mut compact);
            let (a, b) = (Prepared::new(s), Prepared::rebuild(s, &compact, &han));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{s:?}");
            assert_eq!(a.compact_str, compact, "{s:?}");
        }
    }
}
