//! Synonyms and acronyms: the thesaurus shipped in `data/thesaurus.txt` (documented there), and
//! the entries a policy file adds through its nodes' `aliases` ([`super::Vocab`] collects them).

use std::sync::OnceLock;

use super::super::simplify::simplified;
use super::Vocab;
use super::vocab::stem;

/// One entry: the words a reader types (as [`key`]s), and the terms they search for.
#[derive(Debug, Clone)]
pub struct Entry {
    pub keys: Vec<String>,
    pub terms: Vec<String>,
}

/// The shipped thesaurus, parsed once.
pub fn thesaurus() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| parse(include_str!("../data/thesaurus.txt")))
}

fn parse(text: &str) -> Vec<Entry> {
    let list = |s: &str| -> Vec<String> { s.split('|').map(|t| t.trim().to_string()).collect() };
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once("=>"))
        .map(|(words, terms)| Entry {
            keys: list(words).iter().map(|w| key(w)).collect(),
            terms: list(terms),
        })
        .collect()
}

/// The key a term or a query word is compared by: a two-letter acronym in capitals as it is
/// (`IT` is not the pronoun `it`, `AI` not the syllable `ai`), the stems of English words
/// (`electric vehicles` as `electric vehicle` is), the simplified characters of Chinese, the
/// lower case of the rest.
pub fn key(term: &str) -> String {
    if term.len() == 2 && term.bytes().all(|b| b.is_ascii_uppercase()) {
        return term.to_string();
    }
    let lower = term.to_lowercase();
    if lower.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') && !lower.trim().is_empty() {
        let stems: Vec<String> = lower.split_whitespace().map(stem).collect();
        stems.join(" ")
    } else {
        simplified(&lower).into_owned()
    }
}

/// Whether `words` is one of the words of an entry of the shipped thesaurus.
pub fn is_key(words: &str) -> bool {
    let k = key(words);
    thesaurus().iter().any(|e| e.keys.contains(&k))
}

/// Whether `word` is a reader's word of some entry (of the thesaurus or of the document's
/// aliases): it has synonyms to search.
pub fn known(word: &str, vocab: &Vocab) -> bool {
    !of(word, vocab).is_empty()
}

/// The terms of every entry `word` is one of the words of, as patterns to search (several
/// words quoted as a phrase).
pub fn of(word: &str, vocab: &Vocab) -> Vec<String> {
    let k = key(word.trim_matches('"'));
    let mut out: Vec<String> = Vec::new();
    for entry in thesaurus().iter().chain(vocab.alias_entries()) {
        if !entry.keys.contains(&k) {
            continue;
        }
        for t in entry.terms.iter().filter(|t| key(t) != k) {
            let t = if t.contains(' ') {
                format!("\"{t}\"")
            } else {
                t.clone()
            };
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
    fn every_line_is_an_entry_with_words_and_terms() {
        let lines = include_str!("../data/thesaurus.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(thesaurus().len(), lines, "a line without `=>`");
        for e in thesaurus() {
            assert!(!e.keys.is_empty() && !e.terms.is_empty(), "{e:?}");
            assert!(
                e.keys.iter().chain(&e.terms).all(|t| !t.is_empty()),
                "{e:?}"
            );
        }
    }

    #[test]
    fn a_word_finds_its_group_by_stem_or_characters() {
        let v = Vocab::default();
        let chips = of("chips", &v);
        assert!(chips.contains(&"semiconductor".to_string()), "{chips:?}");
        assert!(chips.contains(&"\"integrated circuit\"".to_string()));
        assert!(chips.contains(&"半导体".to_string()));
        assert!(of("電動車", &v).contains(&"新能源汽车".to_string()));
        assert!(of("GBA", &v).contains(&"\"Greater Bay Area\"".to_string()));
        assert!(of("cars", &v).contains(&"automobile".to_string()));
        // A phrase of English words matches by the stem of each.
        assert!(of("electric vehicles", &v).contains(&"automobile".to_string()));
        assert!(of("Electric Cars", &v).contains(&"汽车".to_string()));
        assert!(of("晶片", &v).contains(&"半导体".to_string()));
        // The document's own words expand to nothing.
        assert!(of("semiconductor", &v).is_empty());
        assert!(of("半导体", &v).is_empty());
    }
}
