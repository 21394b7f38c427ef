//! A parsed query and how it matches one prepared string.
//!
//! Query forms, tried from best to weakest: the normalised query as a substring (Chinese, numbers,
//! any script), English words that must all match as word prefixes (quoted phrases as runs of
//! words), full pinyin syllables, and pinyin initials.

use std::ops::Range;

use super::normalize::{normalize, words};
use super::pinyin::{match_initials, match_syllables};
use super::prepared::Prepared;

/// How well a string matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The whole field is the query.
    Exact,
    /// The field starts with the query.
    Prefix,
    /// The query occurs inside the field (as text or as words).
    Contains,
    /// Pinyin syllables of the field's Chinese.
    Pinyin,
    /// Pinyin initials of the field's Chinese.
    Initials,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub kind: MatchKind,
    /// Byte ranges in the original string, sorted and not overlapping.
    pub ranges: Vec<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Word(String),
    Phrase(Vec<String>),
}

/// A query, parsed once and matched against many strings.
#[derive(Debug, Clone)]
pub struct Query {
    raw: String,
    /// The normalised query without whitespace; used for substring matching.
    compact: String,
    terms: Vec<Term>,
    /// Lower-case letters for pinyin matching, when the query is Latin letters only.
    pinyin: Option<String>,
    /// Latin letters only: substring matching inside words would be noise, so words and pinyin
    /// are used instead.
    latin_only: bool,
}

/// Fewest pinyin letters worth matching: one letter matches nearly every Chinese character.
const MIN_PINYIN: usize = 2;

impl Query {
    pub fn parse(raw: &str) -> Self {
        let norm = normalize(raw);
        let compact: String = norm
            .iter()
            .map(|n| n.c)
            .filter(|c| *c != ' ' && *c != '"')
            .collect();
        let mut terms = Vec::new();
        for (i, part) in raw.split('"').enumerate() {
            let ws: Vec<String> = words(&normalize(part))
                .into_iter()
                .map(|w| w.text)
                .collect();
            if i % 2 == 1 && ws.len() > 1 {
                terms.push(Term::Phrase(ws));
            } else {
                terms.extend(ws.into_iter().map(Term::Word));
            }
        }
        let latin_only = !compact.is_empty()
            && compact
                .chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '\'' | '-'));
        let letters: String = compact
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .collect();
        let pinyin = (latin_only && letters.len() >= MIN_PINYIN).then_some(letters);
        Query {
            raw: raw.to_string(),
            compact,
            terms,
            pinyin,
            latin_only,
        }
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// An empty (or whitespace-only) query matches nothing.
    pub fn is_empty(&self) -> bool {
        self.compact.is_empty()
    }

    /// Matches an unprepared string (for highlighting what is on screen).
    pub fn find(&self, s: &str) -> Option<Match> {
        if self.is_empty() {
            return None;
        }
        self.matches(&Prepared::new(s))
    }

    pub fn matches(&self, p: &Prepared) -> Option<Match> {
        if self.is_empty() {
            return None;
        }
        if !self.latin_only {
            if let Some(m) = self.substring(p) {
                return Some(m);
            }
        }
        if let Some(m) = self.word_match(p) {
            return Some(m);
        }
        let q = self.pinyin.as_deref()?;
        self.pinyin_match(p, q, MatchKind::Pinyin, match_syllables)
            .or_else(|| self.pinyin_match(p, q, MatchKind::Initials, match_initials))
    }

    fn substring(&self, p: &Prepared) -> Option<Match> {
        let q = self.compact.as_str();
        let mut ranges = Vec::new();
        let mut from = 0;
        while let Some(pos) = p.compact_str[from..].find(q) {
            let start = from + pos;
            let end = start + q.len();
            let (a, b) = (p.char_at_byte(start), p.char_at_byte(end));
            push_range(&mut ranges, p.source_range(a, b));
            from = end;
        }
        let first = ranges.first()?;
        let kind = if p.compact_str == q {
            MatchKind::Exact
        } else if first.start == p.compact[0].src.0 as usize {
            MatchKind::Prefix
        } else {
            MatchKind::Contains
        };
        Some(Match { kind, ranges })
    }

    fn word_match(&self, p: &Prepared) -> Option<Match> {
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
            };
            let mut found = false;
            for i in 0..w.len() {
                let fits = seq.iter().enumerate().all(|(k, t)| {
                    w.get(i + k).is_some_and(|word| {
                        if k + 1 == seq.len() {
                            word.text.starts_with(t.as_str())
                        } else {
                            word.text == *t
                        }
                    })
                });
                if fits {
                    found = true;
                    starts_at_first |= i == 0;
                    all_exact &= w[i + seq.len() - 1].text == *seq.last()?;
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
                Term::Word(_) => 1,
                Term::Phrase(p) => p.len(),
            })
            .sum::<usize>()
            == w.len();
        let kind = if all_exact
            && covers_all
            && p.compact.iter().all(|n| !super::normalize::is_han(n.c))
        {
            MatchKind::Exact
        } else if starts_at_first {
            MatchKind::Prefix
        } else {
            MatchKind::Contains
        };
        Some(Match {
            kind,
            ranges: merge(ranges),
        })
    }

    fn pinyin_match(
        &self,
        p: &Prepared,
        q: &str,
        kind: MatchKind,
        matcher: fn(&[Vec<&'static str>], usize, &str) -> Option<usize>,
    ) -> Option<Match> {
        let mut ranges = Vec::new();
        let mut i = 0;
        while i < p.readings.len() {
            if !p.readings[i].is_empty() {
                if let Some(end) = matcher(&p.readings, i, q) {
                    push_range(&mut ranges, p.source_range(i, end));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        (!ranges.is_empty()).then_some(Match { kind, ranges })
    }
}

fn push_range(ranges: &mut Vec<Range<usize>>, r: Range<usize>) {
    if r.start < r.end {
        ranges.push(r);
    }
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}
