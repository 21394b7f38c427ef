//! The outline pane: tui-tree-widget items built from the model on each draw.
//!
//! Only opened nodes get their children built; a closed node carries one placeholder child so the
//! widget still draws it as expandable. The cost is proportional to what is visible.

use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use tui_tree_widget::{Tree, TreeItem, TreeState};

use super::Display;
use super::styled::marked;
use crate::app::{App, Focus, TreeFilter, with_ancestors};
use crate::cli::LangMode;
use crate::model::{Lang, NodeId};

const PLACEHOLDER: NodeId = NodeId(usize::MAX);

struct Build<'a> {
    app: &'a App,
    display: &'a Display,
    opened: HashSet<NodeId>,
    keep: Option<HashSet<NodeId>>,
    matched: HashSet<NodeId>,
}

impl Build<'_> {
    fn item(&self, id: NodeId) -> TreeItem<'static, NodeId> {
        let node = self.app.doc.node(id);
        let label = self.label(id);
        let kids: Vec<NodeId> = node
            .children
            .iter()
            .copied()
            .filter(|c| self.keep.as_ref().is_none_or(|k| k.contains(c)))
            .collect();
        if kids.is_empty() {
            return TreeItem::new_leaf(id, label);
        }
        let children = if self.opened.contains(&id) {
            kids.into_iter().map(|c| self.item(c)).collect()
        } else {
            vec![TreeItem::new_leaf(PLACEHOLDER, "")]
        };
        TreeItem::new(id, label, children).unwrap_or_else(|_| TreeItem::new_leaf(id, "?"))
    }

    fn label(&self, id: NodeId) -> Line<'static> {
        let node = self.app.doc.node(id);
        let t = &self.display.theme;
        let g = self.display.glyphs;
        let mut spans: Vec<Span<'static>> = Vec::new();
        if let Some(o) = &node.ordinal {
            spans.push(Span::styled(format!("{} ", g.text(o)), t.accent));
        }
        let query = self
            .app
            .search
            .results()
            .filter(|_| self.matched.contains(&id))
            .map(|r| &r.query);
        let langs: &[Lang] = match self.app.lang {
            LangMode::Both | LangMode::Zh => &[Lang::Zh, Lang::En],
            LangMode::En => &[Lang::En],
        };
        for (i, &lang) in langs.iter().enumerate() {
            let s = node.short(lang);
            let style = if i == 0 { t.kind(node.kind) } else { t.dim };
            if i > 0 {
                if self.app.lang == LangMode::Zh {
                    break;
                }
                spans.push(Span::styled("  ", style));
            }
            let marks = query
                .and_then(|q| q.find(s))
                .map(|m| m.ranges)
                .unwrap_or_default();
            spans.extend(marked(s, 0..s.len(), &marks, style, t.highlight, g));
        }
        Line::from(spans)
    }
}

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    display: &Display,
    state: &mut TreeState<NodeId>,
) {
    let t = &display.theme;
    let results = app.search.results();
    let filtering = app.filter == TreeFilter::Matches && results.is_some();
    let matched: HashSet<NodeId> = results.map(|r| r.matched_nodes()).unwrap_or_default();
    let keep = filtering.then(|| with_ancestors(&app.doc, &matched));
    let mut opened = app.opened.clone();
    if let Some(k) = &keep {
        opened.extend(k.iter().copied());
    }
    let build = Build {
        app,
        display,
        opened,
        keep,
        matched,
    };
    let root = app.doc.root();
    let items = if build.keep.as_ref().is_none_or(|k| k.contains(&root)) {
        vec![build.item(root)]
    } else {
        Vec::new()
    };

    state.close_all();
    for &id in &build.opened {
        state.open(app.doc.path(id));
    }
    if state.selected() != app.doc.path(app.selected).as_slice() {
        state.select(app.doc.path(app.selected));
    }
    state.scroll_selected_into_view();

    let focused = app.focus == Focus::Tree;
    let mut title = format!(" {} ", display.words.tree);
    if filtering {
        title = format!(" {} [{}] ", display.words.tree, display.words.filter_on);
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(display.border_set())
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(
            title,
            if focused { t.border_focus } else { t.dim },
        ));
    let selected_style = if focused {
        t.selected
    } else {
        t.selected_unfocused
    };
    let Ok(tree) = Tree::new(&items) else { return };
    let tree = tree
        .block(block)
        .style(t.base)
        .highlight_style(selected_style)
        .node_closed_symbol("▸ ")
        .node_open_symbol("▾ ")
        .node_no_children_symbol("  ")
        .highlight_symbol("");
    frame.render_stateful_widget(tree, area, state);
}
