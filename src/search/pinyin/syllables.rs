//! A word of Latin letters read as pinyin syllables: whether it can be (an apostrophe, as in
//! `xi'an`, only after a whole syllable; the last syllable may be cut short while typing), and
//! where it can be cut between whole syllables (`jiguangzengcai` at `ji|guang|zeng|cai`, and at
//! `jigu|ang…` too). Syllables are the readings of every Chinese character ([`all_syllables`]).

use super::{all_syllables, is_syllable};

/// Longest syllable in letters (`zhuang`, `shuang`).
const LONGEST: usize = 6;

/// `reach[i]`: `word[..i]` reads as whole syllables, apostrophes only after one.
fn reach(word: &[u8]) -> Vec<bool> {
    let mut reach = vec![false; word.len() + 1];
    reach[0] = true;
    for i in 0..word.len() {
        if !reach[i] {
            continue;
        }
        if word[i] == b'\'' {
            reach[i + 1] = i > 0 && word[i - 1] != b'\'';
            continue;
        }
        for end in i + 1..=(i + LONGEST).min(word.len()) {
            if std::str::from_utf8(&word[i..end]).is_ok_and(is_syllable) {
                reach[end] = true;
            }
        }
    }
    reach
}

/// Whether some syllable begins with `s` (letters only).
fn begun(s: &[u8]) -> bool {
    let all = all_syllables();
    let i = all.partition_point(|x| x.as_bytes() < s);
    all.get(i).is_some_and(|x| x.as_bytes().starts_with(s))
}

/// Whether `word` (lower-case letters and apostrophes) reads as pinyin syllables: whole ones,
/// an apostrophe only between two, the last one perhaps cut short (`jiguang'z`).
pub fn reads_as_syllables(word: &str) -> bool {
    let b = word.as_bytes();
    let reach = reach(b);
    !b.is_empty()
        && (reach[b.len()] && b[b.len() - 1] != b'\''
            || (1..b.len()).any(|i| reach[i] && begun(&b[i..])))
}

/// The byte positions inside `word` (as [`reads_as_syllables`] takes it) where it can be cut
/// between whole syllables so that both sides read as syllables, in increasing order; an
/// apostrophe is left to neither side's end (a cut at one falls before it).
pub fn cuts(word: &str) -> Vec<usize> {
    let b = word.as_bytes();
    let reach = reach(b);
    (1..b.len())
        .filter(|&i| {
            reach[i] && b[i - 1] != b'\'' && reads_as_syllables(word[i..].trim_start_matches('\''))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_read_as_syllables() {
        for w in ["xi'an", "xian", "jiguang'zengcai", "jiguang'z", "lvse", "zhuang"] {
            assert!(reads_as_syllables(w), "{w}");
        }
        // An apostrophe only between whole syllables; English words that are no pinyin.
        for w in ["'an", "xi'", "x'an", "xi''an", "don't", "semiconductor", ""] {
            assert!(!reads_as_syllables(w), "{w}");
        }
    }

    #[test]
    fn cuts_between_whole_syllables() {
        assert!(cuts("xian").contains(&2));
        // Never across the reader's apostrophe: xi|an, never xia|n.
        assert!(cuts("xi'an").contains(&2) && !cuts("xi'an").contains(&3));
        assert!(cuts("jiguangzengcai").contains(&7));
        assert!(cuts("jiguang'zengcai").contains(&7));
        assert!(!cuts("jiguang'zengcai").contains(&8));
        // Only between whole syllables: zhu|ang, never zh|uang.
        assert!(cuts("zhuang").contains(&3) && !cuts("zhuang").contains(&2));
        assert!(cuts("a").is_empty());
    }
}
