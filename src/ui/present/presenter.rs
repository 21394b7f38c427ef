//! The presenter view (`--presenter`), for the laptop while the projector shows the slides: the
//! page the room sees (the slide laid out at the projector's size, so with its page breaks and
//! numbers, set again to the panel), the next slide, the node's full text in each language it is
//! given in, the speaker notes, elapsed time and the clock, and how the link to the projector
//! stands.

use std::time::SystemTime;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};

use super::page::{Laid, langs, lay_out, short_title};
use super::{phrases, set, slide_display, text_area};
use crate::app::{App, LinkNews, Overlay, Role, Screen, Slide};
use crate::model::{Lang, NodeId};
use crate::text::numbers::numbered;
use crate::text::{display_width, truncate_to_width, wrap_lines};
use crate::ui::Display;

/// Draws the presenter view. Returns how many pages the current slide has on the projector
/// (the view lays it out at the projector's size, or alone at its own), so that alone the view
/// steps through them as the projector would.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> usize {
    let Overlay::Present(p) = app.overlay() else {
        return 1;
    };
    let t = &d.theme;
    let w = d.words.slides();
    frame.render_widget(Paragraph::new("").style(t.base), area);
    let [main, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let wide = area.width >= 80 && area.height >= 20;
    let (now_area, next_area, text_area, notes_area) = if wide {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(main);
        let [now, next] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(top);
        let [text, notes] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(bottom);
        (Some(now), Some(next), text, notes)
    } else {
        let [notes, text] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        (None, None, text, notes)
    };
    let slides = slide_display(d);
    let lead = langs(app)[0];
    // The slide as the room sees it: laid out at the projector's size, as it last said; alone,
    // at this terminal's.
    let screen = match app.role() {
        Role::Presenter(l) => l.size.map(|(w, h)| Rect::new(0, 0, w, h)),
        _ => None,
    }
    .unwrap_or(area);
    let room = Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    };
    let shown = if p.screen == Screen::Overview {
        Slide::Overview(p.slide())
    } else {
        p.current()
    };
    let page = app.overlay_scroll();
    let pages = match shown {
        Slide::Node(n) => layout(app, &slides, n, room).pages(),
        Slide::Overview(_) => 1,
    };
    let mut progress = w.progress(p.at + 1, p.deck.len());
    // The page as the projector reported it (the same as laid out here, unless the projector
    // cannot show slides at its size); alone, this view's own.
    let reported = match app.role() {
        Role::Presenter(l) if p.screen != Screen::Overview => l.page,
        _ => None,
    };
    let (at, of) = reported.unwrap_or((page.min(pages - 1), pages));
    if of > 1 {
        progress.push_str(&format!(" · {}/{of}", at + 1));
    }
    if let Some(now) = now_area {
        let inner = boxed(frame, d, format!("{} · {progress}", w.now), now, true);
        small(frame, inner, app, &slides, shown, page, room);
    }
    if let Some(next) = next_area {
        let title = p
            .next()
            .map(|s| {
                format!(
                    "{} · {}",
                    w.next,
                    short_title(app.doc().node(s.node()), lead)
                )
            })
            .unwrap_or_else(|| w.end.to_string());
        let inner = boxed(frame, d, d.glyphs.text(&title), next, false);
        if let Some(s) = p.next() {
            small(frame, inner, app, &slides, s, 0, room);
        }
    }
    let inner = padded(boxed(frame, d, w.text.to_string(), text_area, false));
    let lines = full_text(app, d, p.slide(), inner.width as usize);
    frame.render_widget(Paragraph::new(lines).style(t.base), inner);
    let notes = app
        .talk()
        .and_then(|talk| talk.slide_for(p.slide()))
        .map(|s| s.notes.clone())
        .filter(|n| !n.is_empty());
    let inner = padded(boxed(frame, d, w.notes.to_string(), notes_area, true));
    let (notes, style) = match notes {
        Some(n) => (d.glyphs.text(&n), t.base),
        None if app.talk().is_some() => (w.no_notes.to_string(), t.dim),
        None => (format!("{}\n{}", w.no_notes, w.notes_hint), t.dim),
    };
    let notes: Vec<Line> = wrap_lines(&notes, inner.width as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    frame.render_widget(Paragraph::new(notes).style(t.base), inner);
    footer(frame, foot, app, d, &progress);
    pages
}

/// `area` less a column on each side, as the detail pane pads its text.
fn padded(area: Rect) -> Rect {
    Block::default().padding(Padding::horizontal(1)).inner(area)
}

