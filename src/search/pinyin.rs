//! Pinyin matching: a Latin-letter query against the readings of consecutive Chinese characters.
//!
//! Two forms, both without tones: full syllables (`bandaoti`, spaces already removed; the last
//! syllable may be cut short while typing) and initials (`bdt`). Every reading of a polyphonic
//! character counts. Readings come from the `pinyin` crate's data.

use pinyin::ToPinyinMulti;

use super::MatchKind;
use super::sketch::{self, Needs, Sketch};

/// The toneless readings of a character; `ü` is offered as both `v` and `u`.
pub fn readings(c: char) -> &'static [&'static str] {
    // Interned per character: a big document has millions of Chinese characters but only a few
    // thousand distinct ones, and each keeps one shared list instead of a vector of its own. The
    // shared table is leaked once per character; each thread keeps a lock-free copy in front of it.
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static SHARED: OnceLock<Mutex<HashMap<char, &'static [&'static str]>>> = OnceLock::new();
    thread_local! {
        static LOCAL: std::cell::RefCell<HashMap<char, &'static [&'static str]>> =
            std::cell::RefCell::new(HashMap::new());
    }
    LOCAL.with(|local| {
        *local.borrow_mut().entry(c).or_insert_with(|| {
            let mut shared = SHARED
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            *shared
                .entry(c)
                .or_insert_with(|| Box::leak(compute(c).into_boxed_slice()))
        })
    })
}

/// Whether `s` is the reading of some Chinese character (as [`readings`] gives them).
pub fn is_syllable(s: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    // Gathered once from the readings data (a few milliseconds), the first time a query asks.
    static ALL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ALL.get_or_init(|| {
        let blocks = [0x3400..=0x9FFF, 0xF900..=0xFAFF, 0x20000..=0x2FFFF];
        blocks
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .flat_map(compute)
            .collect()
    })
    .contains(s)
}

fn compute(c: char) -> Vec<&'static str> {
    let Some(multi) = c.to_pinyin_multi() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in multi {
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
    }
    out
}

/// Full-syllable match of `q` starting at character `start`; returns the end (exclusive) character.
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

/// Initials match of `q` starting at character `start`: one letter per character.
pub fn match_initials(
    readings: &[&'static [&'static str]],
    start: usize,
    q: &str,
) -> Option<usize> {
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
        for &c in &present {
            let i = (c as u32 - DENSE.start()) as usize;
            sketches[i] = Sketch::of_readings(dense[i]).reads();
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

    /// The characters where a match of the letters `q` can begin: one of their readings starts
    /// with its first letter (a whole first syllable or an initial does).
    pub fn starts<'t>(&'t self, q: &str) -> Starts<'t> {
        let mut bits = vec![0u64; self.dense.len().div_ceil(64)];
        let mut whole = vec![0u64; self.dense.len().div_ceil(64)];
        let mut prefix = vec![0u64; self.dense.len().div_ceil(64)];
        let first = q.as_bytes().first().copied();
        // The letters the next character's reading may start with: the query's second letter
        // (initials), or the letter after a whole first syllable.
        let mut second = letter_bit(q.as_bytes().get(1).copied());
        for &c in &self.present {
            for s in self.get(c) {
                if s.len() < q.len() && q.starts_with(s) {
                    second |= letter_bit(q.as_bytes().get(s.len()).copied());
                }
            }
        }
        for &c in &self.present {
            let i = (c as u32 - DENSE.start()) as usize;
            let r = self.get(c);
            if r.iter().any(|s| s.as_bytes().first().copied() == first) {
                bits[i / 64] |= 1 << (i % 64);
            }
            if r.contains(&q) {
                whole[i / 64] |= 1 << (i % 64);
            }
            if r.iter().any(|s| q.starts_with(s)) {
                prefix[i / 64] |= 1 << (i % 64);
            }
        }
        Starts {
            table: self,
            bits,
            whole,
            prefix,
            needs: sketch::needs(q, &self.syllables),
            second,
            q: q.to_string(),
        }
    }
}

/// `b` as a bit of a set of lower-case letters; nothing for anything else.
fn letter_bit(b: Option<u8>) -> u32 {
    sketch::letter(b) as u32
}

/// A pinyin query made ready to test compact strings without preparing them.
pub struct Starts<'t> {
    table: &'t HanTable,
    bits: Vec<u64>,
    /// The characters of the dense block one of whose readings is the whole query.
    whole: Vec<u64>,
    /// The characters of the dense block one of whose readings begins the query: where a
    /// match of syllables can begin.
    prefix: Vec<u64>,
    /// What a string's sketch must cover for the query to match it.
    needs: Needs,
    /// Letters (bit 0 = `a`) that a reading of the character after a start may begin with.
    second: u32,
    q: String,
}

