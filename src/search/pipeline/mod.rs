//! The forgiving query: what the reader typed, analysed in visible stages.
//!
//! 1. [`normalise`]: accents and decomposed Unicode folded, pinyin's `ü`/`u:`/tone marks/tone
//!    numbers made plain letters, its apostrophes kept between syllables (`xi'an`);
//! 2. [`split`]: words (quoted phrases kept whole, Latin and Chinese parts of one word apart),
//!    English stop words and Chinese question words dropped;
//! 3. [`expand`]: each word's alternatives, each with why it stands for the word — as typed
//!    (which the match stage also reads as pinyin, traditional and regional Chinese), word forms,
//!    spellings, numerals, synonyms, typos; the last few need the index's own words ([`Vocab`]);
//! 4. match: each alternative is a [`Pattern`] the index searches ([`crate::search::Index`]);
//! 5. [`rank`]: a node's best alternative per word, nodes with every word (else the most words,
//!    marked partial), ordered by how well and where they matched.
//!
//! A new form of query is one more stage in `expand`, not a special case in the matcher.

mod expand;
mod forms;
mod normalise;
mod numerals;
mod pinyin_parts;
mod pinyin_typos;
pub(super) mod rank;
mod spelling;
mod split;
mod synonyms;
pub(super) mod vocab;

use std::sync::OnceLock;

use super::query::{Match, MatchKind, Query as Pattern};
pub(super) use vocab::Vocab;

/// Why an alternative stands for the word the reader typed. Ordered from the closest to the
/// loosest: `rank` ranks a hit by the loosest reason among its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Why {
    /// The word as typed (matched as text, word prefix, pinyin or pinyin initials).
    AsTyped,
    /// Another inflection of the same English word (stemming: `targets` → `target`,
    /// `emerging` → `emerged`; see `forms`).
    WordForm,
    /// The other of British and American spelling (`labour` → `labor`).
    Spelling,
    /// Chinese numerals as digits (`五千亿` → `5000亿`).
    Numeral,
    /// A word derived from the same one (`standardized` → `standardization`, `standard`),
    /// ranked after the word's own forms, the closer first (see `forms`).
    Derived,
    /// A synonym or acronym from the thesaurus or a node's `aliases`.
    Synonym,
    /// The word is not in the index; a word of it within one or two edits is.
    Typo,
    /// A part of a word found nowhere in any form, read as a word of its own as if typed apart:
    /// a run of Chinese cut where the document's words are (`新能源汽车` as `新能源`, `汽车`),
    /// a number written with Chinese cut from its Chinese (`2025目标` as `2025`, `目标`), a run
    /// of pinyin cut between syllables (`jiguangzengcai` as `jiguang`, `zengcai`).
    Apart,
    /// The word typed as the beginning of longer words (`car` in `carry`), for a whole word the
    /// thesaurus knows: ranked after its synonyms, since the reader typed a word, not the start
    /// of one; while a word is still being typed (`carr`), its completions are as typed.
    Completion,
}

impl Why {
    /// Whether alternatives of this kind are searched only when the word's others find
    /// nothing: typos, and a number's parts apart.
    pub fn is_fallback(self) -> bool {
        matches!(self, Why::Typo | Why::Apart)
    }
}

/// One alternative of a word: what is searched, and why.
#[derive(Debug, Clone)]
pub struct Alt {
    /// The alternative's text as searched (also what `typo →` and `synonym →` name).
    pub text: String,
    pub why: Why,
    /// For a typo, the edits from the word typed (1 or 2); 0 otherwise.
    pub edits: usize,
    /// For a derived word, the letters of the word typed it does not share (`forms::distance`);
    /// 0 otherwise.
    pub distance: u8,
    pattern: Pattern,
}

impl Alt {
    fn new(text: &str, why: Why) -> Self {
        Alt {
            text: text.to_string(),
            why,
            edits: 0,
            distance: 0,
            pattern: Pattern::parse(text),
        }
    }

