//! A parsed query and how it matches one prepared string.
//!
//! Query forms, tried from best to weakest: the normalised query as a substring (Chinese, numbers,
//! any script; also in its mainland wording, see `regional`), then its terms, which must all match:
//! English words as word prefixes, quoted phrases as runs of words, Chinese runs as substrings; then
//! full pinyin syllables, and pinyin initials.

mod ascii;
mod narrow;
mod precheck;

pub(in crate::search) use ascii::{initial_bit, word_initials};

use std::ops::Range;

use super::normalize::{han_runs, is_han, normalize, words};
use super::pinyin::{match_initials, match_syllables};
use super::prepared::Prepared;
use super::regional::mainland;

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

/// Where and how well a [`Query`] matched one string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// How well it matched.
    pub kind: MatchKind,
    /// Byte ranges in the original string, sorted and not overlapping.
    pub ranges: Vec<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    /// An English word or a number: some word of the field starts with it.
    Word(String),
    /// Quoted words: consecutive words of the field, the last one as a prefix.
    Phrase(Vec<String>),
    /// A run of Chinese characters, occurring in the field as written or in its mainland wording.
    /// Without it, the Chinese half of `UHD 视频` would be ignored and every UHD hit kept.
    Chinese(Vec<String>),
}

/// A query, parsed once and matched against many strings.
#[derive(Debug, Clone)]
pub struct Query {
    raw: String,
    /// The normalised query without whitespace; used for substring matching.
    compact: String,
    /// `compact` in mainland wording, when that differs (`积体电路` → `集成电路`).
    mainland: Option<String>,
    terms: Vec<Term>,
    /// Lower-case letters for pinyin matching, when the query is Latin letters only.
    pinyin: Option<String>,
    /// Latin letters only: substring matching inside words would be noise, so words and pinyin
    /// are used instead.
    latin_only: bool,
    /// For a Latin-letter query of single words, a searcher for each word, made once: the words
    /// are looked for in every English string of a library.
    finders: Vec<memchr::memmem::Finder<'static>>,
    /// For a Latin-letter query, the letters its words begin with ([`precheck::initials`]).
    initials: u32,
    /// Only fields with Chinese characters can match ([`precheck::needs_han`]).
    needs_han: bool,
}

/// Fewest pinyin letters worth matching: one letter matches nearly every Chinese character.
const MIN_PINYIN: usize = 2;

impl Query {
    /// Parses `raw` once for matching many strings: normalised as the indexed text is (NFKC,
    /// lower case, traditional to simplified Chinese), split into English words, quoted phrases
    /// and runs of Chinese characters (each with its mainland wording), and read as pinyin when
    /// it is Latin letters only. Never fails: an empty or whitespace-only pattern matches
    /// nothing.
    pub fn parse(raw: &str) -> Self {
        let norm = normalize(raw);
        let compact: String = norm
            .iter()
            .map(|n| n.c)
            .filter(|c| *c != ' ' && *c != '"')
            .collect();
        let mut terms = Vec::new();
        for (i, part) in raw.split('"').enumerate() {
            let norm = normalize(part);
            let ws: Vec<String> = words(&norm).into_iter().map(|w| w.text).collect();
            if i % 2 == 1 && ws.len() > 1 {
                terms.push(Term::Phrase(ws));
            } else {
                terms.extend(ws.into_iter().map(Term::Word));
            }
            terms.extend(han_runs(&norm).into_iter().map(|run| {
                let alt = mainland(&run);
                Term::Chinese(std::iter::once(run).chain(alt).collect())
            }));
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
        let single_words = latin_only && terms.iter().all(|t| matches!(t, Term::Word(_)));
        let finders = (terms.iter())
            .filter_map(|t| match t {
                // Fields are matched in lower case.
                Term::Word(w) if single_words => {
                    Some(memchr::memmem::Finder::new(&w.to_ascii_lowercase()).into_owned())
                }
                _ => None,
            })
            .collect();
        let mainland = mainland(&compact);
        Query {
            raw: raw.to_string(),
            initials: if latin_only {
                precheck::initials(&terms)
            } else {
                0
            },
            needs_han: !latin_only && precheck::needs_han(&compact, mainland.as_deref(), &terms),
            mainland,
            compact,
            terms,
            pinyin,
            latin_only,
            finders,
        }
    }

    /// The pattern as given.
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

    /// The letters matched as pinyin, when the query is read as pinyin too.
    pub(super) fn pinyin(&self) -> Option<&str> {
        self.pinyin.as_deref()
    }

    /// The kind of [`Query::matches`] in a field whose compact form is `compact`, when its text
    /// decides it without preparing the field (most Chinese hits: preparing each of a first
    /// character's tens of thousands of fields was most of its search); `None` when it does not.
    /// `first_alone`: the field's first character makes exactly one compact character, so an
    /// occurrence after it does not begin the field.
    pub(super) fn substring_kind(&self, compact: &str, first_alone: bool) -> Option<MatchKind> {
        if self.latin_only || self.is_empty() {
            return None;
        }
        let q = std::iter::once(&self.compact)
            .chain(&self.mainland)
            .find(|q| !q.is_empty() && compact.contains(q.as_str()))?;
        if compact == q {
            Some(MatchKind::Exact)
        } else if compact.starts_with(q.as_str()) {
            Some(MatchKind::Prefix)
        } else {
            first_alone.then_some(MatchKind::Contains)
        }
    }

    /// How `p` matches the pattern, trying in turn: the pattern inside the string (not for
    /// Latin-letter patterns, where it would match inside words), its words at the starts of
    /// words, then the string's Chinese as pinyin syllables and as pinyin initials. `None` when
    /// nothing matches, and always for an empty pattern.
    pub fn matches(&self, p: &Prepared) -> Option<Match> {
        if self.is_empty() {
            return None;
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
        self.pinyin_match(p, q, MatchKind::Pinyin, match_syllables)
            .or_else(|| self.pinyin_match(p, q, MatchKind::Initials, match_initials))
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
                        if k + 1 == seq.len() {
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
                Term::Word(_) => 1,
                Term::Phrase(p) => p.len(),
                Term::Chinese(_) => 0,
            })
            .sum::<usize>()
            == w.len();
        let exact = all_exact && covers_all && p.compact.iter().all(|n| !is_han(n.c));
        Some(words_found(exact, starts_at_first, ranges))
    }

    fn pinyin_match(
        &self,
        p: &Prepared,
        q: &str,
        kind: MatchKind,
        matcher: fn(&[&'static [&'static str]], usize, &str) -> Option<usize>,
    ) -> Option<Match> {
        let mut ranges = Vec::new();
        let mut i = 0;
        while i < p.readings.len() {
            if !p.readings[i].is_empty()
                && let Some(end) = matcher(&p.readings, i, q)
            {
                push_range(&mut ranges, p.source_range(i, end));
                i = end;
                continue;
            }
            i += 1;
        }
        // Two characters from one source character (NFKC's `㍻` → `平成`) give the same range twice.
        (!ranges.is_empty()).then(|| Match {
            kind,
            ranges: merge(ranges),
        })
    }
}

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

