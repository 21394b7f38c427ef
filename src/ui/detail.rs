//! The detail pane: the selected node in full — breadcrumb, titles and text in the chosen
//! languages (side by side when wide enough), key facts, children and related nodes as links.
//!
//! Text is wrapped here (UAX #14 via textwrap) rather than by ratatui, whose wrapping breaks only
//! at spaces and would push a Chinese run after an English word whole onto the next line.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::Display;
use super::chrome::key_label;
use super::i18n::{KeyLabel, Words, colon};
use super::styled::{Glyphs, marked};
use crate::app::{App, Command, Focus};
use crate::model::{Fact, Kind, Lang, Meta, NodeId};
use crate::prefs::LangMode;
use crate::search::Query;
use crate::text::numbers::{numbered, ordinal};
use crate::text::{display_width, wrap_ranges};

/// From this inner width both languages stand side by side.
const SIDE_BY_SIDE: usize = 90;
const GAP: usize = 3;

/// The pane's lines, and which line shows which link.
pub struct Content {
    /// The pane's lines, styled and wrapped to its width, top to bottom.
    pub lines: Vec<Line<'static>>,
    /// (line index, link index) for each link row.
    pub link_rows: Vec<(usize, usize)>,
    /// The first line with a search highlight in the node's own titles, text and facts.
    pub first_mark: Option<usize>,
}

struct Builder<'a> {
    app: &'a App,
    /// The node shown: the selection, or the slide in presentation mode.
    node: NodeId,
    /// Slides show links as plain lists: there is no link cursor to draw.
    slide: bool,
    display: &'a Display,
    query: Option<&'a Query>,
    width: usize,
    /// Whether the lines being added are the node's own (not breadcrumb, ids or a parent's
    /// facts), whose highlights the pane brings into view.
    own: bool,
    out: Content,
}

