//! Pinyin matching: a Latin-letter query against the readings of consecutive Chinese characters.
//!
//! Two forms, both without tones: full syllables (`bandaoti`, spaces already removed; the last
//! syllable may be cut short while typing; an apostrophe, as in `xi'an`, ends a syllable) and
//! initials (`bdt`). Every reading of a polyphonic character can match, but its first reading
//! (the `pinyin` crate's data lists the most common one first: Unihan's kMandarin) is its
//! common one: a match that needs another (支 read qí for `qiche`, 区 read ōu for `ok`) is told
//! apart ([`common_readings`]) and ranks after those reading each character by its common one,
//! while a real second reading (行 háng in 银行, 长 zhǎng in 增长) is still found.

use pinyin::ToPinyinMulti;

use super::sketch::Sketch;

mod starts;
pub mod syllables;
pub use starts::Starts;

/// The toneless readings of a character, its common one first; `ü` is offered as both `v` and
/// `u`.
pub fn readings(c: char) -> &'static [&'static str] {
    interned(c).0
}

/// The readings of `c` its common (first) reading gives: the first one or two of
/// [`readings`] (two for `ü`: `lv`, `lu`).
pub fn common_readings(c: char) -> &'static [&'static str] {
    let (all, common) = interned(c);
    &all[..common]
}

/// [`readings`], and how many of them its common (first) reading gives: both looked up at once.
pub fn interned(c: char) -> (&'static [&'static str], usize) {
    // Interned per character: a big document has millions of Chinese characters but only a few
    // thousand distinct ones, and each keeps one shared list instead of a vector of its own. The
    // shared table is leaked once per character; each thread keeps a lock-free copy in front of it.
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    type Interned = (&'static [&'static str], usize);
    static SHARED: OnceLock<Mutex<HashMap<char, Interned>>> = OnceLock::new();
    thread_local! {
        static LOCAL: std::cell::RefCell<HashMap<char, Interned>> =
            std::cell::RefCell::new(HashMap::new());
    }
    LOCAL.with(|local| {
        *local.borrow_mut().entry(c).or_insert_with(|| {
            let mut shared = SHARED
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            *shared.entry(c).or_insert_with(|| {
                let (all, common) = compute(c);
                (Box::leak(all.into_boxed_slice()), common)
            })
        })
    })
}

/// Whether `s` is the reading of some Chinese character (as [`readings`] gives them).
pub fn is_syllable(s: &str) -> bool {
    all_syllables().binary_search(&s).is_ok()
}

/// Every reading of every Chinese character, sorted: gathered once from the readings data (a few
/// milliseconds), the first time a query asks.
pub fn all_syllables() -> &'static [&'static str] {
    use std::sync::OnceLock;
    static ALL: OnceLock<Vec<&'static str>> = OnceLock::new();
    ALL.get_or_init(|| {
        let blocks = [0x3400..=0x9FFF, 0xF900..=0xFAFF, 0x20000..=0x2FFFF];
        let mut all: Vec<&'static str> = blocks
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .flat_map(|c| compute(c).0)
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    })
}

/// The readings of `c`, and how many of them its first reading gives.
fn compute(c: char) -> (Vec<&'static str>, usize) {
    let Some(multi) = c.to_pinyin_multi() else {
        return (Vec::new(), 0);
    };
    let mut out = Vec::new();
    let mut common = 0;
    for (i, p) in multi.into_iter().enumerate() {
        let plain = p.plain();
        let variants: &[&'static str] = match plain {
            "lü" | "lv" => &["lv", "lu"],
            "nü" | "nv" => &["nv", "nu"],
            "lüe" | "lve" => &["lve", "lue"],
            "nüe" | "nve" => &["nve", "nue"],
            _ => &[],
        };
        if variants.is_empty() {
            if !out.contains(&plain) {
                out.push(plain);
            }
        } else {
            for v in variants {
                if !out.contains(v) {
                    out.push(v);
                }
            }
        }
        if i == 0 {
            common = out.len();
        }
    }
    (out, common)
}

/// Full-syllable match of `q` starting at character `start`; returns the end (exclusive) character.
/// An apostrophe in `q` (only ever between letters) ends the syllable before it: `xi'an` is
/// xi + an, never xian.
pub fn match_syllables(
    readings: &[&'static [&'static str]],
    start: usize,
    q: &str,
) -> Option<usize> {
    syllables_from(readings, start, q, false)
}

fn syllables_from(
    readings: &[&'static [&'static str]],
    i: usize,
    q: &str,
    after_one: bool,
) -> Option<usize> {
    if q.is_empty() {
        return Some(i);
    }
    for s in readings.get(i)?.iter() {
        if let Some(rest) = q.strip_prefix(s) {
            let rest = rest.strip_prefix('\'').unwrap_or(rest);
            if let Some(end) = syllables_from(readings, i + 1, rest, true) {
                return Some(end);
            }
        } else if after_one && s.starts_with(q) {
            // The query ends part-way through this syllable: the reader is still typing.
            return Some(i + 1);
        }
    }
    None
}

