//! Laying loaded documents side by side in one [`Library`]: each document's nodes shifted after
//! the ones before, and the clashes of root ids settled — a written one refused with both files
//! named, a made-up one given a free id (see `made_id`).

use std::collections::HashSet;

use super::{Library, RootId, Source, made_id};
use crate::model::{Document, LoadError, Node, NodeId, Problem};

impl Library {
    /// Lays the documents side by side, `(name, document)` each, in the order given; every root
    /// id is the author's ([`RootId::Written`]). See [`Library::join_with`].
    pub fn join(docs: Vec<(String, Document)>) -> (Option<Library>, Vec<LoadError>) {
        Library::join_with(
            docs.into_iter()
                .map(|(name, doc)| (name, doc, RootId::Written))
                .collect(),
        )
    }

    /// Lays the documents side by side, `(name, document, who chose its root id)` each, in the
    /// order given.
    ///
    /// Returns the library (`None` when no document joined it) and why each other document did
    /// not: its root's written id is the id of an earlier document's root (the error names both
    /// files), or the library would hold more nodes than a `u32` counts. A root id yijian made up
    /// never keeps a document out: when another document's root has it (whichever comes first),
    /// the document's root is given a free one instead: the id with the file's extension, then
    /// with a number (`plan-md`, `plan-md-2`).
    pub fn join_with(docs: Vec<(String, Document, RootId)>) -> (Option<Library>, Vec<LoadError>) {
        let mut nodes: Vec<Node> =
            Vec::with_capacity(docs.iter().map(|(_, d, _)| d.nodes().len()).sum());
        let mut sources: Vec<Source> = Vec::with_capacity(docs.len());
        let mut refused = Vec::new();
        // Written ids come first whatever the order, so a made-up id never takes one from a file.
        let mut taken: HashSet<Box<str>> = docs
            .iter()
            .filter(|(_, _, by)| *by == RootId::Written)
            .map(|(_, d, _)| d.node(d.root()).id.clone())
            .collect();
        for (name, doc, by) in docs {
            let root_id = &doc.node(doc.root()).id;
            let rival = sources.iter().find(|s| nodes[s.root.0].id == *root_id);
            let problem = if let Some(rival) = rival.filter(|_| by == RootId::Written) {
                let message = format!(
                    "the document's id is also the id of {}; give one of them another id",
                    rival.name
                );
                Some(Problem::in_node(root_id, None, message))
            } else if u32::try_from(nodes.len() + doc.nodes().len()).is_err() {
                Some(Problem::at(
                    None,
                    None,
                    "more nodes than one library can hold",
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                refused.push(LoadError::new(&name, problem));
                continue;
            }
            let new_id = (by == RootId::Made).then(|| made_id::free_id(root_id, &name, &taken));
            let offset = nodes.len();
            let (root, last) = (NodeId(offset), NodeId(offset + doc.nodes().len() - 1));
            let meta = doc.meta.clone();
            nodes.extend(doc.into_nodes().into_iter().map(|n| shifted(n, offset)));
            if let Some(id) = new_id {
                nodes[offset].id = id.into();
                taken.insert(nodes[offset].id.clone());
            }
            sources.push(Source {
                name,
                root,
                last,
                meta,
            });
        }
        if sources.is_empty() {
            return (None, refused);
        }
        // Positions sorted by id, stable, so that among equal ids the first in document order
        // comes first; `join` refused what u32 cannot count.
        let mut by_id: Vec<u32> = (0..nodes.len())
            .filter_map(|k| u32::try_from(k).ok())
            .collect();
        by_id.sort_by(|&a, &b| nodes[a as usize].id.cmp(&nodes[b as usize].id));
        let library = Library {
            nodes,
            sources,
            by_id,
        };
        (Some(library), refused)
    }
}

/// A node moved `offset` places along, with every link it holds.
fn shifted(mut n: Node, offset: usize) -> Node {
    if offset == 0 {
        return n;
    }
    let shift = |id: &mut NodeId| id.0 += offset;
    n.parent.iter_mut().for_each(shift);
    n.children.iter_mut().for_each(shift);
    n.refs.iter_mut().for_each(shift);
    n.referenced_by.iter_mut().for_each(shift);
    n
}
