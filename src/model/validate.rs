//! Turns the raw file into a [`Document`] and checks what serde cannot: the schema version, unique
//! well-formed ids, the languages the schema asks for, references, one root, real dates, depth.
//! Every problem is collected, each at the line of its node's `id:`.

use std::collections::{HashMap, HashSet};

use super::error::{Problem, id_lines, key_after};
use super::raw::{RawFile, RawMeta, RawNode, RawText};
use super::{Bilingual, Document, Fact, Kind, Limits, Meta, Node, NodeId};
use crate::text::{clean_owned, shortened};

/// An id met while building: how often so far (to place a problem at its n-th occurrence), and
/// its first node, the one a reference names (none when every occurrence was nested too deep to
/// be added).
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
    /// Each node's `refs` as written, resolved once every id is known, and which occurrence of
    /// its id the node is (where a problem with them is placed).
    refs: Vec<(Vec<String>, usize)>,
    seen: HashMap<String, Seen>,
    problems: Vec<Problem>,
    /// The problems placed at a node's id: (index in `problems`, which occurrence of the id).
    at_id: Vec<(usize, usize)>,
}

/// The document `raw` describes, or every problem found in it.
pub fn build(raw: RawFile, src: &str, limits: &Limits) -> Result<Document, Vec<Problem>> {
    let (schema, mut document) = (raw.schema, raw.document);
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
    if !matches!(schema, 1 | 2) {
        b.problems.push(Problem::at(
            key_after(src, 1, "schema").map(|(line, _)| line),
            None,
            format!("schema {schema} is not supported (this yijian reads schemas 1 and 2)"),
        ));
    }
    let meta = document.meta.take().map(|m| b.meta(&document.id, *m));
    b.add(document, None, 0);
    b.link();
    if !b.problems.is_empty() {
        let lines = id_lines(src);
        for (k, nth) in b.at_id {
            let p = &mut b.problems[k];
            let id = p.node.as_deref().unwrap_or_default();
            p.line = lines.get(id).and_then(|l| l.get(nth - 1)).copied();
        }
        // In the order of the file, so that the first shown are the first to fix.
        b.problems.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
        return Err(b.problems);
    }
    Ok(Document {
        nodes: b.nodes,
        meta,
    })
}

