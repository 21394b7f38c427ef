//! Stage 5, rank: each node's best match for every word, then nodes in order of how they matched.
//!
//! A node's match for a word is the best hit of any of the word's alternatives, by [`tier`]: the
//! word as typed (exact, then prefix or inside), another inflection of it, another spelling or
//! a numeral or pinyin, a derived word, pinyin initials, pinyin by another than a character's
//! common reading, then typos and synonyms, and last the completions of a whole word the
//! thesaurus knows. Nodes holding every word come first; when none does, the nodes holding the
//! most words are shown, marked partial. Then, one rule breaking the previous one's ties: the
//! loosest tier's family among the node's words, how far a derived word is from the word typed,
//! whether one field holds them all (the whole query, matched as one pattern, found that field),
//! the weakest field a word needed (title, label and aliases before facts before text), the
//! tier, the kind of match, the shorter field, document order.

use std::sync::Arc;

use super::super::query::MatchKind;
use super::super::{Field, Hit};
use super::{Alt, MAX_WORDS, Why, Word};
use crate::library::Library;

/// How a hit's node matched the query's words: which alternative of each word, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct How {
    /// Words of the query the node holds, and how many the query has.
    pub words: u8,
    /// Words the query has (at most eight).
    pub of: u8,
    /// For each word, the index of the alternative that matched (`u8::MAX`: none).
    pub alts: [u8; MAX_WORDS],
    /// For each word, the kind of its match.
    pub kinds: [MatchKind; MAX_WORDS],
    /// The loosest `tier` among the words' matches (0 for the pattern matcher's own hits).
    pub tier: u8,
    /// The largest `Alt::distance` among the words' matches: how far a derived word is from
    /// the word typed (0 for any other match).
    pub distance: u8,
    /// Whether one field holds every word (the whole query matched as one pattern).
    pub together: bool,
}

impl How {
    /// One word, matched as typed.
    pub fn plain(kind: MatchKind) -> Self {
        let mut alts = [u8::MAX; MAX_WORDS];
        alts[0] = 0;
        How {
            words: 1,
            of: 1,
            alts,
            kinds: [kind; MAX_WORDS],
            tier: 0,
            distance: 0,
            together: true,
        }
    }

    /// Whether some word was not found in the node.
    pub fn is_partial(&self) -> bool {
        self.words < self.of
    }
}

/// Rank of a word's match by alternative `alt`, lower is better: a typo of two edits ranks
/// below one of one (`guangzou`: `guangzhou` before `guangdong`).
pub fn tier(alt: &Alt, kind: MatchKind) -> u8 {
    match (alt.why, kind) {
        (Why::Typo, _) if alt.edits > 1 => 8,
        (Why::Completion, _) => 8,
        (Why::AsTyped, MatchKind::Exact) => 0,
        (Why::AsTyped, MatchKind::Prefix | MatchKind::Contains) => 1,
        (Why::WordForm, _) => 2,
        (Why::Spelling | Why::Numeral, _) | (Why::AsTyped, MatchKind::Pinyin) => 3,
        (Why::Derived, _) => 4,
        (Why::AsTyped, MatchKind::Initials) => 5,
        // A character read by another than its common reading: after every hit reading them
        // all by it (`qiche`: 汽车 before 支撑, 支 read qí).
        (Why::AsTyped, MatchKind::PinyinOtherReading | MatchKind::InitialsOtherReading) => 6,
        (Why::Synonym | Why::Typo | Why::Apart, _) => 7,
    }
}

/// The family of a [`tier`], which ranks before where the words are: the reader's own words
/// (exact, prefix, another inflection of the word), then their spellings, numerals and pinyin,
/// then derived words, initials, pinyin by other readings, typos and synonyms, and last typos
/// of two edits and a whole word's completions. Within a family the field comes first, then
/// the tier: the groups' own `growth target` fact before a text that says `growth targets` in
/// passing.
fn family(tier: u8) -> u8 {
    match tier {
        0..=2 => 0,
        3 => 1,
        4 => 2,
        5 => 3,
        6 => 4,
        7 => 5,
        _ => 6,
    }
}