fn word_kind(exact: bool, starts_at_first: bool) -> MatchKind {
    if exact {
        MatchKind::Exact
    } else if starts_at_first {
        MatchKind::Prefix
    } else {
        MatchKind::Contains
    }
}

fn push_range(ranges: &mut Vec<Range<usize>>, r: Range<usize>) {
    if r.start < r.end {
        ranges.push(r);
    }
}

/// `ranges` sorted, with overlapping and touching ones joined; in place, as a search of a large
/// library merges the ranges of tens of thousands of strings.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
    let mut kept: usize = 0;
    for i in 0..ranges.len() {
        let r = ranges[i].clone();
        match kept.checked_sub(1).map(|k| &mut ranges[k]) {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => {
                ranges[kept] = r;
                kept += 1;
            }
        }
    }
    ranges.truncate(kept);
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(q: &str, s: &str) -> Option<Match> {
        Query::parse(q).find(s)
    }

    fn texts<'s>(s: &'s str, m: &Match) -> Vec<&'s str> {
        m.ranges.iter().map(|r| &s[r.clone()]).collect()
    }

    #[test]
    fn chinese_terms_of_a_mixed_query_must_all_match() {
        // The Chinese half used to be dropped, so `UHD 量子` found every UHD field.
        assert!(find("UHD 量子", "UHD video display 超高清视频显示").is_none());
        let s = "UHD video display 超高清视频显示";
        let m = find("UHD 视频", s).unwrap();
        assert_eq!(texts(s, &m), ["UHD", "视频"]);
        assert_eq!(m.kind, MatchKind::Prefix);
    }

    #[test]
    fn chinese_terms_apart_match_apart() {
        let s = "半导体与集成电路";
        let m = find("集成电路 半导体", s).unwrap();
        assert_eq!(texts(s, &m), ["半导体", "集成电路"]);
        assert!(find("集成电路 量子", s).is_none());
    }

    #[test]
    fn regional_wording_finds_mainland_text() {
        let s = "半导体与集成电路";
        let m = find("積體電路", s).unwrap();
        assert_eq!(texts(s, &m), ["集成电路"]);
        assert_eq!(m.kind, MatchKind::Contains);
        assert!(find("雷射", "激光与增材制造").is_some());
        assert!(find("半導體 積體電路", s).is_some());
    }

    #[test]
    fn ranges_from_one_expanded_character_are_merged() {
        // NFKC makes `‥` two dots: two finds of `.` in one source character.
        let s = "等‥";
        let m = find(".", s).unwrap();
        assert_eq!(texts(s, &m), ["‥"]);
    }

    #[test]
    fn highlight_covers_the_source_bytes() {
        let s = "年均增速10%以上";
        // The bytes of `10%`: 年均增速 is four three-byte characters.
        let ten_percent = 12..15;
        let want = std::slice::from_ref(&ten_percent);
        assert_eq!(find("10%", s).unwrap().ranges, want);
        assert_eq!(find("１０％", s).unwrap().ranges, want);
        let s = "到2025 年，";
        assert_eq!(texts(s, &find("2025年", s).unwrap()), ["2025 年"]);
    }

    #[test]
    fn a_kind_told_from_the_compact_form_is_the_kind_matched() {
        let fields = [
            "产业集群",
            "产业",
            "集群产业",
            "“产业”集群",
            " 产业",
            "「产业」",
            "㈠产业",
            "產業集羣",
            "发展产业集群，产业",
            "①产业",
        ];
        let mut told = 0;
        for q in ["产业", "產業", "集群", "集羣", "产"] {
            let pattern = Query::parse(q);
            for s in fields {
                let mut compact = String::new();
                crate::search::normalize::compact_into(s, &mut compact);
                let first_alone = s
                    .chars()
                    .next()
                    .is_some_and(|c| crate::search::normalize::is_fast(c) && !c.is_whitespace());
                if let Some(kind) = pattern.substring_kind(&compact, first_alone) {
                    told += 1;
                    let m = pattern.matches(&Prepared::new(s));
                    assert_eq!(m.map(|m| m.kind), Some(kind), "{q} in {s}");
                }
            }
        }
        assert!(told > 20, "{told}");
    }
}
