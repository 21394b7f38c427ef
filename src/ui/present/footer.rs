//! The slide footer: the section, a progress bar, "第 3 / 7 页", and the keys that fit — the way
//! out (Esc) always. It shortens to fit, down to 40 columns; it is never cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::page::{langs, section_of, short_title};
use crate::app::{App, LinkNews, Overlay, Role};
use crate::text::{display_width, truncate_to_width};
use crate::ui::Display;
use crate::ui::hints::notice_text;

/// The narrowest progress bar worth drawing.
const MIN_BAR: usize = 6;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display, page: usize, pages: usize) {
    let Overlay::Present(p) = app.overlay() else {
        return;
    };
    let t = &d.theme;
    let w = d.words.slides();
    let width = area.width as usize;
    let doc = app.doc();
    let lead = langs(app)[0];
    let node = p.slide();
    let place = section_of(doc, node).unwrap_or(node);
    let mut left = d.glyphs.text(&short_title(doc.node(place), lead));
    let section = left.clone();
    if let Some(n) = app.notice() {
        left = d.glyphs.text(&notice_text(n, d.words));
    }
    if let Role::Projector(l) = app.role()
        && let Some(news) = l.news
    {
        left = match news {
            LinkNews::Joined => w.joined,
            LinkNews::Gone => w.peer_gone,
            LinkNews::OtherTalk => w.other_talk,
        }
        .to_string();
    }
    let mut progress = w.progress(p.at + 1, p.deck.len());
    if !p.typed.is_empty() {
        progress = format!("→ {}  {progress}", p.typed);
    }
    // Keys by need: the first (Esc) stays; the others go from the end when room is short.
    let mut keys: Vec<(&str, &str)> = w.keys.to_vec();
    let cost = |keys: &[(&str, &str)]| -> usize {
        keys.iter()
            .map(|(k, what)| display_width(k) + 1 + display_width(what) + 2)
            .sum()
    };
    let fixed = |keys: &[(&str, &str)]| 1 + display_width(&progress) + 2 + cost(keys);
    // The section keeps room for a few words before keys beyond the way out are shown.
    // A notice is read whole: keys other than the way out make room for it.
    let wanted = if left == section {
        display_width(&left).min(16) + 2
    } else {
        display_width(&left) + 2
    };
    while keys.len() > 1 && fixed(&keys) + MIN_BAR + wanted > width {
        keys.pop();
    }
    // Then the key's word goes, then the key itself.
    let mut key_spans = Vec::new();
    let short = fixed(&keys) + MIN_BAR + wanted.min(8) > width;
    for (k, what) in &keys {
        key_spans.push(Span::styled(k.to_string(), t.key));
        if !short {
            key_spans.push(Span::styled(format!(" {what}"), t.bar));
        }
        key_spans.push(Span::styled("  ", t.bar));
    }
    let keys_w: usize = key_spans.iter().map(|s| s.width()).sum();
    let fixed_w = 1 + display_width(&progress) + 2 + keys_w;
    let rest = width.saturating_sub(fixed_w);
    // The section takes what the bar can spare, shortened with an ellipsis.
    let mut left_room = rest.saturating_sub(MIN_BAR + 2);
    if left == section {
        left_room = left_room.min(rest / 2 + rest / 4);
    }
    let left = if display_width(&left) <= left_room {
        left
    } else if left_room >= 3 {
        format!("{}…", truncate_to_width(&left, left_room - 1))
    } else {
        String::new()
    };
    let left_w = display_width(&left);
    let bar_w = rest.saturating_sub(left_w + if left_w > 0 { 2 } else { 0 });
    let done = if p.deck.len() <= 1 {
        bar_w
    } else {
        // Pages of a long slide move the bar too, a little.
        let step = (p.at as f64 + page as f64 / pages.max(1) as f64) / (p.deck.len() - 1) as f64;
        ((bar_w as f64) * step).round() as usize
    }
    .min(bar_w);
    let mut spans = vec![Span::styled(" ", t.bar)];
    if left_w > 0 {
        spans.push(Span::styled(left, t.dim));
        spans.push(Span::styled("  ", t.bar));
    }
    spans.push(Span::styled("━".repeat(done), t.accent));
    spans.push(Span::styled("─".repeat(bar_w - done), t.dim));
    spans.push(Span::styled("  ", t.bar));
    spans.push(Span::styled(progress, t.title));
    spans.push(Span::styled("  ", t.bar));
    spans.extend(key_spans);
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.bar), area);
}
