//! The list of the files named to open that the reader should hear about (the files key, `!`):
//! those not opened, then those opened with import warnings, each file with its reasons wrapped
//! under it, in a box that scrolls like the help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Display;
use super::layout::centered;
use super::popup::scrolled;
use crate::app::{App, Fate};
use crate::text::{display_width, visible, wrap_lines};

/// Draws the list over `area` at the app's scroll; returns (visible rows, greatest useful scroll).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> (usize, usize) {
    let t = &d.theme;
    let w = d.words;
    // Border and padding take four columns; reasons are indented by two under their file.
    let inner = (area.width as usize).saturating_sub(4).max(1);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut widest = display_width(w.files_title) + 2;
    let mut push = |lines: &mut Vec<Line<'static>>, text: &str, indent: usize, style| {
        let room = inner.saturating_sub(indent).max(1);
        for part in wrap_lines(&d.glyphs.text(text), room) {
            widest = widest.max(indent + display_width(&part));
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(part, style),
            ]));
        }
    };
    let mut last: Option<Fate> = None;
    for note in app.file_notes() {
        if last != Some(note.fate) {
            if last.is_some() {
                lines.push(Line::default());
            }
            let count = app
                .file_notes()
                .iter()
                .filter(|n| n.fate == note.fate)
                .count();
            let heading = match note.fate {
                Fate::NotOpened => w.files_not_opened,
                Fate::Warned => w.files_warned,
            };
            push(&mut lines, &format!("{heading} · {count}"), 0, t.warn);
            last = Some(note.fate);
        }
        // Paths and messages come from outside: shown, never obeyed.
        push(&mut lines, &visible(&note.file), 0, t.key);
        for r in &note.reasons {
            let said = format!("{}{}", (w.place)(r.line, r.column), visible(&r.text));
            push(&mut lines, &said, 2, t.base);
        }
    }
    let title = format!("{} ∙ {}", w.files_title, w.esc_closes);
    let popup = centered(area, (widest + 4) as u16, lines.len() as u16 + 2);
    scrolled(frame, popup, d, &title, lines, app.overlay_scroll(), true)
}
