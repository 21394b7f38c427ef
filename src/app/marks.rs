//! Marks (`m` + letter sets, `'` + letter jumps), going back through jumps, and copying the
//! node: the reader's own bookmarks and clippings.

use super::{App, Effect, Notice, Pending};
use crate::quote;

impl App {
    pub(super) fn register(&mut self, pending: Pending, c: char) {
        match pending {
            Pending::Mark => {
                self.tree.marks.insert(c, self.tree.selected);
                self.notice = Some(Notice::MarkSet(c));
                self.effects.push(Effect::SaveState);
            }
            Pending::Jump if self.is_jump_key(c) => self.open_marks(),
            Pending::Jump => match self.tree.marks.get(&c) {
                Some(&id) => {
                    self.focus = super::Focus::Tree;
                    self.jump(id);
                }
                None => self.notice = Some(Notice::NoSuchMark(c)),
            },
            Pending::Fold => self.fold(c),
        }
    }

    pub(super) fn go_back(&mut self) {
        match self.tree.back.pop() {
            Some(id) => self.select(id),
            None => self.notice = Some(Notice::HistoryEmpty),
        }
    }

    /// Copies `node` (the selection, or the slide shown) as text or Markdown.
    pub(super) fn copy(&mut self, node: crate::model::NodeId, markdown: bool) {
        let text = if markdown {
            quote::markdown(&self.doc, node, self.lang)
        } else {
            quote::plain(&self.doc, node, self.lang)
        };
        self.effects.push(Effect::Copy { text, markdown });
    }

    /// Marks by letter with their node ids, for the state file.
    pub fn marks_by_id(&self) -> Vec<(char, String)> {
        self.tree
            .marks
            .iter()
            .map(|(&c, &id)| (c, self.doc.qualified_id(id)))
            .collect()
    }

    /// Restores marks saved under ids; ids the document no longer has are skipped.
    pub fn restore_marks(&mut self, marks: &[(char, String)]) {
        for (c, id) in marks {
            if let Some(node) = self.doc.find(id) {
                self.tree.marks.insert(*c, node);
            }
        }
    }
}
