//! The presenter view (`--presenter`), for the laptop while the projector shows the slides: the
//! current slide small, the next one, the node's full text in both languages, the speaker notes,
//! elapsed time and the clock, and how the link to the projector stands.

use std::time::SystemTime;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::page::{langs, short_title};
use super::{phrases, slide, slide_display};
use crate::app::{App, LinkNews, Overlay, Role, Screen, Slide};
use crate::model::Lang;
use crate::text::{display_width, truncate_to_width};
use crate::ui::Display;

/// Draws the presenter view. Returns 1: the pages of a slide are the projector's (the small
/// copy has more of them), so alone the presenter view steps from slide to slide.
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
    let mut progress = w.progress(p.at + 1, p.deck.len());
    // The projector's page of a long slide, which the small copy cannot show as it is.
    if let Role::Presenter(l) = app.role()
        && let Some((page, pages)) = l.page
        && pages > 1
    {
        progress.push_str(&format!(" · {}/{pages}", page + 1));
    }
    if let Some(now) = now_area {
        let inner = boxed(frame, d, format!("{} · {progress}", w.now), now, true);
        small(frame, inner, app, &slides, p.current());
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
            small(frame, inner, app, &slides, s);
        }
    }
    let node = app.doc().node(p.slide());
    let inner = boxed(frame, d, w.text.to_string(), text_area, false);
    let mut lines = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        lines.push(Line::styled(d.glyphs.text(node.title.get(lang)), t.title));
        if let Some(text) = &node.text {
            lines.extend(Text::styled(d.glyphs.text(text.get(lang)), t.base).lines);
        }
        lines.push(Line::default());
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(t.base),
        inner,
    );
    let notes = app
        .talk()
        .and_then(|talk| talk.slide_for(p.slide()))
        .map(|s| s.notes.clone())
        .filter(|n| !n.is_empty());
    let inner = boxed(frame, d, w.notes.to_string(), notes_area, true);
    let notes_line = match notes {
        Some(n) => Text::styled(d.glyphs.text(&n), t.base),
        None if app.talk().is_some() => Text::styled(w.no_notes, t.dim),
        None => Text::styled(format!("{}\n{}", w.no_notes, w.notes_hint), t.dim),
    };
    frame.render_widget(
        Paragraph::new(notes_line)
            .wrap(Wrap { trim: false })
            .style(t.base),
        inner,
    );
    footer(frame, foot, app, d, &progress);
    1
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

/// A slide drawn small in `area`, in the slide colours.
fn small(frame: &mut Frame, area: Rect, app: &App, d: &Display, s: Slide) {
    frame.render_widget(Paragraph::new("").style(d.theme.base), area);
    match s {
        Slide::Overview(n) => super::overview::draw(frame, area, app, d, n),
        Slide::Node(n) => {
            slide(
                frame,
                area,
                app,
                d,
                n,
                &phrases(app, n),
                app.overlay_scroll(),
            );
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
