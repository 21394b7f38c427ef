//! A bordered box drawn over the panes, with lines that scroll: the help, the compare view and
//! the go-to completions all use it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph};

use super::Display;
use super::layout::free_left_edge;

/// Draws `lines` in a box over `area`, scrolled by `scroll` (clamped). With `position`, the title
/// ends with "last shown/total" when the lines do not all fit. Returns (visible rows, greatest
/// useful scroll).
pub fn scrolled(
    frame: &mut Frame,
    area: Rect,
    d: &Display,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
    position: bool,
) -> (usize, usize) {
    let t = &d.theme;
    let rows = area.height.saturating_sub(2) as usize;
    let max_scroll = lines.len().saturating_sub(rows);
    let scroll = scroll.min(max_scroll);
    let mut title = format!(" {title} ");
    if position && max_scroll > 0 {
        title.push_str(&format!("{}/{} ", scroll + rows, lines.len()));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(t.border_focus)
        .title(Span::styled(title, t.title));
    free_left_edge(frame.buffer_mut(), area);
    frame.render_widget(Clear, area);
    let total = lines.len();
    frame.render_widget(
        Paragraph::new(lines)
            .style(t.base)
            .scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .block(block.padding(Padding::horizontal(1))),
        area,
    );
    super::scrollbar::draw(frame, area, d, total, rows, scroll);
    (rows, max_scroll)
}
