//! The agenda lines of a slide: a child of the node as an entry (ordinal, then its short title in
//! each language it is given in), and a title-only item among its siblings. Each is set for a
//! width when a page is drawn, so the presenter view can set it again for its panel.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::model::{Lang, Node};
use crate::text::{display_width, wrap_lines};
use crate::ui::Display;

/// A child as an agenda entry: its ordinal, and its short title in each language it is given in
/// among those shown.
pub struct AgendaEntry {
    ordinal: String,
    names: Vec<String>,
    styles: [Style; 3],
}

impl AgendaEntry {
    /// The entry for the child `c`, in those of `langs` it is given in.
    pub fn new(d: &Display, c: &Node, langs: &[Lang]) -> AgendaEntry {
        let t = &d.theme;
        AgendaEntry {
            ordinal: c
                .ordinal
                .as_deref()
                .map(|o| format!("{o}  "))
                .unwrap_or_default(),
            names: c
                .shorts(langs)
                .into_iter()
                .map(|s| d.glyphs.text(s))
                .collect(),
            styles: [t.accent, t.base, t.dim],
        }
    }

    /// Ordinal in the accent colour, the names on one line when they fit `width`, else one under
    /// the other.
    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let [accent, base, dim] = self.styles;
        let indent = display_width(&self.ordinal);
        let style = |i: usize| if i == 0 { base } else { dim };
        let room = width.saturating_sub(indent).max(4);
        if display_width(&self.names.join("  ")) <= room {
            let mut spans = vec![Span::styled(self.ordinal.clone(), accent)];
            for (i, s) in self.names.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled("  ", base));
                }
                spans.push(Span::styled(s.clone(), style(i)));
            }
            return vec![Line::from(spans)];
        }
        let mut out = Vec::new();
        for (i, name) in self.names.iter().enumerate() {
            for (j, l) in wrap_lines(name, room).into_iter().enumerate() {
                let lead = if i == 0 && j == 0 {
                    Span::styled(self.ordinal.clone(), accent)
                } else {
                    Span::styled(" ".repeat(indent), base)
                };
                out.push(Line::from(vec![lead, Span::styled(l, style(i))]));
            }
        }
        out
    }
}

/// A sibling's name in a title-only item's list, after `mark` (`▶ ` for the item itself),
/// wrapped to `width` cells.
pub fn sibling(
    name: &str,
    mark: &'static str,
    style: Style,
    accent: Style,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, l) in wrap_lines(name, width.saturating_sub(2).max(4))
        .into_iter()
        .enumerate()
    {
        let lead = Span::styled(if i == 0 { mark } else { "  " }, accent);
        lines.push(Line::from(vec![lead, Span::styled(l, style)]));
    }
    lines
}
