//! The header (document, language mode, position) and the footer (keys that matter now, or the
//! search box with its count).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Display;
use super::hints::{key_label, keys, notice_text_with, why};
use super::i18n::KeyLabel;
use crate::app::{App, Command, Focus, LineInput, Notice, Overlay, Pending, Search, TreeFilter};
use crate::model::Lang;
use crate::prefs::LangMode;
use crate::text::{display_width, visible};

pub fn header(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let t = &d.theme;
    let lang = if app.lang() == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let root = app.doc().node(app.doc().root_of(app.selected()));
    let doc_name = root.short(lang);
    let (pos, total) = app.position();
    // As `:` takes it: `DOC:ID` where another document has the same id.
    let id = app.doc().qualified_id(app.selected());
    let place = format!("{pos}/{total}");
    let app_doc = format!(" {} ∙ {} ", d.words.app, d.glyphs.text(doc_name));
    let width = area.width as usize;
    // On a narrow screen the language mode shrinks to its short form, then the app's and the
    // document's names go, then the node's id is cut (with `…`) and dropped; the position and
    // the language mode always stay.
    // A document written in one language (an imported notice) shows that language whatever the
    // mode: the header says so rather than promise an English it does not have.
    let title = &root.title;
    let only = match (
        title.own(Lang::Zh).is_empty(),
        title.own(Lang::En).is_empty(),
    ) {
        (false, true) => Some(Lang::Zh),
        (true, false) => Some(Lang::En),
        _ => None,
    };
    let short = format!(
        "[{}]",
        match (only, app.lang()) {
            (Some(Lang::Zh), _) | (None, LangMode::Zh) => "中",
            (Some(Lang::En), _) | (None, LangMode::En) => "En",
            (None, LangMode::Both) => "中+En",
        }
    );
    let full = match only {
        Some(l) => format!("[{}]", d.words.lang_only(l)),
        None => format!("[{}]", d.words.lang_mode(app.lang())),
    };
    let doc_only = format!(" {} ", d.glyphs.text(doc_name));
    let with_id = |id: &str| format!(" {id} ∙ {place} ");
    let fits = |parts: &[&str]| parts.iter().map(|p| display_width(p)).sum::<usize>() <= width;
    let whole = with_id(&id);
    let tries: [(&str, &str); 5] = [
        (&app_doc, &full),
        (&app_doc, &short),
        (&doc_only, &short),
        (" ", &short),
        ("", &short),
    ];
    let (left, mode, right) = match tries.iter().find(|(l, m)| fits(&[l, m, &whole])) {
        Some((l, m)) => (l.to_string(), m.to_string(), whole),
        None => {
            // What is left for the id beside the mode and the position.
            let room = width.saturating_sub(display_width(&short) + display_width(&with_id("")));
            let right = if room >= 4 {
                with_id(&super::ellipsis::ellipsized(&id, room))
            } else {
                format!(" {place} ")
            };
            (String::new(), short, right)
        }
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

/// Cells left on the footer after `spans`.
fn room_after(spans: &[Span], area: Rect) -> usize {
    let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
    (area.width as usize).saturating_sub(used)
}

pub fn footer(frame: &mut Frame, area: Rect, app: &App, d: &Display) {
    let t = &d.theme;
    let w = d.words;
    let line = if let Some(n) = app.notice() {
        let text = format!(
            " {}",
            d.glyphs.text(&notice_text_with(n, w, app.bindings()))
        );
        // Too long for a narrow screen: the key and the count, which the reminder says anyway.
        if matches!(n, Notice::Files { .. }) && display_width(&text) > area.width as usize {
            Line::from(files_reminder(app, d))
        } else {
            let style = match n {
                Notice::Copied { .. } | Notice::MarkSet(_) => t.bar.patch(t.accent),
                _ => t.warn,
            };
            Line::from(Span::styled(text, style))
        }
    } else if let Some(p) = app.pending() {
        let msg = match p {
            Pending::Mark => w.pending_mark,
            Pending::Jump => w.pending_jump,
            Pending::Fold => w.pending_fold,
        };
        Line::from(Span::styled(format!(" {msg}"), t.bar.patch(t.key)))
    } else {
        match app.overlay() {
            Overlay::GoTo(g) => {
                let prompt = format!(" {}{}", w.goto_prompt, w.colon);
                let none = !g.input.value().trim().is_empty() && g.candidates.is_empty();
                let after = if none {
                    format!(" {}  ", w.goto_none)
                } else {
                    String::new()
                };
                let mut spans = prompt_spans(frame, area, d, &prompt, &g.input, &after);
                if none {
                    spans.push(Span::styled(format!(" {}  ", w.goto_none), t.warn));
                }
                let room = room_after(&spans, area);
                spans.extend(keys(d, app, w.footer_goto, room));
                Line::from(spans)
            }
            Overlay::Help | Overlay::Compare | Overlay::Files | Overlay::Present(_) => {
                Line::from(keys(d, app, w.footer_page, area.width as usize))
            }
            Overlay::Results { .. } => {
                Line::from(keys(d, app, w.footer_results, area.width as usize))
            }
            Overlay::Marks { .. } => Line::from(keys(d, app, w.footer_marks, area.width as usize)),
            Overlay::None => search_line(frame, area, app, d),
        }
    };
    frame.render_widget(Paragraph::new(line).style(t.bar), area);
}

/// A prompt with the part of its line that fits, leaving room for `after` (the hit count), and the
/// terminal cursor at the line's cursor: a long line scrolls so the cursor and count stay in view.
fn prompt_spans(
    frame: &mut Frame,
    area: Rect,
    d: &Display,
    prompt: &str,
    input: &LineInput,
    after: &str,
) -> Vec<Span<'static>> {
    let width = area.width as usize;
    // On a very narrow screen the prompt's word goes before the line does.
    let prompt = if display_width(prompt) + display_width(after) + 8 > width {
        String::from(" ")
    } else {
        prompt.to_string()
    };
    let room = width
        .saturating_sub(display_width(&prompt) + display_width(after))
        .max(1);
    // Each character as drawn: controls made visible, ambiguous glyphs swapped.
    let drawn = |c: char| display_width(&d.glyphs.text(&visible(c.encode_utf8(&mut [0; 4]))));
    let (shown, col) = input.window(room, drawn);
    let shown: String = d.glyphs.text(&visible(&shown));
    let cursor_x = area.x as usize + display_width(&prompt) + col;
    if cursor_x < (area.x + area.width) as usize {
        frame.set_cursor_position(Position::new(cursor_x as u16, area.y));
    }
    let pad = room.saturating_sub(display_width(&shown));
    vec![
        Span::styled(prompt, d.theme.bar.patch(d.theme.key)),
        Span::styled(format!("{shown}{}", " ".repeat(pad.min(1))), d.theme.bar),
    ]
}

fn search_line(frame: &mut Frame, area: Rect, app: &App, d: &Display) -> Line<'static> {
    let t = &d.theme;
    let w = d.words;
    // As the outline shows it: with nothing matched the filter shows the whole tree, and says
    // nothing of matches only.
    let matched = app.search().results().is_some_and(|r| !r.hits.is_empty());
    let filter = if app.filter() == TreeFilter::Matches && matched {
        w.aside(w.filter_on)
    } else {
        String::new()
    };
    match app.search() {
        Search::Typing(ty) => {
            let count = if ty.results.query.is_empty() {
                String::new()
            } else if ty.results.hits.is_empty() {
                format!("  {}", w.no_match)
            } else {
                format!(
                    "  {}/{}{}",
                    ty.results.current + 1,
                    ty.results.hits.len(),
                    why(&ty.results, w)
                )
            };
            let prompt = format!(" {}{}", w.search_prompt, w.colon);
            let after = format!("{count}{filter}");
            let mut spans = prompt_spans(frame, area, d, &prompt, &ty.input, &after);
            let count_style = if ty.results.hits.is_empty() {
                t.warn
            } else {
                t.bar.patch(t.accent)
            };
            spans.push(Span::styled(count, count_style));
            spans.push(Span::styled(filter, t.bar));
            spans.push(Span::styled("   ", t.bar));
            let room = room_after(&spans, area);
            spans.extend(keys(d, app, w.footer_typing, room));
            Line::from(spans)
        }
        Search::Showing(r) => {
            let mut spans = vec![
                Span::styled(
                    format!(" / {} ", d.glyphs.text(&visible(r.query.raw()))),
                    t.bar.patch(t.key),
                ),
                Span::styled(
                    format!(" {}/{}{}{filter}  ", r.current + 1, r.hits.len(), why(r, w)),
                    t.bar.patch(t.accent),
                ),
            ];
            let room = room_after(&spans, area);
            spans.extend(keys(d, app, w.footer_showing, room));
            Line::from(spans)
        }
        Search::Idle => {
            let mut spans = files_reminder(app, d);
            let room = room_after(&spans, area);
            let pairs = if app.focus() == Focus::Tree {
                w.footer_tree
            } else {
                w.footer_detail
            };
            spans.extend(keys(d, app, pairs, room));
            Line::from(spans)
        }
    }
}

/// While some files named were not opened (or opened with warnings), the footer starts with the
/// key that lists them and how many, so that the notice gone, the reader still knows.
fn files_reminder(app: &App, d: &Display) -> Vec<Span<'static>> {
    let (not_opened, warned) = app.file_counts();
    let key = key_label(KeyLabel::Cmd(Command::Files), app.bindings(), d.words);
    if not_opened + warned == 0 || key.is_empty() {
        return Vec::new();
    }
    vec![
        Span::styled(format!(" {key}"), d.theme.bar.patch(d.theme.key)),
        Span::styled(
            format!(" {} ", (d.words.files_hint)(not_opened, warned)),
            d.theme.warn,
        ),
    ]
}
