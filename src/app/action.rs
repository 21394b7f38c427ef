//! Everything that can change the app's state. Keys, mouse events and resizes are turned into
//! actions by [`super::keymap`] and `main`; [`super::App::apply`] is the only place state changes.

use crate::model::NodeId;

/// One thing the reader (or `main`, on the reader's behalf) asks the app to do. Keys become
/// actions in [`super::keymap::action_for`], mouse events and frame measurements in `main`;
/// [`super::App::apply`] carries them out. Many are ignored in modes where they mean nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program (`q`).
    Quit,
    /// Esc: close whatever is open (search box, overlay, search results); never quits.
    Escape,
    /// Move up one row in the focused pane or open list.
    Up,
    /// Move down one row in the focused pane or open list.
    Down,
    /// Move up one screen of rows.
    PageUp,
    /// Move down one screen of rows.
    PageDown,
    /// Go to the first row (Home).
    First,
    /// Go to the last row (End).
    Last,
    /// Collapse the node, or go to its parent.
    Left,
    /// Expand the node, or go to its first child.
    Right,
    /// Expand and go into the node; on a leaf, move focus to the detail pane.
    Enter,
    /// Expand or collapse the selected node (Space).
    ToggleOpen,
    /// Move the keys' focus between the outline and the detail pane (Tab).
    SwitchFocus,
    /// Show the next language mode: both → Chinese → English → both (`t`).
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
    /// Open or close the help overlay.
    ToggleHelp,
    /// Open an empty search box (`/`); Up and Down in it bring back earlier queries.
    SearchOpen,
    /// A character typed into the open prompt (search box, go-to box, slide number).
    Input(char),
    /// A line-editing key in the search or go-to box: move by character or word, delete a word…
    Edit(super::line::Edit),
    /// Text pasted into the terminal (bracketed paste): text for the open box, never keys.
    Paste(String),
    /// Delete the character before the cursor in the open prompt (Backspace).
    DeleteBack,
    /// Empty the open prompt.
    ClearInput,
    /// Enter in a prompt: go to the hit, the chosen completion, or the typed slide.
    Submit,
    /// In the search box: bring back the previous query of this session's history.
    HistoryPrev,
    /// In the search box: bring back the next, more recent query of the history.
    HistoryNext,
    /// Tab in the go-to box: complete the input to the chosen candidate's id.
    Complete,
    /// Go to the next search hit, in the order the hits are shown; wraps at the end.
    NextHit,
    /// Go to the previous search hit; wraps at the start.
    PrevHit,
    /// Show only the search matches and their ancestors in the outline, or every node again.
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
    /// Open the `:` go-to box, which takes a node id (or `DOC:ID`) with completions.
    GoToOpen,
    /// Enter or leave presentation mode.
    TogglePresent,
    /// Slides: blank the screen to black, or to white; any key returns.
    Blank {
        /// `true` for a white screen, `false` for black.
        white: bool,
    },
    /// Slides: show or hide the overview of the document's structure.
    ToggleOverview,
    /// Open or close the side-by-side comparison of the cluster groups.
    ToggleCompare,
    /// Open or close the list of files not opened or opened with warnings (`!`).
    ToggleFiles,
    /// From `main`, once: what opening the files found to tell (see [`super::FileNote`]).
    NoteFiles(Vec<super::FileNote>),
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
    /// Copy the node as Markdown, with its breadcrumb and citation.
    CopyMarkdown,
    /// Something the app should tell the reader (from `main`: clipboard and state outcomes).
    Notify(Notice),
    /// The other terminal of a talk joined or left (or shows another talk), for the footer.
    Link(super::LinkNews),
    /// Presenter view: show the projector's slide state, sent by the projector.
    Mirror(super::Mirror),
    /// Projector: show this slide (0-based index into the deck), asked by the presenter view.
    ShowSlide(usize),
    /// What the last frame measured: rows of the tree and detail panes, how far the detail pane
    /// can scroll and which of its lines it showed first.
    Measured {
        /// Rows of the tree pane, inside its border.
        tree_rows: usize,
        /// Rows of the detail pane, inside its border.
        detail_rows: usize,
        /// The largest first line the detail pane can scroll to, for the node shown.
        detail_max_scroll: usize,
        /// The first line of the detail pane that the frame showed.
        detail_shown: usize,
        /// Rows of the open overlay's scrolling body (0 with none open).
        overlay_rows: usize,
        /// The largest scroll of the open overlay, in rows.
        overlay_max_scroll: usize,
    },
}

/// A one-line message in the footer, cleared by the next key. Words are the view's business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The node's text went to the clipboard.
    Copied {
        /// Characters copied (Unicode scalar values, not bytes).
        chars: usize,
        /// Copied as Markdown (`Y`) rather than plain text (`y`).
        markdown: bool,
    },
    /// The terminal cannot take clipboard data, and why.
    ClipboardUnavailable(crate::clipboard::ClipboardError),
    /// A mark was set under this letter.
    MarkSet(char),
    /// No mark is set under this letter.
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
    /// Some files named could not be opened (the others are open), and some imported documents
    /// opened with numbering warnings; the files key lists them.
    Files {
        /// Files not opened.
        not_opened: usize,
        /// Files opened with import warnings.
        warned: usize,
    },
    /// The files key, with every file opened cleanly: nothing to list.
    NoFileNotes,
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
    /// Put `text` on the clipboard; `markdown` says which kind of copy it is, for the notice.
    Copy {
        /// The text to copy.
        text: String,
        /// Copied as Markdown (`Y`) rather than plain text (`y`).
        markdown: bool,
    },
    /// Marks changed: write the state file.
    SaveState,
}