impl Builder<'_> {
    fn marks(&self, s: &str) -> Vec<Range<usize>> {
        self.query
            .and_then(|q| q.find(s))
            .map(|m| m.ranges)
            .unwrap_or_default()
    }

    /// Notes the line about to be pushed as the first highlighted one if `r` holds a mark.
    fn note_mark(&mut self, marks: &[Range<usize>], r: &Range<usize>) {
        if self.own
            && self.out.first_mark.is_none()
            && marks.iter().any(|m| m.start < r.end && r.start < m.end)
        {
            self.out.first_mark = Some(self.out.lines.len());
        }
    }

    fn blank(&mut self) {
        if self.out.lines.last().is_some_and(|l| l.width() > 0) {
            self.out.lines.push(Line::default());
        }
    }

    /// Wrapped paragraph(s), with search highlights, indented by `indent` cells.
    fn para(&mut self, s: &str, style: Style, indent: usize) {
        let (s, marks) = self.display.glyphs.drawn(s, &self.marks(s));
        let s = s.as_ref();
        let t = &self.display.theme;
        for r in wrap_ranges(s, self.width.saturating_sub(indent)) {
            self.note_mark(&marks, &r);
            let mut spans = vec![Span::raw(" ".repeat(indent))];
            spans.extend(marked(s, r, &marks, style, t.highlight, Glyphs::default()));
            self.out.lines.push(Line::from(spans));
        }
    }

    /// Two texts in columns, wrapped each to its column, line by line.
    fn columns(&mut self, left: &str, right: &str, style: Style) {
        let lw = (self.width - GAP) / 2;
        let rw = self.width - GAP - lw;
        let (left, lm) = self.display.glyphs.drawn(left, &self.marks(left));
        let (right, rm) = self.display.glyphs.drawn(right, &self.marks(right));
        let (left, right) = (left.as_ref(), right.as_ref());
        let (lr, rr) = (wrap_ranges(left, lw), wrap_ranges(right, rw));
        let t = &self.display.theme;
        // Already swapped by `drawn`.
        let g = Glyphs::default();
        for i in 0..lr.len().max(rr.len()) {
            let mut spans = Vec::new();
            let mut used = 0;
            if let Some(r) = lr.get(i) {
                self.note_mark(&lm, r);
            }
            if let Some(r) = rr.get(i) {
                self.note_mark(&rm, r);
            }
            if let Some(r) = lr.get(i) {
                let s = marked(left, r.clone(), &lm, style, t.highlight, g);
                used = s.iter().map(|s| display_width(&s.content)).sum();
                spans.extend(s);
            }
            spans.push(Span::raw(" ".repeat(lw.saturating_sub(used) + GAP)));
            if let Some(r) = rr.get(i) {
                spans.extend(marked(right, r.clone(), &rm, style, t.highlight, g));
            }
            self.out.lines.push(Line::from(spans));
        }
    }

    /// A heading, wrapped like any text: on a narrow pane it takes two lines rather than lose its end.
    fn heading(&mut self, s: &str) {
        self.blank();
        let accent = self.display.theme.accent;
        // Headings are the interface's words, not text a search looks in.
        let own = std::mem::replace(&mut self.own, false);
        let query = self.query.take();
        self.para(s, accent, 0);
        (self.own, self.query) = (own, query);
    }

    fn langs(&self) -> &'static [Lang] {
        self.app.lang().langs()
    }

    fn link(&mut self, id: NodeId, index: usize) {
        let doc = self.app.doc();
        let n = doc.node(id);
        let t = &self.display.theme;
        let chosen =
            !self.slide && self.app.focus() == Focus::Detail && self.app.link() == Some(index);
        let base = if chosen { t.selected } else { t.link };
        let mut text = String::from("  ▸ ");
        let names: Vec<String> = n
            .label
            .as_ref()
            .unwrap_or(&n.title)
            .shown(self.langs())
            .into_iter()
            .map(|l| format!("{}{}", ordinal(doc, id, l), n.short(l)))
            .collect();
        text.push_str(&names.join("  "));
        let text = self.display.glyphs.text(&text);
        let line = super::ellipsis::ellipsized(&text, self.width);
        self.out.link_rows.push((self.out.lines.len(), index));
        self.out.lines.push(Line::from(Span::styled(line, base)));
    }

    fn build(mut self) -> Content {
        let app = self.app;
        let doc = app.doc();
        let id = self.node;
        let n = doc.node(id);
        let t = self.display.theme;
        let primary = if app.lang() == LangMode::En {
            Lang::En
        } else {
            Lang::Zh
        };

        let crumb: Vec<&str> = doc
            .path(id)
            .iter()
            .map(|&a| doc.node(a).short(primary))
            .collect();
        self.para(&crumb.join(" › "), t.dim, 0);
        let w = self.display.words;
        self.para(&format!("{} ∙ {}", w.kind(n.kind), n.id), t.dim, 0);
        self.blank();
        self.own = true;
        // A language the document does not give is not shown (schema 2 allows one).
        for lang in n.title.shown(self.langs()) {
            self.para(&numbered(doc, id, lang), t.title, 0);
        }
        if let (Some(m), None) = (doc.meta_of(id), n.parent) {
            self.blank();
            for line in meta_lines(m, self.langs(), w) {
                self.para(&line, t.base, 0);
            }
        }
        if let Some(text) = &n.text {
            self.blank();
            let both = text.has(Lang::Zh) && text.has(Lang::En);
            if app.lang() == LangMode::Both && both && self.width >= SIDE_BY_SIDE {
                self.columns(&text.zh, &text.en, t.base);
            } else {
                for lang in text.shown(self.langs()) {
                    self.blank();
                    self.para(text.get(lang), t.base, 0);
                }
            }
        }
        if !n.facts.is_empty() {
            self.heading(self.display.words.facts);
            for f in &n.facts {
                for lang in f.value.shown(self.langs()) {
                    self.para(&fact_line(f, lang), t.base, 2);
                }
            }
        }
        self.own = false;
        let links = app.links_of(id);
        let children = n.children.len();
        if n.kind == Kind::ClusterGroup && !self.slide {
            self.blank();
            let key = key_label(KeyLabel::Cmd(Command::Compare), app.bindings(), w);
            self.para(&(w.compare_hint)(&key), t.accent, 0);
        }
        if children > 0 {
            self.heading(self.display.words.children);
            for (i, &c) in links.iter().take(children).enumerate() {
                self.link(c, i);
            }
        }
        if links.len() > children {
            self.heading(self.display.words.related);
            for (i, &r) in links.iter().enumerate().skip(children) {
                self.link(r, i);
            }
        }
        // A node without text of its own (a cluster) is read with its parent's key facts (the
        // group's criterion and growth target).
        if let (None, Some(p)) = (&n.text, n.parent) {
            let parent = doc.node(p);
            if !parent.facts.is_empty() {
                let names = parent.shorts(self.langs());
                self.heading(&w.labelled(w.part_of, &names.join(" / ")));
                for f in &parent.facts {
                    for lang in f.value.shown(self.langs()) {
                        self.para(&fact_line(f, lang), t.base, 2);
                    }
                }
            }
        }
        // What the yijian project wrote among what the pane shows (the English, a glossary
        // explanation, the labels of the breadcrumb, fact names), said in the interface's
        // language. Only the embedded document has such text: a reader's own files are their
        // authors'.
        if doc.source_of(id).name == crate::model::EMBEDDED_NAME {
            let shown = n.title.shown(self.langs());
            let mut written = crate::provenance::authored(doc, id, &shown, true);
            let parent_facts =
                n.text.is_none() && n.parent.is_some_and(|p| !doc.node(p).facts.is_empty());
            if parent_facts && !written.contains(&crate::provenance::Authored::FactNames) {
                written.push(crate::provenance::Authored::FactNames);
            }
            if let Some(note) = crate::provenance::note(&written, self.display.words.lang) {
                self.blank();
                self.para(&note, t.dim, 0);
            }
        }
        self.out
    }
}

