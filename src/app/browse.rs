//! Keys in the ordinary browsing mode: moving and folding in the tree, scrolling the detail pane
//! and following its links.

use super::{Action, App, Focus, Search, TreeFilter, tree_nav};
use crate::model::NodeId;

impl App {
    pub(super) fn escape(&mut self) {
        if matches!(self.search, Search::Showing(_)) {
            self.search = Search::Idle;
            self.tree.filter = TreeFilter::All;
        } else if self.focus == Focus::Detail {
            self.focus = Focus::Tree;
            self.detail.link = None;
        }
    }

    pub(super) fn switch_focus(&mut self) {
        self.focus = match self.focus {
            Focus::Tree => Focus::Detail,
            Focus::Detail => Focus::Tree,
        };
        self.detail.link = None;
    }

    pub(super) fn toggle(&mut self, id: NodeId) {
        if !self.doc.node(id).children.is_empty() && !self.tree.opened.remove(&id) {
            self.tree.opened.insert(id);
        }
    }

    pub(super) fn move_rows(&mut self, delta: isize) {
        // One row up or down in the unfiltered tree is a step in document order: no need to
        // list every visible row of a large library for it.
        let unfiltered = self.tree.filter == TreeFilter::All
            || self.search.results().is_none_or(|r| r.hits.is_empty());
        if unfiltered && (delta == 1 || delta == -1) {
            let step = if delta == 1 {
                tree_nav::next_visible(&self.doc, &self.tree.opened, self.tree.selected)
            } else {
                tree_nav::prev_visible(&self.doc, &self.tree.opened, self.tree.selected)
            };
            if let Some(id) = step {
                self.select(id);
            }
            return;
        }
        let rows = self.rows();
        let Some(pos) = rows.iter().position(|r| *r == self.tree.selected) else {
            if let Some(&first) = rows.first() {
                self.select(first);
            }
            return;
        };
        let target = pos.saturating_add_signed(delta).min(rows.len() - 1);
        self.select(rows[target]);
    }

    pub(super) fn tree_key(&mut self, action: Action) {
        let page = self.tree.rows.saturating_sub(1).max(1) as isize;
        match action {
            Action::Up => self.move_rows(-1),
            Action::Down => self.move_rows(1),
            Action::PageUp => self.move_rows(-page),
            Action::PageDown => self.move_rows(page),
            Action::First => self.move_rows(isize::MIN / 2),
            Action::Last => self.move_rows(isize::MAX / 2),
            Action::ToggleOpen => self.toggle(self.tree.selected),
            Action::Left => {
                let node = self.doc.node(self.tree.selected);
                let collapsed =
                    self.tree.opened.remove(&self.tree.selected) && !node.children.is_empty();
                if !collapsed && let Some(p) = node.parent {
                    self.select(p);
                }
            }
            Action::Right | Action::Enter => {
                let n = self.doc.node(self.tree.selected);
                match n.children.first() {
                    Some(&first)
                        if self.tree.opened.contains(&self.tree.selected)
                            || action == Action::Enter =>
                    {
                        self.tree.opened.insert(self.tree.selected);
                        self.select(first);
                    }
                    Some(_) => {
                        self.tree.opened.insert(self.tree.selected);
                    }
                    None if action == Action::Enter => self.focus = Focus::Detail,
                    None => {}
                }
            }
            _ => {}
        }
    }

    /// Scrolls from the reader's own position, or at first from where the pane was on screen
    /// (which may be a match it brought into view).
    pub(super) fn scroll_detail(&mut self, delta: i32) {
        let from = if self.detail.moved {
            self.detail.scroll
        } else {
            self.detail.shown
        };
        let target = from as i64 + delta as i64;
        self.detail.scroll =
            target.clamp(0, self.detail.max_scroll.min(i64::MAX as usize) as i64) as usize;
        self.detail.moved = true;
    }

    pub(super) fn detail_key(&mut self, action: Action) {
        let page = self.detail.rows.saturating_sub(2).max(1) as i32;
        let links = self.links();
        match action {
            Action::Up => self.scroll_detail(-1),
            Action::Down => self.scroll_detail(1),
            Action::PageUp => self.scroll_detail(-page),
            Action::PageDown => self.scroll_detail(page),
            Action::First => self.scroll_detail(i32::MIN),
            Action::Last => self.scroll_detail(i32::MAX),
            Action::Right if !links.is_empty() => {
                self.detail.link = Some(self.detail.link.map_or(0, |l| (l + 1) % links.len()));
            }
            Action::Left if !links.is_empty() => {
                self.detail.link = Some(
                    self.detail
                        .link
                        .map_or(links.len() - 1, |l| (l + links.len() - 1) % links.len()),
                );
            }
            Action::Enter => {
                if let Some(&target) = self.detail.link.and_then(|l| links.get(l)) {
                    self.jump(target);
                }
            }
            _ => {}
        }
    }
}
