//! The header (document, language mode, position) and the footer (keys that matter now, or the
//! search box with its count).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Display;
use crate::app::{App, Focus, Search, TreeFilter};
use crate::cli::LangMode;
use crate::model::Lang;
use crate::text::display_width;

pub fn header(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let t = &d.theme;
    let lang = if app.lang == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let doc_name = app.doc.node(app.doc.root()).short(lang);
    let (pos, total) = app.position();
    let right = format!(" {} ∙ {pos}/{total} ", app.doc.node(app.selected).id);
    let left = format!(" {} ∙ {} ", d.words.app, d.glyphs.text(doc_name));
    let width = area.width as usize;
    // On a narrow screen the language mode shrinks to its short form before the document name
    // goes; the position is the last thing to be cut.
    let short = match app.lang {
        LangMode::Both => "中+En",
        LangMode::Zh => "中",
        LangMode::En => "En",
    };
    let full = format!("[{}]", d.words.lang_mode(app.lang));
    let fits = |parts: &[&str]| parts.iter().map(|p| display_width(p)).sum::<usize>() <= width;
    let (left, mode) = if fits(&[&left, &full, &right]) {
        (left, full)
    } else if fits(&[&left, short, &right, "[]"]) {
        (left, format!("[{short}]"))
    } else if fits(&[" ", doc_name, short, &right, "[] "]) {
        (
            format!(" {}", d.glyphs.text(doc_name)),
            format!("[{short}]"),
        )
    } else if fits(&[short, &right, "[] "]) {
        (String::from(" "), format!("[{short}]"))
    } else {
        (String::new(), String::new())
    };
    let used = display_width(&left) + display_width(&mode) + display_width(&right);
    let gap = width.saturating_sub(used);
    let spans = vec![
        Span::styled(left, t.bar.patch(t.title)),
        Span::styled(" ".repeat(gap / 2), t.bar),
        Span::styled(mode, t.bar),
        Span::styled(" ".repeat(gap - gap / 2), t.bar),
        Span::styled(right, t.bar),
    ];
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.bar), area);
}

fn keys(d: &Display, pairs: &[(&str, &str)]) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (k, what) in pairs {
        spans.push(Span::styled(format!(" {k}"), d.theme.key));
        spans.push(Span::styled(format!(" {what} "), d.theme.bar));
    }
    spans
}

pub fn footer(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let t = &d.theme;
    let w = d.words;
    let filter = if app.filter == TreeFilter::Matches {
        format!(" [{}]", w.filter_on)
    } else {
        String::new()
    };
    let line = match &app.search {
        Search::Typing(ty) => {
            let count = if ty.results.query.is_empty() {
                String::new()
            } else if ty.results.hits.is_empty() {
                format!("  {}", w.no_match)
            } else {
                format!("  {}/{}", ty.results.current + 1, ty.results.hits.len())
            };
            let prompt = format!(" {} / ", w.search_prompt);
            let input = d.glyphs.text(&crate::text::visible(&ty.input));
            let cursor_x = area.x as usize + display_width(&prompt) + display_width(&input);
            if cursor_x < (area.x + area.width) as usize {
                frame.set_cursor_position(Position::new(cursor_x as u16, area.y));
            }
            let count_style = if ty.results.hits.is_empty() {
                t.warn
            } else {
                t.bar.patch(t.accent)
            };
            let mut spans = vec![
                Span::styled(prompt, t.bar.patch(t.key)),
                Span::styled(format!("{input} "), t.bar),
                Span::styled(count, count_style),
                Span::styled(filter, t.bar),
                Span::styled("   ", t.bar),
            ];
            spans.extend(keys(d, w.footer_typing));
            Line::from(spans)
        }
        Search::Showing(r) => {
            let mut spans = vec![
                Span::styled(
                    format!(" / {} ", d.glyphs.text(r.query.raw())),
                    t.bar.patch(t.key),
                ),
                Span::styled(
                    format!(" {}/{}{filter}  ", r.current + 1, r.hits.len()),
                    t.bar.patch(t.accent),
                ),
            ];
            spans.extend(keys(d, w.footer_showing));
            Line::from(spans)
        }
        Search::Idle => Line::from(keys(
            d,
            if app.focus == Focus::Tree {
                w.footer_tree
            } else {
                w.footer_detail
            },
        )),
    };
    frame.render_widget(Paragraph::new(line).style(t.bar), area);
}
