//! Typos in pinyin: a word of Latin letters that reads as no run of syllables, whose letters one
//! edit away do (`jiguagn` → `jiguang`, `bandaoit` → `bandaoti`, `zhizo` → `zhizao`).
//!
//! The English typos ([`super::Vocab::typos`]) look in the index's own words; pinyin has no such
//! list, but its syllables are few and known, so the candidates one edit away (two letters swapped,
//! one dropped, changed or added, never the first) are kept when they read as whole syllables. As for
//! English, none for a word under four letters, and a word still being typed, whose last letters
//! begin a syllable (`jiguan`, `bandaot`), is no typo.

use crate::search::pinyin::syllables::{LONGEST, readable_after, readable_before, reads};

/// Most corrections kept (each costs a search).
const MOST: usize = 4;

/// Corrections of `word` (lower-case letters) read as mistyped pinyin, closest kinds of edit first
/// (a swap, then a letter dropped, changed, added); empty when it reads as pinyin already.
pub fn corrections(word: &str) -> Vec<String> {
    if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) || reads(word, true) {
        return Vec::new();
    }
    let b = word.as_bytes();
    // An edit of the letters `i..j` can only help where what comes before it reads as syllables
    // up to a point at most a syllable's length before it, and what comes after from a point at
    // most that far after it: most positions of an English word are passed over unread.
    let (pre, post) = (readable_before(word), readable_after(word));
    let near = |i: usize, j: usize| {
        (i.saturating_sub(LONGEST)..=i).any(|a| pre[a])
            && (j.min(b.len())..=(j + LONGEST).min(b.len())).any(|z| post[z])
    };
    let mut out: Vec<String> = Vec::new();
    let mut keep = |c: Vec<u8>| {
        let c = String::from_utf8(c).unwrap_or_default();
        if out.len() < MOST && !out.contains(&c) && reads(&c, false) {
            out.push(c);
        }
    };
    // The first letter stays: a different one is two edits, as for English.
    for i in (1..b.len() - 1).filter(|&i| near(i, i + 2)) {
        let mut c = b.to_vec();
        c.swap(i, i + 1);
        keep(c);
    }
    for i in (1..b.len()).filter(|&i| near(i, i + 1)) {
        let mut c = b.to_vec();
        c.remove(i);
        keep(c);
    }
    for i in (1..b.len()).filter(|&i| near(i, i + 1)) {
        for l in (b'a'..=b'z').filter(|&l| l != b[i]) {
            let mut c = b.to_vec();
            c[i] = l;
            keep(c);
        }
    }
    for i in (1..=b.len()).filter(|&i| near(i, i)) {
        for l in b'a'..=b'z' {
            let mut c = b.to_vec();
            c.insert(i, l);
            keep(c);
        }
    }
    out
}

/// The word's readings with one initial `z`, `c` or `s` and its retroflex `zh`, `ch`, `sh` taken
/// for each other, the commonest slip of Mandarin typed by ear (`zineng` → `zhineng`,
/// `zhizhao` → `zhizao`), where the result still reads as whole syllables. Searched, like the
/// other corrections, only when nothing else is found.
pub fn retroflex(word: &str) -> Vec<String> {
    let b = word.as_bytes();
    if word.len() < 4 || !b.iter().all(u8::is_ascii_lowercase) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for i in (0..b.len()).filter(|&i| matches!(b[i], b'z' | b'c' | b's')) {
        let mut c = b.to_vec();
        if b.get(i + 1) == Some(&b'h') {
            c.remove(i + 1);
        } else {
            c.insert(i + 1, b'h');
        }
        let c = String::from_utf8(c).unwrap_or_default();
        if out.len() < MOST && !out.contains(&c) && reads(&c, false) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{corrections, retroflex};

    #[test]
    fn z_c_s_and_zh_ch_sh_are_taken_for_each_other() {
        for (typed, want) in [
            ("zineng", "zhineng"),
            ("zhizhao", "zhizao"),
            ("sengwu", "shengwu"),
            ("cuangxin", "chuangxin"),
            ("chanye", "canye"),
        ] {
            let got = retroflex(typed);
            assert!(got.iter().any(|c| c == want), "{typed}: {got:?}");
        }
        // Too short, not letters, or nothing that reads as syllables.
        for typed in ["zhi", "z2ne", "szsz"] {
            assert!(retroflex(typed).is_empty(), "{typed}");
        }
    }

    #[test]
    fn a_mistyped_syllable_is_corrected_and_pinyin_is_left_alone() {
        let cases = [
            ("jiguagn", "jiguang"),
            ("bandaoit", "bandaoti"),
            ("zhizoa", "zhizao"),
            ("bnadaoti", "bandaoti"),
            ("jichegn", "jicheng"),
            ("jiigcheng", "jingcheng"),
            ("lvsse", "lvse"),
        ];
        for (typed, want) in cases {
            let got = corrections(typed);
            assert!(got.iter().any(|c| c == want), "{typed}: {got:?}");
        }
        // Pinyin as typed, being typed, too short, or not letters: no corrections.
        for typed in ["jiguang", "jiguan", "bandaot", "zhiz", "jgz", "semi2"] {
            assert!(corrections(typed).is_empty(), "{typed}");
        }
    }
}
