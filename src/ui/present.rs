//! Presentation mode's screen: one node as a full-screen slide with wide margins, in the
//! high-contrast colours (unless colour is off), and a progress line at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Display;
use super::detail::content_of;
use crate::app::{App, Overlay};
use crate::cli::ordinal;
use crate::model::Lang;
use crate::prefs::LangMode;
use crate::text::display_width;

/// Draws the slide; returns (rows of slide text on screen, greatest useful scroll).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> (usize, usize) {
    let Overlay::Present(p) = &app.overlay else {
        return (1, 0);
    };
    let slides = Display {
        theme: d.theme.for_slides(),
        words: d.words,
        glyphs: d.glyphs,
    };
    let t = &slides.theme;
    frame.render_widget(Paragraph::new("").style(t.base), area);
    // Margins grow with the screen: a projector shows text best away from the edges.
    let mx = (area.width / 10).clamp(1, 12);
    let my = (area.height / 12).min(3);
    let body = Rect {
        x: area.x + mx,
        y: area.y + my,
        width: area.width.saturating_sub(2 * mx),
        height: area.height.saturating_sub(2 * my + 1),
    };
    let c = content_of(app, &slides, p.slide, body.width as usize, true);
    let rows = body.height as usize;
    let max_scroll = c.lines.len().saturating_sub(rows);
    let scroll = app.overlay_scroll.min(max_scroll);
    frame.render_widget(
        Paragraph::new(c.lines)
            .style(t.base)
            .scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        body,
    );
    let bar = Rect {
        x: area.x,
        y: area.bottom().saturating_sub(1),
        width: area.width,
        height: 1.min(area.height),
    };
    frame.render_widget(
        Paragraph::new(progress(
            app,
            &slides,
            scroll < max_scroll,
            area.width as usize,
        )),
        bar,
    );
    (rows, max_scroll)
}

/// "三、发展目标 ∙ 第 7/58 页", a "more below" sign when the slide scrolls, and typed digits.
fn progress(app: &App, d: &Display, more: bool, width: usize) -> Line<'static> {
    let t = &d.theme;
    let Overlay::Present(p) = &app.overlay else {
        return Line::default();
    };
    let lang = if app.lang == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let doc = &app.doc;
    let section = doc
        .path(p.slide)
        .get(1)
        .map(|&s| format!("{}{}", ordinal(doc, s, lang), doc.node(s).short(lang)))
        .unwrap_or_else(|| doc.node(doc.root_of(app.selected)).short(lang).to_string());
    let (i, n) = app.slide_position().unwrap_or((1, 1));
    let mut left = format!(
        " {} ∙ {}",
        d.glyphs.text(&section),
        (d.words.slide_of)(i, n)
    );
    if more {
        left.push_str("  ▾");
    }
    if !p.typed.is_empty() {
        left.push_str(&format!("  → {}", p.typed));
    }
    // A slide has no footer: messages (a copy, say) take the progress line's free space.
    if let Some(notice) = &app.notice {
        left.push_str(&format!(
            "  ∙ {}",
            d.glyphs.text(&super::chrome::notice_text(notice, d.words))
        ));
    }
    let keys: Vec<String> = d
        .words
        .footer_present
        .iter()
        .map(|(k, what)| {
            format!(
                "{} {what}",
                super::chrome::key_label(*k, &app.bindings, d.words)
            )
        })
        .collect();
    let right = format!("{} ", keys.join("  "));
    // Keys go to the right edge when they fit; otherwise they follow and the edge cuts them.
    let gap = width
        .saturating_sub(display_width(&left) + display_width(&right))
        .max(3);
    Line::from(vec![
        Span::styled(left, t.bar.patch(t.title)),
        Span::styled(" ".repeat(gap), t.bar),
        Span::styled(right, t.bar),
    ])
    .style(t.bar)
}