/// Field order for ranking: title, label and aliases; facts; text.
fn class(f: Field) -> u8 {
    match f {
        Field::Title | Field::Label | Field::Alias => 0,
        Field::Fact => 1,
        Field::Text => 2,
    }
}

struct Row {
    hit: Hit,
    how: How,
    /// The loosest tier and the weakest field class among the node's words.
    tier: u8,
    class: u8,
    /// The string each word's match is in ([`string`]).
    strings: [u32; MAX_WORDS],
}

/// Which of its node's strings a hit is in, as one number: words matched in the same string are
/// together in one field even where the whole query, matched as one pattern, is not (its pinyin
/// is its letters run together: `jg zz` as `jgzz`).
fn string(h: &Hit) -> u32 {
    let lang = h.lang.map_or(0, |l| l as u32 + 1);
    (h.field as u32) << 29 | lang << 27 | (h.item as u32 & ((1 << 27) - 1))
}

/// The query's hits from `found[w][a]`, the hits of alternative `a` of word `w`, and `whole`,
/// the hits of the whole query as one pattern (all its words in one field), for a query of
/// several words.
pub fn combine(
    doc: &Library,
    words: &[Word],
    found: &[Vec<Arc<Vec<Hit>>>],
    whole: Option<&[Hit]>,
) -> Vec<Hit> {
    let of = words.len().min(MAX_WORDS) as u8;
    if let ([alts], None) = (found, whole)
        && let [hits] = &alts[..]
    {
        // One word, one alternative (most keystrokes): the pattern's hits are the rows.
        let alt = &words[0].alts[0];
        return ordered(
            hits.iter()
                .map(|h| {
                    let mut how = How::plain(h.kind);
                    how.tier = tier(alt, h.kind);
                    Row {
                        hit: *h,
                        how,
                        tier: how.tier,
                        class: class(h.field),
                        strings: [0; MAX_WORDS],
                    }
                })
                .collect(),
        );
    }
    let mut at: Vec<u32> = vec![u32::MAX; doc.len()];
    let mut rows: Vec<Row> = Vec::new();
    // The whole query's hits hold every word in one field; which alternative of each word
    // matched is learnt from the words' own hits below.
    for h in whole.unwrap_or_default() {
        at[h.node.0] = rows.len() as u32;
        let mut how = How::plain(h.kind);
        how.words = 0;
        how.of = of;
        how.alts = [u8::MAX; MAX_WORDS];
        rows.push(Row {
            hit: *h,
            how,
            tier: 0,
            class: 0,
            strings: [0; MAX_WORDS],
        });
    }
    for (w, alts) in found.iter().enumerate().take(MAX_WORDS) {
        for (a, hits) in alts.iter().enumerate() {
            let alt = &words[w].alts[a];
            for h in hits.iter() {
                let t = tier(alt, h.kind);
                let slot = &mut at[h.node.0];
                if *slot == u32::MAX {
                    *slot = rows.len() as u32;
                    let mut how = How::plain(h.kind);
                    how.words = 0;
                    how.of = of;
                    how.alts[0] = u8::MAX;
                    how.together = of == 1;
                    rows.push(Row {
                        hit: *h,
                        how,
                        tier: 0,
                        class: 0,
                        strings: [0; MAX_WORDS],
                    });
                }
                let row = &mut rows[*slot as usize];
                // The better tier, then the closer derived word.
                let better = match row.how.alts[w] {
                    u8::MAX => true,
                    old => {
                        let old_alt = &words[w].alts[old as usize];
                        let old_t = tier(old_alt, row.how.kinds[w]);
                        (t, alt.distance) < (old_t, old_alt.distance)
                    }
                };
                if better {
                    if row.how.alts[w] == u8::MAX {
                        row.how.words += 1;
                    }
                    row.how.alts[w] = a as u8;
                    row.how.kinds[w] = h.kind;
                    row.strings[w] = string(h);
                    // The hit shown: the field holding every word, or else the weakest field a
                    // word needed.
                    if !row.how.together && (w == 0 || class(h.field) > class(row.hit.field)) {
                        row.hit = *h;
                    }
                }
            }
        }
    }
    for r in rows.iter_mut().filter(|r| r.how.together) {
        // A word the whole query found but none of its alternatives did (the whole query
        // holds it widened: `polic` finds `police`): counted as typed, as the whole matched.
        for w in 0..usize::from(of) {
            if r.how.alts[w] == u8::MAX {
                r.how.alts[w] = 0;
                r.how.kinds[w] = r.hit.kind;
                r.how.words += 1;
            } else if r.how.alts[w] == 0 {
                // As typed, each word is as good as the whole: `Greater Bay Area` is a label
                // exactly, though `bay` alone is inside it.
                r.how.kinds[w] = r.how.kinds[w].min(r.hit.kind);
            }
        }
    }
    // Every word, or else the most words found; but a node holding every word that is not
    // optional ([`Word::is_optional`]) stays, after those holding them all.
    let required: Vec<usize> = (0..usize::from(of))
        .filter(|&w| !words[w].is_optional())
        .collect();
    let most = rows.iter().map(|r| r.how.words).max().unwrap_or(0);
    let holds_required = |r: &Row| required.iter().all(|&w| r.how.alts[w] != u8::MAX);
    if required.is_empty() || usize::from(of) == required.len() {
        rows.retain(|r| r.how.words == most);
    } else {
        rows.retain(|r| r.how.words == most || holds_required(r));
    }
    for r in &mut rows {
        let each = &r.strings[..usize::from(of)];
        if r.how.words == of && each.iter().all(|&s| s == each[0]) {
            r.how.together = true;
        }
        r.tier = (0..usize::from(of))
            .filter(|&w| r.how.alts[w] != u8::MAX)
            .map(|w| tier(&words[w].alts[r.how.alts[w] as usize], r.how.kinds[w]))
            .max()
            .unwrap_or(0);
        r.class = class(r.hit.field);
        r.how.tier = r.tier;
        r.how.distance = (0..usize::from(of))
            .filter(|&w| r.how.alts[w] != u8::MAX)
            .map(|w| words[w].alts[r.how.alts[w] as usize].distance)
            .max()
            .unwrap_or(0);
    }
    ordered(rows)
}

