//! The tree as the reader sees it: which rows are visible given the opened nodes and the filter.
//!
//! The app keeps its own list of visible rows instead of asking tui-tree-widget, whose list is only
//! as fresh as its last render; so an expand followed at once by a move goes where expected.

use std::collections::HashSet;

use crate::library::Library;
use crate::model::NodeId;

/// Visible rows in order. With `only`, nodes outside that set are hidden (filter mode).
pub fn visible_rows(
    doc: &Library,
    opened: &HashSet<NodeId>,
    only: Option<&HashSet<NodeId>>,
) -> Vec<NodeId> {
    let mut rows = Vec::new();
    let mut stack: Vec<NodeId> = doc.roots().collect();
    stack.reverse();
    while let Some(id) = stack.pop() {
        if only.is_some_and(|keep| !keep.contains(&id)) {
            continue;
        }
        rows.push(id);
        if opened.contains(&id) {
            stack.extend(doc.node(id).children.iter().rev());
        }
    }
    rows
}

/// How many visible rows of the unfiltered tree come before `id`, and how many there are: the
/// outline's place for its scrollbar. Walks the visible rows without listing them (a closed
/// node's subtree is skipped as one range, since ids are the pre-order position).
pub fn visible_place(doc: &Library, opened: &HashSet<NodeId>, id: NodeId) -> (usize, usize) {
    let (mut i, mut before, mut total) = (0, 0, 0);
    while i < doc.len() {
        let n = NodeId(i);
        if n < id {
            before += 1;
        }
        total += 1;
        i = if opened.contains(&n) {
            i + 1
        } else {
            doc.subtree_end(n).0 + 1
        };
    }
    (before, total)
}

/// The matched nodes and all their ancestors: what filter mode keeps.
pub fn with_ancestors(doc: &Library, nodes: &HashSet<NodeId>) -> HashSet<NodeId> {
    let mut keep = HashSet::new();
    for &n in nodes {
        let mut cur = Some(n);
        while let Some(c) = cur {
            if !keep.insert(c) {
                break;
            }
            cur = doc.node(c).parent;
        }
    }
    keep
}

/// The row after `id` in the unfiltered tree: its first child if it is open, else the next
/// sibling of it or of its nearest ancestor that has one, else the next document's root.
pub fn next_visible(doc: &Library, opened: &HashSet<NodeId>, id: NodeId) -> Option<NodeId> {
    let node = doc.node(id);
    if opened.contains(&id)
        && let Some(&first) = node.children.first()
    {
        return Some(first);
    }
    let mut cur = id;
    while let Some(parent) = doc.node(cur).parent {
        let siblings = &doc.node(parent).children;
        let at = siblings.iter().position(|&s| s == cur)?;
        if let Some(&next) = siblings.get(at + 1) {
            return Some(next);
        }
        cur = parent;
    }
    // Past the end of a document: the next document's root (each document is a root).
    doc.roots().skip_while(|&r| r != cur).nth(1)
}

/// The row before `id` in the unfiltered tree: the last visible descendant of its previous
/// sibling, or its parent; for a document's root, the last visible row of the document before.
pub fn prev_visible(doc: &Library, opened: &HashSet<NodeId>, id: NodeId) -> Option<NodeId> {
    let mut cur = match doc.node(id).parent {
        Some(parent) => {
            let siblings = &doc.node(parent).children;
            let at = siblings.iter().position(|&s| s == id)?;
            if at == 0 {
                return Some(parent);
            }
            siblings[at - 1]
        }
        // A document's root: the last visible row of the document before it.
        None => doc.roots().take_while(|&r| r != id).last()?,
    };
    while opened.contains(&cur)
        && let Some(&last) = doc.node(cur).children.last()
    {
        cur = last;
    }
    Some(cur)
}

/// Opens every ancestor of `id` so that it is visible.
pub fn reveal(doc: &Library, opened: &mut HashSet<NodeId>, id: NodeId) {
    opened.extend(doc.ancestors(id));
}
