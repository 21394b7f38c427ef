//! The help overlay: every key, in the interface language. On a narrow screen the descriptions
//! wrap under their keys, and the overlay scrolls when it is taller than the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Display;
use super::hints::key_label;
use super::i18n::Words;
use super::layout::centered;
use super::popup::scrolled;
use crate::app::{App, Bindings};
use crate::text::{display_width, wrap_lines};

/// Below this many columns for the description, it goes on its own lines under the key.
const MIN_DESCRIPTION: usize = 18;

/// The key table: each key as currently bound, and what it does. The one source of the help
/// overlay, the manual page's KEYS section and the README's key table (a test holds them equal).
pub fn rows(words: &Words, bindings: &Bindings) -> Vec<(String, &'static str)> {
    words
        .help
        .iter()
        .map(|(k, what)| (key_label(*k, bindings, words), *what))
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// Draws the overlay at the app's scroll; returns (visible rows, greatest useful scroll).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> (usize, usize) {
    let t = &d.theme;
    // Swapped glyphs first, so that widths are those of what is drawn.
    let help: Vec<(String, String)> = rows(d.words, app.bindings())
        .into_iter()
        .map(|(k, what)| (k, d.glyphs.text(what)))
        .collect();
    let key_w = help
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0)
        + 2;
    let desc_w = help
        .iter()
        .map(|(_, w)| display_width(w))
        .max()
        .unwrap_or(0);
    // Border and padding take four columns.
    let inner = (area.width as usize).saturating_sub(4);
    let beside = inner >= key_w + MIN_DESCRIPTION;
    let text_w = if beside {
        inner - key_w
    } else {
        inner.saturating_sub(2)
    }
    .max(1);
    let mut lines: Vec<Line> = Vec::new();
    for (k, what) in &help {
        let wrapped = wrap_lines(what, text_w);
        if beside {
            for (i, part) in wrapped.into_iter().enumerate() {
                let lead = if i == 0 {
                    Span::styled(
                        format!("{k}{}", " ".repeat(key_w - display_width(k))),
                        t.key,
                    )
                } else {
                    Span::raw(" ".repeat(key_w))
                };
                lines.push(Line::from(vec![lead, Span::styled(part, t.base)]));
            }
        } else {
            lines.push(Line::from(Span::styled(k.clone(), t.key)));
            for part in wrapped {
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(part, t.base),
                ]));
            }
        }
    }
    let width = if beside {
        key_w + desc_w.min(text_w)
    } else {
        inner
    } + 4;
    let popup = centered(area, width as u16, lines.len() as u16 + 2);
    scrolled(
        frame,
        popup,
        d,
        d.words.help_title,
        lines,
        app.overlay_scroll(),
        true,
    )
}
