//! The mouse on what issue 20 made clickable, through the real drawing: a frame is drawn with
//! ratatui's TestBackend, a click is placed on text found on that screen, and the action it
//! becomes is applied.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use drive::app;
use yijian::app::{Action, App, Overlay};
use yijian::prefs::{ThemeName, UiLang};
use yijian::ui::{self, ViewState};

/// Draws two frames (as the event loop does) and returns the view and the screen's rows.
fn draw(app: &mut App, w: u16, h: u16) -> (ViewState, Vec<String>) {
    let d = drive::display(ThemeName::Default, true, UiLang::En);
    let (buf, view) = drive::draw(app, &d, w, h);
    let rows = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect();
    (view, rows)
}

/// The cell where `text` starts on screen, at column `from_x` or right of it.
fn find(rows: &[String], text: &str, from_x: u16) -> (u16, u16) {
    for (y, row) in rows.iter().enumerate() {
        // One symbol a cell (a wide character's second cell is a blank), so characters are cells.
        for (x, (i, _)) in row.char_indices().enumerate() {
            if x >= from_x as usize && row[i..].starts_with(text) {
                return (x as u16, y as u16);
            }
        }
    }
    panic!("{text:?} not on screen:\n{}", rows.join("\n"));
}

fn click(x: u16, y: u16) -> MouseEvent {
    MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

#[test]
fn a_click_on_an_entry_in_the_detail_pane_goes_there() {
    let mut app = app();
    let group = app.doc().find("clusters").unwrap();
    let target = app.doc().find("clusters.emerging").unwrap();
    app.open_at(group);
    let (view, rows) = draw(&mut app, 120, 40);
    let (x, y) = find(&rows, "Strategic emerging", view.detail_area.x);
    let action = ui::mouse_action(click(x, y), &view, false);
    assert_eq!(action, Some(Action::FollowLink(target)));
    app.apply(action.unwrap());
    assert_eq!(app.selected(), target);
    app.apply(Action::Back);
    assert_eq!(app.selected(), group, "a followed link is a jump");
    // The pane's title row is no link.
    let title = ui::mouse_action(
        click(view.detail_area.x + 3, view.detail_area.y),
        &view,
        false,
    );
    assert_eq!(title, None);
}

#[test]
fn a_click_on_a_cluster_in_the_compare_view_closes_it_and_goes_there() {
    let mut app = app();
    app.open_at(app.doc().find("clusters.pillar").unwrap());
    app.apply(Action::ToggleCompare);
    draw(&mut app, 120, 40);
    app.apply(Action::Last);
    let (view, rows) = draw(&mut app, 120, 40);
    for (name, id) in [
        ("Green petrochemicals", "clusters.pillar.2"),
        ("Lasers and additive", "clusters.emerging.7"),
    ] {
        let (x, y) = find(&rows, name, 0);
        let action = ui::mouse_action(click(x + 2, y), &view, true);
        let want = app.doc().find(id).unwrap();
        assert_eq!(action, Some(Action::FollowLink(want)), "{name}");
    }
    let (x, y) = find(&rows, "Lasers and additive", 0);
    let action = ui::mouse_action(click(x, y), &view, true).unwrap();
    app.apply(action);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(&*app.doc().node(app.selected()).id, "clusters.emerging.7");
}

fn mouse(kind: MouseEventKind, x: u16, y: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

#[test]
fn dragging_the_border_moves_the_split_with_the_pointer() {
    for (w, h) in [(120, 40), (40, 12)] {
        let mut app = app();
        let (view, _) = draw(&mut app, w, h);
        let side = view.tree_area.y == view.detail_area.y;
        // Press on the outline's border, drag it 8 columns left (or 2 rows up), release.
        let (x, y) = if side {
            (view.tree_area.right() - 1, 10)
        } else {
            (10, view.tree_area.bottom() - 1)
        };
        let press = ui::mouse_action(
            mouse(MouseEventKind::Down(MouseButton::Left), x, y),
            &view,
            false,
        );
        assert_eq!(press, Some(Action::SplitDragStart), "{w}x{h}");
        app.apply(press.unwrap());
        let (tx, ty) = if side { (x - 8, y) } else { (x, y - 2) };
        let drag = ui::mouse_action(
            mouse(MouseEventKind::Drag(MouseButton::Left), tx, ty),
            &view,
            false,
        );
        app.apply(drag.unwrap());
        let up = ui::mouse_action(
            mouse(MouseEventKind::Up(MouseButton::Left), tx, ty),
            &view,
            false,
        );
        app.apply(up.unwrap());
        let (moved, _) = draw(&mut app, w, h);
        if side {
            assert_eq!(
                moved.tree_area.right() - 1,
                tx,
                "the border follows the pointer"
            );
        } else {
            assert_eq!(moved.tree_area.bottom() - 1, ty, "{w}x{h}");
        }
        assert!(app.drag().is_none());
    }
}
