//! The lines of the detail pane: a node's breadcrumb, titles, text and facts in the languages
//! shown (side by side when the pane is wide enough), its links and the note on what the project
//! wrote, wrapped to the pane's width with the search matches highlighted.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Content, meta_lines};
use crate::app::{App, Command, Focus};
use crate::model::{Fact, Kind, Lang, NodeId};
use crate::prefs::LangMode;
use crate::search::Query;
use crate::text::numbers::{numbered, ordinal};
use crate::text::{display_width, wrap_ranges};
use crate::ui::Display;
use crate::ui::hints::key_label;
use crate::ui::i18n::{KeyLabel, colon};
use crate::ui::styled::{Glyphs, marked};

/// From this inner width both languages stand side by side.
const SIDE_BY_SIDE: usize = 90;
const GAP: usize = 3;

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
        let line = crate::ui::ellipsis::ellipsized(&text, self.width);
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
        // The id as `:` takes it: `DOC:ID` where another document has the same id.
        self.para(
            &format!("{} ∙ {}", w.kind(n.kind), doc.qualified_id(id)),
            t.dim,
            0,
        );
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
