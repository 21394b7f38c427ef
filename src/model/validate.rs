//! Turns the raw file into a [`Document`] and checks what serde cannot: a schema this yijian
//! reads, unique and well-formed ids, titles and texts in the languages the schema asks for,
//! references that resolve, one root, real dates, and the depth limit. (Every string and node
//! was already counted against the load's limits while it was parsed: see `budget`.)
//!
//! All problems are collected, not just the first, each at the line of its node's `id:`.

use std::collections::{HashMap, HashSet};

use super::error::Problem;
use super::lines::{id_lines, key_after};
use super::raw::{RawFile, RawMeta, RawNode, RawText};
use super::{Bilingual, Document, Fact, Kind, Limits, Meta, Node, NodeId};
use crate::text::clean_owned;

/// The schema versions read: 1 (both languages everywhere) and 2 (`en` or `zh` may be left out).
const SCHEMAS: [u32; 2] = [1, 2];

/// An id met while building: how often so far (to find the line of its n-th occurrence), and
/// its first node, the one a reference names (a later one is an error anyway).
#[derive(Default)]
struct Seen {
    count: usize,
    first: Option<NodeId>,
}

struct Builder<'a> {
    src: &'a str,
    schema: u32,
    depth_limit: usize,
    nodes: Vec<Node>,
    /// Each node's `refs` as written, resolved once every id is known.
    refs: Vec<Vec<String>>,
    seen: HashMap<String, Seen>,
    problems: Vec<Problem>,
    /// The problems placed at a node's id: (index in `problems`, which occurrence of the id).
    at_id: Vec<(usize, usize)>,
}

/// The document `raw` describes, or every problem found in it.
pub fn build(raw: RawFile, src: &str, limits: &Limits) -> Result<Document, Vec<Problem>> {
    let RawFile {
        schema,
        mut document,
    } = raw;
    // Sized once: growing by doubling would hold the old and the new list at once.
    let count = count_nodes(&document);
    let mut b = Builder {
        src,
        schema,
        depth_limit: limits.depth,
        nodes: Vec::with_capacity(count),
        refs: Vec::with_capacity(count),
        seen: HashMap::with_capacity(count),
        problems: Vec::new(),
        at_id: Vec::new(),
    };
    if !SCHEMAS.contains(&schema) {
        b.problems.push(Problem::at(
            key_after(src, 1, "schema").map(|(line, _)| line),
            None,
            format!("schema {schema} is not supported (this yijian reads schemas 1 and 2)"),
        ));
    }
    let meta = document.meta.take().map(|m| b.meta(&document.id, *m));
    if document.kind != Kind::Document {
        let message = format!(
            "the root node must be of kind `document`, not `{}`",
            document.kind
        );
        b.problem(&document.id, message);
    }
    b.add(document, None, 0);
    b.link();
    if !b.problems.is_empty() {
        let lines = id_lines(src);
        for (k, nth) in b.at_id {
            let p = &mut b.problems[k];
            let id = p.node.as_deref().unwrap_or_default();
            p.line = lines.get(id).and_then(|l| l.get(nth - 1)).copied();
        }
        return Err(b.problems);
    }
    Ok(Document {
        nodes: b.nodes,
        meta,
    })
}

