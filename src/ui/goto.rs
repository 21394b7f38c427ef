//! The go-to box's completions: a list just above the footer, the chosen one highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Display;
use super::popup::scrolled;
use crate::app::{App, Overlay};
use crate::text::display_width;
use crate::text::numbers::numbered;

/// Rows of completions shown at once; the list scrolls to keep the chosen one in view.
const ROWS: usize = 8;

pub fn draw(frame: &mut Frame, above: Rect, app: &App, d: &Display) {
    let Overlay::GoTo(g) = app.overlay() else {
        return;
    };
    if g.candidates.is_empty() || above.height < 3 {
        return;
    }
    let t = &d.theme;
    let doc = app.doc();
    let rows = ROWS.min(g.candidates.len()).min(above.height as usize - 2);
    let first = g.chosen.saturating_sub(rows - 1);
    let width = (above.width as usize).min(90);
    let inner = width.saturating_sub(4);
    // Ids line up in a column, which gives way to the titles on a narrow screen.
    let id_w = g
        .candidates
        .iter()
        .map(|&c| doc.qualified_id(c).len())
        .max()
        .unwrap_or(0)
        .min(24)
        .min(inner / 3);
    let lines: Vec<Line> = g
        .candidates
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, &c)| {
            let titles: Vec<String> = doc
                .node(c)
                .title
                .shown(app.lang().langs())
                .into_iter()
                .map(|l| numbered(doc, c, l))
                .collect();
            // As the id names the node: `DOC:ID` where another document has the same id.
            let id = &doc.qualified_id(c);
            let pad = id_w.saturating_sub(display_width(id));
            let text = d.glyphs.text(&crate::text::visible(&format!(
                "{id}{}  {}",
                " ".repeat(pad),
                titles.join("  ")
            )));
            let shown = super::ellipsis::ellipsized(&text, inner);
            let style = if i == g.chosen { t.selected } else { t.base };
            let fill = inner.saturating_sub(display_width(&shown));
            Line::from(vec![
                Span::styled(shown, style),
                Span::styled(" ".repeat(fill), style),
            ])
        })
        .collect();
    let popup = Rect {
        x: above.x,
        y: above.bottom() - (rows as u16 + 2),
        width: width as u16,
        height: rows as u16 + 2,
    };
    let title = format!("{}/{}", g.chosen + 1, g.candidates.len());
    scrolled(frame, popup, d, &title, lines, 0, false);
}
