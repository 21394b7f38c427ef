//! The outline pane: tui-tree-widget draws the rows on screen, built from the model each frame.
//!
//! The app's own list of visible rows decides what is shown; only the window of it that fits the
//! pane becomes widget items, as flat rows carrying their indentation and open/closed marker.

use std::borrow::Cow;
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

/// What a row needs to be drawn: search highlights and, in filter mode, which nodes stay.
struct Build<'a> {
    app: &'a App,
    display: &'a Display,
    keep: Option<HashSet<NodeId>>,
    matched: HashSet<NodeId>,
}

impl Build<'_> {
    /// Indentation and the open/closed marker, as tui-tree-widget would draw them for a nested
    /// tree; the widget gets flat rows, so it only has to lay out what is on screen.
    fn row(&self, id: NodeId, opened: &HashSet<NodeId>) -> TreeItem<'static, NodeId> {
        let node = self.app.doc.node(id);
        let has_children = node
            .children
            .iter()
            .any(|c| self.keep.as_ref().is_none_or(|k| k.contains(c)));
        let marker = match (has_children, opened.contains(&id)) {
            (false, _) => "  ",
            (true, true) => "▾ ",
            (true, false) => "▸ ",
        };
        let mut line = self.label(id);
        let lead = format!("{}{marker}", "  ".repeat(node.depth));
        line.spans
            .insert(0, Span::styled(lead, self.display.theme.base));
        TreeItem::new_leaf(id, line)
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

pub fn draw(frame: &mut Frame, area: Rect, app: &App, display: &Display, view: &mut TreeView) {
    let t = &display.theme;
    let results = app.search.results().filter(|r| !r.hits.is_empty());
    let filtering = app.filter == TreeFilter::Matches && results.is_some();
    let matched: HashSet<NodeId> = results.map(|r| r.matched_nodes()).unwrap_or_default();
    let keep = filtering.then(|| with_ancestors(&app.doc, &matched));
    // Filter mode opens the matches' ancestors; otherwise the app's set serves as it is (a copy
    // of a large library's open nodes on every frame would cost more than drawing it).
    let opened: Cow<HashSet<NodeId>> = match &keep {
        Some(k) => {
            let mut o = app.opened.clone();
            o.extend(k.iter().copied());
            Cow::Owned(o)
        }
        None => Cow::Borrowed(&app.opened),
    };
    let build = Build {
        app,
        display,
        keep,
        matched,
    };

    // Only the rows on screen become widget items: a library of 100 000 open nodes costs no
    // more to draw than the embedded document. The window follows the selection the way the
    // widget's own scrolling does: it moves only when the selection would leave it.
    let rows = app.rows();
    let height = area.height.saturating_sub(2) as usize;
    let at = rows.iter().position(|&r| r == app.selected).unwrap_or(0);
    if at < view.offset {
        view.offset = at;
    } else if height > 0 && at >= view.offset + height {
        view.offset = at + 1 - height;
    }
    view.offset = view.offset.min(rows.len().saturating_sub(height));
    let items: Vec<TreeItem<'static, NodeId>> = rows
        .iter()
        .skip(view.offset)
        .take(height.max(1))
        .map(|&id| build.row(id, &opened))
        .collect();
    view.state.select(vec![app.selected]);
    view.state.scroll_selected_into_view();

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
        .node_no_children_symbol("")
        .highlight_symbol("");
    frame.render_stateful_widget(tree, area, &mut view.state);
}

/// The outline's state between frames: the widget's own, and the first row on screen.
#[derive(Default)]
pub struct TreeView {
    pub state: TreeState<NodeId>,
    pub offset: usize,
}