impl Builder<'_> {
    /// A problem of the node `id`, to be placed at the line of its latest occurrence so far.
    fn problem(&mut self, id: &str, message: impl Into<String>) {
        let nth = self.seen.get(id).map_or(1, |s| s.count);
        self.problem_at(id, nth, message);
    }

    /// A problem of the node `id`, to be placed at the line of its `nth` occurrence.
    fn problem_at(&mut self, id: &str, nth: usize, message: impl Into<String>) {
        self.at_id.push((self.problems.len(), nth));
        let message = shortened(&message.into());
        self.problems.push(Problem::in_node(id, None, message));
    }

    fn meta(&mut self, root: &str, m: RawMeta) -> Meta {
        let meta = Meta {
            issuer: self.text(root, "meta.issuer", m.issuer, false),
            issued: m.issued,
            source: self.text(root, "meta.source", m.source, false),
            source_date: m.source_date,
        };
        // A real calendar date, so 2020-13-45 and 2021-02-29 are refused; ten characters, as
        // `[year]` would also take a sign (`-2020-01-01`).
        let format = time::macros::format_description!("[year]-[month]-[day]");
        for (key, date) in [("issued", &meta.issued), ("source_date", &meta.source_date)] {
            if date.len() != 10 || time::Date::parse(date, format).is_err() {
                self.problems.push(Problem::in_node(
                    root,
                    key_after(self.src, 1, key).map(|(line, _)| line),
                    shortened(&format!(
                        "meta.{key} `{date}` is not a date of the form YYYY-MM-DD"
                    )),
                ));
            }
        }
        meta
    }

    /// The text `t` of `field`, cleaned, with a problem for each language the schema asks for
    /// and `t` leaves out or leaves blank.
    fn text(&mut self, id: &str, field: &str, t: RawText, multiline: bool) -> Bilingual {
        let one_will_do = self.schema >= 2;
        let mut clean = |lang: &str, s: Option<String>| {
            let given = s.is_some();
            let mut s = s.unwrap_or_default();
            // A block scalar (`|`, `>`) ends in a line feed, which is not a paragraph of its own
            // (nor, in a one-line field, a space); a blank string gives no language.
            s.truncate(s.trim_end_matches('\n').len());
            let mut s = clean_owned(s, multiline);
            if s.trim().is_empty() {
                s.clear();
                let missing = "is missing (schema 1 gives both languages; schema 2 may give one)";
                if !one_will_do {
                    let why = if given { "is empty" } else { missing };
                    self.problem(id, format!("{field}.{lang} {why}"));
                }
            }
            s
        };
        let (zh, en) = (clean("zh", t.zh), clean("en", t.en));
        if one_will_do && zh.is_empty() && en.is_empty() {
            self.problem(id, format!("{field} has neither `zh` nor `en`"));
        }
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Adds `raw` and its subtree, unless it is nested too deep; whether it was added. The raw
    /// tree is consumed, so its strings move into the model instead of being copied.
    fn add(&mut self, raw: RawNode, parent: Option<NodeId>, depth: usize) -> bool {
        let id = raw.id;
        let me = NodeId(self.nodes.len());
        let too_deep = depth >= self.depth_limit;
        let seen = self.seen.entry(id.clone()).or_default();
        seen.count += 1;
        let occurrences = seen.count;
        if !too_deep {
            seen.first.get_or_insert(me);
        }
        if !identifier(&id) {
            self.problem(&id, format!("id {IDENTIFIER}"));
        } else if occurrences > 1 {
            self.problem(&id, format!("duplicate id (it occurs {occurrences} times)"));
        }
        if too_deep {
            self.problem(
                &id,
                format!("nested more than {} levels deep", self.depth_limit),
            );
            return false;
        }
        // One root, and it alone is the document.
        match (parent, raw.kind) {
            (None, Kind::Document) => {}
            (None, kind) => self.problem(
                &id,
                format!("the root node must be of kind `document`, not `{kind}`"),
            ),
            (Some(_), Kind::Document) => {
                self.problem(&id, "only the root node may be of kind `document`")
            }
            (Some(_), _) => {}
        }
        if parent.is_some() && raw.meta.is_some() {
            self.problem(&id, "`meta` belongs on the root node only");
        }
        let node = Node {
            kind: raw.kind,
            ordinal: raw.ordinal.map(|o| clean_owned(o, false).into()),
            title: self.text(&id, "title", raw.title, false),
            label: raw.label.map(|l| self.text(&id, "label", l, false)),
            text: raw.text.map(|t| self.text(&id, "text", t, true)),
            facts: (raw.facts.into_iter())
                .map(|f| Fact {
                    key: if identifier(&f.key) {
                        f.key.into()
                    } else {
                        self.problem(&id, format!("facts.key `{}` {IDENTIFIER}", f.key));
                        Box::default()
                    },
                    name: self.text(&id, "facts.name", f.name, false),
                    value: self.text(&id, "facts.value", f.value, true),
                })
                .collect(),
            aliases: (raw.aliases.into_iter())
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
        self.refs.push((raw.refs, occurrences));
        let mut kids = Vec::with_capacity(raw.children.len());
        for child in raw.children {
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
            let (written, nth) = std::mem::take(&mut self.refs[from]);
            for r in written {
                match self.seen.get(&r).and_then(|s| s.first) {
                    Some(to) if named.insert(to) => {
                        refs.push(to);
                        back[to.0].push(NodeId(from));
                    }
                    Some(_) => {}
                    None => {
                        let id = self.nodes[from].id.clone();
                        self.problem_at(&id, nth, format!("refs: no node has the id `{r}`"));
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

/// What ids and fact keys must be: short, typable, safe to print anywhere.
const IDENTIFIER: &str = "must be 1–64 ASCII letters, digits, `.`, `_` or `-`";

/// Whether `s` is what [`IDENTIFIER`] asks.
fn identifier(s: &str) -> bool {
    let typable = |b: u8| b.is_ascii_alphanumeric() || b"._-".contains(&b);
    (1..=64).contains(&s.len()) && s.bytes().all(typable)
}

fn count_nodes(raw: &RawNode) -> usize {
    1 + raw.children.iter().map(count_nodes).sum::<usize>()
}