    /// A form of the word typed found among the index's words.
    fn form(f: &forms::Form, why: Why) -> Self {
        let mut alt = Alt::new(&f.text, why);
        alt.distance = f.distance;
        if f.whole {
            alt.pattern = alt.pattern.whole_words();
        }
        alt
    }

    /// A word of the index `edits` edits from the word typed.
    fn typo(text: &str, edits: usize) -> Self {
        Alt {
            edits,
            ..Alt::new(text, Why::Typo)
        }
    }

    pub(super) fn pattern(&self) -> &Pattern {
        &self.pattern
    }

    /// Not read as pinyin ([`Pattern::without_pinyin`]).
    fn english_only(&mut self) {
        self.pattern = self.pattern.clone().without_pinyin();
    }

    /// Matched as whole words only, not read as pinyin ([`Pattern::whole_words`]).
    fn whole_words(&mut self) {
        self.pattern = self.pattern.clone().whole_words();
    }
}

/// One word of the query (a Chinese run, an English word, a quoted phrase) and its alternatives,
/// the first being the word as typed.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub alts: Vec<Alt>,
}

/// Words so common in policy on industries that a node without one still answers a query with
/// others: `semiconductor industry` finds the semiconductor cluster, whose text never says
/// "industry" (as search engines' optional words). Written for this project.
const OPTIONAL: &[&str] = &[
    "industry",
    "industries",
    "sector",
    "sectors",
    "产业",
    "行业",
    "產業",
];

impl Word {
    /// Whether a node need not hold this word when it holds the query's other words
    /// ([`OPTIONAL`]); it is then shown after the nodes holding every word, marked partial.
    pub fn is_optional(&self) -> bool {
        OPTIONAL.contains(&self.text.to_lowercase().as_str())
    }
}

/// A query, parsed once. The alternatives that need the index's own words (word forms, typos,
/// synonyms from `aliases`) are worked out by the first search and kept.
#[derive(Debug, Clone)]
pub struct Query {
    raw: String,
    /// The words as split, joined by spaces (what the whole query is matched as).
    analysed: String,
    /// For several words, the whole query as one pattern: it finds the fields holding every
    /// word, and highlights the words with what lies between them (`UHD 视频`).
    whole: Option<Pattern>,
    /// The words as split, each with its alternatives that need no index.
    words: Vec<Word>,
    /// A question typed as one run of Chinese (`具体包括哪些产业`) whose question words the split
    /// cut: looked for whole first, as the document's own questions are its titles.
    asked: Option<String>,
    resolved: OnceLock<Vec<Word>>,
    /// The whole query once its words are resolved, each English word widened to what its
    /// forms and spellings share (`growth targets` as `growth target`), so that a field holding
    /// the words in another form is found holding them together.
    whole_resolved: OnceLock<Option<Pattern>>,
}

/// Most words a query is matched by; a longer query's words after these are ignored.
pub const MAX_WORDS: usize = 8;

impl Query {
    /// Parses what the reader typed, in stages: normalised (accents, decomposed Unicode and
    /// pinyin tone marks folded), split into words (quoted phrases kept whole, stop words
    /// dropped, at most eight), and each word given the alternatives that need no index
    /// (word forms, spellings, numerals…). Those that need the index's own words (typos,
    /// synonyms) are added by the first search. Never fails: any text is a query, and one with
    /// no words (empty, spaces, only stop words) finds nothing.
    pub fn parse(raw: &str) -> Self {
        let text = normalise::normalise(raw);
        let split: Vec<String> = split::split(&text).into_iter().take(MAX_WORDS).collect();
        let run = text.trim();
        let asked = (split != [run] && expand::chinese_run(run) && split::asks(run))
            .then(|| run.to_string());
        let analysed = split.join(" ");
        let words: Vec<Word> = split
            .into_iter()
            .map(|w| Word {
                alts: expand::without_index(&w),
                text: w,
            })
            .collect();
        Query {
            raw: raw.to_string(),
            whole: (words.len() > 1).then(|| Pattern::parse(&analysed)),
            analysed,
            words,
            asked,
            resolved: OnceLock::new(),
            whole_resolved: OnceLock::new(),
        }
    }

