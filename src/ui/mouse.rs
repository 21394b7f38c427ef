//! Mouse events to actions, using where the last frame drew the panes: a click selects the tree
//! row under the pointer (tui-tree-widget's own hit test), the wheel scrolls the pane under it.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::ViewState;
use crate::app::Action;

/// The action for a mouse event; `overlay` when something is drawn over the panes.
pub fn mouse_action(m: MouseEvent, view: &ViewState, overlay: bool) -> Option<Action> {
    let pos = Position::new(m.column, m.row);
    // The results list stands in for the outline: a click chooses a hit (a second click goes),
    // the wheel moves through hits; the detail pane beside it scrolls as usual.
    if let Some(list) = &view.results {
        let in_detail = view.detail_area.contains(pos);
        return match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                list.place_at(m.column, m.row).map(Action::ClickHit)
            }
            MouseEventKind::ScrollDown if in_detail => Some(Action::ScrollDetail(3)),
            MouseEventKind::ScrollUp if in_detail => Some(Action::ScrollDetail(-3)),
            MouseEventKind::ScrollDown => Some(Action::Down),
            MouseEventKind::ScrollUp => Some(Action::Up),
            _ => None,
        };
    }
    // An open overlay (help, compare, slides) takes the wheel wherever the pointer is.
    if overlay {
        return match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Down),
            MouseEventKind::ScrollUp => Some(Action::Up),
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
