//! The cheap test a search runs on every indexed string before matching it in full: it reads the
//! string as stored (as written and in compact form) without preparing it, and is never false
//! where the full match would succeed.

use memchr::memmem::Finder;

use super::ascii::initial_bit;
use super::{Query, Term};
use crate::search::normalize::is_han;
use crate::search::pinyin::Starts;

/// The bits of [`super::ascii::word_initials`] a field must have for a Latin-letter query's
/// terms to match it: the first letter of each word of each term.
pub(super) fn initials(terms: &[Term]) -> u32 {
    let first = |w: &String| w.bytes().next().map_or(0, initial_bit);
    terms
        .iter()
        .map(|t| match t {
            Term::Word(w) | Term::Acronym(w) => first(w),
            Term::Phrase(ws) => ws.iter().map(first).fold(0, |a, b| a | b),
            Term::Chinese(_) => 0,
        })
        .fold(0, |a, b| a | b)
}

/// Whether every way `compact` (and its mainland form) or the terms can match needs Chinese
/// characters in the field: true of any query with Chinese in it but no Latin-letter route.
pub(super) fn needs_han(compact: &str, mainland: Option<&str>, terms: &[Term]) -> bool {
    let han = |s: &str| s.chars().any(is_han);
    han(compact)
        && mainland.is_none_or(han)
        && (terms.is_empty() || terms.iter().any(|t| matches!(t, Term::Chinese(_))))
}

