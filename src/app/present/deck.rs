//! The talk's slides in order: one per node of the talk's range, with the document's overview
//! before each section (the room sees where the talk is going before it goes there).

use crate::library::Library;
use crate::model::{Kind, NodeId};

/// One slide of the talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The document's structure as boxes, this part highlighted.
    Overview(NodeId),
    /// A node: its title, text and, for a section or group, its agenda.
    Node(NodeId),
}

impl Slide {
    /// The node the slide is about (the highlighted part for an overview).
    pub fn node(self) -> NodeId {
        match self {
            Slide::Overview(n) | Slide::Node(n) => n,
        }
    }
}

/// The slides for the nodes `first..=last` in document order; a section that begins inside the
/// range is introduced by the overview.
pub fn build(doc: &Library, first: NodeId, last: NodeId) -> Vec<Slide> {
    let mut out = Vec::new();
    for i in first.0..=last.0.min(doc.len().saturating_sub(1)) {
        let id = NodeId(i);
        if doc.node(id).kind == Kind::Section {
            out.push(Slide::Overview(id));
        }
        out.push(Slide::Node(id));
    }
    out
}

/// The slides for a list of nodes in the trainer's own order (a talk file).
pub fn from_nodes(doc: &Library, nodes: &[NodeId]) -> Vec<Slide> {
    let mut out = Vec::new();
    for &id in nodes {
        if doc.node(id).kind == Kind::Section {
            out.push(Slide::Overview(id));
        }
        out.push(Slide::Node(id));
    }
    out
}

/// Where `node`'s own slide is in `deck`.
pub fn position(deck: &[Slide], node: NodeId) -> Option<usize> {
    deck.iter().position(|s| *s == Slide::Node(node))
}
