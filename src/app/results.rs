//! The results list: every hit of the search shown, in place of the outline, while the detail
//! pane previews the chosen one. Up/Down choose, Enter goes, Esc returns to where the reader was;
//! a key switches rank order and document order, which `n`/`N` then follow.

use super::{Action, App, Notice, Overlay, Search};

impl App {
    pub(super) fn open_results(&mut self) {
        if !matches!(&self.search, Search::Showing(r) if !r.hits.is_empty()) {
            self.notice = Some(Notice::NoSearch);
            return;
        }
        self.overlay.open = Overlay::Results {
            origin: self.tree.selected,
        };
        self.follow_hit();
    }

    pub(super) fn toggle_order(&mut self) {
        match &mut self.search {
            Search::Showing(r) => r.toggle_order(),
            Search::Typing(t) => t.results.toggle_order(),
            Search::Idle => self.notice = Some(Notice::NoSearch),
        }
    }

    pub(super) fn apply_results(&mut self, action: Action) {
        let Overlay::Results { origin } = self.overlay.open else {
            return;
        };
        let page = self.tree.rows.saturating_sub(1).max(1) as isize;
        let delta = match action {
            Action::Up | Action::PrevHit => -1,
            Action::Down | Action::NextHit => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::First | Action::Last => {
                if let Search::Showing(r) = &mut self.search {
                    r.choose(if action == Action::First {
                        0
                    } else {
                        usize::MAX
                    });
                }
                self.follow_hit();
                return;
            }
            Action::ToggleOrder => {
                self.toggle_order();
                return;
            }
            Action::CycleLang => {
                self.cycle_lang();
                return;
            }
            Action::Submit | Action::Enter => {
                self.overlay.open = Overlay::None;
                if origin != self.tree.selected {
                    self.tree.back.push(origin);
                }
                self.focus = super::Focus::Tree;
                return;
            }
            Action::Escape | Action::ResultsOpen => {
                self.overlay.open = Overlay::None;
                self.select(origin);
                return;
            }
            Action::ClickRow(place) => {
                self.click_hit(place);
                return;
            }
            Action::ScrollDetail(d) => {
                self.scroll_detail(d);
                return;
            }
            _ => return,
        };
        if let Search::Showing(r) = &mut self.search {
            // Pages stop at the ends; single steps wrap, as `n`/`N` do.
            if delta.abs() > 1 {
                let place = r.current_place() as isize + delta;
                r.choose(place.max(0) as usize);
            } else {
                r.step_by(delta);
            }
        }
        self.follow_hit();
    }

    /// Chooses the hit at `place` in the order shown (a click on its row); a click on the
    /// chosen hit goes to it.
    pub(super) fn click_hit(&mut self, place: usize) {
        let Search::Showing(r) = &mut self.search else {
            return;
        };
        if r.current_place() == place {
            self.apply_results(Action::Submit);
        } else {
            r.choose(place);
            self.follow_hit();
        }
    }
}