impl Query {
    /// Whether [`Query::matches`] can find anything in the string `orig()`, whose compact form is
    /// `norm` and whose pinyin readings stop at `breaks` ([`Starts::may_match`]): never false
    /// when it would match, and cheap, as it reads the strings without preparing them, and the
    /// source only when the compact form cannot decide (it is read from the document, away
    /// from the index). `plain`: the words of the source are its ASCII runs; `han`: `norm`
    /// holds Chinese characters; `pinyin`: this query's pinyin letters made ready (`None` when
    /// it has none).
    pub(in crate::search) fn may_match<'o>(
        &self,
        orig: impl Fn() -> &'o [u8],
        (norm, breaks): (&str, &[u32]),
        plain: bool,
        han: bool,
        pinyin: Option<&Starts>,
        buf: &mut Vec<&'static [&'static str]>,
    ) -> bool {
        // Half a library's strings are English: a Chinese query passes them over unread.
        if self.needs_han && !han {
            return false;
        }
        let has = |q: &str| norm.contains(q);
        // (A query with an acronym is matched by its terms only.)
        let substring = !self.latin_only && !self.acronym;
        if substring && (has(&self.compact) || self.mainland.as_deref().is_some_and(has)) {
            return true;
        }
        // Both substring forms were just looked for and are not there.
        let absent =
            |q: &str| substring && (q == self.compact || self.mainland.as_deref() == Some(q));
        // A word of the field is a run of its compact form; in an ASCII source it can be checked
        // to begin a word, which drops the many fields that merely contain the letters.
        let word = |t: &str| has(t) && (!plain || !t.is_ascii() || ascii_word_start(orig(), t));
        if !self.terms.is_empty()
            && self.terms.iter().all(|t| match t {
                Term::Word(w) => word(w),
                Term::Acronym(a) => has(a) && ascii_whole_word(orig(), a.as_bytes()),
                Term::Phrase(ws) => ws.iter().all(|w| word(w)),
                Term::Chinese(alts) => alts.iter().any(|q| !absent(q) && has(q)),
            })
        {
            return true;
        }
        self.pinyin_may_match(norm, breaks, han, pinyin, buf)
    }

    /// [`Query::may_match`] for a string whose source is ASCII, read from `source`, the source in
    /// lower case: its compact form is `source` without the whitespace, which is looked through
    /// here rather than made (most strings a query of digits reads are English).
    pub(in crate::search) fn may_match_ascii(&self, source: &[u8]) -> bool {
        if self.needs_han {
            return false;
        }
        let has = |q: &str| holds_compact(source, q.as_bytes());
        // (A query with an acronym is matched by its terms only.)
        let substring = !self.latin_only && !self.acronym;
        if substring && (has(&self.compact) || self.mainland.as_deref().is_some_and(has)) {
            return true;
        }
        // A word of the query begins a word of the source (both are in lower case).
        let word = |w: &String| {
            memchr::memmem::find_iter(source, w.as_bytes())
                .any(|i| i == 0 || !source[i - 1].is_ascii_alphanumeric())
        };
        // No Chinese run and no pinyin reading can match an ASCII string: the pinyin of a
        // Latin-letter query is tried on strings with Chinese only.
        !self.terms.is_empty()
            && self.terms.iter().all(|t| match t {
                Term::Word(w) => word(w),
                Term::Acronym(a) => ascii_whole_word(source, a.as_bytes()),
                Term::Phrase(ws) => ws.iter().all(word),
                Term::Chinese(_) => false,
            })
    }

    /// For a query of one run of Chinese: the forms its substring match tries, in order (as
    /// typed, in mainland wording), and its other forms; a string must hold one of them for
    /// [`Query::may_match`] to pass it. `None` for any other query.
    pub(in crate::search) fn chinese_forms(&self) -> Option<(Vec<Finder<'_>>, Vec<Finder<'_>>)> {
        let [Term::Chinese(alts)] = &self.terms[..] else {
            return None;
        };
        if self.latin_only || !self.needs_han || self.pinyin.is_some() {
            return None;
        }
        let forms: Vec<&str> = std::iter::once(self.compact.as_str())
            .chain(self.mainland.as_deref())
            .filter(|f| !f.is_empty())
            .collect();
        let others = (alts.iter())
            .map(String::as_str)
            .filter(|a| !forms.contains(a))
            .map(Finder::new)
            .collect();
        Some((forms.into_iter().map(Finder::new).collect(), others))
    }

    /// Whether a field whose words begin with the letters `initials` ([`word_initials`]) may hold
    /// this Latin-letter query's words.
    ///
    /// [`word_initials`]: super::ascii::word_initials
    pub(in crate::search) fn initials_in(&self, initials: u32) -> bool {
        self.initials & !initials == 0
    }

    /// The part of [`Query::may_match`] for a Latin-letter query's words in a string whose words
    /// are its ASCII runs, from the compact form alone: every word is there, if not necessarily at
    /// the start of a word of the field ([`Query::matches_plain`] reads the source to tell).
    pub(in crate::search) fn words_may_match(&self, norm: &str) -> bool {
        debug_assert!(self.latin_only);
        !self.terms.is_empty()
            && self.terms.iter().all(|t| match t {
                Term::Word(w) => norm.contains(w.as_str()),
                Term::Phrase(ws) => ws.iter().all(|w| norm.contains(w.as_str())),
                Term::Chinese(_) | Term::Acronym(_) => false,
            })
    }

    /// The part of [`Query::may_match`] for pinyin.
    pub(in crate::search) fn pinyin_may_match(
        &self,
        norm: &str,
        breaks: &[u32],
        han: bool,
        pinyin: Option<&Starts>,
        buf: &mut Vec<&'static [&'static str]>,
    ) -> bool {
        match (&self.pinyin, pinyin) {
            (None, _) => false,
            (Some(_), Some(starts)) => han && starts.may_match(norm, breaks, buf),
            (Some(_), None) => true,
        }
    }
}

/// Whether a word of `s` (a string whose words are its ASCII runs) starts with `t` (lower-case
/// letters and digits), as the words of its prepared form would.
fn ascii_word_start(s: &[u8], t: &str) -> bool {
    let t = t.as_bytes();
    (0..s.len().saturating_sub(t.len() - 1)).any(|i| {
        (i == 0 || !s[i - 1].is_ascii_alphanumeric()) && s[i..i + t.len()].eq_ignore_ascii_case(t)
    })
}

