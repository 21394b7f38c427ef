//! A string made ready for matching: its normalised form, words and pinyin readings, each mapped
//! back to byte ranges of the original so hits can be highlighted without slicing a character.

use std::ops::Range;

use super::normalize::{NChar, Word, is_han, normalize, words};
use super::pinyin::readings;

#[derive(Debug, Clone)]
pub struct Prepared {
    /// Normalised characters without whitespace.
    pub compact: Vec<NChar>,
    pub compact_str: String,
    /// Byte offset in `compact_str` of each compact character, for mapping `find` results back.
    pub compact_offsets: Vec<u32>,
    pub words: Vec<Word>,
    /// Readings of each compact character (empty for characters that are not Chinese).
    pub readings: Vec<Vec<&'static str>>,
}

impl Prepared {
    pub fn new(s: &str) -> Self {
        let all = normalize(s);
        let words = words(&all);
        let compact: Vec<NChar> = all.into_iter().filter(|n| n.c != ' ').collect();
        let mut compact_str = String::with_capacity(compact.len() * 3);
        let mut compact_offsets = Vec::with_capacity(compact.len());
        for n in &compact {
            compact_offsets.push(compact_str.len() as u32);
            compact_str.push(n.c);
        }
        let readings = compact
            .iter()
            .map(|n| {
                if is_han(n.c) {
                    readings(n.c)
                } else {
                    Vec::new()
                }
            })
            .collect();
        Prepared {
            compact,
            compact_str,
            compact_offsets,
            words,
            readings,
        }
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
