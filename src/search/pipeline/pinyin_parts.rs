//! A run of pinyin found nowhere as one, read as the words it holds: `jiguangzengcai` (or
//! `jiguang'zengcai`) as `jiguang` and `zengcai`, each found on its own in 激光与增材制造, as
//! [`super::expand::chinese_parts`] reads a run of Chinese.

use crate::search::pinyin::syllables::{cuts, reads_as_syllables};
use crate::search::pinyin::{all_syllables, is_syllable};

/// Longest run, in letters, read in parts: a longer one is no word typed in one go.
const LONGEST_RUN: usize = 32;

/// Whether `word` is long enough for [`pinyin_parts`] to cut: two parts of several syllables
/// need four syllables, however the word is read. Asked before anything is searched, so that a
/// word typed (`ta`, `zhizao`, `bandaoti`) never costs a search of the whole index to learn
/// whether it is found as one.
pub fn may_have_parts(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    if word.len() > LONGEST_RUN || !reads_as_syllables(&word) {
        return false;
    }
    // The fewest syllables the word reads as: over the points it can be cut at, each step a
    // whole syllable, the last perhaps cut short.
    let points: Vec<usize> = std::iter::once(0)
        .chain(cuts(&word))
        .chain([word.len()])
        .collect();
    let mut fewest = vec![usize::MAX; points.len()];
    fewest[0] = 0;
    for b in 1..points.len() {
        for a in 0..b {
            let step = word[points[a]..points[b]].trim_matches('\'');
            let last = b == points.len() - 1;
            let begun = || all_syllables().iter().any(|s| s.starts_with(step));
            if fewest[a] != usize::MAX && (is_syllable(step) || last && begun()) {
                fewest[b] = fewest[b].min(fewest[a] + 1);
            }
        }
    }
    (4..usize::MAX).contains(&fewest[points.len() - 1])
}

/// `word` (letters and apostrophes) cut between syllables into parts of several syllables each
/// (one alone is in nearly every text) that `found` says the index finds: from the start, the
/// longest part found after which the rest can still be cut so. An apostrophe typed is a cut
/// like any other. `None` when the word is no run of pinyin syllables, or no such cut into two
/// parts or more is found; a search is spent only on parts that leave such a rest.
pub fn pinyin_parts(word: &str, found: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    let word = word.to_ascii_lowercase();
    if word.len() > LONGEST_RUN
        || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'')
        || !reads_as_syllables(&word)
    {
        return None;
    }
    let points: Vec<usize> = std::iter::once(0)
        .chain(cuts(&word))
        .chain([word.len()])
        .collect();
    let text = |a: usize, b: usize| word[points[a]..points[b]].trim_matches('\'');
    let part = |a: usize, b: usize| {
        let p = text(a, b);
        !is_syllable(p) && !cuts(p).is_empty()
    };
    // rest[a]: the word from point `a` on can be cut into parts (found or not).
    let last = points.len() - 1;
    let mut rest = vec![false; points.len()];
    rest[last] = true;
    for a in (0..last).rev() {
        rest[a] = (a + 1..=last).any(|b| rest[b] && part(a, b));
    }
    let mut parts = Vec::new();
    let mut a = 0;
    while a < last {
        // Not the whole word, which is found nowhere.
        let b = (a + 1..=last)
            .rev()
            .filter(|&b| (a, b) != (0, last) && rest[b] && part(a, b))
            .find(|&b| found(text(a, b)))?;
        parts.push(text(a, b).to_string());
        a = b;
    }
    (parts.len() > 1).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(parts: &[&str]) -> Option<Vec<String>> {
        Some(parts.iter().map(|p| p.to_string()).collect())
    }

    #[test]
    fn only_a_word_of_four_syllables_or_more_may_have_parts() {
        for short in ["ta", "zhiz", "zhizao", "jiguang", "bandaoti", "xi'an"] {
            assert!(!may_have_parts(short), "{short}");
        }
        for long in ["jiguangzengcai", "jiguang'zengcai", "zhinengjiadian"] {
            assert!(may_have_parts(long), "{long}");
        }
    }

    #[test]
    fn a_run_of_pinyin_in_the_parts_found() {
        let found = |p: &str| ["jiguang", "zengcai", "yuzengcai", "zhizao"].contains(&p);
        let want = strings(&["jiguang", "zengcai"]);
        assert_eq!(pinyin_parts("jiguangzengcai", &found), want);
        assert_eq!(pinyin_parts("jiguang'zengcai", &found), want);
        assert_eq!(pinyin_parts("JiguangZengcai", &found), want);
        assert_eq!(
            pinyin_parts("jiguangyuzengcaizhizao", &found),
            strings(&["jiguang", "yuzengcai", "zhizao"])
        );
        // Every syllable in some part; one part found, or one syllable each, or no pinyin:
        // nothing.
        assert_eq!(pinyin_parts("jiguangyuzhizao", &found), None);
        assert_eq!(pinyin_parts("jiguangxinxi", &found), None);
        assert_eq!(pinyin_parts("bana", &|p| p.len() == 2), None);
        assert_eq!(pinyin_parts("semiconductor", &|_| true), None);
        // Too short for two parts of several syllables: not one search.
        for word in ["yinhang", "zhineng", "qiche"] {
            assert_eq!(pinyin_parts(word, &|_| panic!("no search")), None);
        }
    }

    #[test]
    fn only_parts_leaving_a_rest_that_can_be_cut_are_searched() {
        let asked = std::cell::RefCell::new(Vec::new());
        let found = |p: &str| {
            asked.borrow_mut().push(p.to_string());
            p == "jiguang"
        };
        // `jiguang` leaves `zengc` (a syllable and a letter), `jiguangzeng` a letter: only
        // `jigu`, which leaves `ang` + `zengc`, is looked for.
        assert_eq!(pinyin_parts("jiguangzengc", &found), None);
        assert_eq!(*asked.borrow(), ["jigu"]);
        // One letter on, `jiguang` leaves `zengca`.
        assert_eq!(
            pinyin_parts("jiguangzengca", &|p| ["jiguang", "zengca"].contains(&p)),
            strings(&["jiguang", "zengca"])
        );
    }
}
