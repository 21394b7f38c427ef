//! Which strings of a part hold a run of Chinese, found in one pass over the compact arena, and
//! how the match begins: a Chinese query's whole search decides most strings from this alone,
//! without reading them (reading each of tens of thousands of strings scattered over the arena
//! was most of a first character's search).

use memchr::memmem::Finder;

use super::{Entry, Part};
use crate::search::query::MatchKind;

/// For each string of a part: whether it holds the query's compact form (or its mainland
/// wording, tried in that order, as [`crate::search::Pattern`] tries them), and whether an
/// occurrence begins the string; and whether it holds any form at all.
pub struct Holding {
    /// Per form tried in order: the strings holding it, and those where it begins the string.
    forms: Vec<(Vec<u64>, Vec<u64>, usize)>,
    /// The strings holding any form, the query's other spellings included.
    any: Vec<u64>,
}

fn bit(bits: &[u64], k: usize) -> bool {
    bits[k / 64] >> (k % 64) & 1 == 1
}

impl Holding {
    /// Whether string `k` holds any form: no other string can match.
    pub fn any(&self, k: usize) -> bool {
        bit(&self.any, k)
    }

    /// The kind of the substring match of string `k`, `len` bytes of compact form whose first
    /// source character makes one compact character (`first_alone`), as
    /// [`crate::search::Pattern`]'s substring match gives it; `None` when these do not decide it.
    pub fn kind(&self, k: usize, len: usize, first_alone: bool) -> Option<MatchKind> {
        let (_, starts, q) = self.forms.iter().find(|(holds, _, _)| bit(holds, k))?;
        if bit(starts, k) {
            Some(if len == *q {
                MatchKind::Exact
            } else {
                MatchKind::Prefix
            })
        } else {
            first_alone.then_some(MatchKind::Contains)
        }
    }
}

impl Part {
    /// Marks the strings whose compact form holds `forms` (tried in order) or any of `others`:
    /// one pass of a SIMD searcher over the arena per form. The compact forms follow one another
    /// without a separator: an occurrence that runs past its string's end is none.
    pub(super) fn holding_chinese(&self, forms: &[Finder], others: &[Finder]) -> Holding {
        let words = self.entries.len().div_ceil(64);
        let mut any = vec![0u64; words];
        let mut out = Vec::with_capacity(forms.len());
        for (i, needle) in forms.iter().chain(others).enumerate() {
            let mut holds = vec![0u64; words];
            let mut starts = vec![0u64; words];
            self.occurrences(needle, |k, at_start| {
                holds[k / 64] |= 1 << (k % 64);
                if at_start {
                    starts[k / 64] |= 1 << (k % 64);
                }
            });
            for (a, h) in any.iter_mut().zip(&holds) {
                *a |= h;
            }
            if i < forms.len() {
                out.push((holds, starts, needle.needle().len()));
            }
        }
        Holding { forms: out, any }
    }

    /// Calls `found` with each string holding `needle`, once, and whether its first occurrence
    /// there begins the string.
    fn occurrences(&self, needle: &Finder, mut found: impl FnMut(usize, bool)) {
        let len = needle.needle().len();
        if len == 0 {
            return;
        }
        let arena = self.norm.as_bytes();
        let start = |k: usize| {
            k.checked_sub(1)
                .map_or(0, |p| self.entries[p].norm_end as usize)
        };
        let (mut k, mut from) = (0, 0);
        while let Some(at) = needle.find(&arena[from..]) {
            let at = from + at;
            while (self.entries[k]).norm_end as usize <= at {
                k += 1;
            }
            let e: &Entry = &self.entries[k];
            if at + len <= e.norm_end as usize {
                // The first occurrence in the string: the search goes on from the next one.
                found(k, at == start(k));
                from = e.norm_end as usize;
            } else {
                from = at + 1;
            }
        }
    }
}
