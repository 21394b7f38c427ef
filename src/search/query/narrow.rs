//! When a query typed on from another can look only at the other's hits.
//!
//! The search box runs a query per keystroke. Most keystrokes lengthen the query, and a longer
//! query usually matches a subset of what the shorter one matched: a longer substring, a longer
//! word prefix, one more word that must also match. Searching only the previous hits then gives the
//! same result at a fraction of the cost. It does not hold everywhere, and [`Query::narrows`]
//! says no wherever it might not:
//! - pinyin: `ba` must be a whole syllable (or the initials b-a) while `ban` may be 半's whole
//!   syllable, so `ban` finds text `ba` did not. A match's first syllable is whole, and the rest
//!   of the query follows from it; so the longer query finds nothing more exactly when none of
//!   its first syllables is longer than the shorter query (`semic` after `semi`: no syllable is
//!   `semic`, and any match of `se`-`mi`-`c…` has `se`-`mi` in it);
//! - regional wording: `積體電路` also finds `集成电路`, which `積體` does not;
//! - a Latin-letter query matches words and pinyin only; a longer one with a digit, a symbol or
//!   a Chinese character also matches inside words;
//! - normalisation can join characters (a combining accent), so the shorter query's compact form
//!   must begin the longer one's;
//! - a query matches as a whole or term by term (each word, phrase and Chinese run on its own):
//!   `%` has no terms, so `%a`, whose word `a` may match alone, finds more; each of the shorter
//!   query's terms must follow from one of the longer query's.

use super::{Query, Term};
use crate::search::pinyin::is_syllable;

impl Query {
    /// Whether every node this query matches is also matched by `shorter`, so that a search for
    /// it may keep to `shorter`'s hits.
    pub fn narrows(&self, shorter: &Query) -> bool {
        let regional = |q: &Query| {
            q.mainland.is_some()
                || q.terms
                    .iter()
                    .any(|t| matches!(t, Term::Chinese(alts) if alts.len() > 1))
        };
        // A whole word's hits hold no longer word: `cars` finds what `car` did not. (A whole
        // word narrows the word as a prefix: its hits are some of those.)
        !shorter.is_empty()
            && !shorter.whole
            && self.raw.starts_with(&shorter.raw)
            && self.compact.starts_with(&shorter.compact)
            && !regional(self)
            && !regional(shorter)
            && (!shorter.latin_only || self.latin_only)
            && !shorter.terms.is_empty()
            && shorter
                .terms
                .iter()
                .all(|t| self.terms.iter().any(|longer| implies(longer, t)))
            && match (&self.pinyin, &shorter.pinyin) {
                (None, _) => true,
                (Some(longer), Some(letters)) => {
                    (letters.len() + 1..=longer.len()).all(|n| !is_syllable(&longer[..n]))
                }
                (Some(_), None) => false,
            }
    }
}

/// Whether a string where term `longer` matches always has `shorter` match too.
fn implies(longer: &Term, shorter: &Term) -> bool {
    match (longer, shorter) {
        (Term::Word(a), Term::Word(b)) => a.starts_with(b.as_str()),
        // An acronym is a whole word: `EVE` finds words `EV` does not.
        (Term::Acronym(a), Term::Acronym(b)) => a == b,
        // The phrase's words all occur, the last one as a prefix.
        (Term::Phrase(ws), Term::Word(b)) => ws.iter().any(|w| w.starts_with(b.as_str())),
        (Term::Phrase(ws), Term::Phrase(vs)) => {
            let last = vs.len() - 1;
            vs.len() <= ws.len()
                && ws[..last] == vs[..last]
                && ws[last].starts_with(vs[last].as_str())
        }
        (Term::Chinese(a), Term::Chinese(b)) => match (a.as_slice(), b.as_slice()) {
            ([a], [b]) => a.contains(b.as_str()),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrows(longer: &str, shorter: &str) -> bool {
        Query::parse(longer).narrows(&Query::parse(shorter))
    }

    #[test]
    fn longer_words_and_chinese_narrow() {
        assert!(narrows("半导体", "半导"));
        assert!(narrows("2025年前", "2025年"));
        assert!(narrows("semicon", "semico"));
        // No syllable begins the longer query past the shorter one.
        assert!(narrows("semic", "semi"));
        assert!(narrows("sem", "se"));
        assert!(narrows("band", "ban"));
        assert!(narrows("growth target", "growth"));
        assert!(narrows("UHD 视频", "UHD 视"));
        // An acronym is matched as a whole word, with or without more words.
        assert!(narrows("UHD 视", "UHD"));
    }

    #[test]
    fn where_a_longer_query_may_find_more_it_does_not() {
        // A first syllable cut short.
        assert!(!narrows("ban", "ba"));
        assert!(!narrows("sha", "sh"));
        assert!(!narrows("zhuang", "zhua"));
        assert!(!narrows("bandaoti", "b"));
        assert!(!narrows("se", "s"));
        // Regional wording.
        assert!(!narrows("積體電路", "積體"));
        // Latin letters then a digit: the longer one also matches inside words.
        assert!(!narrows("ab1", "ab"));
        assert!(!narrows("uhd 视", "uhd"));
        // An acronym is a whole word: a longer one is another word.
        assert!(!narrows("GBAS", "GBA"));
        assert!(!narrows("EVE", "EV"));
        // A shorter query without terms matches only as a whole.
        assert!(!narrows("%a", "%"));
        // Whole words: `cars` is no hit of the whole word `car`, whose hits `car` as a prefix
        // holds.
        let car = Query::parse("car");
        assert!(!Query::parse("cars").narrows(&car.clone().whole_words()));
        assert!(car.clone().whole_words().narrows(&car));
        assert!(Query::parse("cars").whole_words().narrows(&car));
        // Not an extension, or nothing before.
        assert!(!narrows("半导体", "导体"));
        assert!(!narrows("半导体", ""));
    }
}
