//! What the views, `main`, the CLI and the tests may read of the app: one small accessor per
//! piece of state, each returning a copy or a shared reference, so that nothing outside `app`
//! can change the state except through [`App::apply`].

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use super::{App, Bindings, Drag, Focus, Notice, Overlay, Pending, Role, Search, TreeFilter};
use crate::library::Library;
use crate::model::NodeId;
use crate::prefs::LangMode;
use crate::search::Index;

impl App {
    /// The open documents (one or many).
    pub fn doc(&self) -> &Library {
        &self.doc
    }

    /// The open documents as shared with the index, for a caller that keeps them past the app.
    pub fn library(&self) -> &Arc<Library> {
        &self.doc
    }

    /// The search index over every open document.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The node the outline highlights and the detail pane shows.
    pub fn selected(&self) -> NodeId {
        self.tree.selected
    }

    /// The nodes whose children the outline shows (as the reader opened them; the matches
    /// filter may show more, see [`App::rows`]).
    pub fn opened(&self) -> &HashSet<NodeId> {
        &self.tree.opened
    }

    /// Whether the outline shows every node or only the search matches.
    pub fn filter(&self) -> TreeFilter {
        self.tree.filter
    }

    /// The nodes left by jumps, most recent last: where Back goes.
    pub fn back_stack(&self) -> &[NodeId] {
        &self.tree.back
    }

    /// The marks by letter.
    pub fn marks(&self) -> &BTreeMap<char, NodeId> {
        &self.tree.marks
    }

    /// The first line of the detail pane, as the reader scrolled it (or as the pane brought a
    /// search match into view).
    pub fn detail_scroll(&self) -> usize {
        self.detail.scroll
    }

    /// Whether the reader has scrolled the detail pane since choosing the node; until then the
    /// pane brings a search match below the fold into view.
    pub fn detail_moved(&self) -> bool {
        self.detail.moved
    }

    /// The highlighted link of the detail pane (a place in [`App::links`]), when it has the focus.
    pub fn link(&self) -> Option<usize> {
        self.detail.link
    }

    /// What is drawn over the panes and takes the keys ([`Overlay::None`] when nothing is).
    pub fn overlay(&self) -> &Overlay {
        &self.overlay.open
    }

    /// How far the open overlay is scrolled, in rows (or, for slides, continuation pages).
    pub fn overlay_scroll(&self) -> usize {
        self.overlay.scroll
    }

    /// Which pane the keys act on.
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The document languages shown: Chinese, English or both.
    pub fn lang(&self) -> LangMode {
        self.lang
    }

    /// The search: idle, typing in the box, or showing results.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The queries submitted this session, oldest first.
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// The prefix key waiting for its letter (`m`, `'`, `z`), if one was pressed.
    pub fn pending(&self) -> Option<Pending> {
        self.pending
    }

    /// The first and last node, in document order, of the slides `p` shows.
    pub fn slides(&self) -> (NodeId, NodeId) {
        self.slides
    }

    /// The trainer's talk file (`--talk`), if one was given.
    pub fn talk(&self) -> Option<&crate::talk::Talk> {
        self.talk.as_ref()
    }

    /// Slides alone, or one of the two terminals of a talk.
    pub fn role(&self) -> &Role {
        &self.role
    }

    /// The command keys of the browsing mode.
    pub fn bindings(&self) -> &Bindings {
        &self.bindings
    }

    /// The one-line message of the last action, until the next key.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The problem with the state file, until Esc dismisses it.
    pub fn warning(&self) -> Option<&crate::state::Warning> {
        self.warning.as_ref()
    }

    /// How far the reader moved the split between outline and detail from its default, in
    /// tenths of a percent of the screen width.
    pub fn split(&self) -> i16 {
        self.split
    }

    /// The mouse drag in progress, if any.
    pub fn drag(&self) -> Option<Drag> {
        self.drag
    }

    /// Whether [`Action::Quit`](super::Action::Quit) was applied: `main` ends the event loop.
    pub fn quit_requested(&self) -> bool {
        self.quit
    }
}
