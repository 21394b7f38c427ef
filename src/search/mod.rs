//! Bilingual search over a [`Document`]: a pure library, query in, ranked hits out.
//!
//! The index prepares every title, label, alias, fact and text of every node once. A search runs
//! the [`Query`] over all of them and keeps each node's best hit. Ranking: title-like fields above
//! fact and text fields, then exact above prefix above contained above pinyin above initials, then
//! document order. The CLI and the TUI both use this module.

mod normalize;
mod pinyin;
mod prepared;
mod query;
mod regional;
mod snippet;

pub use query::{Match, MatchKind, Query};
pub use snippet::snippet;

use std::ops::Range;

use crate::model::{Document, Lang, NodeId};
use prepared::Prepared;

/// Which part of a node matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Label,
    Alias,
    Fact,
    Text,
}

impl Field {
    /// Title-like fields rank above the body.
    fn class(self) -> u8 {
        match self {
            Field::Title | Field::Label | Field::Alias => 0,
            Field::Fact | Field::Text => 1,
        }
    }
}

/// One node found by a search, with what matched and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub node: NodeId,
    pub field: Field,
    /// The language of the matched string; `None` for aliases.
    pub lang: Option<Lang>,
    /// For facts and aliases: which one of the node's list.
    pub item: usize,
    pub kind: MatchKind,
    /// Byte ranges within the matched string, sorted and not overlapping. Empty when only a fact's
    /// name matched: the name is searched but [`Hit::matched_text`] is the fact's value.
    pub ranges: Vec<Range<usize>>,
}

impl Hit {
    fn rank(&self) -> (u8, MatchKind, NodeId) {
        (self.field.class(), self.kind, self.node)
    }

    /// The string this hit matched in.
    pub fn matched_text<'d>(&self, doc: &'d Document) -> &'d str {
        let n = doc.node(self.node);
        let lang = self.lang.unwrap_or(Lang::En);
        match self.field {
            Field::Title => n.title.get(lang),
            Field::Label => n.label.as_ref().map_or("", |l| l.get(lang)),
            Field::Alias => n.aliases.get(self.item).map_or("", |a| a.as_str()),
            Field::Fact => n.facts.get(self.item).map_or("", |f| f.value.get(lang)),
            Field::Text => n.text.as_ref().map_or("", |t| t.get(lang)),
        }
    }
}

/// A range of the indexed string as a range of the reported one, `offset` bytes later; a range that
/// starts in a fact's name and runs into its value keeps its value part.
fn shift(r: Range<usize>, offset: usize) -> Option<Range<usize>> {
    (r.end > offset).then(|| r.start.max(offset) - offset..r.end - offset)
}

struct Entry {
    node: NodeId,
    field: Field,
    lang: Option<Lang>,
    item: usize,
    /// Bytes of indexed text before the reported string (a fact is indexed as "name value").
    offset: usize,
    prepared: Prepared,
}

/// Every searchable string of a document, prepared for matching.
pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    pub fn build(doc: &Document) -> Self {
        let mut entries = Vec::new();
        for id in doc.ids() {
            let n = doc.node(id);
            let mut add = |field, lang, item, s: &str, offset| {
                entries.push(Entry {
                    node: id,
                    field,
                    lang,
                    item,
                    offset,
                    prepared: Prepared::new(s),
                });
            };
            for lang in Lang::BOTH {
                add(Field::Title, Some(lang), 0, n.title.get(lang), 0);
                if let Some(l) = &n.label {
                    add(Field::Label, Some(lang), 0, l.get(lang), 0);
                }
            }
            for (i, a) in n.aliases.iter().enumerate() {
                add(Field::Alias, None, i, a, 0);
            }
            for (i, f) in n.facts.iter().enumerate() {
                for lang in Lang::BOTH {
                    let name = f.name.get(lang);
                    let s = format!("{name} {}", f.value.get(lang));
                    add(Field::Fact, Some(lang), i, &s, name.len() + 1);
                }
            }
            if let Some(t) = &n.text {
                for lang in Lang::BOTH {
                    add(Field::Text, Some(lang), 0, t.get(lang), 0);
                }
            }
        }
        Index { entries }
    }

    /// Ranked hits, one per node; an empty query finds nothing.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let mut best: Vec<Hit> = Vec::new();
        for e in &self.entries {
            let Some(m) = query.matches(&e.prepared) else {
                continue;
            };
            let ranges = m
                .ranges
                .into_iter()
                .filter_map(|r| shift(r, e.offset))
                .collect();
            let hit = Hit {
                node: e.node,
                field: e.field,
                lang: e.lang,
                item: e.item,
                kind: m.kind,
                ranges,
            };
            match best.last_mut() {
                Some(last) if last.node == e.node => {
                    if hit.rank() < last.rank() {
                        *last = hit;
                    }
                }
                _ => best.push(hit),
            }
        }
        best.sort_by_key(Hit::rank);
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_keeps_the_value_part_of_a_range() {
        // "产值门槛 产值5000亿元以上": the value starts at byte 13.
        assert_eq!(shift(0..12, 13), None);
        assert_eq!(shift(6..19, 13), Some(0..6));
        assert_eq!(shift(13..19, 13), Some(0..6));
    }

    #[test]
    fn a_match_across_a_facts_name_and_value_highlights_the_value() {
        let doc = crate::model::load_embedded().unwrap();
        let index = Index::build(&doc);
        let hits = index.search(&Query::parse("门槛产值5000"));
        let hit = hits.first().expect("a hit");
        assert_eq!(doc.node(hit.node).id, "clusters.pillar");
        assert_eq!(hit.field, Field::Fact);
        let text = hit.matched_text(&doc);
        let shown: Vec<&str> = hit.ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown, ["产值5000"]);
    }
}
