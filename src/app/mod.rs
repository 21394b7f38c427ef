//! Application state and the only way it changes: `apply(Action)`.
//!
//! Nothing here touches a terminal; tests drive it with actions and read the state back.

mod action;
mod bindings;
mod browse;
mod folding;
mod goto;
pub mod keymap;
mod line;
mod link;
mod marks;
mod marks_list;
mod overlay;
mod panes;
mod present;
mod read;
mod results;
mod search_mode;
mod split;
mod tree_nav;
mod typing;

pub use action::{Action, Effect, Notice};
pub use bindings::{Bindings, Command, Key, SPLIT_STEP, fixed_action, key_name, parse_key};
pub use goto::GoTo;
pub use line::{Edit, LineInput};
pub use link::Mirror;
pub use overlay::compared_groups;
pub use present::{Find, LinkNews, LinkState, Present, Role, Screen, Slide};
pub use search_mode::{HitOrder, Origin, Results, Search, Typing};
pub use split::SPLIT_LIMIT;
pub use tree_nav::{next_visible, prev_visible, visible_place, visible_rows, with_ancestors};

use std::collections::HashSet;
use std::sync::Arc;

use crate::model::{Kind, Library, NodeId};
use crate::prefs::LangMode;
use crate::search::Index;
use panes::{DetailState, OverlayState, TreeState};

/// Which pane the keys act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The outline (tree pane).
    Tree,
    /// The detail pane, where keys scroll and follow links.
    Detail,
}

/// What is drawn over the panes, and takes the keys while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the panes take the keys.
    None,
    /// The help: every key, by mode.
    Help,
    /// The two cluster groups side by side.
    Compare,
    /// The `:` box with its completions.
    GoTo(GoTo),
    /// Full-screen slides, one node each.
    Present(Present),
    /// The search results as a list in place of the outline; `origin` is where the reader was
    /// when it opened, for Esc to return to.
    Results {
        /// The node selected when the list opened.
        origin: NodeId,
    },
    /// The list of marks; `chosen` is the place of the highlighted one in letter order.
    Marks {
        /// The highlighted mark's place in letter order (0-based).
        chosen: usize,
    },
}

/// A key that waits for a letter: `m` (set a mark), `'` (jump to one) or `z` (fold).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// `m`: the letter names a mark to set.
    Mark,
    /// `'`: the letter names a mark to jump to.
    Jump,
    /// `z`: the key names a fold command.
    Fold,
}

/// What a mouse drag is moving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drag {
    /// The border between outline and detail.
    Split,
}

/// Whether the tree shows every node or only the search matches and their ancestors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeFilter {
    /// Every node, as the reader opened and closed them.
    All,
    /// Only the nodes the search matched, with their ancestors.
    Matches,
}

/// The whole state of the browser: the open documents and their search index, the selection
/// and the opened nodes of the outline, focus, overlay, search, marks and presentation.
/// It knows nothing of the terminal: the view reads it and draws, and it changes only
/// through [`App::apply`]. Requests for the world outside (the clipboard, the state file)
/// are queued as [`Effect`]s for `main` to carry out.
pub struct App {
    /// The open documents (one or many), shared with the index.
    doc: Arc<Library>,
    /// The search index over every open document, built by [`App::new`].
    index: Index,
    /// The outline: selection, opened nodes, filter, Back and marks.
    tree: TreeState,
    /// The detail pane: scroll and highlighted link.
    detail: DetailState,
    /// What is drawn over the panes and takes the keys, if anything.
    overlay: OverlayState,
    /// Which pane the keys act on.
    focus: Focus,
    /// The document languages shown: Chinese, English or both.
    lang: LangMode,
    /// The search: idle, typing in the box, or showing results.
    search: Search,
    /// Queries submitted this session, oldest first, for Up/Down in the search box.
    history: Vec<String>,
    /// A prefix key waiting for its letter (`m`, `'`, `z`), if one was pressed.
    pending: Option<Pending>,
    /// The slides `p` shows: first and last node in document order (`--from` / `--to`).
    slides: (NodeId, NodeId),
    /// The trainer's talk file (`--talk`): slides in their order, with notes.
    talk: Option<crate::talk::Talk>,
    /// Slides alone, or one of the two terminals of a talk.
    role: Role,
    /// The command keys of the browsing mode: the defaults with the config file's changes.
    bindings: Bindings,
    /// The one-line message of the last action, cleared by the next key.
    notice: Option<Notice>,
    /// A problem with the state file, shown until Esc dismisses it.
    warning: Option<crate::state::Warning>,
    /// How far the reader moved the split between outline and detail from its default, in
    /// tenths of a percent of the screen (kept in the state file).
    split: i16,
    /// A drag of the mouse in progress.
    drag: Option<Drag>,
    /// Requests for `main`, taken with [`App::take_effects`].
    effects: Vec<Effect>,
    /// Set by [`Action::Quit`]: `main` ends the event loop and restores the terminal.
    quit: bool,
}

