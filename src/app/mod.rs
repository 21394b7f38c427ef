//! Application state and the only way it changes: `apply(Action)`.
//!
//! Nothing here touches a terminal; tests drive it with actions and read the state back.

mod action;
pub mod keymap;
mod search_mode;
mod tree_nav;

pub use action::Action;
pub use search_mode::{Origin, Results, Search, Typing};
pub use tree_nav::{visible_rows, with_ancestors};

use std::collections::HashSet;

use crate::cli::LangMode;
use crate::model::{Document, Kind, NodeId};
use crate::search::Index;

/// Which pane the keys act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Tree,
    Detail,
}

/// What is drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
}

/// Whether the tree shows every node or only the search matches and their ancestors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeFilter {
    All,
    Matches,
}

pub struct App {
    pub doc: Document,
    pub index: Index,
    pub selected: NodeId,
    pub opened: HashSet<NodeId>,
    pub focus: Focus,
    pub overlay: Overlay,
    pub lang: LangMode,
    pub search: Search,
    pub filter: TreeFilter,
    pub history: Vec<String>,
    /// First line of the detail pane on screen.
    pub detail_scroll: usize,
    /// How far the open overlay is scrolled, and how far it can be (measured by the last frame).
    pub overlay_scroll: usize,
    overlay_max_scroll: usize,
    /// The highlighted link (child or related node) in the detail pane, when it has focus.
    pub link: Option<usize>,
    pub quit: bool,
    tree_rows: usize,
    detail_rows: usize,
    detail_max_scroll: usize,
}

impl App {
    pub fn new(doc: Document, lang: LangMode) -> Self {
        let index = Index::build(&doc);
        let root = doc.root();
        // Open the root and the sections so the first screen shows the document's shape; the
        // glossary stays closed so that it does not crowd the outline.
        let mut opened: HashSet<NodeId> = HashSet::from([root]);
        opened.extend(
            doc.node(root)
                .children
                .iter()
                .copied()
                .filter(|&c| doc.node(c).kind == Kind::Section),
        );
        App {
            doc,
            index,
            selected: root,
            opened,
            focus: Focus::Tree,
            overlay: Overlay::None,
            lang,
            search: Search::Idle,
            filter: TreeFilter::All,
            history: Vec::new(),
            detail_scroll: 0,
            overlay_scroll: 0,
            overlay_max_scroll: 0,
            link: None,
            quit: false,
            tree_rows: 20,
            detail_rows: 20,
            detail_max_scroll: usize::MAX,
        }
    }

    /// Rows of the tree as drawn now.
    pub fn rows(&self) -> Vec<NodeId> {
        match (self.filter, self.search.results()) {
            (TreeFilter::Matches, Some(r)) => {
                let keep = with_ancestors(&self.doc, &r.matched_nodes());
                let mut opened = self.opened.clone();
                opened.extend(keep.iter().copied());
                visible_rows(&self.doc, &opened, Some(&keep))
            }
            _ => visible_rows(&self.doc, &self.opened, None),
        }
    }