/// The rows' hits in rank order.
fn ordered(rows: Vec<Row>) -> Vec<Hit> {
    let key = |r: &Row| {
        // (Fields past 8 kB rank as long as one of 8 kB.)
        let len = u64::from(r.hit.len.min((1 << 13) - 1));
        // missing words: 3 bits, family 3, distance 3, together 1, class 2, tier 4, kind 3,
        // length 13, node 32 (a library holds at most u32 nodes).
        let missing = u64::from(r.how.of - r.how.words).min(7);
        (missing << 61)
            | (u64::from(family(r.tier)) << 58)
            | (u64::from(r.how.distance.min(7)) << 55)
            | (u64::from(!r.how.together) << 54)
            | (u64::from(r.class) << 52)
            | (u64::from(r.tier) << 48)
            | ((r.hit.kind as u64) << 45)
            | (len << 32)
            | (r.hit.node.0 as u64 & u64::from(u32::MAX))
    };
    // Sorted by key and position, not whole rows: a first letter finds tens of thousands.
    let mut keyed: Vec<(u64, u32)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (key(r), i as u32))
        .collect();
    keyed.sort_unstable();
    keyed
        .into_iter()
        .map(|(_, i)| {
            let r = &rows[i as usize];
            Hit {
                how: r.how,
                ..r.hit
            }
        })
        .collect()
}
