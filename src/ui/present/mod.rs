//! Presentation mode's screen: a slide (see [`page`]) or the overview (see [`overview`]) in
//! the slide colours, the footer with progress (see [`footer`]), the title search box, and the
//! blank screens.

mod agenda;
mod footer;
pub mod overview;
pub mod page;
mod paginate;
mod presenter;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Display;
use crate::app::{App, Overlay, Role, Screen, Slide};
use crate::model::NodeId;
use crate::text::truncate_to_width;

/// The display in the slide colours.
pub fn slide_display(d: &Display) -> Display {
    Display {
        theme: d.theme.for_slides(),
        words: d.words,
        glyphs: d.glyphs,
    }
}

/// Draws the slide screen; returns (1, index of the slide's last continuation page).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> (usize, usize) {
    let Overlay::Present(p) = app.overlay() else {
        return (1, 0);
    };
    if let Role::Presenter(_) = app.role() {
        let pages = presenter::draw(frame, area, app, d);
        return (1, pages.saturating_sub(1));
    }
    let slides = slide_display(d);
    let t = &slides.theme;
    match p.screen {
        Screen::Black | Screen::White => {
            let white = p.screen == Screen::White;
            frame.render_widget(Paragraph::new("").style(blank(d, white)), area);
            return (1, app.slide_page().1.saturating_sub(1));
        }
        _ => {}
    }
    frame.render_widget(Paragraph::new("").style(t.base), area);
    let body = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let pages = match (p.screen == Screen::Overview, p.current()) {
        (true, s) | (false, s @ Slide::Overview(_)) => {
            overview::draw(frame, body, app, &slides, s.node());
            1
        }
        (false, Slide::Node(n)) => {
            let phrases = phrases(app, n);
            slide(frame, body, app, &slides, n, &phrases, app.overlay_scroll())
        }
    };
    let foot = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1.min(area.height),
        ..area
    };
    let page = app.overlay_scroll().min(pages - 1);
    footer::draw(frame, foot, app, &slides, page, pages);
    if let Screen::Find(_) = p.screen {
        find_box(frame, body, app, &slides);
    }
    if p.screen == Screen::Overview {
        // The slide behind the overview keeps its pages, so that closing the overview returns
        // to the page the reader was on, as the blank screens do.
        return (1, app.slide_page().1.saturating_sub(1));
    }
    (1, pages - 1)
}

/// Black or white, and nothing else; without colour, the terminal's own background or its
/// reverse.
fn blank(d: &Display, white: bool) -> Style {
    let colours = d.theme.for_slides().base.bg.is_some();
    match (colours, white) {
        (true, false) => Style::new().bg(Color::Indexed(16)).fg(Color::Indexed(16)),
        (true, true) => Style::new().bg(Color::Indexed(231)).fg(Color::Indexed(231)),
        (false, false) => Style::new(),
        (false, true) => Style::new().add_modifier(Modifier::REVERSED),
    }
}

/// The talk file's phrases to mark on this node's slide.
pub fn phrases(app: &App, node: NodeId) -> Vec<String> {
    app.talk()
        .as_ref()
        .and_then(|t| t.slide_for(node))
        .map(|s| s.highlight.clone())
        .unwrap_or_default()
}

/// Where a slide's text stands on a screen `area`: inside margins that grow with the screen (a
/// projector shows text best away from its edges), the row below kept for the continuation
/// mark; and the measure, in cells.
pub fn text_area(area: Rect) -> (Rect, usize) {
    let mx = (area.width / 16).clamp(1, 8);
    let my = (area.height / 15).min(2);
    let inner = Rect {
        x: area.x + mx,
        y: area.y + my,
        width: area.width.saturating_sub(2 * mx),
        height: area.height.saturating_sub(2 * my + 1),
    };
    (inner, (inner.width as usize).min(page::MEASURE))
}

/// Draws `node`'s slide, page `page`, in `area`; returns how many pages it has at this size.
pub fn slide(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    d: &Display,
    node: NodeId,
    phrases: &[String],
    page: usize,
) -> usize {
    let (inner, width) = text_area(area);
    let laid = page::lay_out(app, d, node, phrases, width, inner.height as usize);
    set(frame, inner, &laid, page, width, d);
    laid.pages()
}