/// Initials match of `q` starting at character `start`: one letter per character. Never for a
/// `q` with an apostrophe, which separates whole syllables.
pub fn match_initials(
    readings: &[&'static [&'static str]],
    start: usize,
    q: &str,
) -> Option<usize> {
    if q.contains('\'') {
        return None;
    }
    let mut i = start;
    for letter in q.bytes() {
        let r = readings.get(i)?;
        if !r.iter().any(|s| s.as_bytes().first() == Some(&letter)) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// First and last code point of the block of ideographs whose readings the table keeps in an
/// array: nearly every character of a Chinese text.
const DENSE: std::ops::RangeInclusive<u32> = 0x3400..=0x9FFF;

/// The readings of every Chinese character of an index, looked up by code point without
/// hashing: the pinyin pre-check runs over every character of a library's Chinese text.
pub struct HanTable {
    dense: Vec<&'static [&'static str]>,
    /// For each character of the dense block, how many of its readings its common one gives
    /// ([`common_readings`]).
    common: Vec<u8>,
    /// For each character of the dense block, its [`Sketch`]'s reads (none for those absent).
    sketches: Vec<u128>,
    /// The distinct characters of the dense block that occur in the index.
    present: Vec<char>,
    /// Every reading of the characters that occur, sorted.
    syllables: Vec<&'static str>,
}

/// The Chinese characters that occur in an index: a bitmap over the dense block, and the rest.
#[derive(Default)]
pub struct Seen {
    dense: Vec<u64>,
    rare: std::collections::BTreeSet<char>,
}

impl Seen {
    /// Notes that the Chinese character `c` occurs.
    pub fn see(&mut self, c: char) {
        if DENSE.contains(&(c as u32)) {
            let i = (c as u32 - DENSE.start()) as usize;
            if self.dense.len() <= i / 64 {
                self.dense.resize(i / 64 + 1, 0);
            }
            self.dense[i / 64] |= 1 << (i % 64);
        } else {
            self.rare.insert(c);
        }
    }

    /// Adds what `other` saw.
    pub fn merge(&mut self, other: &Seen) {
        if self.dense.len() < other.dense.len() {
            self.dense.resize(other.dense.len(), 0);
        }
        self.dense
            .iter_mut()
            .zip(&other.dense)
            .for_each(|(a, b)| *a |= b);
        self.rare.extend(&other.rare);
    }

    /// Every character of the dense block, for tests.
    #[cfg(test)]
    pub fn all() -> Seen {
        Seen {
            dense: vec![u64::MAX; (DENSE.end() - DENSE.start() + 1).div_ceil(64) as usize],
            rare: Default::default(),
        }
    }
}

impl HanTable {
    pub fn new(seen: &Seen) -> Self {
        let mut dense = vec![&[][..]; (DENSE.end() - DENSE.start() + 1) as usize];
        let mut present = Vec::new();
        for (i, slot) in dense.iter_mut().enumerate() {
            if seen
                .dense
                .get(i / 64)
                .is_some_and(|w| w >> (i % 64) & 1 == 1)
                && let Some(c) = char::from_u32(DENSE.start() + i as u32)
                && super::normalize::is_han(c)
            {
                *slot = readings(c);
                present.push(c);
            }
        }
        // Only the characters present are filled in: the rest of the table stays untouched
        // zeroed pages, which a small document's start-up never pays for.
        let mut sketches = vec![0; dense.len()];
        let mut common = vec![0; dense.len()];
        for &c in &present {
            let i = (c as u32 - DENSE.start()) as usize;
            sketches[i] = Sketch::of_readings(dense[i]).reads();
            common[i] = common_readings(c).len() as u8;
        }
        let mut syllables: Vec<&'static str> = present
            .iter()
            .chain(&seen.rare)
            .flat_map(|&c| readings(c).iter().copied())
            .collect();
        syllables.sort_unstable();
        syllables.dedup();
        HanTable {
            dense,
            common,
            sketches,
            present,
            syllables,
        }
    }

    /// The letters the readings of `c` begin with, as a set (bit 0 = `a`).
    fn firsts(&self, c: char) -> u32 {
        self.sketch(c).firsts()
    }

    /// The [`Sketch`] of `c`'s readings (nothing for characters that are not Chinese).
    pub fn sketch(&self, c: char) -> Sketch {
        let cp = c as u32;
        if DENSE.contains(&cp) {
            Sketch::of_reads(self.sketches[(cp - DENSE.start()) as usize])
        } else {
            Sketch::of_readings(self.get(c))
        }
    }

    /// The readings of `c` as `Prepared` keeps them (none for characters that are not Chinese).
    pub fn get(&self, c: char) -> &'static [&'static str] {
        let cp = c as u32;
        if !super::normalize::is_han(c) {
            &[]
        } else if DENSE.contains(&cp) {
            self.dense[(cp - DENSE.start()) as usize]
        } else {
            readings(c)
        }
    }

    /// The readings of `c` its common reading gives ([`common_readings`]), as [`HanTable::get`].
    pub fn get_common(&self, c: char) -> &'static [&'static str] {
        let cp = c as u32;
        if !super::normalize::is_han(c) {
            &[]
        } else if DENSE.contains(&cp) {
            let i = (cp - DENSE.start()) as usize;
            &self.dense[i][..usize::from(self.common[i])]
        } else {
            common_readings(c)
        }
    }
}

#[cfg(test)]
mod tests;
