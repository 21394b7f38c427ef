//! The help overlay: every key, in the interface language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Display;
use super::layout::centered;
use crate::text::display_width;

pub fn draw(frame: &mut Frame, area: Rect, d: &Display) {
    let t = &d.theme;
    let key_w = d
        .words
        .help
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = d
        .words
        .help
        .iter()
        .map(|(k, what)| {
            let pad = " ".repeat(key_w - display_width(k) + 2);
            Line::from(vec![
                Span::styled(format!("{k}{pad}"), t.key),
                Span::styled(*what, t.base),
            ])
        })
        .collect();
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(0) as u16 + 4;
    let popup = centered(area, width, lines.len() as u16 + 2);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(t.border_focus)
        .title(Span::styled(format!(" {} ", d.words.help_title), t.title));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .style(t.base)
            .block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        popup,
    );
}