    /// The query as typed, before any normalisation.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// For several words, the whole query as one pattern (once resolved, with its words
    /// widened to their forms: see `whole_resolved`).
    pub(super) fn whole(&self) -> Option<&Pattern> {
        match self.whole_resolved.get() {
            Some(widened) => widened.as_ref(),
            None => self.whole.as_ref(),
        }
    }

    /// The query's words after the first two stages, joined by spaces.
    pub fn analysed(&self) -> &str {
        &self.analysed
    }

    /// An empty (or whitespace-only) query matches nothing.
    pub fn is_empty(&self) -> bool {
        self.words
            .iter()
            .all(|w| w.alts.iter().all(|a| a.pattern.is_empty()))
    }

    /// The words with every alternative, once an index has resolved them (else those that need no
    /// index).
    pub fn words(&self) -> &[Word] {
        self.resolved.get().unwrap_or(&self.words)
    }

    /// The words with every alternative: those found through the index's words (`vocab`); and
    /// a run of Chinese that `found` (whether the index finds a text) finds nowhere in any form
    /// is read as the words the index does find in it, as if typed apart
    /// ([`expand::chinese_parts`]: `新能源汽车` as `新能源` and `汽车`); so is a run of pinyin
    /// ([`pinyin_parts::pinyin_parts`]: `jiguangzengcai` as `jiguang` and `zengcai`).
    pub(super) fn resolve(&self, vocab: &Vocab, found: &dyn Fn(&str) -> bool) -> &[Word] {
        let words = self.resolved.get_or_init(|| {
            // A question the document asks in these very words is answered where it asks it
            // (`哪些产业`: the section 具体包括哪些产业, not every text saying 产业).
            if let Some(asked) = self.asked.as_deref().filter(|a| found(a)) {
                let mut word = Word {
                    text: asked.to_string(),
                    alts: expand::without_index(asked),
                };
                word.alts = expand::with_index(&word, vocab);
                return vec![word];
            }
            let mut out = Vec::new();
            for w in &self.words {
                let alts = expand::with_index(w, vocab);
                // (Asked only of a run of Chinese: `found` is a search of the whole index.)
                // A part stands if the index finds it, or the thesaurus knows it (`芯片产业`:
                // 芯片, a synonym of 半导体, and 产业).
                let known = |p: &str| found(p) || synonyms::known(p, vocab);
                // The word's own parts, else those of another form of it (`二十个集群` as
                // `20个集群`: `20`, `集群`).
                let parts = (expand::chinese_run(&w.text) && alts.iter().all(|a| !found(&a.text)))
                    .then(|| {
                        (alts.iter())
                            .filter(|a| matches!(a.why, Why::AsTyped | Why::Numeral))
                            .find_map(|a| expand::chinese_parts(&a.text, &known))
                    })
                    .flatten()
                    // A run of pinyin likewise (`jiguangzengcai` as `jiguang`, `zengcai`).
                    .or_else(|| {
                        let pinyin = alts[0].pattern.pinyin().is_some();
                        (pinyin
                            && pinyin_parts::may_have_parts(&w.text)
                            && alts.iter().all(|a| !found(&a.text)))
                        .then(|| pinyin_parts::pinyin_parts(&w.text, &found))
                        .flatten()
                    });
                match parts {
                    // Each part a word of its own, with its own alternatives; as typed, it is
                    // marked apart.
                    Some(parts) => out.extend(parts.iter().map(|p| {
                        let mut part = Word {
                            text: p.clone(),
                            alts: vec![Alt::new(p, Why::Apart)],
                        };
                        part.alts = expand::with_index(&part, vocab);
                        part
                    })),
                    None => out.push(Word {
                        text: w.text.clone(),
                        alts,
                    }),
                }
            }
            out.truncate(MAX_WORDS);
            out
        });
        self.whole_resolved.get_or_init(|| {
            let widened: Vec<String> = words.iter().map(widened).collect();
            (words.len() > 1).then(|| Pattern::parse(&widened.join(" ")))
        });
        words
    }

