//! The embedded document and its search index, built once per test binary, and the checks every
//! search test applies to hits: ranges on character boundaries, and results in rank order.
#![allow(dead_code)]

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use yijian::library::Library;
use yijian::model::load_embedded;
use yijian::search::{Field, Hit, Index, MatchKind, Query};

/// The embedded document and its index, built once for all tests (and every proptest case).
pub fn fixture() -> &'static (Arc<Library>, Index) {
    static FIXTURE: OnceLock<(Arc<Library>, Index)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let doc: Arc<Library> = load_embedded().expect("embedded policy.yaml loads").into();
        let index = Index::build(&doc);
        (doc, index)
    })
}

pub fn search(q: &str) -> Vec<Hit> {
    fixture().1.search(&Query::parse(q))
}

/// Some text of the document, both languages: titles and texts.
pub fn texts() -> Vec<&'static str> {
    let doc = &fixture().0;
    let mut out = Vec::new();
    for n in doc.nodes() {
        out.extend([&*n.title.zh, &*n.title.en]);
        if let Some(t) = &n.text {
            out.extend([&*t.zh, &*t.en]);
        }
    }
    out
}

pub fn class(f: Field) -> u8 {
    match f {
        Field::Title | Field::Label | Field::Alias => 0,
        Field::Fact | Field::Text => 1,
    }
}

/// The order every result list of a query must have (the rank stage's rules, one breaking the
/// previous one's ties): words missing, loosest tier's family, how far a derived word is, one
/// field holding every word, title-like before facts before text, tier, kind of match, shorter
/// field, document order.
#[allow(clippy::type_complexity)]
pub fn rank_key(doc: &Library, h: &Hit) -> (u8, u8, u8, bool, u8, u8, MatchKind, usize, usize) {
    let field = match h.field {
        Field::Title | Field::Label | Field::Alias => 0,
        Field::Fact => 1,
        Field::Text => 2,
    };
    // The reader's words (exact, prefix, inflection); spellings, numerals and pinyin; derived
    // words; initials; pinyin by other readings; typos of one edit and synonyms; typos of two and
    // a whole word's completions: a family ranks before the field, the finer tier after it.
    let family = match h.how.tier {
        0..=2 => 0,
        3 => 1,
        4 => 2,
        5 => 3,
        6 => 4,
        7 => 5,
        _ => 6,
    };
    (
        h.how.of - h.how.words,
        family,
        h.how.distance,
        !h.how.together,
        field,
        h.how.tier,
        h.kind,
        h.matched_text(doc).len().min((1 << 13) - 1),
        h.node.0,
    )
}

/// Ranges non-empty, on char boundaries of `s`, sorted and not overlapping.
pub fn check_ranges(what: &str, s: &str, ranges: &[Range<usize>]) -> Result<(), String> {
    let mut prev_end = 0;
    for (i, r) in ranges.iter().enumerate() {
        let ok = r.start < r.end
            && r.end <= s.len()
            && s.is_char_boundary(r.start)
            && s.is_char_boundary(r.end)
            && (i == 0 || prev_end <= r.start);
        if !ok {
            return Err(format!("{what}: bad range {r:?} in {ranges:?} of {s:?}"));
        }
        prev_end = r.end;
    }
    Ok(())
}

pub fn check_hits(q: &str) -> Result<(), String> {
    let doc = &fixture().0;
    // The query that found the hits: it holds the alternatives its search resolved.
    let query = Query::parse(q);
    let hits = fixture().1.search(&query);
    for h in &hits {
        let ranges = h.ranges(doc, &query);
        // Found again for the one string: the search itself keeps only the kind.
        if ranges.is_empty() && h.field != Field::Fact {
            return Err(format!(
                "{q:?} → {h:?}: no highlight in {:?}",
                h.matched_text(doc)
            ));
        }
        check_ranges(&format!("{q:?} → {h:?}"), h.matched_text(doc), &ranges)?;
    }
    // Rank order too, as a plain check so proptest can shrink it.
    for w in hits.windows(2) {
        if rank_key(doc, &w[0]) >= rank_key(doc, &w[1]) {
            return Err(format!("{q:?} out of order: {w:?}"));
        }
    }
    Ok(())
}
