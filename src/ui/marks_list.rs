//! The list of marks, in a box over the panes: each mark's letter, its node's id and titles in
//! the languages shown, the chosen one highlighted. Where the rows were drawn is returned for
//! mouse clicks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Display;
use super::ellipsis::fit_line;
use super::layout::centered;
use super::mouse::ListArea;
use super::popup::scrolled;
use crate::app::{App, Overlay};
use crate::text::numbers::numbered;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> ListArea {
    let Overlay::Marks { chosen } = *app.overlay() else {
        return ListArea::default();
    };
    let t = &d.theme;
    let doc = app.doc();
    let popup = centered(area, 90, app.marks().len().max(1) as u16 + 2);
    // Border and padding take four columns.
    let inner = popup.width.saturating_sub(4) as usize;
    let lines: Vec<Line<'static>> = if app.marks().is_empty() {
        vec![Line::from(Span::styled(d.words.no_marks, t.dim))]
    } else {
        app.marks()
            .iter()
            .enumerate()
            .map(|(i, (&c, &id))| {
                // A title the document gives in one language is listed once.
                let titles: Vec<String> = doc
                    .node(id)
                    .title
                    .shown(app.lang().langs())
                    .into_iter()
                    .map(|l| d.glyphs.text(&numbered(doc, id, l)))
                    .collect();
                let base = if i == chosen { t.selected } else { t.base };
                let line = Line::from(vec![
                    Span::styled(format!("{c}  "), base.patch(t.key)),
                    Span::styled(format!("{}  ", doc.qualified_id(id)), base.patch(t.dim)),
                    Span::styled(titles.join("  "), base),
                ]);
                let mut line = fit_line(line, inner);
                // The chosen row is highlighted across the box.
                let fill = inner.saturating_sub(line.width());
                line.spans.push(Span::styled(" ".repeat(fill), base));
                line
            })
            .collect()
    };
    let rows = popup.height.saturating_sub(2) as usize;
    let top = chosen.saturating_sub(rows.saturating_sub(1));
    let title = format!(
        "{}{}",
        d.words.marks_title,
        d.words.aside(&app.marks().len().to_string())
    );
    scrolled(frame, popup, d, &title, lines, top, false);
    ListArea {
        inner: Rect {
            x: popup.x + 1,
            y: popup.y + 1,
            width: popup.width.saturating_sub(2),
            height: popup.height.saturating_sub(2),
        },
        top,
        count: app.marks().len(),
        per_row: 1,
    }
}
