//! The split between outline and detail: `<` and `>` move it, a drag of the border moves it with
//! the pointer. It is kept in the state file, so it is asked to be saved when it changes (at the
//! end of a drag, not on every step of it).

use super::{Action, App, Drag, Effect};

/// The split moves at most this far from its default, in tenths of a percent of the screen; the
/// layout keeps each pane a few columns or rows wide whatever the value.
pub const SPLIT_LIMIT: i16 = 600;

impl App {
    /// Applies a split or drag action; false for any other action.
    pub(super) fn apply_split(&mut self, action: &Action) -> bool {
        match *action {
            Action::MoveSplit(d) => {
                // Keys move the split only in the panes' own view, not under a box or slides.
                if self.overlay.open == super::Overlay::None && !self.search.is_typing() {
                    self.set_split(self.split + d);
                    self.effects.push(Effect::SaveState);
                }
            }
            Action::SplitDragStart => self.drag = Some(Drag::Split),
            Action::SplitDragTo(to) if self.drag == Some(Drag::Split) => self.set_split(to),
            Action::SplitDragTo(_) => {}
            Action::DragEnd => {
                if self.drag.take() == Some(Drag::Split) {
                    self.effects.push(Effect::SaveState);
                }
            }
            _ => return false,
        }
        true
    }

    /// Sets the split (as restored from the state file, or moved), within its limits.
    pub fn set_split(&mut self, split: i16) {
        self.split = split.clamp(-SPLIT_LIMIT, SPLIT_LIMIT);
    }
}
