//! What a node's slide says, laid out for a measure and a height: the section as a caption, the
//! group for context, the title centred, and the body — text, then an agenda of the children —
//! split into continuation pages. No ids, kinds, breadcrumbs or link lists: the room needs the
//! words.

use std::ops::Range;

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::paginate::{Item, paginate};
use crate::app::App;
use crate::library::Library;
use crate::model::{Kind, Lang, Node, NodeId};
use crate::text::{display_width, truncate_to_width, wrap_balanced, wrap_lines};
use crate::ui::Display;

/// The longest line on a slide: 80 cells, 40 Chinese characters or 80 Latin letters.
pub const MEASURE: usize = 80;

/// A slide laid out: header lines (repeated on every page) and the body's pages.
pub struct Laid {
    /// The section, and the group the node belongs to, each on one line.
    pub caption: Vec<Line<'static>>,
    /// The title in each language shown, centred.
    pub title: Vec<Line<'static>>,
    pub pages: Vec<Vec<Line<'static>>>,
}

/// The section a node lies in (the root's child on its path), if it is not the node itself.
pub fn section_of(doc: &Library, id: NodeId) -> Option<NodeId> {
    doc.path(id).get(1).copied().filter(|&s| s != id)
}

/// "三、发展目标", "Part III Development goals": the ordinal as `lang` writes it, then `title`
/// (unless the title already starts with the ordinal).
fn with_ordinal(n: &Node, title: &str, lang: Lang) -> String {
    match &n.ordinal {
        Some(o) if !title.starts_with(&**o) => format!(
            "{}{title}",
            crate::text::numbers::ordinal_prefix(o, n.kind, lang)
        ),
        _ => title.to_string(),
    }
}

/// The ordinal and short title.
pub fn short_title(n: &Node, lang: Lang) -> String {
    with_ordinal(n, n.short(lang), lang)
}

fn full_title(n: &Node, lang: Lang) -> String {
    with_ordinal(n, n.title.get(lang), lang)
}

/// The languages shown, the first leading.
pub fn langs(app: &App) -> &'static [Lang] {
    app.lang().langs()
}

/// The line `range` of the paragraph `text`, with every occurrence of `phrases` in the whole
/// paragraph marked (a phrase may run across the line break).
pub fn marked(
    text: &str,
    range: Range<usize>,
    style: Style,
    mark: Style,
    phrases: &[String],
) -> Line<'static> {
    let mut hits: Vec<Range<usize>> = Vec::new();
    for p in phrases.iter().filter(|p| !p.is_empty()) {
        hits.extend(
            text.match_indices(p.as_str())
                .map(|(at, m)| at..at + m.len()),
        );
    }
    hits.sort_by_key(|h| h.start);
    let mut spans = Vec::new();
    let mut at = range.start;
    for h in hits {
        let (start, end) = (h.start.max(at), h.end.min(range.end));
        if start >= end {
            continue;
        }
        if start > at {
            spans.push(Span::styled(text[at..start].to_string(), style));
        }
        spans.push(Span::styled(text[start..end].to_string(), mark));
        at = end;
    }
    if at < range.end {
        spans.push(Span::styled(text[at..range.end].to_string(), style));
    }
    Line::from(spans)
}