impl Starts<'_> {
    /// Whether no string can match: the query is neither syllables nor initials of the index's
    /// characters.
    pub fn never(&self) -> bool {
        self.needs.never()
    }

    /// Whether a string whose Chinese has `sketch` may match; if not, it need not be read.
    pub fn may_hold(&self, sketch: Sketch) -> bool {
        self.needs.may_match(sketch)
    }

    /// Whether the query's syllables or initials match somewhere in `compact`: exactly what the
    /// full match decides, read from the compact string and the table. `buf` is scratch space.
    pub fn may_match(&self, compact: &str, buf: &mut Vec<&'static [&'static str]>) -> bool {
        self.find(compact, buf, false).is_some()
    }

    /// The kind of the full pinyin match of `compact`: syllables somewhere, else initials
    /// somewhere. A search needs no more of a string that only pinyin can match (its highlight
    /// is found again if it is shown), so the string is not prepared.
    pub fn kind(&self, compact: &str, buf: &mut Vec<&'static [&'static str]>) -> Option<MatchKind> {
        self.find(compact, buf, true)
    }

    /// The first match ([`MatchKind::Pinyin`] or [`MatchKind::Initials`]), or with `best` the
    /// syllables match if there is one anywhere.
    fn find(
        &self,
        compact: &str,
        buf: &mut Vec<&'static [&'static str]>,
        best: bool,
    ) -> Option<MatchKind> {
        if self.needs.never() {
            return None;
        }
        let q = self.q.as_str();
        let mut initials = false;
        let bit = |set: &[u64], k: usize| set[k / 64] >> (k % 64) & 1 == 1;
        let b = compact.as_bytes();
        let mut next = 0;
        while next < b.len() {
            let i = next;
            let lead = b[i];
            // Nearly every character is of the dense block, three bytes led by E3 to E9: those
            // are decoded here, in a loop that reads every character of a library's Chinese.
            let (c, dense) = if (0xE3..=0xE9).contains(&lead) && i + 2 < b.len() {
                next = i + 3;
                let cp = u32::from(lead & 0x0F) << 12
                    | u32::from(b[i + 1] & 0x3F) << 6
                    | u32::from(b[i + 2] & 0x3F);
                let Some(k) = cp.checked_sub(*DENSE.start()) else {
                    continue;
                };
                // Once initials have matched, only a match of syllables can do better.
                if !bit(if initials { &self.prefix } else { &self.bits }, k as usize) {
                    continue;
                }
                (char::from_u32(cp).unwrap_or_default(), Some(k as usize))
            } else {
                let c = compact[i..].chars().next().unwrap_or_default();
                next = i + c.len_utf8().max(1);
                if !super::normalize::is_han(c) {
                    continue;
                }
                (c, None)
            };
            // Unless the first character reads as the whole query, the next one must go on
            // with it; checking that first avoids the full match at most starts. The letters
            // that may go on were gathered from the table's characters only, so a first
            // character outside it (CJK extension B and beyond) takes the full match.
            let whole = dense.is_none_or(|k| bit(&self.whole, k));
            let goes_on = compact[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|n| self.table.firsts(n) & self.second != 0);
            if !whole && !goes_on {
                continue;
            }
            // Every character takes at least one letter, so no match reads further than this.
            buf.clear();
            buf.extend(
                compact[i..]
                    .chars()
                    .take(q.len())
                    .map(|c| self.table.get(c)),
            );
            if match_syllables(buf, 0, q).is_some() {
                return Some(MatchKind::Pinyin);
            }
            if match_initials(buf, 0, q).is_some() {
                if !best || !self.needs.as_syllables() {
                    return Some(MatchKind::Initials);
                }
                initials = true;
            }
        }
        initials.then_some(MatchKind::Initials)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Vec<&'static [&'static str]> {
        s.chars().map(readings).collect()
    }

    #[test]
    fn syllables_and_initials() {
        let rd = r("半导体");
        assert_eq!(match_syllables(&rd, 0, "bandaoti"), Some(3));
        assert_eq!(match_syllables(&rd, 0, "bandao"), Some(2));
        assert_eq!(match_syllables(&rd, 0, "banda"), Some(2));
        assert_eq!(match_syllables(&rd, 0, "bandaotix"), None);
        assert_eq!(match_initials(&rd, 0, "bdt"), Some(3));
        assert_eq!(match_initials(&rd, 0, "bdx"), None);
    }

    #[test]
    fn a_match_may_begin_outside_the_dense_block() {
        // 𠀁 (U+20001) reads qi; the table keeps readings only for U+3400–U+9FFF.
        let text = "𠀁导";
        let mut seen = Seen::default();
        for c in text.chars() {
            seen.see(c);
        }
        let table = HanTable::new(&seen);
        let mut buf = Vec::new();
        assert!(table.starts("qidao").may_match(text, &mut buf));
        assert_eq!(match_syllables(&r(text), 0, "qidao"), Some(2));
        // Only 𠀁 reads qi here: without it, "qi" could only match as initials.
        assert!(table.starts("qi").needs.as_syllables());
        let mut without = Seen::default();
        without.see('导');
        assert!(!HanTable::new(&without).starts("qi").needs.as_syllables());
    }

    #[test]
    fn initials_end_the_search_when_no_syllable_can_begin_the_query() {
        let text = "数据要素市场";
        let mut seen = Seen::default();
        text.chars().for_each(|c| seen.see(c));
        let table = HanTable::new(&seen);
        let mut buf = Vec::new();
        // No character here reads s or sj: the first initials are the answer.
        assert!(!table.starts("sj").needs.as_syllables());
        assert_eq!(
            table.starts("sj").kind(text, &mut buf),
            Some(MatchKind::Initials)
        );
        // 市 reads shi: syllables are looked for past the initials of 数据 (sj) and found.
        assert!(table.starts("shi").needs.as_syllables());
        assert_eq!(
            table.starts("shi").kind(text, &mut buf),
            Some(MatchKind::Pinyin)
        );
        assert_eq!(
            table.starts("shic").kind(text, &mut buf),
            Some(MatchKind::Pinyin)
        );
        assert_eq!(
            table.starts("ssc").kind(text, &mut buf),
            Some(MatchKind::Initials)
        );
        assert_eq!(table.starts("sjc").kind(text, &mut buf), None);
    }

    #[test]
    fn polyphones_and_u_umlaut() {
        // 行 reads xing and hang; 绿 reads lü.
        assert_eq!(match_syllables(&r("银行"), 0, "yinhang"), Some(2));
        assert_eq!(match_syllables(&r("绿色"), 0, "lvse"), Some(2));
        assert_eq!(match_syllables(&r("绿色"), 0, "luse"), Some(2));
    }
}
