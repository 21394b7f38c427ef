//! The results list, drawn where the outline is: each hit as two lines — the breadcrumb with
//! the field and language that matched, then a snippet with the match highlighted. The list pages
//! so the chosen hit is always on screen; where it drew is kept for mouse clicks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Display;
use super::ellipsis::ellipsized;
use super::i18n::Words;
use super::mouse::ListArea;
use crate::app::{App, HitOrder, Results};
use crate::model::Lang;
use crate::prefs::LangMode;
use crate::search::{Field, Hit, snippet};
use crate::text::display_width;

/// Lines each hit takes.
pub const LINES_PER_HIT: usize = 2;

/// The field and language of a hit, as the list names them: `标题 · 中文`, `title · English`.
pub fn matched_in(w: &Words, hit: &Hit) -> String {
    let field = match hit.field {
        Field::Title => w.field_title,
        Field::Label => w.field_label,
        Field::Alias => w.field_alias,
        Field::Fact => w.field_fact,
        Field::Text => w.field_text,
    };
    match hit.lang {
        Some(Lang::Zh) => format!("{field} · {}", w.lang_zh),
        Some(Lang::En) => format!("{field} · {}", w.lang_en),
        None => field.to_string(),
    }
}

/// `text` cut from the start to `width` cells with `…` when it does not fit: a breadcrumb keeps
/// its nearest steps.
fn ellipsized_start(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    format!("…{}", &text[start..])
}

/// A breadcrumb in `width` cells. Cut from the start, it keeps its nearest steps; with several
/// documents open (`document` is then the id of the hit's document) a breadcrumb that does not fit
/// begins with that id instead of the document's title, which documents of one sender share the
/// start of (`广东省…`), so that hits of two documents in like places can be told apart.
fn place(crumb: &str, width: usize, document: Option<&str>) -> String {
    const SEP: &str = " › ";
    match (crumb.split_once(SEP), document) {
        (Some((_, rest)), Some(id)) if display_width(crumb) > width => {
            let id = ellipsized(id, (width / 2).max(4));
            let room = width.saturating_sub(display_width(&id) + display_width(SEP));
            format!("{id}{SEP}{}", ellipsized_start(rest, room))
        }
        _ => ellipsized_start(crumb, width),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> ListArea {
    let t = &d.theme;
    let w = d.words;
    let Some(r) = app.search().results() else {
        return ListArea::default();
    };
    let shown = r.shown();
    let place = r.current_place();
    let order = match r.order {
        HitOrder::Rank => w.order_rank,
        HitOrder::Document => w.order_document,
    };
    let title = format!(
        " {} {}/{} · {order} ",
        w.results_title,
        place + 1,
        shown.len()
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(d.border_set())
        .border_style(t.border_focus)
        .title(Span::styled(
            ellipsized(&title, area.width.saturating_sub(2) as usize),
            t.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let per_page = (inner.height as usize / LINES_PER_HIT).max(1);
    let top = place / per_page * per_page;
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (i, &h) in shown.iter().enumerate().skip(top).take(per_page) {
        lines.extend(hit_lines(app, d, r, &r.hits[h], i == place, width));
    }
    frame.render_widget(Paragraph::new(lines).style(t.base), inner);
    super::scrollbar::draw(
        frame,
        area,
        d,
        shown.len() * LINES_PER_HIT,
        per_page * LINES_PER_HIT,
        top * LINES_PER_HIT,
    );
    ListArea {
        inner,
        top,
        count: shown.len(),
        per_row: LINES_PER_HIT,
    }
}

fn hit_lines(
    app: &App,
    d: &Display,
    r: &Results,
    hit: &Hit,
    chosen: bool,
    width: usize,
) -> [Line<'static>; 2] {
    let t = &d.theme;
    let lang = if app.lang() == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let base = if chosen { t.selected } else { t.base };
    let lead = if chosen { "▶ " } else { "  " };
    // Where it matched, and why when the search looked past the words as typed. The place comes
    // first: the tag shortens to the why alone, then gives way, where it would leave the place
    // fewer than 16 cells (the status line says why the chosen hit matched).
    let why = super::hints::why_matched(hit, &r.query, d.words);
    let place_room = |tag: &str| width.saturating_sub(2 + display_width(tag));
    let tag = [
        Some(match &why {
            Some(why) => format!(" [{} · {why}]", matched_in(d.words, hit)),
            None => format!(" [{}]", matched_in(d.words, hit)),
        }),
        why.as_ref().map(|why| format!(" [{why}]")),
    ]
    .into_iter()
    .flatten()
    .find(|tag| place_room(tag) >= 16);
    let keep_tag = tag.is_some();
    let tag = tag.unwrap_or_default();
    let crumb_w = place_room(&tag);
    // The breadcrumb of where the hit is: the node's ancestors, since the snippet shows the node.
    let crumb = match app.doc().node(hit.node).parent {
        Some(p) if matches!(hit.field, Field::Title | Field::Label) => {
            app.doc().breadcrumb(p, lang)
        }
        _ => app.doc().breadcrumb(hit.node, lang),
    };
    let crumb = d.glyphs.text(&crumb);
    let many = app.doc().roots().nth(1).is_some();
    let root = app.doc().node(app.doc().root_of(hit.node));
    let mut first = vec![
        Span::styled(lead, base.patch(t.accent)),
        Span::styled(place(&crumb, crumb_w, many.then_some(&*root.id)), base),
    ];
    if keep_tag {
        first.push(Span::styled(tag, t.dim));
    }
    // The snippet is built around the first match; the match is found again in it to be marked.
    let text = hit.matched_text(app.doc());
    let ranges = hit.ranges(app.doc(), &r.query);
    // A text that fits is shown whole; a longer one around its first match.
    let room = width.saturating_sub(2);
    let snip = if display_width(text) <= room && !text.contains('\n') {
        d.glyphs.text(text)
    } else {
        d.glyphs.text(&snippet(text, ranges.first(), room))
    };
    let mut second = vec![Span::raw("  ")];
    let found = ranges.first().and_then(|m| {
        let needle: String = text[m.clone()]
            .chars()
            .map(|c| if c == '\n' { ' ' } else { c })
            .collect();
        let needle = d.glyphs.text(&needle);
        snip.find(needle.as_str())
            .map(|at| at..at + needle.len())
            .or_else(|| {
                // A match cut by the snippet's end: mark what is left of it.
                let kept = snip.trim_end_matches('…');
                (1..needle.len())
                    .rev()
                    .filter(|&n| needle.is_char_boundary(n))
                    .find(|&n| kept.ends_with(&needle[..n]))
                    .map(|n| kept.len() - n..kept.len())
            })
    });
    match found {
        Some(m) => {
            second.push(Span::styled(snip[..m.start].to_string(), t.dim));
            second.push(Span::styled(snip[m.clone()].to_string(), t.highlight));
            second.push(Span::styled(snip[m.end..].to_string(), t.dim));
        }
        None => second.push(Span::styled(snip, t.dim)),
    }
    [Line::from(first), Line::from(second)]
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn a_place_keeps_its_document_when_several_are_open() {
        let crumb = "广东省战略性产业集群专项资金管理办法 › 支持范围 › 专项资金主要用于以下方面";
        // One document: cut from the start, the nearest steps kept.
        assert_eq!(place(crumb, 20, None), "…金主要用于以下方面");
        // Several: the document's id first, then the nearest steps.
        assert_eq!(
            place(crumb, 30, Some("regulation")),
            "regulation › …主要用于以下方面"
        );
        // What fits is shown whole either way.
        assert_eq!(place("计划 › 目标", 30, Some("plan")), "计划 › 目标");
    }
}