impl Builder<'_> {
    /// A problem of the node `id`, to be placed at the line of its latest occurrence so far.
    fn problem(&mut self, id: &str, message: String) {
        let nth = self.seen.get(id).map_or(1, |s| s.count).max(1);
        self.at_id.push((self.problems.len(), nth));
        self.problems.push(Problem::in_node(id, None, message));
    }

    fn meta(&mut self, root: &str, m: RawMeta) -> Meta {
        let meta = Meta {
            issuer: self.text(root, "meta.issuer", m.issuer, false),
            issued: m.issued,
            source: self.text(root, "meta.source", m.source, false),
            source_date: m.source_date,
        };
        for (key, date) in [("issued", &meta.issued), ("source_date", &meta.source_date)] {
            if !is_date(date) {
                self.problems.push(Problem::in_node(
                    root,
                    key_after(self.src, 1, key).map(|(line, _)| line),
                    format!("meta.{key} `{date}` is not a date of the form YYYY-MM-DD"),
                ));
            }
        }
        meta
    }

    /// The text `t` of `field`, cleaned, with a problem for each language the schema asks for
    /// and `t` leaves out or leaves blank.
    fn text(&mut self, id: &str, field: &str, t: RawText, multiline: bool) -> Bilingual {
        // A `|` block ends in a line feed, which is not a paragraph of its own.
        let clean = |s: Option<String>| {
            let mut s = clean_owned(s.unwrap_or_default(), multiline);
            s.truncate(s.trim_end_matches('\n').len());
            s
        };
        let given = [t.zh.is_some(), t.en.is_some()];
        let (mut zh, mut en) = (clean(t.zh), clean(t.en));
        let one_will_do = self.schema >= 2;
        if one_will_do && zh.trim().is_empty() && en.trim().is_empty() {
            self.problem(id, format!("{field} has neither `zh` nor `en`"));
        }
        for ((lang, s), given) in [("zh", &mut zh), ("en", &mut en)].into_iter().zip(given) {
            if !s.trim().is_empty() {
                continue;
            }
            if one_will_do {
                // Left out, or blank: either way the language is not given.
                s.clear();
            } else if given {
                self.problem(id, format!("{field}.{lang} is empty"));
            } else {
                self.problem(
                    id,
                    format!(
                        "{field}.{lang} is missing (schema 1 gives both languages; schema 2 may \
                         give one)"
                    ),
                );
            }
        }
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Adds `raw` and its subtree, unless it is nested too deep; whether it was added. The raw
    /// tree is consumed, so its strings move into the model instead of being copied.
    fn add(&mut self, raw: RawNode, parent: Option<NodeId>, depth: usize) -> bool {
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
        let me = NodeId(self.nodes.len());
        let too_deep = depth >= self.depth_limit;
        let seen = self.seen.entry(id.clone()).or_default();
        seen.count += 1;
        let occurrences = seen.count;
        if !too_deep {
            seen.first.get_or_insert(me);
        }
        if !valid_id(&id) {
            let message = "id must be 1–64 ASCII letters, digits, `.`, `_` or `-`";
            self.problem(&id, message.into());
        } else if occurrences > 1 {
            self.problem(&id, format!("duplicate id (it occurs {occurrences} times)"));
        }
        if too_deep {
            let message = format!("nested more than {} levels deep", self.depth_limit);
            self.problem(&id, message);
            return false;
        }
        if parent.is_some() && kind == Kind::Document {
            self.problem(&id, "only the root node may be of kind `document`".into());
        }
        if parent.is_some() && meta.is_some() {
            self.problem(&id, "`meta` belongs on the root node only".into());
        }
        let node = Node {
            kind,
            ordinal: ordinal.map(|o| clean_owned(o, false).into()),
            title: self.text(&id, "title", title, false),
            label: label.map(|l| self.text(&id, "label", l, false)),
            text: text.map(|t| self.text(&id, "text", t, true)),
            facts: (facts.into_iter())
                .map(|f| Fact {
                    key: f.key.into(),
                    name: self.text(&id, "facts.name", f.name, false),
                    value: self.text(&id, "facts.value", f.value, true),
                })
                .collect(),
            aliases: (aliases.into_iter())
                .map(|a| clean_owned(a, false).into())
                .collect(),
            id: id.into(),
            refs: Box::default(),
            referenced_by: Box::default(),
            parent,
            children: Box::default(),
            depth,
        };
        self.nodes.push(node);
        self.refs.push(refs);
        let mut kids = Vec::with_capacity(children.len());
        for child in children {
            let child_id = NodeId(self.nodes.len());
            if self.add(child, Some(me), depth + 1) {
                kids.push(child_id);
            }
        }
        self.nodes[me.0].children = kids.into();
        true
    }

    /// Resolves every node's references, in the order written and without repeats, and the
    /// reverse links; a reference that names no node is a problem.
    fn link(&mut self) {
        let mut back = vec![Vec::new(); self.nodes.len()];
        let mut named = HashSet::new();
        for from in 0..self.nodes.len() {
            let mut refs = Vec::new();
            named.clear();
            for r in std::mem::take(&mut self.refs[from]) {
                match self.seen.get(&r).and_then(|s| s.first) {
                    Some(to) if named.insert(to) => {
                        refs.push(to);
                        back[to.0].push(NodeId(from));
                    }
                    Some(_) => {}
                    None => {
                        let id = self.nodes[from].id.clone();
                        self.problem(&id, format!("refs: no node has the id `{r}`"));
                    }
                }
            }
            self.nodes[from].refs = refs.into();
        }
        for (n, back) in self.nodes.iter_mut().zip(back) {
            n.referenced_by = back.into();
        }
    }
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
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| s[r].parse().ok())?
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
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
