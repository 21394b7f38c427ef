//! The index's own English words, the dictionary that word forms and typos are looked up in: a
//! typo costs a look-up among the few thousand distinct words of a library, not a scan of its
//! text. Also the synonym groups a policy file adds through its nodes' `aliases`.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::forms::{self, Form, Relation};
use super::synonyms::{Entry, key};
use crate::library::Library;
use crate::model::Lang;

/// The Snowball English stem of a lower-case word (`policies` → `polici`, `targets` → `target`).
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

/// Distinct lower-case words (ASCII letters and digits) with how often they occur.
#[derive(Default)]
pub struct Vocab {
    /// Sorted by word.
    words: Vec<(Box<str>, u32)>,
    /// Stem → indices into `words`.
    stems: HashMap<String, Vec<u32>>,
    aliases: Vec<Entry>,
}

/// FNV-1a: the dictionary hashes every word of a library's English once, and SipHash, the
/// standard map's, took most of that time.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Counts the words (runs of ASCII letters and digits, two or more, lower-cased) of `text`.
fn count(text: &str, into: &mut FnvMap<Box<str>, u32>, buf: &mut String) {
    for w in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 1)
    {
        buf.clear();
        buf.push_str(w);
        buf.make_ascii_lowercase();
        match into.get_mut(buf.as_str()) {
            Some(n) => *n += 1,
            None => {
                into.insert(buf.as_str().into(), 1);
            }
        }
    }
}

impl Vocab {
    /// The dictionary of the English words of `doc` (titles, labels, aliases, facts, texts), and
    /// its alias entries.
    pub fn build(doc: &Library) -> Vocab {
        let mut all: FnvMap<Box<str>, u32> = FnvMap::default();
        let mut buf = String::new();
        for n in doc.nodes() {
            let facts = n.facts.iter().flat_map(|f| [&*f.name.en, &*f.value.en]);
            let texts = [Some(&n.title), n.label.as_ref(), n.text.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| &*t.en)
                .chain(n.aliases.iter().map(|a| &**a))
                .chain(facts);
            for t in texts {
                count(t, &mut all, &mut buf);
            }
        }
        let aliases = doc
            .nodes()
            .iter()
            .filter(|n| !n.aliases.is_empty())
            .map(|n| Entry {
                keys: n.aliases.iter().map(|a| key(a)).collect(),
                terms: Lang::BOTH.map(|l| n.title.get(l).to_string()).to_vec(),
            })
            .collect();
        Vocab::from_counts(all, aliases)
    }

