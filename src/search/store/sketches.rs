//! The sketches of a part's strings with Chinese, kept for those strings only: half of a
//! library's strings are English, and a sketch is 32 bytes.

use super::Part;
use crate::search::pinyin::HanTable;
use crate::search::sketch::{Builder, Sketch};

/// The sketch of each string with Chinese, in order, and where string `k`'s is.
#[derive(Default)]
pub struct Sketches {
    sketches: Vec<Sketch>,
    /// One bit per string: whether it holds Chinese.
    han: Vec<u64>,
    /// Strings with Chinese before each block of 64.
    before: Vec<u32>,
}

impl Sketches {
    /// The sketch of string `k` (empty for a string without Chinese).
    pub fn get(&self, k: usize) -> Sketch {
        let (block, bit) = (k / 64, k % 64);
        if self.han[block] >> bit & 1 == 0 {
            return Sketch::default();
        }
        let i = self.before[block] + (self.han[block] & ((1u64 << bit) - 1)).count_ones();
        self.sketches[i as usize]
    }
}

impl Part {
    /// The sketch of each string's Chinese readings, made once the index's table of readings
    /// is: a pinyin query reads a string's characters only when the sketch says it may match.
    pub fn sketches(&self, table: &HanTable) -> Sketches {
        let blocks = self.entries.len().div_ceil(64);
        let mut out = Sketches {
            sketches: Vec::new(),
            han: vec![0; blocks],
            before: Vec::with_capacity(blocks),
        };
        let mut from = 0;
        for (k, e) in self.entries.iter().enumerate() {
            let norm = &self.norm[from..e.norm_end as usize];
            from = e.norm_end as usize;
            if k % 64 == 0 {
                out.before.push(out.sketches.len() as u32);
            }
            if e.han() {
                out.han[k / 64] |= 1 << (k % 64);
                let mut sketch = Builder::default();
                // Characters that are not Chinese have no readings: they part neighbours.
                norm.chars().for_each(|c| sketch.push(table.sketch(c)));
                out.sketches.push(sketch.done());
            }
        }
        out.sketches.shrink_to_fit();
        out
    }
}
