//! A library: the documents a reader opened, side by side in one store of nodes, and (in `open`)
//! the way from the paths and folders the reader named to it.
//!
//! Each [`Document`] is loaded and validated on its own; the library then lays their nodes one
//! after another, so that a [`NodeId`] names a node of any document, "document order" runs
//! through the documents in the order they were opened, and the search index, the outline and
//! the app state work over all of them at once. Ids are unique within a document; across
//! documents a node is named `DOC:ID`, where `DOC` is the id of its document's root.

mod join;
mod made_id;
mod open;

pub use made_id::RootId;
pub use open::{FolderProblem, MAX_ENTRIES, Opened, Warned, open_paths, policy_files};

use crate::model::{Document, Kind, Lang, Meta, Node, NodeId};

/// One document of a library: where it came from and which nodes are its own.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file as the reader named it (or [`crate::model::EMBEDDED_NAME`]), for headers and messages.
    pub name: String,
    /// The document's root; its id names the document (`opinions` in `opinions:goals.1`).
    pub root: NodeId,
    /// The document's last node: its nodes are `root..=last`.
    pub last: NodeId,
    /// Who issued the document and where it was published, from its root.
    pub meta: Option<Meta>,
}

/// The result of looking an id up: a node, none, or several (the same id in more than one
/// document, to be told apart with `DOC:ID`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The one node with the id.
    Found(NodeId),
    /// No node has the id.
    Missing,
    /// Every node with the id, in document order.
    Ambiguous(Vec<NodeId>),
}

/// Loaded, validated documents in the order they were given.
#[derive(Debug, Clone)]
pub struct Library {
    nodes: Vec<Node>,
    sources: Vec<Source>,
    /// Positions of the nodes sorted by id (equal ids in document order): a lookup table
    /// without a second copy of every id.
    by_id: Vec<u32>,
}

impl Library {
    /// One document alone.
    pub fn single(name: &str, doc: Document) -> Library {
        let (library, _) = Library::join(vec![(name.to_string(), doc)]);
        library.expect("one document has no rival and at most `Limits::nodes` nodes")
    }

    /// The node at `id`.
    ///
    /// # Panics
    /// If `id` is not a node of this library (ids come from it, so only a mixed-up library can).
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    /// Every node of every document, in document order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// How many nodes all documents have together.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the library has no nodes (never, once joined).
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Every node's id, in document order.
    pub fn ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len()).map(NodeId)
    }

    /// The documents, in the order they were opened.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The roots of the documents, in order.
    pub fn roots(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.sources.iter().map(|s| s.root)
    }

    /// The first document's root: where a reader starts.
    pub fn first_root(&self) -> NodeId {
        self.sources[0].root
    }

    /// The document `id` belongs to.
    pub fn source_of(&self, id: NodeId) -> &Source {
        let at = self.sources.partition_point(|s| s.root <= id);
        &self.sources[at.saturating_sub(1)]
    }

    /// The root of the document `id` belongs to.
    pub fn root_of(&self, id: NodeId) -> NodeId {
        self.source_of(id).root
    }

    /// Who issued the document of `id`, when, and where its text comes from.
    pub fn meta_of(&self, id: NodeId) -> Option<&Meta> {
        self.source_of(id).meta.as_ref()
    }

    /// Looks up `DOC:ID`, or a plain id that only one document has.
    pub fn lookup(&self, query: &str) -> Lookup {
        if let Some((doc, id)) = query.split_once(':')
            && let Some(root) = self.roots().find(|&r| *self.node(r).id == *doc)
        {
            let source = self.source_of(root);
            return self
                .all_with_id(id)
                .into_iter()
                .find(|n| (source.root..=source.last).contains(n))
                .map_or(Lookup::Missing, Lookup::Found);
        }
        match self.all_with_id(query).as_slice() {
            [] => Lookup::Missing,
            [one] => Lookup::Found(*one),
            many => Lookup::Ambiguous(many.to_vec()),
        }
    }

    /// The node `DOC:ID` or a plain id names, if exactly one.
    pub fn find(&self, query: &str) -> Option<NodeId> {
        match self.lookup(query) {
            Lookup::Found(n) => Some(n),
            _ => None,
        }
    }

    /// Every node whose id is `id`, in document order.
    fn all_with_id(&self, id: &str) -> Vec<NodeId> {
        let at = self
            .by_id
            .partition_point(|&k| *self.nodes[k as usize].id < *id);
        self.by_id[at..]
            .iter()
            .map(|&k| NodeId(k as usize))
            .take_while(|&n| *self.node(n).id == *id)
            .collect()
    }

    /// The id that names `id` in this library: `DOC:ID` where another document has the same
    /// id, else the plain id.
    pub fn qualified_id(&self, id: NodeId) -> String {
        let plain = &self.node(id).id;
        if self.all_with_id(plain).len() > 1 {
            format!("{}:{}", self.node(self.root_of(id)).id, plain)
        } else {
            plain.to_string()
        }
    }

    /// The short labels of a node's ancestors and itself, joined for one line (`a › b › c`).
    pub fn breadcrumb(&self, id: NodeId, lang: Lang) -> String {
        self.path(id)
            .into_iter()
            .map(|a| self.node(a).short(lang).to_string())
            .collect::<Vec<_>>()
            .join(" › ")
    }

    /// The ancestors of a node from its document's root down, without the node itself.
    pub fn ancestors(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut cur = self.node(id).parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.node(p).parent;
        }
        out.reverse();
        out
    }

    /// Root-to-node path including the node: the identifier tui-tree-widget uses.
    pub fn path(&self, id: NodeId) -> Vec<NodeId> {
        let mut p = self.ancestors(id);
        p.push(id);
        p
    }

    /// Nodes linked to this one in either direction, references first, without repeats.
    pub fn related(&self, id: NodeId) -> Vec<NodeId> {
        let n = self.node(id);
        let mut out: Vec<NodeId> = Vec::new();
        for r in n.refs.iter().chain(&n.referenced_by) {
            if *r != id && !out.contains(r) {
                out.push(*r);
            }
        }
        out
    }

    /// The last node of the subtree that starts at `id` (pre-order makes a subtree a range).
    pub fn subtree_end(&self, id: NodeId) -> NodeId {
        let mut cur = id;
        while let Some(last) = self.node(cur).children.last() {
            cur = *last;
        }
        cur
    }

    /// Counts of nodes per kind in the document of `id`, in the order kinds first appear.
    pub fn kind_counts(&self, id: NodeId) -> Vec<(Kind, usize)> {
        let s = self.source_of(id);
        let mut out: Vec<(Kind, usize)> = Vec::new();
        for n in &self.nodes[s.root.0..=s.last.0] {
            match out.iter_mut().find(|(k, _)| *k == n.kind) {
                Some((_, c)) => *c += 1,
                None => out.push((n.kind, 1)),
            }
        }
        out
    }
}

impl From<Document> for Library {
    /// A library of one document, named by its root's id.
    fn from(doc: Document) -> Library {
        let name = doc.node(doc.root()).id.to_string();
        Library::single(&name, doc)
    }
}

impl From<Document> for std::sync::Arc<Library> {
    fn from(doc: Document) -> Self {
        std::sync::Arc::new(Library::from(doc))
    }
}
