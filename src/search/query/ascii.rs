//! Matching a Latin-letter query against a field's words without preparing the field.
//!
//! The first letters of an English or pinyin query match a large share of a library's fields;
//! preparing each of them (characters, offsets, words) costs more than the match itself. When a
//! field's words are its runs of ASCII letters and digits (English text, also with “ ” — …, and
//! Chinese text around them: [`words_are_ascii_runs`]), the words can be read from its bytes
//! directly, with the same result as [`Query::matches`] gives before it tries pinyin (tests hold
//! the two together).

use std::ops::Range;

#[cfg(test)]
use super::{Match, merge};
use super::{MatchKind, Query, Term, push_range, word_kind};
#[cfg(doc)]
use crate::search::normalize::words_are_ascii_runs;

impl Query {
    /// Whether this query can take the ASCII fast path: Latin letters only, so it is matched as
    /// words (and as pinyin, which an ASCII field has none of).
    pub(in crate::search) fn is_latin(&self) -> bool {
        self.latin_only
    }

    /// The longest word of a Latin-letter query (phrases' words included): every string its
    /// words match holds it.
    pub(in crate::search) fn longest_word(&self) -> Option<&memchr::memmem::Finder<'static>> {
        self.longest.as_ref()
    }

    /// The letter, for a query of one lower-case letter: it matches where a string's words begin
    /// with it (`Part`'s entries keep those letters), and begins the string where the first word
    /// does; only a string of one word may be an exact match, and is read.
    pub(in crate::search) fn single_letter(&self) -> Option<u8> {
        match &self.finders[..] {
            [f] if self.terms.len() == 1 && !self.whole => match f.needle() {
                [b] if b.is_ascii_lowercase() => Some(*b),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the query is single words that [`Query::plain_kind`] finds in a field without
    /// a pre-check.
    pub(in crate::search) fn has_finders(&self) -> bool {
        !self.finders.is_empty()
    }

    /// The word match of [`Query::matches`] for a Latin-letter query and a `field` whose words
    /// are its ASCII runs; `han`: the field holds Chinese (and so is never an exact match of
    /// words). `words` is scratch space kept by the caller across fields.
    #[cfg(test)]
    pub(in crate::search) fn matches_plain(
        &self,
        field: &[u8],
        han: bool,
        words: &mut Vec<Range<usize>>,
    ) -> Option<Match> {
        let mut ranges = Vec::new();
        let field = field.to_ascii_lowercase();
        let initials = word_initials(&field);
        let kind = self.plain_kind(&field, han, initials, words, Some(&mut ranges))?;
        Some(Match {
            kind,
            ranges: merge(ranges),
        })
    }

    /// How [`Query::matches_plain`] matches `field` with its ASCII letters in lower case (whose
    /// words begin with `initials`, [`word_initials`]), with the matched words' ranges left in
    /// `ranges` if asked for (unsorted, possibly overlapping). A search asks only for the kind,
    /// which is known at a word's first match.
    pub(in crate::search) fn plain_kind(
        &self,
        field: &[u8],
        han: bool,
        initials: u32,
        words: &mut Vec<Range<usize>>,
        mut ranges: Option<&mut Vec<Range<usize>>>,
    ) -> Option<MatchKind> {
        debug_assert!(self.latin_only);
        if let Some(r) = ranges.as_deref_mut() {
            r.clear();
        }
        if self.terms.is_empty() {
            return None;
        }
        if !self.finders.is_empty() {
            return single_words(&self.finders, self.whole, field, han, initials, ranges);
        }
        ascii_words(field, words);
        let word = |i: usize| &field[words[i].clone()];
        let mut starts_at_first = false;
        let mut all_exact = true;
        let mut term_words = 0;
        for term in &self.terms {
            let seq: &[String] = match term {
                Term::Word(t) => std::slice::from_ref(t),
                Term::Phrase(ts) => ts,
                // A Latin-letter query has no Chinese run.
                Term::Chinese(_) | Term::Acronym(_) => return None,
            };
            term_words += seq.len();
            let last = seq.len() - 1;
            let mut found = false;
            for i in 0..words.len().saturating_sub(last) {
                let fits = seq.iter().enumerate().all(|(k, t)| {
                    let w = word(i + k);
                    if k == last && !self.whole {
                        w.len() >= t.len() && w[..t.len()].eq_ignore_ascii_case(t.as_bytes())
                    } else {
                        w.eq_ignore_ascii_case(t.as_bytes())
                    }
                });
                if fits {
                    found = true;
                    starts_at_first |= i == 0;
                    all_exact &= word(i + last).len() == seq[last].len();
                    if let Some(r) = ranges.as_deref_mut() {
                        push_range(r, words[i].start..words[i + last].end);
                    }
                }
            }
            if !found {
                return None;
            }
        }
        let exact = all_exact && term_words == words.len() && !han;
        Some(word_kind(exact, starts_at_first))
    }
}

/// [`Query::matches_plain`] when every term is a single word (no phrase), as in most queries: each
/// term found in the field with SIMD, checked to begin a word (and with `whole`, to end one).
/// Without `ranges` to fill, a term's first such match is enough, unless the field is as many
/// words as the query, when it may be an exact match.
fn single_words(
    terms: &[memchr::memmem::Finder],
    whole: bool,
    f: &[u8],
    han: bool,
    initials: u32,
    mut ranges: Option<&mut Vec<Range<usize>>>,
) -> Option<MatchKind> {
    let first_word = f.iter().position(u8::is_ascii_alphanumeric)?;
    // Counted no further than one word past the query's.
    let words = f
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let exact_may = !han && words.take(terms.len() + 1).count() == terms.len();
    let every = ranges.is_some() || exact_may;
    let (mut starts_at_first, mut all_exact) = (false, true);
    for term in terms {
        let needle = term.needle();
        // A word of one letter begins a word of the field exactly where the field's initials
        // say so: the first letter of a query, which most fields hold many times over, is
        // decided without reading them.
        if !every && !whole && needle.len() == 1 && needle[0].is_ascii_lowercase() {
            if initials & initial_bit(needle[0]) == 0 {
                return None;
            }
            starts_at_first |= f[first_word..].starts_with(needle);
            continue;
        }
        let mut found = false;
        let mut from = 0;
        // The whole term, found with SIMD: its first letters alone are in most of the text.
        while let Some(at) = term.find(&f[from..]) {
            let i = from + at;
            if i > 0 && f[i - 1].is_ascii_alphanumeric() {
                from = i + 1;
                continue;
            }
            let end_of_term = i + needle.len();
            if whole && f.get(end_of_term).is_some_and(u8::is_ascii_alphanumeric) {
                from = end_of_term;
                continue;
            }
            found = true;
            if !every {
                break;
            }
            let end = f[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(f.len(), |n| i + n);
            all_exact &= end - i == term.needle().len();
            if let Some(r) = ranges.as_deref_mut() {
                push_range(r, i..end);
            }
            from = end.max(i + 1);
        }
        if !found {
            return None;
        }
        // A term at the first word's start matches there: it begins a word (and is one, for
        // whole words).
        let first = &f[first_word..];
        starts_at_first |= first.starts_with(needle)
            && !(whole
                && first
                    .get(needle.len())
                    .is_some_and(u8::is_ascii_alphanumeric));
    }
    Some(word_kind(exact_may && all_exact, starts_at_first))
}

/// The letters that begin a word of `s` (lower-case ASCII), one bit each: `a` to `z`, and one
/// bit for any digit. Every word of a Latin-letter query begins a word of the fields it matches,
/// so a field whose bits lack one of the query's is passed over unread.
pub(in crate::search) fn word_initials(s: &[u8]) -> u32 {
    let mut bits = 0;
    let mut in_word = false;
    for &b in s {
        let alnum = b.is_ascii_alphanumeric();
        if alnum && !in_word {
            bits |= initial_bit(b);
        }
        in_word = alnum;
    }
    bits
}

/// The bit of [`word_initials`] for a word beginning with `b` (0 for anything else).
pub(in crate::search) fn initial_bit(b: u8) -> u32 {
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => 1 << (c - b'a'),
        b'0'..=b'9' => 1 << 26,
        _ => 0,
    }
}

/// The runs of ASCII letters and digits of `s`.
fn ascii_words(s: &[u8], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = None;
    for (i, b) in s.iter().enumerate() {
        match (b.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                out.push(from..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        out.push(from..s.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::MatchKind;
    use crate::search::normalize::{is_han, words_are_ascii_runs};
    use crate::search::prepared::Prepared;
    use proptest::prelude::*;

    /// The word match of the prepared path (pinyin left out) and of the fast one.
    fn both(q: &str, field: &str) -> (Option<Match>, Option<Match>) {
        let query = Query::parse(q);
        assert!(query.is_latin(), "{q:?} is not a Latin-letter query");
        assert!(words_are_ascii_runs(field), "{field:?}");
        let mut words = Vec::new();
        let han = field.chars().any(is_han);
        (
            query.word_match(&Prepared::new(field)),
            query.matches_plain(field.as_bytes(), han, &mut words),
        )
    }

    #[test]
    fn the_fast_path_agrees_with_the_prepared_one() {
        for (q, field) in [
            ("semi", "Semiconductors and integrated circuits"),
            ("integrated", "Semiconductors and integrated circuits"),
            ("circuits", "circuits"),
            ("circuit", "circuits"),
            ("smart robots", "Smart robots"),
            ("robots smart", "Smart robots"),
            ("\"smart ro\"", "Smart robots, smart robotics"),
            ("\"hidden champions\"", "the (hidden) champions' list"),
            ("uhd", "(UHD) video"),
            ("a", "a a a"),
            ("ba", "bandaoti ba-ba"),
            ("it's", "It's a test; its end"),
            ("x-ray", "X-ray x ray"),
            ("zzz", "no match here"),
            ("growth target", "Growth target for 2025"),
            ("hidden", "“hidden champions” — 隐形冠军…"),
            ("uhd", "超高清UHD视频"),
            ("uhd", "UHD"),
            ("uhd video", "UHD\u{a0}video，4K"),
        ] {
            let (slow, fast) = both(q, field);
            assert_eq!(fast, slow, "{q:?} in {field:?}");
        }
        let (_, fast) = both("circuits", "Circuits");
        assert_eq!(fast.unwrap().kind, MatchKind::Exact);
        let (_, fast) = both("circ", "integrated circuits");
        assert_eq!(fast.unwrap().kind, MatchKind::Contains);
        // A field with Chinese in it is never an exact match of words.
        let (_, fast) = both("uhd", "UHD 超高清");
        assert_eq!(fast.unwrap().kind, MatchKind::Prefix);
    }

    #[test]
    fn whole_words_match_no_longer_word() {
        let whole = |q: &str, field: &str| {
            let query = Query::parse(q).whole_words();
            let mut words = Vec::new();
            let fast = query.matches_plain(field.as_bytes(), false, &mut words);
            assert_eq!(
                fast,
                query.word_match(&Prepared::new(field)),
                "{q:?} in {field:?}"
            );
            fast.map(|m| m.kind)
        };
        assert_eq!(whole("car", "Carry out cars"), None);
        assert_eq!(whole("car", "Carry a car"), Some(MatchKind::Contains));
        assert_eq!(whole("car", "Car-makers"), Some(MatchKind::Prefix));
        assert_eq!(whole("car", "car"), Some(MatchKind::Exact));
        assert_eq!(whole("emerge", "emergency response"), None);
        assert_eq!(whole("\"weak link\"", "weak links"), None);
        assert_eq!(
            whole("\"weak link\"", "a weak link"),
            Some(MatchKind::Contains)
        );
        // As a prefix, each is found.
        assert!(Query::parse("car").find("Carry out").is_some());
        assert!(Query::parse("emerge").find("emergency").is_some());
    }

    #[test]
    fn only_fields_whose_words_are_ascii_runs_take_the_fast_path() {
        for plain in [
            "",
            "Smart robots",
            "“hidden” — …",
            "超高清UHD视频，４",
            "㍻",
        ] {
            assert_eq!(
                words_are_ascii_runs(plain),
                !plain.contains('４'),
                "{plain:?}"
            );
        }
        // Letters outside ASCII, full-width forms, circled digits, ligatures and combining marks
        // are words (or join them) in the prepared form.
        for not in ["café", "ＡＢＣ", "①", "ﬁne", "q\u{301}", "İstanbul"] {
            assert!(!words_are_ascii_runs(not), "{not:?}");
        }
    }

    proptest! {
        #[test]
        fn any_plain_field_and_latin_query_agree(
            field in "[a-cA-C0-9 ,.()'\\-—“”…半导体é\u{301}\u{a0}①]{0,16}",
            q in "[a-c\" ]{0,3}[a-c]{1,3}( [a-c]{1,3})?",
        ) {
            let parsed = Query::parse(&q);
            prop_assume!(parsed.is_latin() && words_are_ascii_runs(&field));
            // As word prefixes and as whole words.
            for query in [parsed.clone(), parsed.whole_words()] {
                let mut words = Vec::new();
                let han = field.chars().any(is_han);
                let prepared = query.word_match(&Prepared::new(&field));
                prop_assert_eq!(query.matches_plain(field.as_bytes(), han, &mut words), prepared.clone());
                // As a search asks: the kind alone, one-letter words decided by the initials.
                let lower = field.to_ascii_lowercase().into_bytes();
                let initials = word_initials(&lower);
                prop_assert!(query.initials_in(initials) || prepared.is_none());
                prop_assert_eq!(
                    query.plain_kind(&lower, han, initials, &mut words, None),
                    prepared.map(|m| m.kind)
                );
            }
        }
    }
}