/// Lays `node` out in `width` cells and `rows` rows; `phrases` are marked in the body.
pub fn lay_out(
    app: &App,
    d: &Display,
    node: NodeId,
    phrases: &[String],
    width: usize,
    rows: usize,
) -> Laid {
    let t = &d.theme;
    let doc = app.doc();
    let n = doc.node(node);
    let langs = langs(app);
    let lead = langs[0];
    let g = |s: &str| d.glyphs.text(s);
    let one_line = |s: String, style: Style| {
        let s = g(&s);
        let fitted = if display_width(&s) > width {
            format!("{}…", truncate_to_width(&s, width.saturating_sub(1)))
        } else {
            s
        };
        Line::styled(fitted, style).alignment(Alignment::Center)
    };
    let mut caption = Vec::new();
    if let Some(s) = section_of(doc, node) {
        caption.push(one_line(short_title(doc.node(s), lead), t.dim));
        // The group gives a measure, cluster or principle its context.
        if let Some(parent) = n.parent
            && parent != s
            && doc.node(parent).kind != Kind::Document
        {
            caption.push(one_line(short_title(doc.node(parent), lead), t.accent));
        }
    }
    // A title leaves a page at least one row of body (on a tiny screen it may be shortened).
    let title_room = rows.saturating_sub(caption.len() + 3).max(1);
    let mut title = Vec::new();
    let mut items = Vec::new();
    for (i, &lang) in langs.iter().enumerate() {
        let style = if i == 0 { t.title } else { t.base };
        let lines = wrap_balanced(&g(&full_title(n, lang)), width);
        // On a small screen the second language's title goes into the body, which has pages.
        if i > 0 && title.len() + lines.len() > title_room {
            items.push(Item::Para {
                text: g(&full_title(n, lang)),
                style: t.title,
            });
            items.push(Item::Gap);
            continue;
        }
        for l in lines {
            title.push(Line::styled(l, style).alignment(Alignment::Center));
        }
    }
    if title.len() > title_room {
        title.truncate(title_room);
        if let Some(last) = title.last_mut() {
            let s = last.to_string();
            *last = one_line(format!("{s}…"), t.title);
        }
    }
    if n.kind == Kind::Document
        && let Some(meta) = doc.meta_of(node)
    {
        for &lang in langs {
            items.push(Item::Para {
                text: g(&format!(
                    "{} · {}",
                    meta.issuer.get(lang),
                    crate::text::numbers::date(&meta.issued, lang)
                )),
                style: t.dim,
            });
        }
        items.push(Item::Gap);
    }
    if let Some(text) = &n.text {
        for &lang in langs {
            for para in text.get(lang).split('\n').filter(|p| !p.trim().is_empty()) {
                items.push(Item::Para {
                    text: g(para),
                    style: t.base,
                });
                items.push(Item::Gap);
            }
        }
    }
    for &c in n.children.iter() {
        items.push(Item::Block(agenda_entry(d, doc.node(c), langs, width)));
    }
    // A title-only item (a measure, a principle) is shown among its group's items, itself
    // marked: the room sees where it stands.
    if let Some(parent) = n.parent
        && n.text.is_none()
        && n.children.is_empty()
        && doc.node(parent).children.len() > 1
    {
        for &sib in doc.node(parent).children.iter() {
            let here = sib == node;
            let name = g(&short_title(doc.node(sib), lead));
            let (mark, style) = if here {
                ("▶ ", t.selected)
            } else {
                ("  ", t.dim)
            };
            let mut lines = Vec::new();
            for (i, l) in wrap_lines(&name, width.saturating_sub(2).max(4))
                .into_iter()
                .enumerate()
            {
                let lead_span = Span::styled(if i == 0 { mark } else { "  " }, t.accent);
                lines.push(Line::from(vec![lead_span, Span::styled(l, style)]));
            }
            items.push(Item::Block(lines));
        }
    }
    let body_rows = rows.saturating_sub(caption.len() + title.len() + 2).max(1);
    let mark = t.highlight;
    let line = |s: &str, r: Range<usize>, style: Style| marked(s, r, style, mark, phrases);
    let pages = paginate(items, width, body_rows, &line);
    Laid {
        caption,
        title,
        pages,
    }
}

/// A child as one agenda line: ordinal in the accent colour, the title in each language on one
/// line when both fit the measure, else one under the other.
fn agenda_entry(d: &Display, c: &Node, langs: &[Lang], width: usize) -> Vec<Line<'static>> {
    let t = &d.theme;
    let ordinal = c
        .ordinal
        .as_deref()
        .map(|o| format!("{o}  "))
        .unwrap_or_default();
    let indent = display_width(&ordinal);
    let names: Vec<String> = langs.iter().map(|&l| d.glyphs.text(c.short(l))).collect();
    let style = |i: usize| if i == 0 { t.base } else { t.dim };
    let room = width.saturating_sub(indent).max(4);
    if display_width(&names.join("  ")) <= room {
        let mut spans = vec![Span::styled(ordinal, t.accent)];
        for (i, s) in names.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled("  ", t.base));
            }
            spans.push(Span::styled(s, style(i)));
        }
        return vec![Line::from(spans)];
    }
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        for (j, l) in wrap_lines(name, room).into_iter().enumerate() {
            let lead = if i == 0 && j == 0 {
                Span::styled(ordinal.clone(), t.accent)
            } else {
                Span::styled(" ".repeat(indent), t.base)
            };
            out.push(Line::from(vec![lead, Span::styled(l, style(i))]));
        }
    }
    out
}
