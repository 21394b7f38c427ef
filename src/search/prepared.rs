//! A string made ready for matching: its normalised form, words and pinyin readings, each mapped
//! back to byte ranges of the original so hits can be highlighted without slicing a character.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::normalize::{NChar, is_fast, is_han, is_word_char, normalize};
use super::pinyin::{HanTable, readings};

/// A word of the field: its normalised text as a range of `compact_str` (a word never holds a
/// space), and the original bytes it came from. Ranges, not strings: a large library has
/// millions of words.
#[derive(Debug, Clone)]
pub struct PWord {
    pub text: Range<u32>,
    pub src: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Prepared {
    /// Normalised characters without whitespace.
    pub compact: Vec<NChar>,
    pub compact_str: String,
    /// Byte offset in `compact_str` of each compact character, for mapping `find` results back.
    pub compact_offsets: Vec<u32>,
    pub words: Vec<PWord>,
    /// Readings of each compact character (empty for characters that are not Chinese).
    pub readings: Vec<&'static [&'static str]>,
}

impl Prepared {
    pub fn new(s: &str) -> Self {
        Self::from_normalized(normalize(s), |c| if is_han(c) { readings(c) } else { &[] })
    }

    /// The same as `Prepared::new(orig)`, given `compact`, the compact form of `orig` that
    /// [`super::normalize::compact_into`] made. The index keeps only the two strings and prepares
    /// a field again when a query may match it: replaying the mapping to the source bytes costs
    /// a pass over the string, where normalising again (traditional → simplified above all)
    /// would cost several times that.
    pub fn rebuild(orig: &str, compact: &str, han: &HanTable) -> Self {
        let mut all = Vec::with_capacity(orig.len());
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
            if c.is_whitespace() {
                all.push(NChar { c: ' ', src });
            } else if is_fast(c) {
                all.push(next(src));
            } else {
                for n in c.encode_utf8(&mut buf).nfkc() {
                    for l in n.to_lowercase() {
                        all.push(if l.is_whitespace() {
                            NChar { c: ' ', src }
                        } else {
                            next(src)
                        });
                    }
                }
            }
        }
        Self::from_normalized(all, |c| han.get(c))
    }

    fn from_normalized(
        all: Vec<NChar>,
        readings: impl Fn(char) -> &'static [&'static str],
    ) -> Self {
        let mut compact = Vec::with_capacity(all.len());
        let mut compact_str = String::with_capacity(all.len() * 3);
        let mut compact_offsets = Vec::with_capacity(all.len());
        let mut words: Vec<PWord> = Vec::new();
        let mut in_word = false;
        for n in all {
            if n.c == ' ' {
                in_word = false;
                continue;
            }
            let at = compact_str.len() as u32;
            compact_offsets.push(at);
            compact_str.push(n.c);
            let end = compact_str.len() as u32;
            if is_word_char(n.c) {
                match words.last_mut() {
                    Some(w) if in_word => {
                        w.text.end = end;
                        w.src.end = n.src.1 as usize;
                    }
                    _ => words.push(PWord {
                        text: at..end,
                        src: n.src.0 as usize..n.src.1 as usize,
                    }),
                }
                in_word = true;
            } else {
                in_word = false;
            }
            compact.push(n);
        }
        compact.shrink_to_fit();
        compact_offsets.shrink_to_fit();
        compact_str.shrink_to_fit();
        words.shrink_to_fit();
        let readings = compact.iter().map(|n| readings(n.c)).collect();
        Prepared {
            compact,
            compact_str,
            compact_offsets,
            words,
            readings,
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
