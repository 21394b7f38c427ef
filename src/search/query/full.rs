//! The full match of a pattern against a prepared string: as a substring of its compact form,
//! as words at the starts of its words, then as pinyin syllables and initials of its Chinese.
//! The index asks for it only where its cheaper checks cannot decide (and for highlights).

use std::ops::Range;

use super::{Match, MatchKind, Query, Term, merge, push_range, word_kind};
use crate::search::normalize::is_han;
use crate::search::pinyin::{match_initials, match_syllables};
use crate::search::prepared::Prepared;

impl Query {
    /// How `p` matches the pattern, trying in turn: the pattern inside the string (not for
    /// Latin-letter patterns, where it would match inside words), its words at the starts of
    /// words, then the string's Chinese as pinyin syllables and as pinyin initials, each
    /// character read by its common reading, then by any. `None` when nothing matches, and
    /// always for an empty pattern.
    pub fn matches(&self, p: &Prepared) -> Option<Match> {
        if self.is_empty() {
            return None;
        }
        if self.acronym {
            // Its words as words first (`EV` is not inside `every`); then the whole query as
            // written, which highlights what lies between them (`UHD 视频`).
            let words = self.word_match(p)?;
            let between = self.terms.len() > 1;
            return Some(
                between
                    .then(|| self.substring(p))
                    .flatten()
                    .unwrap_or(words),
            );
        }
        if !self.latin_only
            && let Some(m) = self.substring(p)
        {
            return Some(m);
        }
        if let Some(m) = self.word_match(p) {
            return Some(m);
        }
        let q = self.pinyin.as_deref()?;
        let (syllables, others) = self.pinyin_match(p, q, match_syllables);
        if let Some(ranges) = syllables {
            return Some(Match {
                kind: MatchKind::Pinyin,
                ranges,
            });
        }
        let (initials, other_initials) = self.pinyin_match(p, q, match_initials);
        let (kind, ranges) = match (initials, others, other_initials) {
            (Some(r), _, _) => (MatchKind::Initials, r),
            (None, Some(r), _) => (MatchKind::PinyinOtherReading, r),
            (None, None, r) => (MatchKind::InitialsOtherReading, r?),
        };
        Some(Match { kind, ranges })
    }

    fn substring(&self, p: &Prepared) -> Option<Match> {
        let (q, ranges) = std::iter::once(&self.compact)
            .chain(&self.mainland)
            .map(|q| (q, occurrences(p, q)))
            .find(|(_, r)| !r.is_empty())?;
        let kind = if p.compact_str == *q {
            MatchKind::Exact
        } else if starts_field(p, &ranges) {
            MatchKind::Prefix
        } else {
            MatchKind::Contains
        };
        Some(Match { kind, ranges })
    }

    pub(super) fn word_match(&self, p: &Prepared) -> Option<Match> {
        if self.terms.is_empty() {
            return None;
        }
        let w = &p.words;
        let mut ranges = Vec::new();
        let mut starts_at_first = false;
        let mut all_exact = true;
        for term in &self.terms {
            let seq: &[String] = match term {
                Term::Word(t) => std::slice::from_ref(t),
                Term::Phrase(ts) => ts,
                Term::Acronym(a) => {
                    let mut found = false;
                    for (i, pw) in w.iter().enumerate() {
                        let word = p.word(i);
                        let plural = word.len() == a.len() + 1 && word.ends_with('s');
                        if pw.caps
                            && word.starts_with(a.as_str())
                            && (word.len() == a.len() || plural)
                        {
                            found = true;
                            starts_at_first |= i == 0;
                            all_exact &= !plural;
                            push_range(&mut ranges, pw.src.clone());
                        }
                    }
                    if !found {
                        return None;
                    }
                    continue;
                }
                Term::Chinese(alts) => {
                    let found = alts
                        .iter()
                        .map(|q| occurrences(p, q))
                        .find(|r| !r.is_empty())?;
                    starts_at_first |= starts_field(p, &found);
                    // A field with Chinese in it is never an exact match of English words.
                    all_exact = false;
                    ranges.extend(found);
                    continue;
                }
            };
            let mut found = false;
            for i in 0..w.len() {
                let fits = seq.iter().enumerate().all(|(k, t)| {
                    (i + k < w.len()) && {
                        let word = p.word(i + k);
                        if k + 1 == seq.len() && !self.whole {
                            word.starts_with(t.as_str())
                        } else {
                            word == t
                        }
                    }
                });
                if fits {
                    found = true;
                    starts_at_first |= i == 0;
                    all_exact &= p.word(i + seq.len() - 1) == seq.last()?;
                    push_range(&mut ranges, w[i].src.start..w[i + seq.len() - 1].src.end);
                }
            }
            if !found {
                return None;
            }
        }
        ranges.sort_by_key(|r| r.start);
        let covers_all = self
            .terms
            .iter()
            .map(|t| match t {
                Term::Word(_) | Term::Acronym(_) => 1,
                Term::Phrase(p) => p.len(),
                Term::Chinese(_) => 0,
            })
            .sum::<usize>()
            == w.len();
        let exact = all_exact && covers_all && p.compact.iter().all(|n| !is_han(n.c));
        Some(words_found(exact, starts_at_first, ranges))
    }

