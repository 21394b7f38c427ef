//! A run of pinyin found nowhere as one, read as the words it holds: `jiguangzengcai` (or
//! `jiguang'zengcai`) as `jiguang` and `zengcai`, each found on its own in 激光与增材制造, as
//! [`super::expand::chinese_parts`] reads a run of Chinese.

use crate::search::pinyin::is_syllable;
use crate::search::pinyin::syllables::{cuts, reads_as_syllables};

/// `word` (letters and apostrophes) cut between syllables into parts `found` says the index
/// finds: from where the last part ended, the longest found part of at least two syllables (an
/// apostrophe typed is a cut like any other); a syllable no such part begins with is left out.
/// `None` when the word is no run of pinyin syllables or fewer than two parts are found.
pub fn pinyin_parts(word: &str, found: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    let word = word.to_ascii_lowercase();
    if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') || !reads_as_syllables(&word) {
        return None;
    }
    // Several syllables each: one alone is in nearly every text.
    let part = |p: &str| !is_syllable(p) && !cuts(p).is_empty();
    let mut ends = cuts(&word);
    // Two such parts or none: a short word (`yinhang`) costs no search.
    let two = |&i: &usize| {
        part(word[..i].trim_end_matches('\'')) && part(word[i..].trim_start_matches('\''))
    };
    if !ends.iter().any(two) {
        return None;
    }
    ends.push(word.len());
    let mut parts = Vec::new();
    let mut from = 0;
    while let Some(&next) = ends.iter().find(|&&e| e > from) {
        let longest = (ends.iter().rev())
            .take_while(|&&to| to > from)
            .map(|&to| (to, word[from..to].trim_matches('\'')))
            .find(|&(_, p)| part(p) && found(p));
        match longest {
            Some((to, part)) => {
                parts.push(part.to_string());
                from = to;
            }
            None => from = next,
        }
    }
    (parts.len() > 1).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_pinyin_in_the_parts_found() {
        let found = |p: &str| ["jiguang", "zengcai", "zhizao"].contains(&p);
        let want = Some(vec!["jiguang".to_string(), "zengcai".to_string()]);
        assert_eq!(pinyin_parts("jiguangzengcai", &found), want);
        assert_eq!(pinyin_parts("jiguang'zengcai", &found), want);
        assert_eq!(pinyin_parts("JiguangZengcai", &found), want);
        // A syllable no part begins with is left out.
        assert_eq!(
            pinyin_parts("jiguangyuzengcai", &found),
            Some(vec!["jiguang".to_string(), "zengcai".to_string()])
        );
        // One part found, or one syllable each, or no pinyin: nothing.
        assert_eq!(pinyin_parts("jiguangxinxi", &found), None);
        assert_eq!(pinyin_parts("yinhang", &|_| panic!("no search")), None);
        assert_eq!(pinyin_parts("bana", &|p| p.len() == 2), None);
        assert_eq!(pinyin_parts("semiconductor", &|_| true), None);
    }
}
