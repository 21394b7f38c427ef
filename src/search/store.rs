//! The index's storage: every searchable string of a run of nodes, kept as written and in its
//! compact normalised form, each in one flat arena, with a small record per string.
//!
//! A search first asks the query whether it can match a string at all, reading only the compact
//! form (and, for English words, the source); only the strings that pass are prepared in full
//! and matched. Keeping two strings instead of a prepared one (characters, offsets, words and
//! readings, about 35 bytes per character) is what makes a large library fit in memory.

use crate::model::{Document, Lang, NodeId};

use super::normalize::{compact_into, is_han, words_are_ascii_runs};
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
    /// The source's words are its ASCII runs ([`words_are_ascii_runs`]): English words can be
    /// checked and matched in it directly.
    plain: bool,
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
        // Sized once from the text's length: growing arenas of tens of megabytes by doubling
        // would copy them several times over.
        let (mut bytes, mut strings) = (0, 0);
        for &id in ids {
            let n = doc.node(id);
            for lang in Lang::BOTH {
                let texts = [Some(&n.title), n.label.as_ref(), n.text.as_ref()];
                for t in texts.into_iter().flatten() {
                    bytes += t.get(lang).len();
                    strings += 1;
                }
                for f in &n.facts {
                    bytes += f.name.get(lang).len() + 1 + f.value.get(lang).len();
                    strings += 1;
                }
            }
            bytes += n.aliases.iter().map(String::len).sum::<usize>();
            strings += n.aliases.len();
        }
        let mut part = Part {
            entries: Vec::with_capacity(strings),
            orig: String::with_capacity(bytes),
            norm: String::with_capacity(bytes),
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
            plain: s.is_ascii() || words_are_ascii_runs(s),
            han,
            orig_end: self.orig.len(),
            norm_end: self.norm.len(),
        });
    }

    /// Each node's best hit, in document order; with `among` (sorted node ids), only those nodes
    /// are looked at.
    pub fn search(
        &self,
        query: &Query,
        han: &HanTable,
        pinyin: Option<&Starts>,
        among: Option<&[NodeId]>,
    ) -> Vec<Hit> {
        let mut s = Scan {
            part: self,
            query,
            han,
            pinyin,
            out: Vec::new(),
            buf: Vec::new(),
            words: Vec::new(),
        };
        match among {
            None => s.entries(0..self.entries.len()),
            Some(nodes) => {
                for &node in nodes {
                    let from = self.entries.partition_point(|e| e.node < node);
                    let len = self.entries[from..].partition_point(|e| e.node <= node);
                    s.entries(from..from + len);
                }
            }
        }
        s.out
    }

    /// The nodes of the sorted list `nodes` that this part holds.
    pub fn own<'n>(&self, nodes: &'n [NodeId]) -> &'n [NodeId] {
        let (Some(first), Some(last)) = (self.entries.first(), self.entries.last()) else {
            return &[];
        };
        let from = nodes.partition_point(|&n| n < first.node);
        let to = nodes.partition_point(|&n| n <= last.node);
        &nodes[from..to.max(from)]
    }

    /// Strings held, for splitting the work.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// One search over a part: the query and the scratch space its strings share.
struct Scan<'a> {
    part: &'a Part,
    query: &'a Query,
    han: &'a HanTable,
    pinyin: Option<&'a Starts<'a>>,
    out: Vec<Hit>,
    buf: Vec<&'static [&'static str]>,
    words: Vec<std::ops::Range<usize>>,
}

impl Scan<'_> {
    /// Searches the entries `range`, which hold whole nodes, adding each node's best hit.
    fn entries(&mut self, range: std::ops::Range<usize>) {
        let entries = &self.part.entries;
        let latin = self.query.is_latin();
        let (mut orig_at, mut norm_at) = match range.start.checked_sub(1) {
            Some(k) => (entries[k].orig_end, entries[k].norm_end),
            None => (0, 0),
        };
        let mut best: Option<Hit> = None;
        for k in range.clone() {
            let e = &entries[k];
            let (from_orig, from_norm) = (orig_at, norm_at);
            (orig_at, norm_at) = (e.orig_end, e.norm_end);
            if k > range.start && entries[k - 1].node != e.node {
                self.out.extend(best.take());
            }
            // A node's title-like strings come first, and any hit in them outranks the body.
            // (Checked before the strings are sliced: slicing reads the text at both ends.)
            if best
                .as_ref()
                .is_some_and(|b| b.field.class() < e.field.class())
            {
                continue;
            }
            // The source as bytes: a `str` slice would read the text at its end to check for a
            // character boundary, pulling every string through the cache when most are only
            // looked at in their compact form.
            let bytes = &self.part.orig.as_bytes()[from_orig..e.orig_end];
            let orig = || &self.part.orig[from_orig..e.orig_end];
            let norm = &self.part.norm[from_norm..e.norm_end];
            let q = self.query;
            if !q.may_match(bytes, norm, e.plain, e.han, self.pinyin, &mut self.buf) {
                continue;
            }
            let found = if e.plain && latin {
                // Pinyin is tried only when no word matched, and needs the prepared readings.
                q.matches_plain(bytes, e.han, &mut self.words).or_else(|| {
                    (e.han && q.pinyin().is_some())
                        .then(|| q.matches(&Prepared::rebuild(orig(), norm, self.han)))
                        .flatten()
                })
            } else {
                q.matches(&Prepared::rebuild(orig(), norm, self.han))
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
        self.out.extend(best);
    }
}
