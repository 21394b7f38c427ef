//! The overview slide: the document's structure as a diagram of boxes, one per part (the
//! sections, the glossary), holding its groups and items; the part, group and item the talk is
//! at are highlighted. Narrow screens get one line per part instead of boxes.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::page::{langs, short_title};
use crate::app::App;
use crate::library::Library;
use crate::model::{Lang, NodeId};
use crate::text::{display_width, truncate_to_width};
use crate::ui::Display;

/// A box narrower than this cannot hold a title; the overview becomes a list.
const MIN_BOX: u16 = 14;

/// Draws the overview with the part holding `at` highlighted.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display, at: NodeId) {
    let t = &d.theme;
    let doc = app.doc();
    let lead = langs(app)[0];
    let path = doc.path(at);
    let root = doc.root_of(at);
    let parts: Vec<NodeId> = doc.node(root).children.to_vec();
    if parts.is_empty() || area.height < 3 {
        return;
    }
    let title = format!(
        "{} · {}",
        d.words.slides().overview,
        doc.node(root).short(lead)
    );
    let title = fit(&d.glyphs.text(&title), area.width as usize);
    frame.render_widget(
        Paragraph::new(Line::styled(title, t.title))
            .alignment(Alignment::Center)
            .style(t.base),
        Rect { height: 1, ..area },
    );
    let area = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let n = parts.len() as u16;
    let box_w = area.width.saturating_sub(2) / n.max(1);
    let tallest = parts
        .iter()
        .map(|&p| contents(doc, p, lead, &path, d, box_w.saturating_sub(2) as usize).len() + 4)
        .max()
        .unwrap_or(0);
    if box_w < MIN_BOX || (area.height as usize) < tallest.min(12) {
        return list(frame, area, app, d, &parts, &path);
    }
    // The boxes are as tall as the fullest one, and sit in the middle of the screen.
    let h = (tallest as u16 - 2).min(area.height);
    let area = Rect {
        y: area.y + (area.height - h) / 3,
        height: h,
        ..area
    };
    for (i, &part) in parts.iter().enumerate() {
        let here = path.contains(&part);
        let rect = Rect {
            x: area.x + 1 + i as u16 * box_w,
            width: box_w.saturating_sub(1),
            ..area
        };
        let inner_w = rect.width.saturating_sub(2) as usize;
        let name = fit(&d.glyphs.text(&short_title(doc.node(part), lead)), inner_w);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_set(d.border_set())
            .border_style(if here { t.border_focus } else { t.border })
            .style(t.base)
            .title(Span::styled(name, if here { t.selected } else { t.title }));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let lines = contents(doc, part, lead, &path, d, inner_w);
        frame.render_widget(Paragraph::new(lines).style(t.base), inner);
    }
}

fn fit(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        s.to_string()
    } else if width >= 2 {
        format!("{}…", truncate_to_width(s, width - 1))
    } else {
        String::new()
    }
}

/// A part's box: each child on a line; a child's own children as a row of ordinals (the ten
/// clusters of a group) or, when they have children themselves, one line each (the measure
/// groups).
fn contents(
    doc: &Library,
    part: NodeId,
    lead: Lang,
    path: &[NodeId],
    d: &Display,
    width: usize,
) -> Vec<Line<'static>> {
    let t = &d.theme;
    let style = |id: NodeId| {
        if path.contains(&id) {
            t.selected
        } else {
            t.base
        }
    };
    let mut out = Vec::new();
    let children = &doc.node(part).children;
    // A long list of plain items (the glossary's terms) is a row of numbers.
    if children.len() > 8 && children.iter().all(|&c| doc.node(c).children.is_empty()) {
        return ordinals(doc, children, path, d, width, "");
    }
    for &c in children.iter() {
        let name = fit(&d.glyphs.text(&short_title(doc.node(c), lead)), width);
        out.push(Line::styled(name, style(c)));
        let kids = &doc.node(c).children;
        if kids.is_empty() {
            continue;
        }
        if kids.iter().any(|&k| !doc.node(k).children.is_empty()) {
            for &k in kids.iter() {
                let name = fit(
                    &d.glyphs.text(&short_title(doc.node(k), lead)),
                    width.saturating_sub(2),
                );
                out.push(Line::from(vec![
                    Span::styled("  ", t.base),
                    Span::styled(name, style(k)),
                ]));
            }
        } else {
            out.extend(ordinals(doc, kids, path, d, width, "  "));
        }
    }
    out
}

/// Children as a wrapped row of their ordinals (or a count when they have none).
fn ordinals(
    doc: &Library,
    kids: &[NodeId],
    path: &[NodeId],
    d: &Display,
    width: usize,
    indent: &str,
) -> Vec<Line<'static>> {
    let t = &d.theme;
    let mut out = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![Span::styled(indent.to_string(), t.base)];
    let mut used = display_width(indent);
    for (i, &k) in kids.iter().enumerate() {
        let label = doc
            .node(k)
            .ordinal
            .as_deref()
            .map(str::to_string)
            .unwrap_or_else(|| (i + 1).to_string());
        let w = display_width(&label) + 1;
        if used + w > width && used > display_width(indent) {
            out.push(Line::from(std::mem::take(&mut spans)));
            spans.push(Span::styled(indent.to_string(), t.base));
            used = display_width(indent);
        }
        let style: Style = if path.contains(&k) { t.selected } else { t.dim };
        spans.push(Span::styled(label, style));
        spans.push(Span::styled(" ", t.base));
        used += w;
    }
    out.push(Line::from(spans));
    out
}

/// One line per part: its name, then its children's ordinals.
fn list(frame: &mut Frame, area: Rect, app: &App, d: &Display, parts: &[NodeId], path: &[NodeId]) {
    let t = &d.theme;
    let doc = app.doc();
    let lead = langs(app)[0];
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    for &part in parts {
        let here = path.contains(&part);
        let name = fit(&d.glyphs.text(&short_title(doc.node(part), lead)), width);
        lines.push(Line::from(vec![
            Span::styled(if here { "▶ " } else { "  " }, t.accent),
            Span::styled(name, if here { t.selected } else { t.title }),
        ]));
        if here {
            for l in contents(doc, part, lead, path, d, width.saturating_sub(4)) {
                let mut spans = vec![Span::styled("    ", t.base)];
                spans.extend(l.spans);
                lines.push(Line::from(spans));
            }
        }
    }
    frame.render_widget(
        Paragraph::new(lines).style(t.base),
        Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        },
    );
}
