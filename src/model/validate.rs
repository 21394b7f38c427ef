//! Turns the raw file into a [`Document`] and checks what serde cannot: unique, well-formed ids,
//! non-empty titles in both languages, references that resolve, one root, and the size limits.
//!
//! All problems are collected, not just the first, each located at the line of its node's `id:`.

use std::collections::{HashMap, HashSet};

use super::error::Problem;
use super::lines::{line_of_id, line_of_key};
use super::raw::{RawFile, RawNode, RawText};
use super::{Bilingual, Document, Fact, Kind, Limits, Meta, Node, NodeId, sorted_by_id};
use crate::text::clean_owned;

#[derive(Default)]
struct Seen {
    count: usize,
    first: Option<NodeId>,
}

struct Builder<'a> {
    src: &'a str,
    /// Schema 1 needs both languages everywhere; schema 2 needs one.
    schema: u32,
    limits: &'a Limits,
    nodes: Vec<Node>,
    raw_refs: Vec<Vec<String>>,
    problems: Vec<Problem>,
    /// Each id seen so far: how often (to find the line of its n-th occurrence), and its first
    /// node, the one a reference names (a later one is an error anyway).
    seen: HashMap<String, Seen>,
    over_node_limit: bool,
}

/// The schema versions read: 1 (both languages everywhere) and 2 (`en` or `zh` may be left out).
pub const SCHEMAS: [u32; 2] = [1, 2];

pub fn build(raw: RawFile, src: &str, limits: &Limits) -> Result<Document, Vec<Problem>> {
    let mut b = Builder {
        src,
        schema: raw.schema,
        limits,
        nodes: Vec::new(),
        raw_refs: Vec::new(),
        problems: Vec::new(),
        seen: HashMap::new(),
        over_node_limit: false,
    };
    if !SCHEMAS.contains(&raw.schema) {
        b.problems.push(Problem::at(
            line_of_key(b.src, "schema"),
            None,
            format!(
                "schema {} is not supported (this yijian reads schemas 1 and 2)",
                raw.schema
            ),
        ));
    }
    let mut document = raw.document;
    // Sized once: growing by doubling would hold the old and the new list at once.
    let count = count_nodes(&document).min(limits.nodes);
    b.nodes.reserve_exact(count);
    b.raw_refs.reserve_exact(count);
    b.seen.reserve(count);
    let meta = document.meta.take().map(|m| *m).map(|m| Meta {
        issuer: b.text(&document.id, "meta.issuer", m.issuer, false),
        issued: m.issued,
        source: b.text(&document.id, "meta.source", m.source, false),
        source_date: m.source_date,
    });
    if let Some(m) = &meta {
        for (field, date) in [
            ("meta.issued", &m.issued),
            ("meta.source_date", &m.source_date),
        ] {
            if !is_date(date) {
                let line = line_of_key(b.src, field.trim_start_matches("meta."));
                b.problems.push(Problem::in_node(
                    &document.id,
                    line,
                    format!("{field} `{date}` is not a date of the form YYYY-MM-DD"),
                ));
            }
        }
    }
    if document.kind != Kind::Document {
        let id = document.id.clone();
        b.problem(
            &id,
            format!(
                "the root node must be of kind `document`, not `{}`",
                document.kind
            ),
        );
    }
    b.add(document, None, 0);
    let by_id = sorted_by_id(&b.nodes);
    let links = b.links();
    b.link(links);
    if !b.problems.is_empty() {
        return Err(b.problems);
    }
    Ok(Document {
        nodes: b.nodes,
        by_id,
        meta,
    })
}