impl App {
    /// The browser opened on `doc`, showing `lang`: the search index is built over every
    /// document (see [`Index::build`]), the first document's root is selected and opened with its
    /// sections, the focus is on the outline, and nothing else is open. Marks, talk, role and
    /// bindings start empty or default; `main` sets them from the state and config files.
    /// Building the index is the costly part: linear in the documents' text.
    ///
    /// # Panics
    ///
    /// If `doc` holds no document (a [`Library`] always holds at least one).
    pub fn new(doc: impl Into<Arc<Library>>, lang: LangMode) -> Self {
        let doc = doc.into();
        let index = Index::build(&doc);
        let root = doc.first_root();
        let doc_end = doc.sources()[0].last;
        // Open the first document's root and sections so the first screen shows its shape; the
        // glossary and the other documents stay closed so that they do not crowd the outline.
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
            tree: TreeState::new(root, opened),
            detail: DetailState::default(),
            overlay: OverlayState::default(),
            focus: Focus::Tree,
            lang,
            search: Search::Idle,
            history: Vec::new(),
            pending: None,
            slides: (root, doc_end),
            talk: None,
            role: Role::Alone,
            bindings: Bindings::default(),
            notice: None,
            warning: None,
            split: 0,
            drag: None,
            effects: Vec::new(),
            quit: false,
        }
    }

    /// Rows of the tree as drawn now.
    pub fn rows(&self) -> Vec<NodeId> {
        match (self.tree.filter, self.search.results()) {
            // With nothing matched (an empty or unmatched query) the filter would hide the
            // whole tree, selection included; it shows everything instead.
            (TreeFilter::Matches, Some(r)) if !r.hits.is_empty() => {
                let keep = with_ancestors(&self.doc, &r.matched_nodes());
                let mut opened = self.tree.opened.clone();
                opened.extend(keep.iter().copied());
                visible_rows(&self.doc, &opened, Some(&keep))
            }
            _ => visible_rows(&self.doc, &self.tree.opened, None),
        }
    }

    /// The nodes the detail pane links to: children first, then related nodes.
    pub fn links(&self) -> Vec<NodeId> {
        self.links_of(self.tree.selected)
    }

    /// Children first, then related nodes, of any node.
    pub fn links_of(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = self.doc.node(id).children.to_vec();
        for r in self.doc.related(id) {
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

    /// Selects `id` and opens its ancestors so that it shows in the outline. Selecting another
    /// node scrolls the detail pane back to its top and drops the highlighted link; it does not
    /// record the move for Back (jumps do that).
    pub fn select(&mut self, id: NodeId) {
        if id != self.tree.selected {
            self.tree.selected = id;
            self.detail.scroll = 0;
            self.detail.shown = 0;
            self.detail.moved = false;
            self.detail.link = None;
        }
        tree_nav::reveal(&self.doc, &mut self.tree.opened, id);
        // A jump out of the matches (a link, a mark, Back) shows the whole tree again, so that
        // the selection is always a row of the outline.
        if self.tree.filter == TreeFilter::Matches && !self.rows().contains(&id) {
            self.tree.filter = TreeFilter::All;
        }
    }

    /// Opens the tree at `id` with its ancestors expanded (for `--open`).
    pub fn open_at(&mut self, id: NodeId) {
        self.select(id);
    }

    /// Takes the command keys of the browsing mode (the defaults with the config file's changes).
    pub fn set_bindings(&mut self, bindings: Bindings) {
        self.bindings = bindings;
    }

    /// Carries out `action`: the only way the app's state changes. What an action does depends
    /// on the mode, checked in this order: the presenter link's actions ([`Action::Link`],
    /// [`Action::Mirror`], [`Action::ShowSlide`]), frame measurements ([`Action::Measured`]) and notices
    /// ([`Action::Notify`]) are recorded whatever is open; Esc first dismisses a state-file
    /// warning; split moves and drags come next; any other action clears the last notice. Then
    /// a pending prefix key (`m`, `'`, `z`) takes the action as its letter, an open overlay
    /// (help, compare, go-to, results, marks, slides) takes it, an open search box takes it as
    /// editing, and otherwise it acts on the outline or detail pane with the focus. Actions that
    /// mean nothing in the present mode are ignored; nothing here fails or touches the terminal.
    /// What needs the outside world is queued: see [`App::take_effects`].
    pub fn apply(&mut self, action: Action) {
        if self.apply_link(&action) {
            return;
        }
        if let Action::Measured {
            tree_rows,
            detail_rows,
            detail_max_scroll,
            detail_shown,
            overlay_rows,
            overlay_max_scroll,
        } = action
        {
            self.detail.shown = detail_shown;
            // Where the pane brought a match into view stays put when the search ends.
            if !self.detail.moved {
                self.detail.scroll = detail_shown;
            }
            self.overlay.rows = overlay_rows.max(1);
            self.overlay.max_scroll = overlay_max_scroll;
            self.overlay.scroll = self.overlay.scroll.min(overlay_max_scroll);
            self.tree.rows = tree_rows.max(1);
            self.detail.rows = detail_rows.max(1);
            self.detail.max_scroll = detail_max_scroll;
            self.detail.scroll = self.detail.scroll.min(detail_max_scroll);
            return;
        }
        if let Action::Notify(n) = action {
            match n {
                Notice::State(w) => self.warning = Some(w),
                other => self.notice = Some(other),
            }
            return;
        }
        // A warning stays until Esc dismisses it (that Esc does nothing else).
        if self.warning.is_some() && action == Action::Escape {
            self.warning = None;
            return;
        }
        // Split moves and drags come before the message is cleared: the release of every click
        // is a drag's end, and must not wipe what the click said.
        if self.apply_split(&action) {
            return;
        }
        // A message stays until the reader does something else.
        self.notice = None;
        if let Role::Projector(l) | Role::Presenter(l) = &mut self.role {
            l.news = None;
        }
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if let Action::Paste(text) = action {
            self.paste(&text);
            return;
        }
        if let Some(p) = self.pending.take() {
            if let Action::Register(c) = action {
                self.register(p, c);
            }
            return;
        }
        if let Action::FollowLink(id) = action {
            // Links are clickable in the detail pane and the compare view, which it closes.
            if matches!(self.overlay.open, Overlay::None | Overlay::Compare) {
                self.overlay.open = Overlay::None;
                self.jump(id);
            }
            return;
        }
        if self.overlay.open != Overlay::None {
            self.apply_overlay(action);
            return;
        }
        if self.search.is_typing() {
            self.apply_typing(action);
            return;
        }
        match action {
            Action::Escape => self.escape(),
            Action::ToggleHelp => self.open_overlay(Overlay::Help),
            Action::ToggleCompare => self.open_compare(),
            Action::TogglePresent => self.start_presenting(),
            Action::GoToOpen => self.open_overlay(Overlay::GoTo(GoTo::default())),
            Action::SwitchFocus => self.switch_focus(),
            Action::CycleLang => self.cycle_lang(),
            Action::Section(n) => {
                if let Some(&s) = self.sections().get(n.wrapping_sub(1)) {
                    self.jump(s);
                    self.tree.opened.insert(s);
                    self.focus = Focus::Tree;
                }
            }
            Action::Click(id) => {
                self.focus = Focus::Tree;
                if id == self.tree.selected {
                    self.toggle(id);
                } else {
                    self.jump(id);
                }
            }
            Action::ScrollDetail(d) => self.scroll_detail(d),
            Action::ScrollTree(d) => self.move_rows(d),
            Action::SearchOpen => self.open_search(),
            Action::NextHit | Action::PrevHit => self.step_hit(action == Action::NextHit),
            Action::ToggleFilter => self.toggle_filter(),
            Action::ResultsOpen => self.open_results(),
            Action::ToggleOrder => self.toggle_order(),
            Action::ExpandAll => self.expand_all(),
            Action::CollapseAll => self.collapse_all(),
            Action::ExpandSubtree => self.expand_subtree(),
            Action::CollapseToLevel => self.collapse_to_level(),
            Action::FoldPrefix => self.pending = Some(Pending::Fold),
            Action::Back => self.go_back(),
            Action::MarkPrefix => self.pending = Some(Pending::Mark),
            Action::JumpPrefix => self.pending = Some(Pending::Jump),
            Action::Copy | Action::CopyMarkdown => {
                self.copy(self.tree.selected, action == Action::CopyMarkdown)
            }
            other => match self.focus {
                Focus::Tree => self.tree_key(other),
                Focus::Detail => self.detail_key(other),
            },
        }
    }

    /// Selects `id` as a jump: the node left behind is remembered for Back.
    pub(super) fn jump(&mut self, id: NodeId) {
        if id != self.tree.selected {
            self.tree.back.push(self.tree.selected);
            // A long session should not grow without bound; the oldest jumps matter least.
            if self.tree.back.len() > 200 {
                self.tree.back.remove(0);
            }
        }
        self.select(id);
    }

    fn cycle_lang(&mut self) {
        self.lang = match self.lang {
            LangMode::Both => LangMode::Zh,
            LangMode::Zh => LangMode::En,
            LangMode::En => LangMode::Both,
        }
    }

    fn toggle_filter(&mut self) {
        // Without a search there is nothing to filter by.
        if matches!(self.search, Search::Idle) {
            self.tree.filter = TreeFilter::All;
            self.notice = Some(Notice::NoSearch);
            return;
        }
        self.tree.filter = match self.tree.filter {
            TreeFilter::All => TreeFilter::Matches,
            TreeFilter::Matches => TreeFilter::All,
        };
        // A selection that is no match (moved off the hits since) would be hidden: the current
        // hit is selected instead, so that the selection is always a row of the outline.
        if !self.rows().contains(&self.tree.selected) {
            let hit = self.search.results().and_then(|r| r.current_hit());
            if let Some(node) = hit.map(|h| h.node) {
                self.jump(node);
            }
        }
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay.open = overlay;
        self.overlay.scroll = 0;
    }

    /// Requests made since the last call, for `main` to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// "12/92": the selected node's place in document order.
    pub fn position(&self) -> (usize, usize) {
        (self.tree.selected.0 + 1, self.doc.len())
    }
}