/// `定义：…` / `Definition: …`: a fact, punctuated as its language does.
fn fact_line(f: &Fact, lang: Lang) -> String {
    format!("{}{}{}", f.name.get(lang), colon(lang), f.value.get(lang))
}

/// The document's colophon in the interface language, names in each language shown and in the
/// reader's own: `发文机关：广东省人民政府（印发日期：2020年5月18日）`.
pub fn meta_lines(m: &Meta, langs: &[Lang], w: &Words) -> [String; 2] {
    let mut langs = langs.to_vec();
    if !langs.contains(&w.lang) {
        langs.push(w.lang);
    }
    let names = |b: &crate::model::Bilingual| {
        langs
            .iter()
            .map(|&l| b.get(l))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    [
        (w.issuer_line)(&names(&m.issuer), &w.date(&m.issued)),
        (w.source_line)(&names(&m.source), &w.date(&m.source_date)),
    ]
}

/// Lines of the detail pane for an inner width.
pub fn content(app: &App, display: &Display, width: usize) -> Content {
    content_of(app, display, app.selected(), width, false)
}

/// Lines showing `node` in full; `slide` for presentation mode.
pub fn content_of(
    app: &App,
    display: &Display,
    node: NodeId,
    width: usize,
    slide: bool,
) -> Content {
    Builder {
        app,
        node,
        slide,
        display,
        query: app.search().results().map(|r| &r.query),
        width: width.max(4),
        own: false,
        out: Content {
            lines: Vec::new(),
            link_rows: Vec::new(),
            first_mark: None,
        },
    }
    .build()
}

/// Draws the pane; returns its rows, how far it can scroll, and the first line shown.
/// Draws the pane; returns (visible rows, greatest useful scroll, first line shown). Where each
/// link (child or related node) landed on screen is added to `links`, for mouse clicks.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    display: &Display,
    links: &mut Vec<(Rect, NodeId)>,
) -> (usize, usize, usize) {
    let t = &display.theme;
    let focused = app.focus() == Focus::Detail;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(display.border_set())
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(
            format!(" {} ", display.words.detail),
            if focused { t.border_focus } else { t.dim },
        ));
    let inner = block.inner(area);
    let c = content(app, display, inner.width.saturating_sub(2) as usize);
    let rows = inner.height as usize;
    let max_scroll = c.lines.len().saturating_sub(rows);
    let mut scroll = app.detail_scroll().min(max_scroll);
    // A search match below the fold comes into view until the reader scrolls on their own: the
    // answer to "what is the 2025 growth target" may be a fact at the bottom of a long node.
    if !app.detail_moved()
        && let Some(line) = c.first_mark
        && (line < scroll || line >= scroll + rows)
    {
        scroll = line.saturating_sub(rows / 3).min(max_scroll);
    }
    // Keep the chosen link on screen without changing the app's own scroll position.
    if let Some(&(line, _)) = c.link_rows.iter().find(|(_, i)| Some(*i) == app.link())
        && (line < scroll || line >= scroll + rows)
    {
        scroll = line.saturating_sub(rows / 2).min(max_scroll);
    }
    let targets = app.links();
    for &(line, index) in &c.link_rows {
        if let (Some(&id), Some(y)) = (targets.get(index), line.checked_sub(scroll))
            && y < rows
        {
            let row = Rect {
                y: inner.y + y as u16,
                height: 1,
                ..inner
            };
            links.push((row, id));
        }
    }
    let total = c.lines.len();
    let para = Paragraph::new(c.lines)
        .style(t.base)
        .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
        .scroll((scroll.min(u16::MAX as usize) as u16, 0));
    frame.render_widget(para, area);
    super::scrollbar::draw(frame, area, display, total, rows, scroll);
    (rows, max_scroll, scroll)
}
