//! The search box while the reader types: every edit re-runs the query and follows the best hit;
//! Enter keeps the results, Esc returns to where the reader was.

use super::line::{Edit, LineInput};
use super::present::{Present, Screen};
use super::{Action, App, Notice, Origin, Overlay, Results, Search, TreeFilter, Typing};

impl App {
    pub(super) fn open_search(&mut self) {
        let shown = match &self.search {
            Search::Showing(r) => Some(Box::new(r.clone())),
            _ => None,
        };
        let origin = Origin {
            selected: self.tree.selected,
            opened: self.tree.opened.clone(),
            shown,
            filter: self.tree.filter,
        };
        self.search = Search::Typing(Typing {
            input: LineInput::default(),
            results: Results::run(&self.index, ""),
            origin,
            recall: None,
        });
    }

    pub(super) fn apply_typing(&mut self, action: Action) {
        let Search::Typing(t) = &mut self.search else {
            return;
        };
        match action {
            Action::Escape => {
                // Back to where the reader was, the search shown then included: a new search
                // begun and abandoned does not lose the last one's hits.
                let origin = t.origin.clone();
                (self.search, self.tree.filter) = match origin.shown {
                    Some(shown) => (Search::Showing(*shown), origin.filter),
                    None => (Search::Idle, TreeFilter::All),
                };
                self.tree.opened = origin.opened;
                self.select(origin.selected);
            }
            Action::Submit => {
                let results = t.results.clone();
                let from = t.origin.selected;
                if !results.hits.is_empty() && from != self.tree.selected {
                    self.tree.back.push(from);
                }
                let input = t.input.value().trim().to_string();
                if !input.is_empty() {
                    self.history.retain(|h| *h != input);
                    self.history.push(input.clone());
                }
                self.search = if results.hits.is_empty() {
                    Search::Idle
                } else {
                    Search::Showing(results)
                };
                if matches!(self.search, Search::Idle) {
                    self.tree.filter = TreeFilter::All;
                    // Enter on a query that found nothing says so rather than closing silently.
                    if !input.is_empty() {
                        self.notice = Some(Notice::NoMatch(input));
                    }
                }
            }
            Action::Input(_) | Action::DeleteBack | Action::ClearInput | Action::Edit(_) => {
                let Some(edit) = edit_of(&action) else {
                    return;
                };
                if t.input.edit(edit) {
                    t.recall = None;
                    self.rerun();
                }
            }
            Action::HistoryPrev | Action::HistoryNext => {
                if self.history.is_empty() {
                    return;
                }
                let last = self.history.len() - 1;
                let pos = match (t.recall, action == Action::HistoryPrev) {
                    (None, true) => Some(last),
                    (None, false) => None,
                    (Some(p), true) => Some(p.saturating_sub(1)),
                    (Some(p), false) if p < last => Some(p + 1),
                    (Some(_), false) => None,
                };
                t.recall = pos;
                t.input
                    .set(pos.map_or_else(String::new, |p| self.history[p].clone()));
                self.rerun();
            }
            Action::ToggleFilter => self.toggle_filter(),
            Action::NextHit | Action::PrevHit => {
                t.results.step(action == Action::NextHit);
                self.follow_hit();
            }
            _ => {}
        }
    }

    /// Re-runs the query after an edit and moves the selection to the best hit (or back home).
    pub(super) fn rerun(&mut self) {
        let Search::Typing(t) = &mut self.search else {
            return;
        };
        t.results = t.results.refine(&self.index, t.input.value());
        if t.results.hits.is_empty() {
            let origin = t.origin.clone();
            self.tree.opened = origin.opened;
            self.select(origin.selected);
        } else {
            self.follow_hit();
        }
    }

    pub(super) fn follow_hit(&mut self) {
        // With nothing matched there is no hit to follow, and the tree stays as it is: the
        // selection (perhaps reached by a link since the box opened) must stay a row of it.
        let Some(node) = self
            .search
            .results()
            .and_then(|r| r.current_hit())
            .map(|h| h.node)
        else {
            return;
        };
        if let Search::Typing(t) = &self.search {
            // While typing, only the current hit is revealed: the tree does not keep every branch
            // that an intermediate query passed through.
            self.tree.opened = t.origin.opened.clone();
        }
        self.select(node);
        // A new hit may be on the node already shown: its match comes into view again.
        self.detail.moved = false;
    }

    /// Pasted text goes into the open box as typed text; with no box open it is dropped with a
    /// notice, so a paste can never run commands.
    pub(super) fn paste(&mut self, text: &str) {
        /// The box a paste went into, to refresh what depends on its text.
        enum Into {
            Search,
            GoTo,
            SlideFind,
        }
        let edited = match (&mut self.overlay.open, &mut self.search) {
            (Overlay::GoTo(g), _) => g.input.insert(text).then_some(Into::GoTo),
            (
                Overlay::Present(Present {
                    screen: Screen::Find(f),
                    ..
                }),
                _,
            ) => f.input.insert(text).then_some(Into::SlideFind),
            (Overlay::None, Search::Typing(t)) if self.pending.is_none() => {
                t.recall = None;
                t.input.insert(text).then_some(Into::Search)
            }
            _ => {
                self.pending = None;
                self.notice = Some(Notice::PasteIgnored);
                return;
            }
        };
        match edited {
            Some(Into::Search) => self.rerun(),
            Some(Into::GoTo) => self.refresh_goto(),
            Some(Into::SlideFind) => self.refresh_find(),
            None => {}
        }
    }

    pub(super) fn step_hit(&mut self, forward: bool) {
        if matches!(self.search, Search::Idle) {
            self.notice = Some(Notice::NoSearch);
            return;
        }
        if let Search::Showing(r) = &mut self.search {
            r.step(forward);
            let from = self.tree.selected;
            self.follow_hit();
            if self.tree.selected != from {
                self.tree.back.push(from);
            }
        }
    }
}

/// The line edit an action stands for in a prompt, if any.
pub(in crate::app) fn edit_of(action: &Action) -> Option<Edit> {
    Some(match action {
        Action::Input(c) => Edit::InsertChar(*c),
        Action::DeleteBack => Edit::DeletePrevChar,
        Action::ClearInput => Edit::DeleteLine,
        Action::Edit(e) => *e,
        _ => return None,
    })
}
