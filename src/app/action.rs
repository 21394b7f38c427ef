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
    /// Scroll the detail pane by this many lines (mouse wheel over it).
    ScrollDetail(i32),
    /// Move the tree selection by this many rows (mouse wheel over it).
    ScrollTree(isize),
    ToggleHelp,
    SearchOpen,
    SearchInput(char),
    SearchBackspace,
    SearchClear,
    SearchSubmit,
    SearchHistoryPrev,
    SearchHistoryNext,
    NextHit,
    PrevHit,
    ToggleFilter,
    /// What the last frame measured: rows of the tree and detail panes, and how far the detail
    /// pane can scroll.
    Measured {
        tree_rows: usize,
        detail_rows: usize,
        detail_max_scroll: usize,
        overlay_max_scroll: usize,
    },
}