    /// The nodes the detail pane links to: children first, then related nodes.
    pub fn links(&self) -> Vec<NodeId> {
        let mut out = self.doc.node(self.selected).children.clone();
        for r in self.doc.related(self.selected) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// The top-level sections, for the 1–4 keys.
    pub fn sections(&self) -> Vec<NodeId> {
        self.doc
            .ids()
            .filter(|&i| self.doc.node(i).kind == Kind::Section)
            .collect()
    }

    pub fn select(&mut self, id: NodeId) {
        if id != self.selected {
            self.selected = id;
            self.detail_scroll = 0;
            self.link = None;
        }
        tree_nav::reveal(&self.doc, &mut self.opened, id);
    }

    /// Opens the tree at `id` with its ancestors expanded (for `--open`).
    pub fn open_at(&mut self, id: NodeId) {
        self.select(id);
    }

    pub fn apply(&mut self, action: Action) {
        if let Action::Measured {
            tree_rows,
            detail_rows,
            detail_max_scroll,
            overlay_max_scroll,
        } = action
        {
            self.overlay_max_scroll = overlay_max_scroll;
            self.overlay_scroll = self.overlay_scroll.min(overlay_max_scroll);
            self.tree_rows = tree_rows.max(1);
            self.detail_rows = detail_rows.max(1);
            self.detail_max_scroll = detail_max_scroll;
            self.detail_scroll = self.detail_scroll.min(detail_max_scroll);
            return;
        }
        if self.overlay == Overlay::Help {
            let page = self.detail_rows.max(2) - 1;
            let s = self.overlay_scroll;
            let target = match action {
                Action::Quit => {
                    self.quit = true;
                    s
                }
                Action::Escape | Action::ToggleHelp => {
                    self.overlay = Overlay::None;
                    0
                }
                Action::Up => s.saturating_sub(1),
                Action::Down => s + 1,
                Action::PageUp => s.saturating_sub(page),
                Action::PageDown => s + page,
                Action::First => 0,
                Action::Last => usize::MAX,
                _ => s,
            };
            self.overlay_scroll = target.min(self.overlay_max_scroll);
            return;
        }
        if self.search.is_typing() {
            self.apply_typing(action);
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Escape => self.escape(),
            Action::ToggleHelp => {
                self.overlay = Overlay::Help;
                self.overlay_scroll = 0;
            }
            Action::SwitchFocus => self.switch_focus(),
            Action::CycleLang => {
                self.lang = match self.lang {
                    LangMode::Both => LangMode::Zh,
                    LangMode::Zh => LangMode::En,
                    LangMode::En => LangMode::Both,
                }
            }
            Action::Section(n) => {
                if let Some(&s) = self.sections().get(n.wrapping_sub(1)) {
                    self.select(s);
                    self.opened.insert(s);
                    self.focus = Focus::Tree;
                }
            }
            Action::Click(id) => {
                self.focus = Focus::Tree;
                if id == self.selected {
                    self.toggle(id);
                } else {
                    self.select(id);
                }
            }
            Action::ScrollDetail(d) => self.scroll_detail(d),
            Action::ScrollTree(d) => self.move_rows(d),
            Action::SearchOpen => self.open_search(),
            Action::NextHit | Action::PrevHit => self.step_hit(action == Action::NextHit),
            Action::ToggleFilter => {
                self.filter = match self.filter {
                    TreeFilter::All => TreeFilter::Matches,
                    TreeFilter::Matches => TreeFilter::All,
                }
            }
            other => match self.focus {
                Focus::Tree => self.tree_key(other),
                Focus::Detail => self.detail_key(other),
            },
        }
    }

    fn escape(&mut self) {
        if matches!(self.search, Search::Showing(_)) {
            self.search = Search::Idle;
            self.filter = TreeFilter::All;
        } else if self.focus == Focus::Detail {
            self.focus = Focus::Tree;
            self.link = None;
        }
    }

    fn switch_focus(&mut self) {
        self.focus = match self.focus {
            Focus::Tree => Focus::Detail,
            Focus::Detail => Focus::Tree,
        };
        self.link = None;
    }

    fn toggle(&mut self, id: NodeId) {
        if !self.doc.node(id).children.is_empty() && !self.opened.remove(&id) {
            self.opened.insert(id);
        }
    }

    fn move_rows(&mut self, delta: isize) {
        let rows = self.rows();
        let Some(pos) = rows.iter().position(|r| *r == self.selected) else {
            if let Some(&first) = rows.first() {
                self.select(first);
            }
            return;
        };
        let target = pos.saturating_add_signed(delta).min(rows.len() - 1);
        self.select(rows[target]);
    }

    fn tree_key(&mut self, action: Action) {
        let page = self.tree_rows.saturating_sub(1).max(1) as isize;
        match action {
            Action::Up => self.move_rows(-1),
            Action::Down => self.move_rows(1),
            Action::PageUp => self.move_rows(-page),
            Action::PageDown => self.move_rows(page),
            Action::First => self.move_rows(isize::MIN / 2),
            Action::Last => self.move_rows(isize::MAX / 2),
            Action::ToggleOpen => self.toggle(self.selected),
            Action::Left => {
                let node = self.doc.node(self.selected);
                let collapsed = self.opened.remove(&self.selected) && !node.children.is_empty();
                if !collapsed && let Some(p) = node.parent {
                    self.select(p);
                }
            }
            Action::Right | Action::Enter => {
                let n = self.doc.node(self.selected);
                match n.children.first() {
                    Some(&first)
                        if self.opened.contains(&self.selected) || action == Action::Enter =>
                    {
                        self.opened.insert(self.selected);
                        self.select(first);
                    }
                    Some(_) => {
                        self.opened.insert(self.selected);
                    }
                    None if action == Action::Enter => self.focus = Focus::Detail,
                    None => {}
                }
            }
            _ => {}
        }
    }

    fn scroll_detail(&mut self, delta: i32) {
        let target = self.detail_scroll as i64 + delta as i64;
        self.detail_scroll =
            target.clamp(0, self.detail_max_scroll.min(i64::MAX as usize) as i64) as usize;
    }

    fn detail_key(&mut self, action: Action) {
        let page = self.detail_rows.saturating_sub(2).max(1) as i32;
        let links = self.links();
        match action {
            Action::Up => self.scroll_detail(-1),
            Action::Down => self.scroll_detail(1),
            Action::PageUp => self.scroll_detail(-page),
            Action::PageDown => self.scroll_detail(page),
            Action::First => self.detail_scroll = 0,
            Action::Last => self.detail_scroll = self.detail_max_scroll,
            Action::Right if !links.is_empty() => {
                self.link = Some(self.link.map_or(0, |l| (l + 1) % links.len()));
            }
            Action::Left if !links.is_empty() => {
                self.link = Some(
                    self.link
                        .map_or(links.len() - 1, |l| (l + links.len() - 1) % links.len()),
                );
            }
            Action::Enter => {
                if let Some(&target) = self.link.and_then(|l| links.get(l)) {
                    self.select(target);
                }
            }
            _ => {}
        }
    }

    fn open_search(&mut self) {
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

    fn apply_typing(&mut self, action: Action) {
        let Search::Typing(t) = &mut self.search else {
            return;
        };
        match action {
            Action::Quit => self.quit = true,
            Action::Escape => {
                let origin = t.origin.clone();
                self.search = Search::Idle;
                self.filter = TreeFilter::All;
                self.opened = origin.opened;
                self.select(origin.selected);
            }
            Action::SearchSubmit => {
                let results = t.results.clone();
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
            Action::SearchInput(c) => {
                t.input.push(c);
                t.recall = None;
                self.rerun();
            }
            Action::SearchBackspace => {
                t.input.pop();
                self.rerun();
            }
            Action::SearchClear => {
                t.input.clear();
                self.rerun();
            }
            Action::SearchHistoryPrev | Action::SearchHistoryNext => {
                if self.history.is_empty() {
                    return;
                }
                let last = self.history.len() - 1;
                let pos = match (t.recall, action == Action::SearchHistoryPrev) {
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
            Action::ToggleFilter => {
                self.filter = match self.filter {
                    TreeFilter::All => TreeFilter::Matches,
                    TreeFilter::Matches => TreeFilter::All,
                }
            }
            Action::NextHit | Action::PrevHit => {
                t.results.step(action == Action::NextHit);
                self.follow_hit();
            }
            _ => {}
        }
    }

    /// Re-runs the query after an edit and moves the selection to the best hit (or back home).
    fn rerun(&mut self) {
        let Search::Typing(t) = &mut self.search else {
            return;
        };
        t.results = Results::run(&self.index, &t.input);
        if t.results.hits.is_empty() {
            let origin = t.origin.clone();
            self.opened = origin.opened;
            self.select(origin.selected);
        } else {
            self.follow_hit();
        }
    }

    fn follow_hit(&mut self) {
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
    }

    fn step_hit(&mut self, forward: bool) {
        if let Search::Showing(r) = &mut self.search {
            r.step(forward);
            self.follow_hit();
        }
    }

    /// "12/92": the selected node's place in document order.
    pub fn position(&self) -> (usize, usize) {
        (self.selected.0 + 1, self.doc.len())
    }
}
