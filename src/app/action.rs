//! Everything that can change the app's state. Keys, mouse events and resizes are turned into
//! actions by [`super::keymap`] and `main`; [`super::App::apply`] is the only place state changes.

use crate::model::NodeId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Esc: close whatever is open (search box, overlay, search results); never quits.
    Escape,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Collapse the node, or go to its parent.
    Left,
    /// Expand the node, or go to its first child.
    Right,
    /// Expand and go into the node; on a leaf, move focus to the detail pane.
    Enter,
    ToggleOpen,
    SwitchFocus,
    CycleLang,
    /// Jump to the n-th section (1-based).
    Section(usize),
    /// Select a node (a mouse click on its tree row); selecting the selected node toggles it.
    Click(NodeId),
    /// A click on a link (an entry in the detail pane, a cluster in the compare view): go there.
    FollowLink(NodeId),
    /// Scroll the detail pane by this many lines (mouse wheel over it).
    ScrollDetail(i32),
    /// Move the tree selection by this many rows (mouse wheel over it).
    ScrollTree(isize),
    ToggleHelp,
    SearchOpen,
    /// A character typed into the open prompt (search box, go-to box, slide number).
    Input(char),
    /// A line-editing key in the search or go-to box: move by character or word, delete a word…
    Edit(super::line::Edit),
    /// Text pasted into the terminal (bracketed paste): text for the open box, never keys.
    Paste(String),
    DeleteBack,
    ClearInput,
    /// Enter in a prompt: go to the hit, the chosen completion, or the typed slide.
    Submit,
    HistoryPrev,
    HistoryNext,
    /// Tab in the go-to box: complete the input to the chosen candidate's id.
    Complete,
    NextHit,
    PrevHit,
    ToggleFilter,
    /// Open the list of search results (the tree pane shows the hits; the detail pane previews).
    ResultsOpen,
    /// A click on the n-th row (0-based, as shown) of the open list: results or marks.
    ClickRow(usize),
    /// Show the hits in rank order or in document order; `n`/`N` follow the order shown.
    ToggleOrder,
    /// Expand every node of the outline (`*`, `zR`).
    ExpandAll,
    /// Collapse every node of the outline (`-`, `zM`).
    CollapseAll,
    /// Expand the selected node and everything below it.
    ExpandSubtree,
    /// Collapse every node at the selected node's depth and deeper: the outline down to its level.
    CollapseToLevel,
    /// `<` / `>`: move the split between outline and detail by this many tenths of a percent of the screen.
    MoveSplit(i16),
    /// The border between outline and detail was pressed: the drag that follows moves it.
    SplitDragStart,
    /// The pointer dragged the border to where the split is this far from the default.
    SplitDragTo(i16),
    /// The mouse button was released.
    DragEnd,
    /// `z`: the next key is a fold command (`R`, `M`, `O`, `C`).
    FoldPrefix,
    GoToOpen,
    /// Enter or leave presentation mode.
    TogglePresent,
    /// Slides: blank the screen to black, or to white; any key returns.
    Blank {
        white: bool,
    },
    /// Slides: show or hide the overview of the document's structure.
    ToggleOverview,
    /// Open or close the side-by-side comparison of the cluster groups.
    ToggleCompare,
    /// Back to the node visited before the last jump.
    Back,
    /// `m`: the next letter names a mark to set here.
    MarkPrefix,
    /// `'`: the next letter names a mark to jump to.
    JumpPrefix,
    /// The letter after `m` or `'`.
    Register(char),
    /// Delete in the marks list: remove the chosen mark.
    DeleteMark,
    /// Copy the node's text (current languages), or as Markdown with breadcrumb and citation.
    Copy,
    CopyMarkdown,
    /// Something the app should tell the reader (from `main`: clipboard and state outcomes).
    Notify(Notice),
    /// What the last frame measured: rows of the tree and detail panes, how far the detail pane
    /// can scroll and which of its lines it showed first.
    Measured {
        tree_rows: usize,
        detail_rows: usize,
        detail_max_scroll: usize,
        detail_shown: usize,
        overlay_rows: usize,
        overlay_max_scroll: usize,
    },
}

/// A one-line message in the footer, cleared by the next key. Words are the view's business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Copied {
        chars: usize,
        markdown: bool,
    },
    /// The terminal cannot take clipboard data, and why.
    ClipboardUnavailable(crate::clipboard::ClipboardError),
    MarkSet(char),
    NoSuchMark(char),
    /// Nothing to go back to.
    HistoryEmpty,
    /// The document has no two cluster groups to compare.
    NothingToCompare,
    /// A state file problem: marks and position still work but may not be kept. It becomes the
    /// app's `warning`, which stays until Esc dismisses it.
    State(crate::state::Warning),
    /// The presenter view's socket could not be set up (why, in the system's words); the slides
    /// go on without it.
    NoPresenterView(String),
    /// Files that were named but could not be opened, with why (the others are open).
    Refused(String),
    /// Text was pasted with no box open to take it; it was not run as keys.
    PasteIgnored,
    /// The search for this query found nothing.
    NoMatch(String),
    /// `n`, `N` or `f` with no search to step through or filter by.
    NoSearch,
}

/// What the app asks `main` to do outside itself; `main` reports back with [`Action::Notify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard.
    Copy { text: String, markdown: bool },
    /// Marks changed: write the state file.
    SaveState,
}
