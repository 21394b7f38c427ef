//! Where you are in a pane that scrolls: ratatui's own `Scrollbar`, drawn over the right border
//! of a bordered box when its content is taller than the box. Used by the outline, the detail
//! pane, the help and the compare view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::Display;

/// Draws the bar on `area`'s right border (between its corners) for `total` lines of which `rows`
/// are shown from line `scroll`. Nothing is drawn when everything fits.
pub fn draw(frame: &mut Frame, area: Rect, d: &Display, total: usize, rows: usize, scroll: usize) {
    if total <= rows || area.width < 2 || area.height < 3 {
        return;
    }
    let track = Rect {
        x: area.right() - 1,
        y: area.y + 1,
        width: 1,
        height: area.height - 2,
    };
    // Box drawing is ambiguous-width: where the borders are ASCII, so is the bar.
    let (track_symbol, thumb) = if d.glyphs.ambiguous_wide {
        ("|", "#")
    } else {
        ("│", "█")
    };
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some(track_symbol))
        .thumb_symbol(thumb)
        .track_style(d.theme.border)
        .thumb_style(d.theme.border_focus);
    let max_scroll = total - rows;
    let mut state = ScrollbarState::new(max_scroll + 1)
        .position(scroll.min(max_scroll))
        .viewport_content_length(rows);
    frame.render_stateful_widget(bar, track, &mut state);
}