/// Draws page `page` of `laid` in `inner`, its lines at most `width` cells, the continuation
/// mark ("2/3") on the row below `inner`. Text that does not fit (a panel smaller than the
/// projector) is cut at the bottom, and `…` says so.
pub fn set(
    frame: &mut Frame,
    inner: Rect,
    laid: &page::Laid,
    page: usize,
    width: usize,
    d: &Display,
) {
    let t = &d.theme;
    let pages = laid.pages();
    let page = page.min(pages - 1);
    let caption = laid.caption(width);
    let title = laid.title(
        width,
        (inner.height as usize).saturating_sub(caption.len() + 3),
    );
    let all: Vec<Vec<Line<'static>>> = (0..pages).map(|p| laid.body(p, width)).collect();
    // The body is set as a block centred on the screen, as wide as its longest line on any
    // page, so that it stays put from page to page.
    let body_w = all
        .iter()
        .flatten()
        .chain(title.iter())
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(width) as u16;
    let column = Rect {
        x: inner.x + (inner.width.saturating_sub(body_w)) / 2,
        width: body_w,
        ..inner
    };
    let mut body = all.into_iter().nth(page).unwrap_or_default();
    let header = caption.len() + title.len() + 2;
    let used = header + body.len();
    // A slide that fits on one page sits in the middle of the screen, caption at the top.
    let lift = if pages == 1 {
        (inner.height as usize).saturating_sub(used) / 2
    } else {
        0
    };
    let mut lines: Vec<Line<'static>> = caption;
    lines.extend(std::iter::repeat_n(Line::default(), 1 + lift));
    lines.extend(title);
    frame.render_widget(Paragraph::new(lines).style(t.base), inner);
    let body_top = (inner.y + (header + lift) as u16).min(inner.bottom());
    let room = inner.bottom().saturating_sub(body_top) as usize;
    let cut = body.len() > room;
    body.truncate(room);
    frame.render_widget(
        Paragraph::new(body).style(t.base),
        Rect {
            y: body_top,
            height: room as u16,
            ..column
        },
    );
    let foot = Rect {
        x: inner.x,
        y: inner.bottom(),
        width: inner.width,
        height: 1,
    };
    if cut {
        frame.render_widget(
            Paragraph::new(Span::styled("…", t.dim)),
            Rect {
                x: column.x,
                width: 1.min(foot.width),
                ..foot
            },
        );
    }
    if pages > 1 {
        let mark = format!("{}/{pages}", page + 1);
        frame.render_widget(
            Paragraph::new(Span::styled(mark, t.accent)).alignment(Alignment::Right),
            foot,
        );
    }
}

/// The title search: a box over the slide with the input and the matching slides.
fn find_box(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let Overlay::Present(p) = app.overlay() else {
        return;
    };
    let Screen::Find(f) = &p.screen else {
        return;
    };
    let t = &d.theme;
    let w = d.words.slides();
    let width = area.width.saturating_sub(4).min(70);
    let height = (f.candidates.len() as u16 + 3).clamp(4, area.height.saturating_sub(2).max(3));
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + area.height.saturating_sub(height) / 3,
        width,
        height,
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(t.border_focus)
        .style(t.base)
        .title(Span::styled(format!(" {} ", w.find_prompt), t.title));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let room = inner.width as usize;
    let mut lines = vec![Line::from(vec![
        Span::styled("› ", t.accent),
        Span::styled(d.glyphs.text(f.input.value()), t.base),
        Span::styled("▏", t.accent),
    ])];
    if f.candidates.is_empty() && !f.input.value().is_empty() {
        lines.push(Line::styled(w.find_none, t.dim));
    }
    let lead = page::langs(app)[0];
    for (i, &at) in f.candidates.iter().enumerate() {
        let node = app.doc().node(p.deck[at].node());
        let text = format!("{:>3}  {}", at + 1, page::short_title(node, lead));
        let text = truncate_to_width(&d.glyphs.text(&text), room).to_string();
        let style = if i == f.chosen { t.selected } else { t.base };
        lines.push(Line::styled(text, style));
    }
    let scroll = f
        .chosen
        .saturating_sub(inner.height.saturating_sub(2) as usize);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll as u16, 0))
            .style(t.base),
        inner,
    );
}
