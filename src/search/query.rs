//! A parsed query and how it matches one prepared string.
//!
//! Query forms, tried from best to weakest: the normalised query as a substring (Chinese, numbers,
//! any script; also in its mainland wording, see `regional`), then its terms, which must all match:
//! English words as word prefixes, quoted phrases as runs of words, Chinese runs as substrings; then
//! full pinyin syllables, and pinyin initials (each character read by its common reading, then
//! by any of its readings).

mod acronym;
mod ascii;
mod full;
mod narrow;
mod precheck;
#[cfg(test)]
mod tests;

pub(in crate::search) use acronym::acronym;
use acronym::joined;
pub(in crate::search) use ascii::{initial_bit, word_initials};

use std::ops::Range;

use super::normalize::{han_runs, normalize, words};
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
    /// Pinyin syllables of the field's Chinese, some character read by a reading other than
    /// its common one (行 háng for `yinhang`; 支 qí for `qiche`, which means 汽车).
    PinyinOtherReading,
    /// Pinyin initials of the field's Chinese, some character read by another reading.
    InitialsOtherReading,
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
    /// An acronym typed in capitals (`EV`, `GBA`): a whole word of the field written in capitals,
    /// also with a plural `s` (`EVs`); never a prefix (`every`) nor pinyin initials (和可 for `HK`).
    Acronym(String),
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
    /// Lower-case letters for pinyin matching, when the query is Latin letters only; an
    /// apostrophe between two ends a syllable (`xi'an`).
    pinyin: Option<String>,
    /// Latin letters only: substring matching inside words would be noise, so words and pinyin
    /// are used instead.
    latin_only: bool,
    /// The query has an [`Term::Acronym`]: it is matched by its terms only, never as a substring
    /// of the field (`ev` in `every`) nor as pinyin.
    acronym: bool,
    /// For a Latin-letter query of single words, a searcher for each word, made once: the words
    /// are looked for in every English string of a library.
    finders: Vec<memchr::memmem::Finder<'static>>,
    /// For a Latin-letter query, a searcher for its longest word, phrases' words included:
    /// every string it matches holds that word.
    longest: Option<memchr::memmem::Finder<'static>>,
    /// For a Latin-letter query, the letters its words begin with ([`precheck::initials`]).
    initials: u32,
    /// Only fields with Chinese characters can match ([`precheck::needs_han`]).
    needs_han: bool,
    /// Each English word (a phrase's last one too) matches a whole word of the field, not the
    /// beginning of a longer one ([`Query::whole_words`]).
    whole: bool,
}

/// Fewest pinyin letters worth matching: one letter matches nearly every Chinese character.
const MIN_PINYIN: usize = 2;

