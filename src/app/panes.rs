//! The states [`super::App`] is made of, one per thing on screen: the outline, the detail pane
//! and the overlay. Their fields are visible to the app's own modules only, so nothing outside
//! `app` can change them except through [`super::App::apply`]; readers use the accessors of
//! `App` (see `read.rs`).

use std::collections::{BTreeMap, HashSet};

use super::{Overlay, TreeFilter};
use crate::model::NodeId;

/// The outline: where the reader is, what is open, what is shown, and the places kept.
pub(super) struct TreeState {
    /// The node the outline highlights and the detail pane shows.
    pub(super) selected: NodeId,
    /// Nodes whose children the outline shows.
    pub(super) opened: HashSet<NodeId>,
    /// Whether the outline shows every node or only the matches.
    pub(super) filter: TreeFilter,
    /// Nodes left by jumps, most recent last, for Back.
    pub(super) back: Vec<NodeId>,
    /// Marks by letter.
    pub(super) marks: BTreeMap<char, NodeId>,
    /// Rows of the outline on screen in the last frame (at least 1).
    pub(super) rows: usize,
}

impl TreeState {
    /// The outline at `root`, with `opened` open, nothing filtered, no jumps and no marks.
    pub(super) fn new(root: NodeId, opened: HashSet<NodeId>) -> Self {
        TreeState {
            selected: root,
            opened,
            filter: TreeFilter::All,
            back: Vec::new(),
            marks: BTreeMap::new(),
            rows: 20,
        }
    }
}

/// The detail pane: how far it is scrolled and which link is highlighted.
pub(super) struct DetailState {
    /// First line of the pane, as the reader scrolled it.
    pub(super) scroll: usize,
    /// The reader has scrolled the pane since choosing the node; until then the pane brings a
    /// search match below the fold into view.
    pub(super) moved: bool,
    /// First line of the pane on screen in the last frame.
    pub(super) shown: usize,
    /// Lines of the pane on screen in the last frame (at least 1).
    pub(super) rows: usize,
    /// How far the pane can be scrolled, as the last frame measured it.
    pub(super) max_scroll: usize,
    /// The highlighted link (child or related node), when the pane has the focus.
    pub(super) link: Option<usize>,
}

impl Default for DetailState {
    fn default() -> Self {
        DetailState {
            scroll: 0,
            moved: false,
            shown: 0,
            rows: 20,
            // Until a frame measures it, scrolling is not held back.
            max_scroll: usize::MAX,
            link: None,
        }
    }
}

/// What is drawn over the panes, and how far it is scrolled.
pub(super) struct OverlayState {
    /// The open overlay, if any.
    pub(super) open: Overlay,
    /// How far the overlay is scrolled.
    pub(super) scroll: usize,
    /// How far it can be scrolled, as the last frame measured it.
    pub(super) max_scroll: usize,
    /// Rows of the overlay on screen in the last frame (at least 1).
    pub(super) rows: usize,
}

impl Default for OverlayState {
    fn default() -> Self {
        OverlayState {
            open: Overlay::None,
            scroll: 0,
            max_scroll: 0,
            rows: 20,
        }
    }
}
