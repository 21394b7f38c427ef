//! The `:` go-to box: type part of an id or a title (either language, pinyin or traditional
//! characters too) and pick from the completions.

use super::line::LineInput;
use super::typing::edit_of;
use super::{Action, App, Overlay};
use crate::library::Library;
use crate::model::NodeId;
use crate::search::{Field, Index, Query};

/// At most this many completions are offered; more would not fit a popup anyway.
const MAX_CANDIDATES: usize = 50;

/// The `:` go-to box: what was typed and the completions offered for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoTo {
    /// What was typed, edited as a line.
    pub input: LineInput,
    /// Completions for the input, best first (see `complete`); at most 50.
    pub candidates: Vec<NodeId>,
    /// Index into `candidates` of the highlighted one.
    pub chosen: usize,
}

/// Completions for `input`: ids that equal it, start with it, or contain it (in that order, then
/// document order), followed by nodes whose title or label matches it as a search would.
pub fn complete(doc: &Library, index: &Index, input: &str) -> Vec<NodeId> {
    let input = &*crate::text::nfc(input);
    let needle = input.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    // With `DOC:` the id is matched with its document's id before it (`opinions:goals.1`).
    let qualified = needle.contains(':');
    let mut by_id: Vec<(u8, NodeId)> = doc
        .ids()
        .filter_map(|i| {
            let id = if qualified {
                format!("{}:{}", doc.node(doc.root_of(i)).id, doc.node(i).id).to_lowercase()
            } else {
                doc.node(i).id.to_lowercase()
            };
            let rank = if id == needle {
                0
            } else if id.starts_with(&needle) {
                1
            } else if id.contains(&needle) {
                2
            } else {
                return None;
            };
            Some((rank, i))
        })
        .collect();
    by_id.sort();
    let mut out: Vec<NodeId> = by_id.into_iter().map(|(_, i)| i).collect();
    for hit in index.search(&Query::parse(input)) {
        if matches!(hit.field, Field::Title | Field::Label | Field::Alias)
            && !out.contains(&hit.node)
        {
            out.push(hit.node);
        }
    }
    out.truncate(MAX_CANDIDATES);
    out
}

impl App {
    pub(super) fn apply_goto(&mut self, action: Action) {
        let Overlay::GoTo(g) = &mut self.overlay.open else {
            return;
        };
        let edited = match action {
            Action::Escape => {
                self.overlay.open = Overlay::None;
                return;
            }
            Action::Submit => {
                // `:marks`, as in vim, lists the marks.
                if g.input.value().trim() == "marks" {
                    self.open_marks();
                    return;
                }
                if let Some(&target) = g.candidates.get(g.chosen) {
                    self.overlay.open = Overlay::None;
                    self.focus = super::Focus::Tree;
                    self.jump(target);
                }
                return;
            }
            Action::Input(_) | Action::DeleteBack | Action::ClearInput | Action::Edit(_) => {
                edit_of(&action).is_some_and(|e| g.input.edit(e))
            }
            Action::Complete => match g.candidates.get(g.chosen) {
                Some(&c) => {
                    g.input.set(self.doc.node(c).id.to_string());
                    true
                }
                None => false,
            },
            Action::Down if !g.candidates.is_empty() => {
                g.chosen = (g.chosen + 1) % g.candidates.len();
                false
            }
            Action::Up if !g.candidates.is_empty() => {
                g.chosen = (g.chosen + g.candidates.len() - 1) % g.candidates.len();
                false
            }
            _ => false,
        };
        if edited {
            self.refresh_goto();
        }
    }

    /// Completions for the go-to box's text as it is now.
    pub(super) fn refresh_goto(&mut self) {
        if let Overlay::GoTo(g) = &mut self.overlay.open {
            g.candidates = complete(&self.doc, &self.index, g.input.value());
            g.chosen = 0;
        }
    }
}