impl Query {
    /// Parses `raw` once for matching many strings: normalised as the indexed text is (NFKC,
    /// lower case, traditional to simplified Chinese), split into English words, quoted phrases
    /// and runs of Chinese characters (each with its mainland wording), and read as pinyin when
    /// it is Latin letters only. A number written with Chinese (`2025年`) and a token joined by
    /// `&` or `+` (`R&D`) are each one run; an acronym typed in capitals (`EV`, see
    /// `acronym`) is a whole word in capitals, and a pattern with one is never matched inside
    /// words nor as pinyin. Never fails: an empty or whitespace-only pattern matches nothing.
    pub fn parse(raw: &str) -> Self {
        let norm = normalize(raw);
        let compact: String = norm
            .iter()
            .map(|n| n.c)
            .filter(|c| *c != ' ' && *c != '"')
            .collect();
        let mut terms = Vec::new();
        for (i, part) in raw.split('"').enumerate() {
            // A number written with Chinese (`2025年`, `10大`, `5000亿元`) is one run, as the
            // document writes numbers, not its digits and its characters anywhere in the field;
            // so is a token joined by `&` or `+` (`R&D`, `M&A`), not its letters apart. Quoted,
            // an acronym is an ordinary word.
            let unquoted = i % 2 == 0;
            let (runs, rest): (Vec<&str>, Vec<&str>) = part
                .split_whitespace()
                .partition(|t| number_phrase(t) || (unquoted && joined(t)));
            let (acronyms, rest): (Vec<&str>, Vec<&str>) =
                rest.into_iter().partition(|t| unquoted && acronym(t));
            terms.extend(acronyms.iter().map(|t| {
                let letters = t.trim_matches(|c: char| !c.is_alphanumeric());
                Term::Acronym(letters.to_ascii_lowercase())
            }));
            for t in runs {
                let run: String = normalize(t).iter().map(|n| n.c).collect();
                let alt = mainland(&run);
                terms.push(Term::Chinese(std::iter::once(run).chain(alt).collect()));
            }
            let norm = normalize(&rest.join(" "));
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
        let acronym = terms.iter().any(|t| matches!(t, Term::Acronym(_)));
        let latin_only = !acronym
            && !compact.is_empty()
            && compact
                .chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '\'' | '-'));
        let pinyin = latin_only
            .then(|| pinyin_letters(&compact))
            .filter(|p| p.bytes().filter(u8::is_ascii_alphabetic).count() >= MIN_PINYIN);
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
        let longest = (terms.iter())
            .flat_map(|t| match t {
                Term::Word(w) => std::slice::from_ref(w),
                Term::Phrase(ws) => ws,
                Term::Chinese(_) | Term::Acronym(_) => &[],
            })
            .filter(|_| latin_only)
            .max_by_key(|w| w.len())
            .map(|w| memchr::memmem::Finder::new(&w.to_ascii_lowercase()).into_owned());
        let mainland = mainland(&compact);
        Query {
            longest,
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
            acronym,
            pinyin,
            latin_only,
            finders,
            whole: false,
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

    /// This query not read as pinyin: for a word the reader typed as English.
    pub(super) fn without_pinyin(mut self) -> Self {
        self.pinyin = None;
        self
    }

    /// This query with each English word matched only as a whole word of the field (`car`
    /// finds `car`, not `carry`), and not read as pinyin: for a word form whose letters also
    /// begin words of other meanings (`emerge` begins `emergency`). A phrase's last word too.
    pub fn whole_words(mut self) -> Self {
        self.pinyin = None;
        self.whole = true;
        self
    }

    /// Whether the words match only whole words ([`Query::whole_words`]).
    pub fn is_whole(&self) -> bool {
        self.whole
    }

    /// The kind of [`Query::matches`] in a field whose compact form is `compact`, when its text
    /// decides it without preparing the field (most Chinese hits: preparing each of a first
    /// character's tens of thousands of fields was most of its search); `None` when it does not.
    /// `first_alone`: the field's first character makes exactly one compact character, so an
    /// occurrence after it does not begin the field.
    pub(super) fn substring_kind(&self, compact: &str, first_alone: bool) -> Option<MatchKind> {
        if self.latin_only || self.acronym || self.is_empty() {
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
}

/// The letters of a Latin-letter query read as pinyin, with the apostrophes between two (one
/// for several): `xi'an` → `xi'an`, `'xi-an'` → `xian`.
fn pinyin_letters(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len());
    let mut apostrophe = false;
    for c in compact.chars() {
        if c.is_ascii_alphabetic() {
            if apostrophe && !out.is_empty() {
                out.push('\'');
            }
            out.push(c);
            apostrophe = false;
        } else {
            apostrophe |= c == '\'';
        }
    }
    out
}

/// Whether `token` (no whitespace) writes a number with Chinese: digits and Chinese characters,
/// no Latin letter (`2025年`, `10%以上`; not `5G基站`, whose parts are words of two scripts).
pub(in crate::search) fn number_phrase(token: &str) -> bool {
    let chars = normalize(token);
    chars.iter().any(|n| n.c.is_ascii_digit())
        && chars.iter().any(|n| super::normalize::is_han(n.c))
        && !chars.iter().any(|n| n.c.is_ascii_alphabetic())
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
