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

/// The outline's share of the body, in tenths of a percent, before the reader moves the split:
/// two fifths (28 to 52 columns) beside the detail pane, 45% above it.
pub fn default_share(body: Rect) -> i16 {
    if body.width >= SIDE_BY_SIDE {
        let w = (body.width * 2 / 5).clamp(28, 52);
        ((u32::from(w) * 1000 + u32::from(body.width) / 2) / u32::from(body.width)) as i16
    } else {
        450
    }
}

/// Where the body is split between outline and detail: `split` moves it from the default by that
/// many tenths of a percent of the body, within bounds that leave each pane room for a few rows or columns.
/// Returns (whether side by side, the outline's length in columns or rows).
pub fn split_at(body: Rect, split: i16) -> (bool, u16) {
    let side = body.width >= SIDE_BY_SIDE;
    let (total, min_tree, min_detail) = if side {
        (body.width, 16, 24)
    } else {
        (body.height, 3, 3)
    };
    let default = if side {
        (body.width * 2 / 5).clamp(28, 52)
    } else {
        // As `Constraint::Percentage(45)` rounds.
        ((u32::from(total) * 45 + 50) / 100) as u16
    };
    let len = if split == 0 {
        default
    } else {
        let share = (default_share(body) + split).clamp(0, 1000) as u32;
        ((u32::from(total) * share + 500) / 1000) as u16
    };
    let len = len
        .max(min_tree)
        .min(total.saturating_sub(min_detail))
        .max(1);
    (side, len.min(total))
}

/// The browser's parts within `area`, the body split as [`split_at`] says.
pub fn areas(area: Rect, split: i16) -> Areas {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (side, len) = split_at(body, split);
    let direction = if side {
        Direction::Horizontal
    } else {
        Direction::Vertical
    };
    let [tree, detail] = Layout::default()
        .direction(direction)
        .constraints([Constraint::Length(len), Constraint::Min(1)])
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
