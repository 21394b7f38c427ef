//! A warning that must be read (the state file is damaged or cannot be written): a box at the
//! foot of the screen, wrapped to fit whatever the width, that stays until Esc dismisses it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Display;
use crate::app::App;
use crate::text::{display_width, wrap_lines};

/// Draws the app's warning, if any, over the bottom of `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let Some(w) = app.warning() else {
        return;
    };
    let t = &d.theme;
    let inner = (area.width as usize).saturating_sub(4).max(1);
    let rows = (area.height as usize).saturating_sub(2);
    let wrapped =
        |w: &crate::state::Warning| wrap_lines(&d.glyphs.text(&(d.words.warning)(w)), inner);
    let mut text = wrapped(w);
    // Too tall for the screen: the paths shrink to their file names, and only then is the
    // text cut (its last line ends with "…").
    if text.len() > rows {
        text = wrapped(&w.with_short_paths());
    }
    if text.len() > rows && rows > 0 {
        text.truncate(rows);
        let last = text.pop().unwrap_or_default();
        let cut = crate::text::truncate_to_width(&last, inner.saturating_sub(1));
        text.push(format!("{cut}…"));
    }
    let lines: Vec<Line> = text
        .into_iter()
        .map(|l| Line::from(Span::styled(l, t.warn)))
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let title = format!(" {} ∙ {} ", d.words.warning_title, d.words.esc_closes);
    let title = if display_width(&title) + 2 <= area.width as usize {
        title
    } else {
        format!(" {} ", d.words.esc_closes)
    };
    let rect = Rect {
        y: area.bottom().saturating_sub(height),
        height,
        ..area
    };
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(t.warn)
        .title(Span::styled(d.glyphs.text(&title), t.warn));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
            .style(t.base),
        rect,
    );
}
