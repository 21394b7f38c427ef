//! Mouse events to actions, using where the last frame drew the panes: a click selects the tree
//! row under the pointer (tui-tree-widget's own hit test), the wheel scrolls the pane under it.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use ratatui::layout::Rect;

use super::ViewState;

/// Where a list that takes clicks (the results, the marks) was drawn: its inner area, the place
/// of its first row on screen, how many rows it has and how many lines each takes.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListArea {
    pub inner: Rect,
    pub top: usize,
    pub count: usize,
    pub per_row: usize,
}

impl ListArea {
    /// The place of the row drawn at (`x`, `y`), if a row is there.
    pub fn place_at(&self, x: u16, y: u16) -> Option<usize> {
        if !self.inner.contains(Position::new(x, y)) {
            return None;
        }
        let place = self.top + (y - self.inner.y) as usize / self.per_row.max(1);
        (place < self.count).then_some(place)
    }
}
use crate::app::Action;

/// The action for a mouse event; `overlay` when something is drawn over the panes.
pub fn mouse_action(m: MouseEvent, view: &ViewState, overlay: bool) -> Option<Action> {
    let pos = Position::new(m.column, m.row);
    if let Some(a) = split_drag(m, view, overlay) {
        return Some(a);
    }
    // A link under the pointer goes where it points.
    if let MouseEventKind::Down(MouseButton::Left) = m.kind
        && let Some(&(_, id)) = view.links.iter().find(|(r, _)| r.contains(pos))
    {
        return Some(Action::FollowLink(id));
    }
    // A list (the results in place of the outline, or the marks) takes clicks: a click chooses
    // a row, a second click goes; the wheel moves through it; the detail pane scrolls as usual.
    if let Some(list) = &view.list {
        let in_detail = view.detail_area.contains(pos);
        return match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                list.place_at(m.column, m.row).map(Action::ClickRow)
            }
            MouseEventKind::ScrollDown if in_detail => Some(Action::ScrollDetail(3)),
            MouseEventKind::ScrollUp if in_detail => Some(Action::ScrollDetail(-3)),
            MouseEventKind::ScrollDown => Some(Action::Down),
            MouseEventKind::ScrollUp => Some(Action::Up),
            _ => None,
        };
    }
    // An open overlay (help, compare, slides) takes the wheel wherever the pointer is; a click
    // is "next" (a page, a slide) and a right click "back", as a presenter's clicker.
    if overlay {
        return match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Down),
            MouseEventKind::ScrollUp => Some(Action::Up),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::PageDown),
            MouseEventKind::Down(MouseButton::Right) => Some(Action::PageUp),
            _ => None,
        };
    }
    let in_tree = view.tree_area.contains(pos);
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) if in_tree => {
            let id = *view.tree.state.rendered_at(pos)?.last()?;
            (id.0 != usize::MAX).then_some(Action::Click(id))
        }
        MouseEventKind::ScrollDown if in_tree => Some(Action::ScrollTree(3)),
        MouseEventKind::ScrollUp if in_tree => Some(Action::ScrollTree(-3)),
        MouseEventKind::ScrollDown if view.detail_area.contains(pos) => {
            Some(Action::ScrollDetail(3))
        }
        MouseEventKind::ScrollUp if view.detail_area.contains(pos) => {
            Some(Action::ScrollDetail(-3))
        }
        _ => None,
    }
}

/// A press on the border between outline and detail starts a drag that moves it; the drag and
/// the release that ends it are turned into the split they make (the app ignores them when no
/// drag of the border started).
fn split_drag(m: MouseEvent, view: &ViewState, overlay: bool) -> Option<Action> {
    let (tree, detail, body) = (view.tree_area, view.detail_area, view.body);
    if body.is_empty() {
        return None;
    }
    let side = tree.y == detail.y;
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) if !overlay => {
            let on_border = if side {
                (m.column + 1 == tree.right() || m.column == detail.x)
                    && (body.y..body.bottom()).contains(&m.row)
            } else {
                (m.row + 1 == tree.bottom() || m.row == detail.y)
                    && (body.x..body.right()).contains(&m.column)
            };
            on_border.then_some(Action::SplitDragStart)
        }
        MouseEventKind::Drag(MouseButton::Left) => {
            // The pointer holds the border: the outline ends just after it.
            let (at, start, total) = if side {
                (m.column, body.x, body.width)
            } else {
                (m.row, body.y, body.height)
            };
            let len = i32::from(at.saturating_sub(start)) + 1;
            let share = (len * 1000 + i32::from(total) / 2) / i32::from(total.max(1));
            let split = share as i16 - super::layout::default_share(body);
            Some(Action::SplitDragTo(split))
        }
        MouseEventKind::Up(MouseButton::Left) => Some(Action::DragEnd),
        _ => None,
    }
}
