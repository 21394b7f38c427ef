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
use crate::app::{
    App, Focus, TreeFilter, next_visible, prev_visible, visible_place, with_ancestors,
};
use crate::model::{Lang, NodeId};
use crate::prefs::LangMode;

/// What a row needs to be drawn: search highlights and, in filter mode, which nodes stay.
struct Build<'a> {
    app: &'a App,
    display: &'a Display,
    keep: Option<HashSet<NodeId>>,
    matched: HashSet<NodeId>,
    /// Cells a row may take; a longer row ends in `…`.
    width: usize,
}

impl Build<'_> {
    /// Indentation and the open/closed marker, as tui-tree-widget would draw them for a nested
    /// tree; the widget gets flat rows, so it only has to lay out what is on screen.
    fn row(&self, id: NodeId, opened: &HashSet<NodeId>) -> TreeItem<'static, NodeId> {
        let node = self.app.doc().node(id);
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
        TreeItem::new_leaf(id, super::ellipsis::fit_line(line, self.width))
    }

    fn label(&self, id: NodeId) -> Line<'static> {
        let node = self.app.doc().node(id);
        let t = &self.display.theme;
        let g = self.display.glyphs;
        let mut spans: Vec<Span<'static>> = Vec::new();
        let first = if self.app.lang() == LangMode::En {
            Lang::En
        } else {
            Lang::Zh
        };
        let ordinal = crate::text::numbers::ordinal(self.app.doc(), id, first);
        if !ordinal.is_empty() {
            spans.push(Span::styled(g.text(&ordinal), t.accent));
        }
        let query = self
            .app
            .search()
            .results()
            .filter(|_| self.matched.contains(&id))
            .map(|r| &r.query);
        let wanted: &[Lang] = match self.app.lang() {
            LangMode::Both | LangMode::Zh => &[Lang::Zh, Lang::En],
            LangMode::En => &[Lang::En],
        };
        // A node in one language shows it once, not twice.
        let langs = node.label.as_ref().unwrap_or(&node.title).shown(wanted);
        for (i, &lang) in langs.iter().enumerate() {
            let s = node.short(lang);
            let style = if i == 0 { t.kind(node.kind) } else { t.dim };
            if i > 0 {
                if self.app.lang() == LangMode::Zh {
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
    let results = app.search().results().filter(|r| !r.hits.is_empty());
    let filtering = app.filter() == TreeFilter::Matches && results.is_some();
    let matched: HashSet<NodeId> = results.map(|r| r.matched_nodes()).unwrap_or_default();
    let keep = filtering.then(|| with_ancestors(app.doc(), &matched));
    // Filter mode opens the matches' ancestors; otherwise the app's set serves as it is (a copy
    // of a large library's open nodes on every frame would cost more than drawing it).
    let opened: Cow<HashSet<NodeId>> = match &keep {
        Some(k) => {
            let mut o = app.opened().clone();
            o.extend(k.iter().copied());
            Cow::Owned(o)
        }
        None => Cow::Borrowed(app.opened()),
    };
    let build = Build {
        app,
        display,
        keep,
        matched,
        width: area.width.saturating_sub(2) as usize,
    };

    // Only the rows on screen become widget items: a library of 100 000 open nodes costs no
    // more to draw than the embedded document. The window follows the selection the way the
    // widget's own scrolling does: it moves only when the selection would leave it.
    let height = (area.height.saturating_sub(2) as usize).max(1);
    // The window, and where it starts among how many rows (for the scrollbar).
    let (shown, place) = if filtering {
        let rows = app.rows();
        let shown = listed_window(&rows, app.selected(), height, view.top);
        let top = shown.first().and_then(|f| rows.iter().position(|r| r == f));
        (shown, (top.unwrap_or(0), rows.len()))
    } else {
        let shown = walked_window(app, height, view.top);
        let top = shown.first().copied().unwrap_or(app.selected());
        (shown, visible_place(app.doc(), app.opened(), top))
    };
    view.top = shown.first().copied();
    let items: Vec<TreeItem<'static, NodeId>> =
        shown.iter().map(|&id| build.row(id, &opened)).collect();
    view.state.select(vec![app.selected()]);
    view.state.scroll_selected_into_view();

    let focused = app.focus() == Focus::Tree;
    let mut title = format!(" {} ", display.words.tree);
    if filtering {
        let w = display.words;
        title = format!(" {}{} ", w.tree, w.aside(w.filter_on));
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
    super::scrollbar::draw(frame, area, display, place.1, height, place.0);
}

/// The outline's state between frames: the widget's own, and the first row on screen.
#[derive(Default)]
pub struct TreeView {
    /// The tree widget's selection, opened nodes and scroll.
    pub state: TreeState<NodeId>,
    /// The node on the outline's first row on screen, kept so that the outline does not jump.
    pub top: Option<NodeId>,
}

/// The `height` rows on screen out of all the rows: from `top` when the selection is still among
/// them, else moved just enough to show it, and never leaving blank rows at the end.
fn listed_window(
    rows: &[NodeId],
    selected: NodeId,
    height: usize,
    top: Option<NodeId>,
) -> Vec<NodeId> {
    let at = rows.iter().position(|&r| r == selected).unwrap_or(0);
    let mut offset = top
        .and_then(|t| rows.iter().position(|&r| r == t))
        .unwrap_or(0);
    if at < offset {
        offset = at;
    } else if at >= offset + height {
        offset = at + 1 - height;
    }
    offset = offset.min(rows.len().saturating_sub(height));
    rows.iter().skip(offset).take(height).copied().collect()
}

/// [`listed_window`] for the unfiltered tree, found by walking from `top` in document order
/// instead of listing every visible row: visible rows are in id order (ids are the pre-order
/// position), so where the selection lies against the window is a comparison of ids.
fn walked_window(app: &App, height: usize, top: Option<NodeId>) -> Vec<NodeId> {
    let (doc, opened) = (app.doc(), app.opened());
    let shown = |id: NodeId| doc.ancestors(id).iter().all(|a| opened.contains(a));
    let down = |from: NodeId| {
        std::iter::successors(Some(from), |&id| next_visible(doc, opened, id))
            .take(height)
            .collect::<Vec<_>>()
    };
    let selected = app.selected();
    // A first row that is no longer shown (collapsed away) counts as the top of the tree.
    let top = top.filter(|&t| shown(t)).unwrap_or(doc.first_root());
    let mut rows = if top <= selected {
        down(top)
    } else {
        down(selected)
    };
    if !rows.contains(&selected) {
        // Below the window: the selection becomes its last row.
        let first = std::iter::successors(Some(selected), |&id| prev_visible(doc, opened, id))
            .take(height)
            .last()
            .unwrap_or(selected);
        rows = down(first);
    }
    // At the end of the tree, rows from above fill the window.
    while rows.len() < height {
        match rows.first().and_then(|&f| prev_visible(doc, opened, f)) {
            Some(p) => rows.insert(0, p),
            None => break,
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::model::load_embedded;
    use crate::prefs::LangMode;
    use std::path::Path;

    #[test]
    fn the_walked_window_is_the_listed_one() {
        // The embedded document, and a library of three documents (the walk crosses roots).
        let dir = env!("CARGO_MANIFEST_DIR");
        let files = [
            "tests/import/notice.txt",
            "tests/import/english.txt",
            "policy.yaml",
        ];
        let paths: Vec<_> = files.iter().map(|f| Path::new(dir).join(f)).collect();
        let library = crate::library::open_paths(&paths, &Default::default()).library;
        let mut checked = 0;
        for doc in [load_embedded().unwrap().into(), library.unwrap()] {
            checked += walked_equals_listed(App::new(doc, LangMode::Both));
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// Compares the two windows over many selections, heights and tops; how many were compared.
    fn walked_equals_listed(mut app: App) -> usize {
        let mut checked = 0;
        // The outline as it opens, with everything open, with everything closed, and with only
        // the root open.
        for opening in [
            vec![],
            vec![Action::ExpandAll],
            vec![Action::CollapseAll],
            vec![Action::Right],
        ] {
            let root = app.doc().first_root();
            app.open_at(root);
            opening.into_iter().for_each(|a| app.apply(a));
            let rows = app.rows();
            for &selected in &rows {
                app.open_at(selected);
                assert_eq!(app.rows(), rows, "selecting a row keeps the outline");
                for height in [1, 2, 5, 12, 40, 200] {
                    let tops = rows.iter().step_by(3).copied().map(Some);
                    // A top that is not shown (a collapsed node's child) and no top at all.
                    let hidden = app.doc().ids().find(|id| !rows.contains(id));
                    for top in tops.chain([None, hidden]) {
                        let want = listed_window(&rows, selected, height, top);
                        let got = walked_window(&app, height, top);
                        assert_eq!(
                            got, want,
                            "selected {selected:?}, height {height}, top {top:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        checked
    }
}
