//! A word of Latin letters read as pinyin syllables: whether it can be (an apostrophe, as in
//! `xi'an`, only between two whole syllables; the last syllable may be cut short while typing),
//! and where it can be cut between whole syllables (`jiguangzengcai` at `ji|guang|zeng|cai`, and
//! at `jigu|ang…` too). Syllables are the readings of every Chinese character ([`all_syllables`])
//! that have a vowel: the interjections' `n`, `ng`, `m`, `hm` (嗯, 呣, 噷) are typed in no word, and
//! would read `xian` as `xia` + `n`.

use super::{all_syllables, is_syllable};

/// Whether `s` is a syllable a reader types in a word ([`is_syllable`], with a vowel).
fn syllable(s: &str) -> bool {
    s.bytes().any(|b| b"aeiouv".contains(&b)) && is_syllable(s)
}

/// Longest syllable in letters (`zhuang`, `shuang`).
pub const LONGEST: usize = 6;

/// For each point `i` of `word`: whether `word[..i]` reads as whole syllables (an apostrophe
/// only right after one).
pub fn readable_before(word: &str) -> Vec<bool> {
    let b = word.as_bytes();
    let mut ok = vec![false; b.len() + 1];
    ok[0] = true;
    for i in 0..b.len() {
        if !ok[i] {
            continue;
        }
        if b[i] == b'\'' {
            ok[i + 1] = i > 0 && b[i - 1] != b'\'';
            continue;
        }
        let ends = i + 1..=(i + LONGEST).min(b.len());
        for (end, reached) in ends.clone().zip(&mut ok[ends]) {
            *reached |= word.get(i..end).is_some_and(syllable);
        }
    }
    ok
}

/// For each point `i` of `word`: whether `word[i..]` reads as whole syllables (an apostrophe only
/// right before one).
pub fn readable_after(word: &str) -> Vec<bool> {
    let b = word.as_bytes();
    let n = b.len();
    let mut ok = vec![false; n + 1];
    ok[n] = true;
    for at in (0..n).rev() {
        ok[at] = if b[at] == b'\'' {
            at + 1 < n && b[at + 1] != b'\'' && ok[at + 1]
        } else {
            (at + 1..=n.min(at + LONGEST))
                .any(|end| ok[end] && word.get(at..end).is_some_and(syllable))
        };
    }
    ok
}

/// Whether some syllable begins with `s`.
fn begun(s: &str) -> bool {
    let all = all_syllables();
    let i = all.partition_point(|x| *x < s);
    all.get(i).is_some_and(|x| x.starts_with(s))
}

/// Whether `word` (lower-case letters and apostrophes) reads as pinyin syllables: whole ones, an
/// apostrophe only between two; with `cut_short`, the last may be only begun, after a whole one
/// (`jiguang'z`, `bandaot`).
pub fn reads(word: &str, cut_short: bool) -> bool {
    let n = word.len();
    let before = readable_before(word);
    n > 0
        && (before[n] && !word.ends_with('\'')
            || cut_short
                && (1..n).any(|i| before[i] && n - i < LONGEST && word.get(i..).is_some_and(begun)))
}

/// [`reads`], the last syllable perhaps cut short: a word as the reader may be typing it.
pub fn reads_as_syllables(word: &str) -> bool {
    reads(word, true)
}

/// The byte positions inside `word` (as [`reads_as_syllables`] takes it) where it can be cut
/// between whole syllables so that both sides read as syllables, in increasing order; a cut at
/// an apostrophe falls before it.
pub fn cuts(word: &str) -> Vec<usize> {
    let before = readable_before(word);
    (1..word.len())
        .filter(|&i| {
            before[i]
                && !word[..i].ends_with('\'')
                && reads_as_syllables(word[i..].trim_start_matches('\''))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_read_as_syllables() {
        for w in [
            "xi'an",
            "xian",
            "jiguang'zengcai",
            "jiguang'z",
            "lvse",
            "zhuang",
        ] {
            assert!(reads_as_syllables(w), "{w}");
        }
        // An apostrophe only between whole syllables; English words that are no pinyin.
        for w in ["'an", "xi'", "x'an", "xi''an", "don't", "semiconductor", ""] {
            assert!(!reads_as_syllables(w), "{w}");
        }
        // Cut short only when asked, and only after a whole syllable.
        assert!(!reads("jiguang'z", false) && !reads("z", true));
        let after = readable_after("xi'an");
        assert_eq!(after, [true, false, true, true, false, true]);
    }

    #[test]
    fn cuts_between_whole_syllables() {
        assert_eq!(cuts("xian"), [2]);
        // Never across the reader's apostrophe; never an interjection's `n` (xia|n).
        assert_eq!(cuts("xi'an"), [2]);
        assert!(cuts("jiguangzengcai").contains(&7));
        assert!(cuts("jiguang'zengcai").contains(&7));
        assert!(!cuts("jiguang'zengcai").contains(&8));
        // Only between whole syllables: zhu|ang, never zh|uang nor zhua|ng.
        assert_eq!(cuts("zhuang"), [3]);
        assert!(cuts("a").is_empty());
    }
}
