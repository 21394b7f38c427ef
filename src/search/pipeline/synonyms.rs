//! Synonyms and acronyms: the thesaurus shipped in `data/thesaurus.txt` (documented there), and
//! the groups a policy file adds through its nodes' `aliases` ([`super::Vocab`] collects them).

use std::sync::OnceLock;

use super::super::simplify::simplified;
use super::Vocab;
use super::vocab::stem;

/// Groups of terms that stand for one another.
pub type Groups = Vec<Vec<String>>;

/// The shipped thesaurus, parsed once.
pub fn thesaurus() -> &'static Groups {
    static GROUPS: OnceLock<Groups> = OnceLock::new();
    GROUPS.get_or_init(|| parse(include_str!("../data/thesaurus.txt")))
}

fn parse(text: &str) -> Groups {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('|').map(|t| t.trim().to_string()).collect())
        .collect()
}

/// The key a term or a query word is compared by: the stem of a single English word, the
/// simplified characters of Chinese, the lower case of the rest.
pub fn key(term: &str) -> String {
    let lower = term.to_lowercase();
    if lower.chars().all(|c| c.is_ascii_alphabetic()) {
        stem(&lower)
    } else {
        simplified(&lower).into_owned()
    }
}

/// The other terms of every group `word` belongs to, as patterns to search (several words
/// quoted as a phrase).
pub fn of(word: &str, vocab: &Vocab) -> Vec<String> {
    let k = key(word.trim_matches('"'));
    let mut out: Vec<String> = Vec::new();
    for group in thesaurus().iter().chain(vocab.alias_groups()) {
        if !group.iter().any(|t| key(t) == k) {
            continue;
        }
        for t in group.iter().filter(|t| key(t) != k) {
            let t = if t.contains(' ') { format!("\"{t}\"") } else { t.clone() };
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_two_terms_and_no_term_twice() {
        for g in thesaurus() {
            assert!(g.len() >= 2, "{g:?}");
            assert!(g.iter().all(|t| !t.is_empty()), "{g:?}");
        }
    }

    #[test]
    fn a_word_finds_its_group_by_stem_or_characters() {
        let v = Vocab::default();
        let chips = of("chips", &v);
        assert!(chips.contains(&"semiconductor".to_string()), "{chips:?}");
        assert!(chips.contains(&"\"integrated circuit\"".to_string()));
        assert!(chips.contains(&"芯片".to_string()));
        assert!(of("GBA", &v).contains(&"\"Greater Bay Area\"".to_string()));
        assert!(of("汽車", &v).contains(&"automobile".to_string()));
        assert!(of("semiconductor", &v).contains(&"芯片".to_string()));
    }
}
