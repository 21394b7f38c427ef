//! The index's storage: every searchable string of a run of nodes, kept as written and in its
//! compact normalised form, each in one flat arena, with a small record per string.
//!
//! A search first asks the query whether it can match a string at all, reading only the compact
//! form (and, for English words, the source); only the strings that pass are prepared in full
//! and matched. Keeping two strings instead of a prepared one (characters, offsets, words and
//! readings, about 35 bytes per character) is what makes a large library fit in memory.

use crate::model::{Document, Lang, NodeId};

use super::normalize::{compact_into, is_han};
use super::pinyin::{HanTable, Starts};
use super::prepared::Prepared;
use super::query::Query;
use super::{Field, Hit, shift};

/// One searchable string: where it belongs, and where its two forms end in the arenas (each
/// starts where the previous string's ends).
struct Entry {
    node: NodeId,
    field: Field,
    lang: Option<Lang>,
    item: u32,
    /// Bytes of indexed text before the reported string (a fact is indexed as "name value").
    offset: u32,
    /// The source is ASCII: English word starts can be checked in it directly.
    ascii: bool,
    /// The compact form holds Chinese characters (only those can match pinyin).
    han: bool,
    orig_end: usize,
    norm_end: usize,
}

/// The strings of a contiguous run of whole nodes, in document order.
pub(super) struct Part {
    entries: Vec<Entry>,
    orig: String,
    norm: String,
    /// The Chinese characters seen, as a bitmap for [`HanTable::new`].
    pub seen: Vec<u64>,
}

impl Part {
    pub fn build(doc: &Document, ids: &[NodeId]) -> Part {
        let mut part = Part {
            entries: Vec::new(),
            orig: String::new(),
            norm: String::new(),
            seen: Vec::new(),
        };
        let mut fact = String::new();
        for &id in ids {
            let n = doc.node(id);
            for lang in Lang::BOTH {
                part.add(id, Field::Title, Some(lang), 0, n.title.get(lang), 0);
                if let Some(l) = &n.label {
                    part.add(id, Field::Label, Some(lang), 0, l.get(lang), 0);
                }
            }
            for (i, a) in n.aliases.iter().enumerate() {
                part.add(id, Field::Alias, None, i, a, 0);
            }
            for (i, f) in n.facts.iter().enumerate() {
                for lang in Lang::BOTH {
                    let name = f.name.get(lang);
                    fact.clear();
                    fact.push_str(name);
                    fact.push(' ');
                    fact.push_str(f.value.get(lang));
                    part.add(id, Field::Fact, Some(lang), i, &fact, name.len() + 1);
                }
            }
            if let Some(t) = &n.text {
                for lang in Lang::BOTH {
                    part.add(id, Field::Text, Some(lang), 0, t.get(lang), 0);
                }
            }
        }
        part.orig.shrink_to_fit();
        part.norm.shrink_to_fit();
        part.entries.shrink_to_fit();
        part
    }

    fn add(
        &mut self,
        node: NodeId,
        field: Field,
        lang: Option<Lang>,
        item: usize,
        s: &str,
        offset: usize,
    ) {
        let from = self.norm.len();
        self.orig.push_str(s);
        compact_into(s, &mut self.norm);
        let mut han = false;
        if !s.is_ascii() {
            for c in self.norm[from..].chars().filter(|&c| is_han(c)) {
                han = true;
                HanTable::see(&mut self.seen, c);
            }
        }
        self.entries.push(Entry {
            node,
            field,
            lang,
            item: item as u32,
            offset: offset as u32,
            ascii: s.is_ascii(),
            han,
            orig_end: self.orig.len(),
            norm_end: self.norm.len(),
        });
    }

    /// Each node's best hit, in document order.
    pub fn search(&self, query: &Query, han: &HanTable, pinyin: Option<&Starts>) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let mut words = Vec::new();
        let latin = query.is_latin();
        let (mut orig_at, mut norm_at) = (0, 0);
        let mut best: Option<Hit> = None;
        for (k, e) in self.entries.iter().enumerate() {
            let orig = &self.orig[orig_at..e.orig_end];
            let norm = &self.norm[norm_at..e.norm_end];
            (orig_at, norm_at) = (e.orig_end, e.norm_end);
            if k > 0 && self.entries[k - 1].node != e.node {
                out.extend(best.take());
            }
            // A node's title-like strings come first, and any hit in them outranks the body.
            if best
                .as_ref()
                .is_some_and(|b| b.field.class() < e.field.class())
            {
                continue;
            }
            if !query.may_match(orig, norm, e.ascii, e.han, pinyin, &mut buf) {
                continue;
            }
            let found = if e.ascii && latin {
                query.matches_ascii(orig, &mut words)
            } else {
                query.matches(&Prepared::rebuild(orig, norm, han))
            };
            let Some(m) = found else {
                continue;
            };
            let offset = e.offset as usize;
            let hit = Hit {
                node: e.node,
                field: e.field,
                lang: e.lang,
                item: e.item as usize,
                kind: m.kind,
                ranges: m
                    .ranges
                    .into_iter()
                    .filter_map(|r| shift(r, offset))
                    .collect(),
            };
            if best.as_ref().is_none_or(|b| hit.rank() < b.rank()) {
                best = Some(hit);
            }
        }
        out.extend(best);
        out
    }

    /// Strings held, for splitting the work.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}