    /// Where `q` matches `p` as pinyin by `matcher`, each compact character read by `readings`.
    /// Where `q` matches `p` as pinyin by `matcher`: the ranges read by every character's common
    /// reading, and those that need another reading of some character (`None` for none). Any
    /// reading is tried first, which most places fail; the common readings only where it matched.
    fn pinyin_match(
        &self,
        p: &Prepared,
        q: &str,
        matcher: fn(&[&'static [&'static str]], usize, &str) -> Option<usize>,
    ) -> (Option<Ranges>, Option<Ranges>) {
        let (mut common, mut others) = (Vec::new(), Vec::new());
        let readings = &p.readings;
        let mut window: Vec<&'static [&'static str]> = Vec::new();
        let mut i = 0;
        let mut next_break = 0;
        while i < readings.len() {
            // A match runs up to the next clause break, not across it.
            while p.breaks.get(next_break).is_some_and(|&b| b as usize <= i) {
                next_break += 1;
            }
            let limit = p
                .breaks
                .get(next_break)
                .map_or(readings.len(), |&b| b as usize);
            if !readings[i].is_empty()
                && let Some(end) = matcher(&readings[..limit], i, q)
            {
                // Every character takes at least one letter.
                let span = i..limit.min(i + q.len());
                window.clear();
                window.extend(
                    (readings[span.clone()].iter().zip(&p.common[span]))
                        .map(|(r, &common)| &r[..usize::from(common)]),
                );
                if let Some(len) = matcher(&window, 0, q) {
                    push_range(&mut common, p.source_range(i, i + len));
                    i += len;
                    continue;
                }
                // Looked for again from the next character: a match by common readings may
                // begin inside this one.
                push_range(&mut others, p.source_range(i, end));
            }
            i += 1;
        }
        // Two characters from one source character (NFKC's `㍻` → `平成`) give the same range twice.
        let some = |r: Vec<Range<usize>>| (!r.is_empty()).then(|| merge(r));
        (some(common), some(others))
    }
}

/// Byte ranges of a string, sorted and not overlapping.
type Ranges = Vec<Range<usize>>;

/// Every non-overlapping occurrence of `q` in the field, as merged source ranges. Merging matters
/// when NFKC expands one character into several: `…` is `...`, and `.` occurs in it three times.
fn occurrences(p: &Prepared, q: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    if q.is_empty() {
        // `find("")` matches everywhere and would never advance.
        return ranges;
    }
    let mut from = 0;
    while let Some(pos) = p.compact_str[from..].find(q) {
        let start = from + pos;
        let end = start + q.len();
        let (a, b) = (p.char_at_byte(start), p.char_at_byte(end));
        push_range(&mut ranges, p.source_range(a, b));
        from = end;
    }
    merge(ranges)
}

/// Whether the first range begins at the field's first (non-space) character.
fn starts_field(p: &Prepared, ranges: &[Range<usize>]) -> bool {
    match (ranges.first(), p.compact.first()) {
        (Some(r), Some(c)) => r.start == c.src.0 as usize,
        _ => false,
    }
}

/// A word match: exact when the words make the whole field, a prefix when they begin it.
fn words_found(exact: bool, starts_at_first: bool, ranges: Vec<Range<usize>>) -> Match {
    Match {
        kind: word_kind(exact, starts_at_first),
        ranges: merge(ranges),
    }
}
