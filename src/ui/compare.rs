//! The compare view: the cluster groups side by side — definition, traits, selection criterion,
//! output value, average annual growth in operating revenue up to 2025 and their clusters — the
//! table a trainer would draw on a whiteboard. Rows are the groups' facts lined up by key, so
//! another document's groups line up the same way.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Display;
use super::popup::scrolled;
use crate::app::{App, compared_groups};
use crate::library::Library;
use crate::model::{Lang, NodeId};
use crate::prefs::LangMode;
use crate::text::numbers::numbered;
use crate::text::{display_width, wrap_lines};

/// Draws the view over `area`; returns (visible rows, greatest useful scroll). Where each
/// cluster landed on screen is added to `links`, for mouse clicks.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    d: &Display,
    links: &mut Vec<(Rect, NodeId)>,
) -> (usize, usize) {
    // Borders and padding take two rows and four columns.
    let width = area.width.saturating_sub(4) as usize;
    let (lines, clusters) = table(app, d, width);
    let rows = area.height.saturating_sub(2) as usize;
    let scroll = app.overlay_scroll().min(lines.len().saturating_sub(rows));
    for c in clusters {
        if let Some(y) = c.line.checked_sub(scroll)
            && y < rows
        {
            let x = area.x + 2 + c.x as u16;
            let cell = Rect::new(x, area.y + 1 + y as u16, c.width as u16, 1);
            links.push((cell.intersection(area), c.node));
        }
    }
    scrolled(
        frame,
        area,
        d,
        d.words.compare_title,
        lines,
        app.overlay_scroll(),
        false,
    )
}

/// One cell: its paragraphs wrapped to the column, with a style for each.
type Cell = Vec<(String, Style)>;

/// Where a cluster's name is in the table: its line, and its column's offset and width.
struct ClusterAt {
    line: usize,
    x: usize,
    width: usize,
    node: NodeId,
}

fn table(app: &App, d: &Display, width: usize) -> (Vec<Line<'static>>, Vec<ClusterAt>) {
    let doc = app.doc();
    let t = &d.theme;
    let langs = app.lang().langs();
    let primary = if app.lang() == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let groups = compared_groups(doc, app.selected());
    let n = groups.len().max(1);
    // Box drawing is ambiguous-width; those terminals get ASCII.
    let (gap, rule) = if d.glyphs.ambiguous_wide {
        (" | ", "-")
    } else {
        (" │ ", "─")
    };
    let sep = display_width(gap);
    let col = (width.saturating_sub(sep * (n - 1)) / n).max(1);
    let mut out = Vec::new();
    let text = |s: &str| d.glyphs.text(s);

    let heads: Vec<Cell> = groups
        .iter()
        .map(|&g| {
            doc.node(g)
                .title
                .shown(langs)
                .into_iter()
                .map(|l| (text(&numbered(doc, g, l)), t.title))
                .collect()
        })
        .collect();
    row(&mut out, &heads, col, gap);
    out.push(Line::from(Span::styled(rule.repeat(width), t.border)));

    for key in fact_keys(doc, &groups) {
        let label = groups
            .iter()
            .find_map(|&g| doc.node(g).facts.iter().find(|f| f.key == key))
            .map(|f| {
                let names: Vec<&str> = f
                    .name
                    .shown(langs)
                    .into_iter()
                    .map(|l| f.name.own(l))
                    .collect();
                names.join(" / ")
            })
            .unwrap_or_default();
        // A fact's name in both languages can be wider than the view: it wraps, never cut off.
        for l in wrap_lines(&text(&label), width) {
            out.push(Line::from(Span::styled(l, t.accent)));
        }
        let cells: Vec<Cell> = groups
            .iter()
            .map(|&g| match doc.node(g).facts.iter().find(|f| f.key == key) {
                Some(f) => f
                    .value
                    .shown(langs)
                    .into_iter()
                    .map(|l| (text(f.value.get(l)), t.base))
                    .collect(),
                None => vec![("–".to_string(), t.dim)],
            })
            .collect();
        row(&mut out, &cells, col, gap);
        out.push(Line::default());
    }

    out.push(Line::from(Span::styled(d.words.compare_clusters, t.accent)));
    // Each cluster's entries in its group's cell: one, or two when its English name follows.
    let mut entries: Vec<Vec<usize>> = Vec::new();
    let members: Vec<Cell> = groups
        .iter()
        .map(|&g| {
            let mut cell = Cell::new();
            let mut counts = Vec::new();
            for &c in &doc.node(g).children {
                let before = cell.len();
                let node = doc.node(c);
                let ord = node.ordinal.as_deref().unwrap_or("∙");
                cell.push((text(&format!("{ord} {}", node.short(primary))), t.base));
                let short = node.label.as_ref().unwrap_or(&node.title);
                if app.lang() == LangMode::Both && short.has(Lang::En) && short.has(primary) {
                    let pad = " ".repeat(display_width(ord) + 1);
                    cell.push((text(&format!("{pad}{}", node.short(Lang::En))), t.dim));
                }
                counts.push(cell.len() - before);
            }
            entries.push(counts);
            cell
        })
        .collect();
    // Each cluster's lines, as `row` will wrap them, so that a click on any of them finds it.
    let start = out.len();
    let mut at = Vec::new();
    for (c, &g) in groups.iter().enumerate() {
        let mut line = start;
        let mut first = 0;
        for (&child, &count) in doc.node(g).children.iter().zip(&entries[c]) {
            let lines: usize = members[c][first..first + count]
                .iter()
                .map(|(s, _)| wrap_lines(s, col).len())
                .sum();
            for l in line..line + lines {
                at.push(ClusterAt {
                    line: l,
                    x: c * (col + sep),
                    width: col,
                    node: child,
                });
            }
            line += lines;
            first += count;
        }
    }
    row(&mut out, &members, col, gap);
    (out, at)
}

/// Fact keys of the groups, in the order they first appear.
fn fact_keys(doc: &Library, groups: &[NodeId]) -> Vec<Box<str>> {
    let mut keys: Vec<Box<str>> = Vec::new();
    for &g in groups {
        for f in &doc.node(g).facts {
            if !keys.contains(&f.key) {
                keys.push(f.key.clone());
            }
        }
    }
    keys
}

/// Lays cells side by side, each paragraph wrapped to the column width.
fn row(out: &mut Vec<Line<'static>>, cells: &[Cell], col: usize, gap: &'static str) {
    let wrapped: Vec<Vec<(String, Style)>> = cells
        .iter()
        .map(|cell| {
            cell.iter()
                .flat_map(|(s, style)| wrap_lines(s, col).into_iter().map(|l| (l, *style)))
                .collect()
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..height {
        let mut spans = Vec::new();
        for (c, lines) in wrapped.iter().enumerate() {
            if c > 0 {
                spans.push(Span::raw(gap));
            }
            let (s, style) = lines.get(i).cloned().unwrap_or_default();
            let pad = col.saturating_sub(display_width(&s));
            spans.push(Span::styled(s, style));
            if c + 1 < wrapped.len() {
                spans.push(Span::raw(" ".repeat(pad)));
            }
        }
        out.push(Line::from(spans));
    }
}