impl Query {
    /// Whether each acronym of the query stands in `source` (a string as written) as a whole
    /// word in capitals, or with a plural `s` (`EV`, `EVs`): read before a string is prepared,
    /// as the pronoun `it` holds `IT`'s letters in nearly every English text. True for a query
    /// without acronyms.
    pub(in crate::search) fn acronyms_in(&self, source: &str) -> bool {
        let s = source.as_bytes();
        self.terms.iter().all(|t| match t {
            Term::Acronym(a) => {
                let caps = a.to_ascii_uppercase();
                memchr::memmem::find_iter(s, caps.as_bytes()).any(|i| alone(s, i, caps.len()))
            }
            _ => true,
        })
    }

    /// Whether the query has an acronym ([`Query::acronyms_in`] may rule strings out).
    pub(in crate::search) fn has_acronym(&self) -> bool {
        self.acronym
    }
}

/// Whether `s` has `a` (lower case) as a whole word, or with a plural `s`, in any case: where
/// an acronym may stand (the full match checks it is written in capitals). Most strings hold
/// the letters of an acronym only inside words (`EV` in `every`): those are not read again.
fn ascii_whole_word(s: &[u8], a: &[u8]) -> bool {
    (0..s.len().saturating_sub(a.len() - 1))
        .any(|i| s[i..i + a.len()].eq_ignore_ascii_case(a) && alone(s, i, a.len()))
}

/// Whether the `len` bytes of `s` at `i` stand as a word of their own, or with a plural `s`
/// after them (`EV`, `EVs`), as an acronym does.
fn alone(s: &[u8], i: usize, len: usize) -> bool {
    let word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let end = i + len;
    !word(i.checked_sub(1).and_then(|p| s.get(p)))
        && (!word(s.get(end)) || (s[end].eq_ignore_ascii_case(&b's') && !word(s.get(end + 1))))
}

/// Whether `hay` without its whitespace holds `needle` (which has none): the compact form's
/// substring test, on an ASCII source as written.
fn holds_compact(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    memchr::memchr_iter(first, hay).any(|at| {
        let mut letters = hay[at + 1..]
            .iter()
            .filter(|&&b| !char::from(b).is_whitespace());
        rest.iter().all(|b| letters.next() == Some(b))
    })
}

#[cfg(test)]
mod tests {
    use super::super::Query;
    use super::holds_compact;
    use crate::search::query::word_initials;

    #[test]
    fn an_ascii_source_holds_what_its_compact_form_holds() {
        for (hay, needle, holds) in [
            ("growth 10% by 2025", "10%", true),
            ("growth 10 % by 2025", "10%by", true),
            ("5 g\nnetworks", "5gn", true),
            ("a\x0bb", "ab", true),
            ("5 g", "5gn", false),
            ("r&d", "r&d", true),
            ("rd", "r&d", false),
            ("", "x", false),
        ] {
            let compact: String = hay.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(compact.contains(needle), holds, "{hay:?} {needle:?}");
            assert_eq!(
                holds_compact(hay.as_bytes(), needle.as_bytes()),
                holds,
                "{hay:?}"
            );
        }
    }

    #[test]
    fn chinese_queries_need_chinese_and_words_their_first_letters() {
        for q in ["半导体", "半導體", "2025年", "UHD 视频", "\"隐形冠军\""] {
            assert!(Query::parse(q).needs_han, "{q}");
        }
        for q in ["2025", "uhd", "semiconductor", "bandaoti", "%", "A-1"] {
            assert!(!Query::parse(q).needs_han, "{q}");
        }
        let field = word_initials(b"growth target for 2025 (uhd)");
        assert!(Query::parse("growth target").initials_in(field));
        assert!(Query::parse("tar gro").initials_in(field));
        assert!(Query::parse("\"growth target\" uhd").initials_in(field));
        assert!(!Query::parse("growth semi").initials_in(field));
        assert!(!Query::parse("rowth").initials_in(field));
    }
}