    /// Where any alternative of any word matches `s` (for highlighting what is on screen): the
    /// best kind found and every range, merged.
    pub fn find(&self, s: &str) -> Option<Match> {
        let mut best: Option<Match> = None;
        let alts = self
            .words()
            .iter()
            .flat_map(|w| w.alts.iter().map(|a| &a.pattern));
        for m in self.whole.iter().chain(alts).filter_map(|p| p.find(s)) {
            match &mut best {
                None => best = Some(m),
                Some(b) => {
                    b.kind = b.kind.min(m.kind);
                    b.ranges.extend(m.ranges);
                }
            }
        }
        best.map(|mut m| {
            m.ranges = merge(std::mem::take(&mut m.ranges));
            m
        })
    }
}

/// `word` as the whole query holds it: an English word cut to what it shares with its forms
/// and spellings (`targets`, `target` → `target`; matched as a word prefix, it finds each), when
/// that keeps four letters; anything else as typed.
fn widened(word: &Word) -> String {
    let forms = (word.alts.iter())
        .filter(|a| matches!(a.why, Why::AsTyped | Why::WordForm | Why::Spelling))
        .map(|a| a.text.to_ascii_lowercase());
    let Some(shared) = forms.reduce(|a, b| {
        let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        a[..n].to_string()
    }) else {
        return word.text.clone();
    };
    let latin = word.text.bytes().all(|b| b.is_ascii_alphabetic());
    if latin && shared.len() >= 4 {
        shared
    } else {
        word.text.clone()
    }
}

/// Ranges sorted, overlapping and touching ones joined.
fn merge(mut ranges: Vec<std::ops::Range<usize>>) -> Vec<std::ops::Range<usize>> {
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// How a word matched in a hit: the alternative, and the kind of match it made.
pub fn label(word: &Word, alt: usize, kind: MatchKind) -> Option<String> {
    let a = word.alts.get(alt)?;
    let chinese_typed = word.text.chars().any(super::normalize::is_han);
    Some(match a.why {
        Why::AsTyped => match kind {
            MatchKind::Pinyin
            | MatchKind::Initials
            | MatchKind::PinyinOtherReading
            | MatchKind::InitialsOtherReading => kind_label(kind).into(),
            _ if chinese_typed => match expand::chinese_form(&word.text) {
                Some(form) => form.into(),
                None => kind_label(kind).into(),
            },
            _ => kind_label(kind).into(),
        },
        Why::WordForm => format!("word form → {}", a.text),
        Why::Derived => format!("derived word → {}", a.text),
        // What was typed, matched as the beginning of a longer word.
        Why::Completion => kind_label(kind).into(),
        Why::Spelling => format!("spelling → {}", a.text),
        Why::Numeral => format!("numeral → {}", a.text),
        Why::Synonym => format!("synonym → {}", a.text),
        Why::Typo => format!("typo → {}", a.text),
        // A part is a word of its own, shown by its highlight.
        Why::Apart => "apart".into(),
    })
}

fn kind_label(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::Exact => "exact",
        MatchKind::Prefix => "prefix",
        MatchKind::Contains => "contains",
        MatchKind::Pinyin => "pinyin",
        MatchKind::Initials => "pinyin initials",
        MatchKind::PinyinOtherReading => "pinyin (other reading)",
        MatchKind::InitialsOtherReading => "pinyin initials (other reading)",
    }
}
