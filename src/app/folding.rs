//! Whole-tree moves: expand or collapse everything, expand the selected subtree, collapse the
//! outline down to the selected node's level. The selection stays on its node, which stays
//! visible (its ancestors stay open).

use super::{App, tree_nav};
use crate::model::NodeId;

impl App {
    /// `*`, `zR`: every node with children is opened.
    pub(super) fn expand_all(&mut self) {
        let doc = &self.doc;
        self.tree.opened = doc
            .ids()
            .filter(|&i| !doc.node(i).children.is_empty())
            .collect();
    }

    /// `-`, `zM`: everything closed but the way down to the selection.
    pub(super) fn collapse_all(&mut self) {
        self.tree.opened.clear();
        tree_nav::reveal(&self.doc, &mut self.tree.opened, self.tree.selected);
    }

    /// `O`, `zO`: the selected node and everything below it opened.
    pub(super) fn expand_subtree(&mut self) {
        let end = self.doc.subtree_end(self.tree.selected);
        let doc = &self.doc;
        self.tree.opened.extend(
            (self.tree.selected.0..=end.0)
                .map(NodeId)
                .filter(|&i| !doc.node(i).children.is_empty()),
        );
    }

    /// `C`, `zC`: every node as deep as the selected one or deeper is closed, so the outline
    /// shows the selected node's level and above.
    pub(super) fn collapse_to_level(&mut self) {
        let depth = self.doc.node(self.tree.selected).depth;
        let doc = &self.doc;
        self.tree.opened.retain(|&i| doc.node(i).depth < depth);
        tree_nav::reveal(&self.doc, &mut self.tree.opened, self.tree.selected);
    }

    /// The key after `z`, as vim's fold commands: `R` open all, `M` close all, `O` open the
    /// subtree, `C` close to this level, `a` toggle this node.
    pub(super) fn fold(&mut self, c: char) {
        match c {
            'R' => self.expand_all(),
            'M' => self.collapse_all(),
            'O' => self.expand_subtree(),
            'C' => self.collapse_to_level(),
            'a' => self.toggle(self.tree.selected),
            'o' if !self.tree.opened.contains(&self.tree.selected) => {
                self.toggle(self.tree.selected)
            }
            'c' if self.tree.opened.contains(&self.tree.selected) => {
                self.toggle(self.tree.selected)
            }
            _ => {}
        }
    }
}