    fn from_counts(all: FnvMap<Box<str>, u32>, aliases: Vec<Entry>) -> Vocab {
        let mut words: Vec<(Box<str>, u32)> = all.into_iter().collect();
        words.sort_unstable();
        let mut stems: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, (w, _)) in words.iter().enumerate() {
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                stems.entry(stem(w)).or_default().push(i as u32);
            }
        }
        Vocab {
            words,
            stems,
            aliases,
        }
    }

    /// The thesaurus entries from the document's `aliases`: each node's aliases => its titles.
    pub fn alias_entries(&self) -> &[Entry] {
        &self.aliases
    }

    /// Whether some word of the index begins with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.words.partition_point(|(w, _)| &**w < prefix);
        self.words
            .get(i)
            .is_some_and(|(w, _)| w.starts_with(prefix))
    }

    /// The forms of `word` among the index's words: those with its Snowball stem that `word`
    /// does not begin (the search by word prefix finds those as typed; with `whole`, `word` is
    /// searched as a whole word, and those are forms too), without the words of another meaning
    /// ([`forms::relation`]). Inflections first, shortest and then most frequent first; then
    /// derived words, closest first ([`forms::distance`]). A form that another of its kind and
    /// distance begins is left out (its prefix finds it); a form that begins an index word of a
    /// looser relation or another meaning is searched whole.
    pub fn forms(&self, word: &str, whole: bool) -> Vec<Form> {
        if word.len() < 3 {
            return Vec::new();
        }
        let Some(ids) = self.stems.get(&stem(word)) else {
            return Vec::new();
        };
        let mut found: Vec<(Form, u32)> = (ids.iter())
            .map(|&i| &self.words[i as usize])
            .filter(|(w, _)| **w != *word && (whole || !w.starts_with(word)))
            .filter_map(|(w, n)| {
                let relation = forms::relation(word, w);
                let distance = match relation {
                    Relation::Inflection => 0,
                    Relation::Derived => forms::distance(word, w),
                    Relation::Unrelated => return None,
                };
                let whole = false;
                Some((
                    Form {
                        text: w.to_string(),
                        relation,
                        distance,
                        whole,
                    },
                    *n,
                ))
            })
            .collect();
        found.sort_by_key(|(f, n)| (f.relation, f.distance, f.text.len(), std::cmp::Reverse(*n)));
        let mut kept: Vec<Form> = Vec::new();
        for (mut f, _) in found {
            let covered = kept.iter().any(|k| {
                !k.whole
                    && (k.relation, k.distance) == (f.relation, f.distance)
                    && f.text.starts_with(k.text.as_str())
            });
            if covered {
                continue;
            }
            // The index's words the form begins must be forms as close, or found as typed.
            let from = self.words.partition_point(|(w, _)| **w < *f.text);
            f.whole = (self.words[from..].iter())
                .take_while(|(w, _)| w.starts_with(f.text.as_str()))
                .any(|(w, _)| {
                    **w != *f.text
                        && (whole || !w.starts_with(word))
                        && (stem(w) != stem(word) || forms::relation(word, w) > f.relation)
                });
            kept.push(f);
        }
        kept
    }

    /// Whether some word of the index begins with `word` and is no form of it: `car` begins
    /// `carry`, so a reader who typed the whole word `car` is not also looking for `carry`
    /// first (while `robot` begins only its forms `robots`, `robotics`).
    pub fn completes(&self, word: &str) -> bool {
        let from = self.words.partition_point(|(w, _)| &**w < word);
        (self.words[from..].iter())
            .take_while(|(w, _)| w.starts_with(word))
            .any(|(w, _)| {
                **w != *word
                    && (stem(w) != stem(word) || forms::relation(word, w) == Relation::Unrelated)
            })
    }

    /// Words of the index within the typos allowed for `word`'s length — none under 4 letters,
    /// one edit up to 7, two from 8; a transposition is one edit, a different first letter two;
    /// never for a word with digits — as whole words or as the beginning of a longer word (a
    /// typo while still typing, from 5 letters). Closest first, then the more frequent.
    #[cfg(test)]
    pub fn typos(&self, word: &str) -> Vec<String> {
        self.typo_edits(word).into_iter().map(|(w, _)| w).collect()
    }

    /// [`Vocab::typos`], each with its number of edits (1 or 2): words of the index within the
    /// typos allowed for `word`'s length, closest first, then the more frequent.
    pub fn typo_edits(&self, word: &str) -> Vec<(String, usize)> {
        let len = word.chars().count();
        if len < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        let allowed = if len <= 7 { 1 } else { 2 };
        let first = word.as_bytes()[0];
        let mut found: Vec<(usize, u32, &str)> = Vec::new();
        // With one edit allowed, a different first letter (two) rules a word out: only the
        // words beginning with the same letter, a contiguous run of the sorted list, are read.
        let words = if allowed == 1 {
            let from = self.words.partition_point(|(w, _)| w.as_bytes()[0] < first);
            let to = self
                .words
                .partition_point(|(w, _)| w.as_bytes()[0] <= first);
            &self.words[from..to]
        } else {
            &self.words[..]
        };
        for (w, n) in words {
            if w.len() + allowed < len || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let whole = (w.len() <= len + allowed).then(|| strsim::osa_distance(word, w));
            // As the beginning of a longer word: the best of its beginnings around `word`'s length.
            let begun = (w.len() > len && len >= 5)
                .then(|| {
                    (len.saturating_sub(allowed)..=(len + allowed).min(w.len()))
                        .map(|k| strsim::osa_distance(word, &w[..k]))
                        .min()
                })
                .flatten();
            let Some(d) = whole.into_iter().chain(begun).min() else {
                continue;
            };
            let d = d + usize::from(w.as_bytes()[0] != first);
            if d <= allowed {
                found.push((d, u32::MAX - n, w));
            }
        }
        found.sort_unstable();
        (found.into_iter())
            .map(|(d, _, w)| (w.to_string(), d))
            .collect()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in crate::search::pipeline) fn vocab(text: &str) -> Vocab {
        let mut all = FnvMap::default();
        count(text, &mut all, &mut String::new());
        Vocab::from_counts(all, Vec::new())
    }

    fn texts(forms: Vec<Form>) -> Vec<String> {
        forms.into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn word_forms_share_a_stem() {
        let v = vocab("policy policies target targets innovation innovative manufacturing");
        assert_eq!(texts(v.forms("policies", false)), ["policy"]);
        assert_eq!(texts(v.forms("targets", false)), ["target"]);
        assert!(texts(v.forms("innovating", false)).contains(&"innovation".to_string()));
        assert_eq!(texts(v.forms("manufactured", false)), ["manufacturing"]);
    }

    #[test]
    fn typos_by_length_and_first_letter() {
        let v = vocab("semiconductor semiconductors robot robots policy labour");
        assert_eq!(v.typos("semicondutor")[0], "semiconductor");
        assert_eq!(v.typos("semicodnuctor")[0], "semiconductor");
        assert_eq!(v.typos("semicondut")[0], "semiconductor");
        assert_eq!(v.typos("robto"), ["robot", "robots"]);
        assert!(v.typos("rbt").is_empty());
        assert!(v.typos("xobot").is_empty(), "a first letter counts twice");
        assert!(v.typos("plicy").contains(&"policy".to_string()));
        assert!(v.typos("2024").is_empty());
    }
}
