//! What an open overlay does with the keys: help and compare scroll, the go-to box edits and
//! completes, presentation mode steps through slides.

use super::{Action, App, Overlay};
use crate::library::Library;
use crate::model::{Kind, NodeId};

/// The groups the compare view sets side by side: every `cluster_group` of the document `at`
/// belongs to, in document order.
pub fn compared_groups(doc: &Library, at: NodeId) -> Vec<NodeId> {
    let source = doc.source_of(at);
    (source.root.0..=source.last.0)
        .map(NodeId)
        .filter(|&i| doc.node(i).kind == Kind::ClusterGroup)
        .collect()
}

impl App {
    pub(super) fn apply_overlay(&mut self, action: Action) {
        match self.overlay.open {
            Overlay::None => {}
            Overlay::GoTo(_) => self.apply_goto(action),
            Overlay::Present(_) => self.apply_present(action),
            Overlay::Results { .. } => self.apply_results(action),
            Overlay::Marks { .. } => self.apply_marks(action),
            Overlay::Help | Overlay::Compare | Overlay::Files => self.scroll_page(action),
        }
    }

    pub(super) fn open_compare(&mut self) {
        if compared_groups(&self.doc, self.tree.selected).len() >= 2 {
            self.open_overlay(Overlay::Compare);
        } else {
            self.notice = Some(super::Notice::NothingToCompare);
        }
    }

    fn scroll_page(&mut self, action: Action) {
        let page = self.overlay.rows.saturating_sub(1).max(1);
        let s = self.overlay.scroll;
        let target = match action {
            a if a.closes_page() => {
                self.overlay.open = Overlay::None;
                0
            }
            Action::CycleLang => {
                self.cycle_lang();
                s
            }
            Action::Up => s.saturating_sub(1),
            Action::Down => s + 1,
            Action::PageUp => s.saturating_sub(page),
            Action::PageDown => s + page,
            Action::First => 0,
            Action::Last => usize::MAX,
            _ => s,
        };
        self.overlay.scroll = target.min(self.overlay.max_scroll);
    }
}
