//! The search box while the reader types: every edit re-runs the query and follows the best hit;
//! Enter keeps the results, Esc returns to where the reader was.

use super::{Action, App, Origin, Results, Search, TreeFilter, Typing};

impl App {
    pub(super) fn open_search(&mut self) {
        let origin = Origin {
            selected: self.selected,
            opened: self.opened.clone(),
        };
        self.search = Search::Typing(Typing {
            input: String::new(),
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
                let origin = t.origin.clone();
                self.search = Search::Idle;
                self.filter = TreeFilter::All;
                self.opened = origin.opened;
                self.select(origin.selected);
            }
            Action::Submit => {
                let results = t.results.clone();
                let from = t.origin.selected;
                if !results.hits.is_empty() && from != self.selected {
                    self.back.push(from);
                }
                let input = t.input.trim().to_string();
                if !input.is_empty() {
                    self.history.retain(|h| *h != input);
                    self.history.push(input);
                }
                self.search = if results.hits.is_empty() {
                    Search::Idle
                } else {
                    Search::Showing(results)
                };
                if matches!(self.search, Search::Idle) {
                    self.filter = TreeFilter::All;
                }
            }
            Action::Input(c) => {
                t.input.push(c);
                t.recall = None;
                self.rerun();
            }
            Action::DeleteBack => {
                t.input.pop();
                self.rerun();
            }
            Action::ClearInput => {
                t.input.clear();
                self.rerun();
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
                t.input = pos.map_or_else(String::new, |p| self.history[p].clone());
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
        t.results = t.results.refine(&self.index, &t.input);
        if t.results.hits.is_empty() {
            let origin = t.origin.clone();
            self.opened = origin.opened;
            self.select(origin.selected);
        } else {
            self.follow_hit();
        }
    }

    pub(super) fn follow_hit(&mut self) {
        if let Search::Typing(t) = &self.search {
            // While typing, only the current hit is revealed: the tree does not keep every branch
            // that an intermediate query passed through.
            self.opened = t.origin.opened.clone();
        }
        if let Some(node) = self
            .search
            .results()
            .and_then(|r| r.current_hit())
            .map(|h| h.node)
        {
            self.select(node);
        }
        // A new hit may be on the node already shown: its match comes into view again.
        self.detail_moved = false;
    }

    pub(super) fn step_hit(&mut self, forward: bool) {
        if let Search::Showing(r) = &mut self.search {
            r.step(forward);
            let from = self.selected;
            self.follow_hit();
            if self.selected != from {
                self.back.push(from);
            }
        }
    }
}
