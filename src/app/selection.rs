//! The outline's rows and the selection: which rows the outline shows (every opened node, or
//! the search matches), moving the selection (a plain move, or a jump that Back returns from),
//! what the selected node links to, and where it stands in the document.

use super::{App, Notice, Search, TreeFilter, tree_nav, visible_rows, with_ancestors};
use crate::model::{Kind, NodeId};

impl App {
    /// Rows of the tree as drawn now.
    pub fn rows(&self) -> Vec<NodeId> {
        match (self.tree.filter, self.search.results()) {
            // With nothing matched (an empty or unmatched query) the filter would hide the
            // whole tree, selection included; it shows everything instead.
            (TreeFilter::Matches, Some(r)) if !r.hits.is_empty() => {
                let keep = with_ancestors(&self.doc, &r.matched_nodes());
                let mut opened = self.tree.opened.clone();
                opened.extend(keep.iter().copied());
                visible_rows(&self.doc, &opened, Some(&keep))
            }
            _ => visible_rows(&self.doc, &self.tree.opened, None),
        }
    }

    /// The nodes the detail pane links to: children first, then related nodes.
    pub fn links(&self) -> Vec<NodeId> {
        self.links_of(self.tree.selected)
    }

    /// Children first, then related nodes, of any node.
    pub fn links_of(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = self.doc.node(id).children.to_vec();
        for r in self.doc.related(id) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// The top-level sections of the selected node's document (sections inside no other
    /// section), in document order, for the 1–9 keys.
    pub fn sections(&self) -> Vec<NodeId> {
        let doc = &self.doc;
        let source = doc.source_of(self.tree.selected);
        let is_section = |i: NodeId| doc.node(i).kind == Kind::Section;
        (source.root.0..=source.last.0)
            .map(NodeId)
            .filter(|&i| is_section(i) && !doc.ancestors(i).into_iter().any(is_section))
            .collect()
    }

    /// Selects `id` and opens its ancestors so that it shows in the outline. Selecting another
    /// node scrolls the detail pane back to its top and drops the highlighted link; it does not
    /// record the move for Back (jumps do that).
    pub(super) fn select(&mut self, id: NodeId) {
        if id != self.tree.selected {
            self.tree.selected = id;
            self.detail.scroll = 0;
            self.detail.shown = 0;
            self.detail.moved = false;
            self.detail.link = None;
        }
        tree_nav::reveal(&self.doc, &mut self.tree.opened, id);
        // A jump out of the matches (a link, a mark, Back) shows the whole tree again, so that
        // the selection is always a row of the outline.
        if self.tree.filter == TreeFilter::Matches && !self.rows().contains(&id) {
            self.tree.filter = TreeFilter::All;
        }
    }

    /// Opens the outline at `id` (for `--open`, the state file's last position, and tests that
    /// place the reader): selects it and expands its ancestors so that it is a row. Another node
    /// than the selected one starts the detail pane at its top; the move is not kept for Back.
    pub fn open_at(&mut self, id: NodeId) {
        self.select(id);
    }

    /// Selects `id` as a jump: the node left behind is remembered for Back.
    pub(super) fn jump(&mut self, id: NodeId) {
        if id != self.tree.selected {
            self.tree.back.push(self.tree.selected);
            // A long session should not grow without bound; the oldest jumps matter least.
            if self.tree.back.len() > 200 {
                self.tree.back.remove(0);
            }
        }
        self.select(id);
    }

    pub(super) fn toggle_filter(&mut self) {
        // Without a search there is nothing to filter by.
        if matches!(self.search, Search::Idle) {
            self.tree.filter = TreeFilter::All;
            self.notice = Some(Notice::NoSearch);
            return;
        }
        self.tree.filter = match self.tree.filter {
            TreeFilter::All => TreeFilter::Matches,
            TreeFilter::Matches => TreeFilter::All,
        };
        // A selection that is no match (moved off the hits since) would be hidden: the current
        // hit is selected instead, so that the selection is always a row of the outline.
        if !self.rows().contains(&self.tree.selected) {
            let hit = self.search.results().and_then(|r| r.current_hit());
            if let Some(node) = hit.map(|h| h.node) {
                self.jump(node);
            }
        }
    }

    /// "12/92": the selected node's place in document order.
    pub fn position(&self) -> (usize, usize) {
        (self.tree.selected.0 + 1, self.doc.len())
    }
}
