//! The list of marks (`'` twice, or `:marks`): every mark with its node, to jump from. Up/Down
//! choose, Enter or the mark's letter goes, Delete removes the chosen mark, Esc closes.

use super::{Action, App, Command, Effect, Focus, Overlay};

impl App {
    pub(super) fn open_marks(&mut self) {
        // The list opens on the mark of the selected node, if it has one.
        let chosen = self
            .tree
            .marks
            .values()
            .position(|&id| id == self.tree.selected)
            .unwrap_or(0);
        self.overlay.open = Overlay::Marks { chosen };
    }

    /// Whether `c` is a key bound to jumping to a mark: pressed after that key, it lists them.
    pub(super) fn is_jump_key(&self, c: char) -> bool {
        self.bindings.command(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        ) == Some(Command::JumpToMark)
    }

    pub(super) fn apply_marks(&mut self, action: Action) {
        let Overlay::Marks { chosen } = self.overlay.open else {
            return;
        };
        let n = self.tree.marks.len();
        let last = n.saturating_sub(1);
        let go = |app: &mut App, place: usize| {
            if let Some(&id) = app.tree.marks.values().nth(place) {
                app.overlay.open = Overlay::None;
                app.focus = Focus::Tree;
                app.jump(id);
            }
        };
        let chosen = match action {
            Action::Escape | Action::JumpPrefix => {
                self.overlay.open = Overlay::None;
                return;
            }
            Action::Submit | Action::Enter => return go(self, chosen),
            Action::ClickRow(place) if place < n => {
                // A click chooses; a click on the chosen mark goes.
                if place == chosen {
                    return go(self, place);
                }
                place
            }
            Action::Register(c) => match self.tree.marks.keys().position(|&k| k == c) {
                Some(place) => return go(self, place),
                None => {
                    self.notice = Some(super::Notice::NoSuchMark(c));
                    chosen
                }
            },
            Action::DeleteMark => {
                if let Some(&c) = self.tree.marks.keys().nth(chosen) {
                    self.tree.marks.remove(&c);
                    self.effects.push(Effect::SaveState);
                }
                chosen.min(self.tree.marks.len().saturating_sub(1))
            }
            Action::Up => chosen.checked_sub(1).unwrap_or(last),
            Action::Down if n > 0 => (chosen + 1) % n,
            Action::First | Action::PageUp => 0,
            Action::Last | Action::PageDown => last,
            _ => chosen,
        };
        self.overlay.open = Overlay::Marks { chosen };
    }
}
