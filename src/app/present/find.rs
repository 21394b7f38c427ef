//! `/` or `:` on a slide: type part of a title (either language, pinyin or traditional
//! characters too, as the go-to box) and Enter goes to that slide.

use super::{App, Overlay, Screen, Slide};
use crate::app::goto::complete;
use crate::app::{Action, LineInput};

/// The find box on a slide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    /// What was typed, edited as a line.
    pub input: LineInput,
    /// Indices into the deck of the slides that match, best first.
    pub candidates: Vec<usize>,
    /// Index into `candidates` of the highlighted one.
    pub chosen: usize,
}

impl App {
    pub(super) fn apply_find(&mut self, action: Action) {
        let Overlay::Present(p) = &mut self.overlay.open else {
            return;
        };
        let Screen::Find(f) = &mut p.screen else {
            return;
        };
        match action {
            Action::Escape => p.screen = Screen::Slide,
            Action::Up => f.chosen = f.chosen.saturating_sub(1),
            Action::Down => f.chosen = (f.chosen + 1).min(f.candidates.len().saturating_sub(1)),
            Action::Submit => {
                let target = f.candidates.get(f.chosen).copied();
                p.screen = Screen::Slide;
                if let Some(at) = target {
                    self.go_to_slide(at, false);
                }
            }
            Action::Input(_) | Action::DeleteBack | Action::ClearInput | Action::Edit(_)
                if crate::app::typing::edit_of(&action).is_some_and(|e| f.input.edit(e)) =>
            {
                self.refresh_find();
            }
            _ => {}
        }
    }

    /// The slides matching what the find box holds now, after an edit or a paste.
    pub(in crate::app) fn refresh_find(&mut self) {
        let Overlay::Present(p) = &self.overlay.open else {
            return;
        };
        let Screen::Find(f) = &p.screen else {
            return;
        };
        let candidates: Vec<usize> = complete(&self.doc, &self.index, f.input.value())
            .into_iter()
            .filter_map(|n| p.deck.iter().position(|s| *s == Slide::Node(n)))
            .collect();
        if let Overlay::Present(p) = &mut self.overlay.open
            && let Screen::Find(f) = &mut p.screen
        {
            f.candidates = candidates;
            f.chosen = 0;
        }
    }
}
