//! A pinyin query made ready to test the compact strings of an index without preparing them:
//! which characters can begin a match, what the next one must begin with, and what a string's
//! sketch must cover.

use super::{DENSE, HanTable, match_initials, match_syllables};
use crate::search::MatchKind;
use crate::search::normalize::is_han;
use crate::search::sketch::{self, Needs, Sketch};

impl HanTable {
    /// The characters where a match of the letters `q` can begin: one of their readings starts
    /// with its first letter (a whole first syllable or an initial does). The checks read `q`'s
    /// letters alone: an apostrophe only narrows what they match.
    pub fn starts<'t>(&'t self, pinyin: &str) -> Starts<'t> {
        let letters: String = pinyin.chars().filter(|&c| c != '\'').collect();
        let q = letters.as_str();
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
            q: pinyin.to_string(),
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
    /// Whether a string whose Chinese has `sketch` may match; if not, it need not be read.
    pub fn may_hold(&self, sketch: Sketch) -> bool {
        self.needs.may_match(sketch)
    }

    /// Whether the query's syllables or initials match somewhere in `compact`, whose pinyin
    /// readings stop at the characters `breaks` ([`crate::search::normalize::pinyin_breaks`]):
    /// exactly what the full match decides, read from the compact string and the table. `buf`
    /// is scratch space.
    pub fn may_match(
        &self,
        compact: &str,
        breaks: &[u32],
        buf: &mut Vec<&'static [&'static str]>,
    ) -> bool {
        self.find(compact, breaks, buf, false).is_some()
    }

    /// The kind of the full pinyin match of `compact`: syllables somewhere, else initials
    /// somewhere, by common readings, else by any reading. A search needs no more of a string that only pinyin can match (its highlight
    /// is found again if it is shown), so the string is not prepared.
    pub fn kind(
        &self,
        compact: &str,
        breaks: &[u32],
        buf: &mut Vec<&'static [&'static str]>,
    ) -> Option<MatchKind> {
        self.find(compact, breaks, buf, true)
    }

    /// Whether there is a match; with `best`, the best kind of match anywhere: syllables, then
    /// initials, each character read by its common reading ([`HanTable::get_common`]), then
    /// syllables and initials by any reading.
    fn find(
        &self,
        compact: &str,
        breaks: &[u32],
        buf: &mut Vec<&'static [&'static str]>,
        best: bool,
    ) -> Option<MatchKind> {
        if self.needs.never() {
            return None;
        }
        let q = self.q.as_str();
        let mut found: Option<MatchKind> = None;
        let bit = |set: &[u64], k: usize| set[k / 64] >> (k % 64) & 1 == 1;
        let b = compact.as_bytes();
        let mut next = 0;
        // Which character this is, and the next clause break after it.
        let (mut at, mut next_break) = (0usize, 0usize);
        while next < b.len() {
            let i = next;
            let lead = b[i];
            at += 1;
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
                // Once initials by common readings have matched, only syllables can do better.
                let starts = match found {
                    Some(MatchKind::Initials) => &self.prefix,
                    _ => &self.bits,
                };
                if !bit(starts, k as usize) {
                    continue;
                }
                (char::from_u32(cp).unwrap_or_default(), Some(k as usize))
            } else {
                let c = compact[i..].chars().next().unwrap_or_default();
                next = i + c.len_utf8().max(1);
                if !is_han(c) {
                    continue;
                }
                (c, None)
            };
            let here = at - 1;
            while breaks.get(next_break).is_some_and(|&k| k as usize <= here) {
                next_break += 1;
            }
            // A reading runs up to the next clause break, not across it.
            let room = breaks
                .get(next_break)
                .map_or(usize::MAX, |&k| k as usize - here);
            // Unless the first character reads as the whole query, the next one must go on
            // with it; checking that first avoids the full match at most starts. The letters
            // that may go on were gathered from the table's characters only, so a first
            // character outside it (CJK extension B and beyond) takes the full match.
            let whole = dense.is_none_or(|k| bit(&self.whole, k));
            let goes_on = room > 1
                && compact[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| self.table.firsts(n) & self.second != 0);
            if !whole && !goes_on {
                continue;
            }
            // Every character takes at least one letter, so no match reads further than this.
            let span = || compact[i..].chars().take(q.len().min(room));
            buf.clear();
            // Whether a character here has readings besides its common one: most have none,
            // and then a match by any reading is one by the common readings.
            let mut others = false;
            buf.extend(span().map(|c| {
                let all = self.table.get(c);
                others |= all.len() > self.table.get_common(c).len();
                all
            }));
            let syllables = match_syllables(buf, 0, q).is_some();
            let initials = !syllables && match_initials(buf, 0, q).is_some();
            if !syllables && !initials {
                continue;
            }
            if !best {
                return Some(MatchKind::Pinyin);
            }
            // Any reading matched; by the common readings alone?
            if others {
                buf.clear();
                buf.extend(span().map(|c| self.table.get_common(c)));
            }
            let kind = if syllables && (!others || match_syllables(buf, 0, q).is_some()) {
                return Some(MatchKind::Pinyin);
            } else if !syllables && !others || match_initials(buf, 0, q).is_some() {
                MatchKind::Initials
            } else if syllables {
                MatchKind::PinyinOtherReading
            } else {
                MatchKind::InitialsOtherReading
            };
            if kind == MatchKind::Initials && !self.needs.as_syllables() {
                return Some(kind);
            }
            found = Some(found.map_or(kind, |f| f.min(kind)));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Seen, readings};
    use super::*;

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
        assert!(table.starts("qidao").may_match(text, &[], &mut buf));
        let rd: Vec<_> = text.chars().map(readings).collect();
        assert_eq!(match_syllables(&rd, 0, "qidao"), Some(2));
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
            table.starts("sj").kind(text, &[], &mut buf),
            Some(MatchKind::Initials)
        );
        // 市 reads shi: syllables are looked for past the initials of 数据 (sj) and found.
        assert!(table.starts("shi").needs.as_syllables());
        assert_eq!(
            table.starts("shi").kind(text, &[], &mut buf),
            Some(MatchKind::Pinyin)
        );
        assert_eq!(
            table.starts("shic").kind(text, &[], &mut buf),
            Some(MatchKind::Pinyin)
        );
        assert_eq!(
            table.starts("ssc").kind(text, &[], &mut buf),
            Some(MatchKind::Initials)
        );
        assert_eq!(table.starts("sjc").kind(text, &[], &mut buf), None);
    }

    #[test]
    fn the_common_readings_match_is_the_best() {
        let texts = ["支撑体系", "支撑体系和汽车", "区块链", "支撑体系，群策群力"];
        let mut seen = Seen::default();
        texts
            .iter()
            .flat_map(|t| t.chars())
            .for_each(|c| seen.see(c));
        let table = HanTable::new(&seen);
        let mut buf = Vec::new();
        let kind = |q: &str, text: &str, buf: &mut Vec<_>| {
            let breaks = crate::search::prepared::Prepared::new(text).breaks;
            table.starts(q).kind(text, &breaks, buf)
        };
        // 支 read qí, 撑 cheng cut short: only by another reading; 汽车 after it by the common.
        let other = Some(MatchKind::PinyinOtherReading);
        assert_eq!(kind("qiche", texts[0], &mut buf), other);
        assert_eq!(kind("qiche", texts[1], &mut buf), Some(MatchKind::Pinyin));
        // 区 read ōu.
        let initials = Some(MatchKind::InitialsOtherReading);
        assert_eq!(kind("ok", texts[2], &mut buf), initials);
        assert!(table.starts("ok").may_match(texts[2], &[], &mut buf));
        // 群策 reads q-c by common readings, which beats 支撑's q-c by another.
        assert_eq!(kind("qc", texts[3], &mut buf), Some(MatchKind::Initials));
        assert_eq!(kind("qc", texts[0], &mut buf), initials);
        // An apostrophe ends a syllable: 体系 is ti + xi, not tix'i.
        assert_eq!(kind("ti'xi", texts[0], &mut buf), Some(MatchKind::Pinyin));
        assert_eq!(kind("tix'i", texts[0], &mut buf), None);
    }
}