/// The node's titles and text in each language it is given in, wrapped to `width` cells as the
/// detail pane wraps them (line breaking by UAX #14: no line begins with `：` or `、`).
fn full_text(app: &App, d: &Display, id: NodeId, width: usize) -> Vec<Line<'static>> {
    let t = &d.theme;
    let doc = app.doc();
    let node = doc.node(id);
    let mut lines = Vec::new();
    let mut para = |s: &str, style| {
        for l in wrap_lines(&d.glyphs.text(s), width) {
            lines.push(Line::styled(l, style));
        }
    };
    let text_langs = node
        .text
        .as_ref()
        .map(|x| x.shown(&Lang::BOTH))
        .unwrap_or_default();
    let title_langs = node.title.shown(&Lang::BOTH);
    for lang in Lang::BOTH {
        let title = title_langs.contains(&lang);
        if title {
            para(&numbered(doc, id, lang), t.title);
        }
        if let Some(text) = node.text.as_ref().filter(|_| text_langs.contains(&lang)) {
            para(text.own(lang), t.base);
        }
        if title || text_langs.contains(&lang) {
            para("", t.base);
        }
    }
    lines
}

/// `node`'s slide laid out as on a screen of `room` (the projector's, less its footer).
fn layout(app: &App, d: &Display, node: NodeId, room: Rect) -> Laid {
    let (inner, width) = text_area(room);
    lay_out(
        app,
        d,
        node,
        &phrases(app, node),
        width,
        inner.height as usize,
    )
}

/// A titled box; returns its inside.
fn boxed(frame: &mut Frame, d: &Display, title: String, area: Rect, focus: bool) -> Rect {
    let t = &d.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(if focus { t.border_focus } else { t.border })
        .style(t.base)
        .title(Span::styled(format!(" {title} "), t.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Slide `s`, page `page`, in `area` in the slide colours: laid out as on a screen of `room`, so
/// with that screen's page boundaries and page numbers, and set again to the panel's width.
fn small(frame: &mut Frame, area: Rect, app: &App, d: &Display, s: Slide, page: usize, room: Rect) {
    frame.render_widget(Paragraph::new("").style(d.theme.base), area);
    match s {
        Slide::Overview(n) => super::overview::draw(frame, area, app, d, n),
        Slide::Node(n) => {
            let laid = layout(app, d, n, room);
            let m = u16::from(area.width >= 24);
            let inner = Rect {
                x: area.x + m,
                width: area.width.saturating_sub(2 * m),
                height: area.height.saturating_sub(1),
                ..area
            };
            let width = (inner.width as usize).min(laid.width);
            set(frame, inner, &laid, page, width, d);
        }
    }
}

/// "elapsed 00:12:04 · time 14:05 · 第 3 / 96 页 · the link's news".
fn footer(frame: &mut Frame, area: Rect, app: &App, d: &Display, progress: &str) {
    let t = &d.theme;
    let w = d.words.slides();
    let (Role::Presenter(link) | Role::Projector(link)) = app.role() else {
        return;
    };
    let now = SystemTime::now();
    let elapsed = now
        .duration_since(link.started)
        .unwrap_or_default()
        .as_secs();
    let mut spans = vec![
        Span::styled(format!(" {} ", w.elapsed), t.dim),
        Span::styled(
            format!(
                "{:02}:{:02}:{:02}",
                elapsed / 3600,
                elapsed / 60 % 60,
                elapsed % 60
            ),
            t.title,
        ),
        Span::styled(format!("  {} ", w.clock), t.dim),
        Span::styled(clock(now), t.title),
        Span::styled(format!("  {progress}  "), t.accent),
    ];
    if let Overlay::Present(p) = app.overlay()
        && matches!(p.screen, Screen::Black | Screen::White)
    {
        spans.push(Span::styled(format!("{}  ", w.screen_blank), t.warn));
    }
    let news = match (link.news, link.connected) {
        (Some(LinkNews::Gone), _) => Some((w.peer_gone, t.warn)),
        (Some(LinkNews::OtherTalk), _) => Some((w.other_talk, t.warn)),
        (Some(LinkNews::Joined), _) => Some((w.connected, t.accent)),
        (None, false) => Some((w.waiting, t.dim)),
        (None, true) => None,
    };
    // The news is shortened to the room left; it is never cut mid-character.
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used + 1);
    if let Some((text, style)) = news {
        let text = if display_width(text) <= room {
            text.to_string()
        } else if room >= 2 {
            format!("{}…", truncate_to_width(text, room - 1))
        } else {
            String::new()
        };
        spans.push(Span::styled(text, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.bar), area);
}

/// The local time of day, "14:05".
fn clock(now: SystemTime) -> String {
    let secs = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs() as libc::time_t;
    // SAFETY: `tm` is plain data that localtime_r fills; both pointers are valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&secs, &mut tm).is_null() };
    if ok {
        format!("{:02}:{:02}", tm.tm_hour, tm.tm_min)
    } else {
        format!("{:02}:{:02} UTC", secs / 3600 % 24, secs / 60 % 60)
    }
}