impl Builder<'_> {
    fn problem(&mut self, id: &str, message: String) {
        let nth = self.seen.get(id).map_or(1, |s| s.count).max(1);
        let line = line_of_id(self.src, id, nth);
        self.problems.push(Problem::in_node(id, line, message));
    }

    fn text(&mut self, id: &str, field: &str, t: RawText, multiline: bool) -> Bilingual {
        // A `|` block ends in a line feed, which is not a paragraph of its own.
        let clean = |s: String| {
            let mut s = clean_owned(s, multiline);
            s.truncate(s.trim_end_matches('\n').len());
            s
        };
        let given = (t.zh.is_some(), t.en.is_some());
        let (mut zh, mut en) = (
            clean(t.zh.unwrap_or_default()),
            clean(t.en.unwrap_or_default()),
        );
        let one_will_do = self.schema >= 2;
        if one_will_do && zh.trim().is_empty() && en.trim().is_empty() {
            self.problem(id, format!("{field} has neither `zh` nor `en`"));
        }
        for (lang, s, given) in [("zh", &mut zh, given.0), ("en", &mut en, given.1)] {
            if s.trim().is_empty() {
                if one_will_do {
                    // Left out, or blank: either way the language is not given.
                    s.clear();
                } else if given {
                    self.problem(id, format!("{field}.{lang} is empty"));
                } else {
                    self.problem(
                        id,
                        format!(
                            "{field}.{lang} is missing (schema 1 gives both languages; schema 2 \
                             may give one)"
                        ),
                    );
                }
            }
            if s.len() > self.limits.string_bytes {
                self.problem(
                    id,
                    format!(
                        "{field}.{lang} is {} bytes, over the limit of {}",
                        s.len(),
                        self.limits.string_bytes
                    ),
                );
            }
        }
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Adds `raw` and its subtree. The raw tree is consumed, so its strings move into the model
    /// instead of being copied (a large library would otherwise be held twice).
    fn add(&mut self, raw: RawNode, parent: Option<NodeId>, depth: usize) {
        if self.nodes.len() >= self.limits.nodes {
            if !self.over_node_limit {
                self.over_node_limit = true;
                self.problem(&raw.id, format!("more than {} nodes", self.limits.nodes));
            }
            return;
        }
        let RawNode {
            id,
            kind,
            ordinal,
            title,
            label,
            text,
            facts,
            aliases,
            refs,
            meta,
            children,
        } = raw;
        let seen = self.seen.entry(id.clone()).or_default();
        seen.count += 1;
        let occurrences = seen.count;
        if depth < self.limits.depth {
            // Added below, at this position.
            seen.first.get_or_insert(NodeId(self.nodes.len()));
        }
        if !valid_id(&id) {
            self.problem(
                &id,
                "id must be 1–64 ASCII letters, digits, `.`, `_` or `-`".into(),
            );
        } else if occurrences > 1 {
            self.problem(&id, format!("duplicate id (it occurs {occurrences} times)"));
        }
        if depth >= self.limits.depth {
            self.problem(
                &id,
                format!("nested more than {} levels deep", self.limits.depth),
            );
            return;
        }
        if parent.is_some() && kind == Kind::Document {
            self.problem(&id, "only the root node may be of kind `document`".into());
        }
        if parent.is_some() && meta.is_some() {
            self.problem(&id, "`meta` belongs on the root node only".into());
        }
        let title = self.text(&id, "title", title, false);
        let label = label.map(|l| self.text(&id, "label", l, false));
        let text = text.map(|t| self.text(&id, "text", t, true));
        let facts = facts
            .into_iter()
            .map(|f| Fact {
                key: f.key.into(),
                name: self.text(&id, "facts.name", f.name, false),
                value: self.text(&id, "facts.value", f.value, true),
            })
            .collect();
        let aliases = aliases
            .into_iter()
            .map(|a| clean_owned(a, false).into())
            .collect();
        let me = NodeId(self.nodes.len());
        self.nodes.push(Node {
            id: id.into(),
            kind,
            ordinal: ordinal.map(|o| clean_owned(o, false).into()),
            title,
            label,
            text,
            facts,
            aliases,
            refs: Box::default(),
            referenced_by: Box::default(),
            parent,
            children: Box::default(),
            depth,
        });
        self.raw_refs.push(refs);
        let mut kids = Vec::with_capacity(children.len());
        for child in children {
            let child_id = NodeId(self.nodes.len());
            self.add(child, Some(me), depth + 1);
            if child_id.0 < self.nodes.len() && self.nodes[child_id.0].parent == Some(me) {
                kids.push(child_id);
            }
        }
        self.nodes[me.0].children = kids.into_boxed_slice();
    }

    /// Every reference as (from, to), in the order written and without repeats, and those that
    /// name no node.
    fn links(&self) -> Links {
        let mut links = Links::default();
        let mut many = HashSet::new();
        for (from, refs) in self.raw_refs.iter().enumerate() {
            let first = links.pairs.len();
            many.clear();
            for r in refs {
                let Some(NodeId(to)) = self.seen.get(r.as_str()).and_then(|s| s.first) else {
                    links.dangling.push((from, r.clone()));
                    continue;
                };
                // A node's references are few, and a repeat is found among them by looking;
                // a set is kept only for a node with many.
                let repeat = if refs.len() <= 16 {
                    links.pairs[first..].contains(&(from, to))
                } else {
                    !many.insert(to)
                };
                if !repeat {
                    links.pairs.push((from, to));
                }
            }
        }
        links
    }

    fn link(&mut self, links: Links) {
        for (from, r) in links.dangling {
            let id = self.nodes[from].id.clone();
            self.problem(&id, format!("refs: no node has the id `{r}`"));
        }
        let mut refs: Vec<Vec<NodeId>> = vec![Vec::new(); self.nodes.len()];
        let mut back: Vec<Vec<NodeId>> = vec![Vec::new(); self.nodes.len()];
        for (from, to) in links.pairs {
            refs[from].push(NodeId(to));
            back[to].push(NodeId(from));
        }
        for (n, (r, b)) in self.nodes.iter_mut().zip(refs.into_iter().zip(back)) {
            n.refs = r.into_boxed_slice();
            n.referenced_by = b.into_boxed_slice();
        }
    }
}

#[derive(Default)]
struct Links {
    pairs: Vec<(usize, usize)>,
    dangling: Vec<(usize, String)>,
}

fn count_nodes(raw: &RawNode) -> usize {
    1 + raw.children.iter().map(count_nodes).sum::<usize>()
}

fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A real calendar date written YYYY-MM-DD (so 2020-13-45 and 2021-02-29 are refused).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
