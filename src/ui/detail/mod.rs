//! The detail pane: the selected node in full — breadcrumb, titles and text in the chosen
//! languages (side by side when wide enough), key facts, children and related nodes as links.
//!
//! Text is wrapped in `build.rs` (UAX #14 via textwrap) rather than by ratatui, whose wrapping breaks only
//! at spaces and would push a Chinese run after an English word whole onto the next line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::Display;
use super::i18n::Words;
use crate::app::{App, Focus};
use crate::model::{Lang, Meta, NodeId};

mod build;

pub use build::content_of;

/// The pane's lines, and which line shows which link.
pub struct Content {
    /// The pane's lines, styled and wrapped to its width, top to bottom.
    pub lines: Vec<Line<'static>>,
    /// (line index, link index) for each link row.
    pub link_rows: Vec<(usize, usize)>,
    /// The first line with a search highlight in the node's own titles, text and facts.
    pub first_mark: Option<usize>,
}

/// The document's colophon in the interface language, names in each language shown and in the
/// reader's own: `发文机关：广东省人民政府（印发日期：2020年5月18日）`.
pub fn meta_lines(m: &Meta, langs: &[Lang], w: &Words) -> [String; 2] {
    let mut langs = langs.to_vec();
    if !langs.contains(&w.lang) {
        langs.push(w.lang);
    }
    // A name the document gives in one language is written once.
    let names = |b: &crate::model::Bilingual| {
        b.shown(&langs)
            .into_iter()
            .map(|l| b.own(l))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    [
        (w.issuer_line)(&names(&m.issuer), &w.date(&m.issued)),
        (w.source_line)(&names(&m.source), &w.date(&m.source_date)),
    ]
}

/// Lines of the detail pane for an inner width.
pub fn content(app: &App, display: &Display, width: usize) -> Content {
    content_of(app, display, app.selected(), width, false)
}

/// Draws the pane; returns its rows, how far it can scroll, and the first line shown.
/// Draws the pane; returns (visible rows, greatest useful scroll, first line shown). Where each
/// link (child or related node) landed on screen is added to `links`, for mouse clicks.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    display: &Display,
    links: &mut Vec<(Rect, NodeId)>,
) -> (usize, usize, usize) {
    let t = &display.theme;
    let focused = app.focus() == Focus::Detail;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(display.border_set())
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(
            format!(" {} ", display.words.detail),
            if focused { t.border_focus } else { t.dim },
        ));
    let inner = block.inner(area);
    let c = content(app, display, inner.width.saturating_sub(2) as usize);
    let rows = inner.height as usize;
    let max_scroll = c.lines.len().saturating_sub(rows);
    let mut scroll = app.detail_scroll().min(max_scroll);
    // A search match below the fold comes into view until the reader scrolls on their own: the
    // answer to "what is the 2025 growth target" may be a fact at the bottom of a long node.
    if !app.detail_moved()
        && let Some(line) = c.first_mark
        && (line < scroll || line >= scroll + rows)
    {
        scroll = line.saturating_sub(rows / 3).min(max_scroll);
    }
    // Keep the chosen link on screen without changing the app's own scroll position.
    if let Some(&(line, _)) = c.link_rows.iter().find(|(_, i)| Some(*i) == app.link())
        && (line < scroll || line >= scroll + rows)
    {
        scroll = line.saturating_sub(rows / 2).min(max_scroll);
    }
    let targets = app.links();
    for &(line, index) in &c.link_rows {
        if let (Some(&id), Some(y)) = (targets.get(index), line.checked_sub(scroll))
            && y < rows
        {
            let row = Rect {
                y: inner.y + y as u16,
                height: 1,
                ..inner
            };
            links.push((row, id));
        }
    }
    let total = c.lines.len();
    let para = Paragraph::new(c.lines)
        .style(t.base)
        .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
        .scroll((scroll.min(u16::MAX as usize) as u16, 0));
    frame.render_widget(para, area);
    super::scrollbar::draw(frame, area, display, total, rows, scroll);
    (rows, max_scroll, scroll)
}
