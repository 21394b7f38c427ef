//! Where each part of the screen goes, for any terminal size.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this the layout would be unreadable, so a notice is shown instead.
pub const MIN_WIDTH: u16 = 40;
/// The fewest rows the browser is drawn in; below it, a notice asks for a larger window.
pub const MIN_HEIGHT: u16 = 10;
/// From this width the detail pane sits beside the tree; narrower, below it.
const SIDE_BY_SIDE: u16 = 70;

/// Where each part of the browser is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The header line.
    pub header: Rect,
    /// The outline pane.
    pub tree: Rect,
    /// The detail pane.
    pub detail: Rect,
    /// The footer line.
    pub footer: Rect,
}

/// Whether `area` is too small to draw the browser in.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The browser's parts within `area`.
pub fn areas(area: Rect) -> Areas {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (direction, tree_share) = if area.width >= SIDE_BY_SIDE {
        let w = (area.width * 2 / 5).clamp(28, 52);
        (Direction::Horizontal, Constraint::Length(w))
    } else {
        (Direction::Vertical, Constraint::Percentage(45))
    };
    let [tree, detail] = Layout::default()
        .direction(direction)
        .constraints([tree_share, Constraint::Min(1)])
        .areas(body);
    Areas {
        header,
        tree,
        detail,
        footer,
    }
}

/// A box of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Blanks any wide character that starts just left of `popup` and reaches into it. Without this
/// the terminal keeps showing that character's right half over the popup's left border, because
/// a frame diff never redraws the cell a wide character covers.
pub fn free_left_edge(buf: &mut Buffer, popup: Rect) {
    if popup.x == 0 {
        return;
    }
    for y in popup.top()..popup.bottom() {
        let cell = &mut buf[(popup.x - 1, y)];
        if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}
