//! What a node's slide says, laid out for a measure and a height: the section as a caption, the
//! group for context, the title centred, and the body — text, then an agenda of the children —
//! split into continuation pages. No ids, kinds, breadcrumbs or link lists: the room needs the
//! words.

use std::ops::Range;

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::agenda::{AgendaEntry, sibling};
use super::paginate::{Item, Paged, paginate};
use crate::app::App;
use crate::library::Library;
use crate::model::{Bilingual, Kind, Lang, Node, NodeId};
use crate::text::{display_width, truncate_to_width, wrap_balanced};
use crate::ui::Display;

/// The longest line on a slide: 80 cells, 40 Chinese characters or 80 Latin letters.
pub const MEASURE: usize = 80;

/// A slide laid out for the projector's measure and height: its header (repeated on every page)
/// and its body's pages, each of which can be set again at another width (see [`Laid::body`]).
pub struct Laid {
    /// The section, and the group the node belongs to: one line each, and its style.
    caption: Vec<(String, Style)>,
    /// The title in each language it is given in among those shown, and its style.
    title: Vec<(String, Style)>,
    body: Paged,
    phrases: Vec<String>,
    mark: Style,
    /// The measure the slide was laid out for, in cells.
    pub width: usize,
}

impl Laid {
    /// How many pages the body takes (at least 1).
    pub fn pages(&self) -> usize {
        self.body.len()
    }

    /// The caption lines, centred and cut to `width` cells.
    pub fn caption(&self, width: usize) -> Vec<Line<'static>> {
        self.caption
            .iter()
            .map(|(s, style)| one_line(s, *style, width))
            .collect()
    }

    /// The title lines, centred, wrapped to `width` cells in at most `rows` rows (the last cut
    /// with `…` when they do not fit).
    pub fn title(&self, width: usize, rows: usize) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for (s, style) in &self.title {
            for l in wrap_balanced(s, width) {
                out.push(Line::styled(l, *style).alignment(Alignment::Center));
            }
        }
        let rows = rows.max(1);
        if out.len() > rows {
            out.truncate(rows);
            if let Some(last) = out.last_mut() {
                let style = last.style;
                *last = one_line(&format!("{last}…"), style, width);
            }
        }
        out
    }

    /// Page `page` of the body (clamped to the last), in lines of at most `width` cells: at the
    /// measure, as the projector draws it; narrower, the same text wrapped again.
    pub fn body(&self, page: usize, width: usize) -> Vec<Line<'static>> {
        let page = page.min(self.pages() - 1);
        let line =
            |s: &str, r: Range<usize>, style: Style| marked(s, r, style, self.mark, &self.phrases);
        self.body.lines(page, width, &line)
    }
}

/// `s` on one centred line of at most `width` cells, cut with `…`.
fn one_line(s: &str, style: Style, width: usize) -> Line<'static> {
    let fitted = if display_width(s) > width {
        format!("{}…", truncate_to_width(s, width.saturating_sub(1)))
    } else {
        s.to_string()
    };
    Line::styled(fitted, style).alignment(Alignment::Center)
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

/// The ordinal and short title in `lang`, or in the language the node gives when it does not
/// give `lang` (a document in one language): the ordinal is then written as that language does.
pub fn short_title(n: &Node, lang: Lang) -> String {
    let short = n.label.as_ref().unwrap_or(&n.title);
    let lang = given(short, lang);
    with_ordinal(n, short.own(lang), lang)
}

/// The full title in `lang`, which the node gives.
fn full_title(n: &Node, lang: Lang) -> String {
    with_ordinal(n, n.title.own(lang), lang)
}

/// `lang` if `b` is given in it, else the language it is given in.
fn given(b: &Bilingual, lang: Lang) -> Lang {
    b.shown(&[lang]).first().copied().unwrap_or(lang)
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

/// Lays `node` out in `width` cells and `rows` rows; `phrases` are marked in the body. Each
/// title, paragraph and agenda line is shown in those of the languages shown that it is given
/// in (see [`Bilingual::shown`]): a document in one language shows each once.
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
    let mut caption = Vec::new();
    if let Some(s) = section_of(doc, node) {
        caption.push((g(&short_title(doc.node(s), lead)), t.dim));
        // The group gives a measure, cluster or principle its context.
        if let Some(parent) = n.parent
            && parent != s
            && doc.node(parent).kind != Kind::Document
        {
            caption.push((g(&short_title(doc.node(parent), lead)), t.accent));
        }
    }
    // A title leaves a page at least one row of body (on a tiny screen it may be shortened).
    let title_room = rows.saturating_sub(caption.len() + 3).max(1);
    let mut title = Vec::new();
    let mut title_rows = 0;
    let mut items = Vec::new();
    for (i, lang) in n.title.shown(langs).into_iter().enumerate() {
        let style = if i == 0 { t.title } else { t.base };
        let text = g(&full_title(n, lang));
        let lines = wrap_balanced(&text, width).len();
        // On a small screen the second language's title goes into the body, which has pages.
        if i > 0 && title_rows + lines > title_room {
            items.push(Item::Para {
                text,
                style: t.title,
            });
            items.push(Item::Gap);
            continue;
        }
        title_rows += lines;
        title.push((text, style));
    }
    let title_rows = title_rows.min(title_room);
    if n.kind == Kind::Document
        && let Some(meta) = doc.meta_of(node)
    {
        for lang in meta.issuer.shown(langs) {
            items.push(Item::Para {
                text: g(&format!(
                    "{} · {}",
                    meta.issuer.own(lang),
                    crate::text::numbers::date(&meta.issued, lang)
                )),
                style: t.dim,
            });
        }
        items.push(Item::Gap);
    }
    if let Some(text) = &n.text {
        for lang in text.shown(langs) {
            for para in text.own(lang).split('\n').filter(|p| !p.trim().is_empty()) {
                items.push(Item::Para {
                    text: g(para),
                    style: t.base,
                });
                items.push(Item::Gap);
            }
        }
    }
    for &c in n.children.iter() {
        let entry = AgendaEntry::new(d, doc.node(c), langs);
        items.push(Item::Block(Box::new(move |w| entry.lines(w))));
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
            let accent = t.accent;
            items.push(Item::Block(Box::new(move |w| {
                sibling(&name, mark, style, accent, w)
            })));
        }
    }
    let body_rows = rows.saturating_sub(caption.len() + title_rows + 2).max(1);
    Laid {
        caption,
        title,
        body: paginate(items, width, body_rows),
        phrases: phrases.to_vec(),
        mark: t.highlight,
        width,
    }
}
