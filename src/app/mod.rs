//! Application state and the only way it changes: `apply(Action)`.
//!
//! [`App`] is made of the states it holds: the outline, the detail pane and the overlay
//! (`panes.rs`), the search ([`Search`]), and the reader's settings. Their fields are private to
//! this module, so only actions change them; views, `main` and tests read them through the
//! accessors of `read.rs`. Nothing here touches a terminal; tests drive it with actions and
//! read the state back.

mod action;
mod apply;
mod bindings;
mod browse;
mod files;
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
mod selection;
mod split;
mod tree_nav;
mod typing;

pub use action::{Action, Effect, Notice};
pub use bindings::{Bindings, Command, Key, SPLIT_STEP, fixed_action, key_name, parse_key};
pub use files::{Fate, FileNote, Reason};
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

use crate::library::Library;
use crate::model::{Kind, NodeId};
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
    /// The files that could not be opened, and those opened with import warnings, with why.
    Files,
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
    /// What the reader should hear of the files named to open (see [`FileNote`]).
    files: Vec<FileNote>,
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
            files: Vec::new(),
            warning: None,
            split: 0,
            drag: None,
            effects: Vec::new(),
            quit: false,
        }
    }

    /// Takes the command keys of the browsing mode (the defaults with the config file's changes).
    pub fn set_bindings(&mut self, bindings: Bindings) {
        self.bindings = bindings;
    }

    pub(super) fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay.open = overlay;
        self.overlay.scroll = 0;
    }

    /// Requests made since the last call, for `main` to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }
}
