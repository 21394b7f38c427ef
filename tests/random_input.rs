//! Random sequences of keys, mouse events and resizes (1×1 up to 400×120) against the real app
//! state and renderer: nothing panics, the selection always exists, is among the tree's rows, is
//! the row the tree widget highlights and is drawn on screen, and every frame is exactly the
//! terminal's size with its panes inside it.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::{Position, Rect};
use yijian::app::{App, Overlay, keymap};
use yijian::library::Library;
use yijian::model::{Limits, load_embedded, load_path};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{self, Display, ViewState};

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Mouse(MouseEventKind, u16, u16),
    Resize(u16, u16),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        // The keys that do something, often.
        prop::sample::select(vec![
            'j', 'k', 'h', 'l', 'g', 'G', ' ', '/', ':', 'n', 'N', 'f', 't', 'p', 'c', 'y', 'Y',
            'm', '\'', 'a', '1', '2', '3', '4', '9', '0', '?', '半', '導', 'b', 'd', 'x',
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::F(1),
        ]),
        any::<char>().prop_map(KeyCode::Char),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        8 => (key_code(), prop::sample::select(vec![
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
        ]))
            .prop_map(|(k, m)| Input::Key(k, m)),
        2 => (
            prop::sample::select(vec![
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::ScrollDown,
                MouseEventKind::ScrollUp,
                MouseEventKind::Moved,
            ]),
            0u16..130,
            0u16..45,
        )
            .prop_map(|(k, x, y)| Input::Mouse(k, x, y)),
        1 => (1u16..=400, 1u16..=120).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

fn display() -> Display {
    drive::display(ThemeName::Contrast, false, UiLang::Zh)
}

fn check_frame(app: &mut App, term: &mut Terminal<TestBackend>, view: &mut ViewState, d: &Display) {
    let mut measured = None;
    let area = term
        .draw(|f| measured = Some(ui::draw(f, app, d, view)))
        .unwrap()
        .area;
    let size = term.backend().buffer().area;
    assert_eq!(area, Rect::new(0, 0, size.width, size.height));
    // The panes the frame drew (and that mouse events are matched against) lie inside it.
    for pane in [view.tree_area, view.detail_area] {
        assert!(
            pane.is_empty() || area.union(pane) == area,
            "{pane:?} outside {area:?}"
        );
    }
    app.apply(measured.unwrap());
    assert!(app.selected().0 < app.doc().len(), "the selection exists");
    let usable = !ui::layout::too_small(area);
    if usable && *app.overlay() == Overlay::None {
        assert!(
            app.rows().contains(&app.selected()),
            "the selection is a tree row"
        );
        let highlighted = view.tree.state.selected().last().copied();
        assert_eq!(
            highlighted,
            Some(app.selected()),
            "and the tree highlights it"
        );
        // And it is on screen: one of the rows the widget drew inside the tree pane.
        let t = view.tree_area;
        let on_screen = (t.y..t.bottom()).any(|y| {
            view.tree
                .state
                .rendered_at(Position::new(t.x + 1, y))
                .and_then(|path| path.last())
                == Some(&app.selected())
        });
        assert!(on_screen, "the selection is drawn in {t:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_input_keeps_the_app_and_the_screen_sound(
        start in (1u16..=400, 1u16..=120),
        inputs in prop::collection::vec(input(), 1..60),
        hostile in any::<bool>(),
    ) {
        run(start, inputs, hostile);
    }
}

/// Applies `inputs` to a fresh app drawn at `start`, checking every frame.
fn run(start: (u16, u16), inputs: Vec<Input>, hostile: bool) {
    // The embedded document, or a small one whose text is full of control characters.
    let doc: Library = if hostile {
        let p = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/hostile_text.yaml"
        );
        load_path(std::path::Path::new(p), &Limits::default())
            .unwrap()
            .into()
    } else {
        load_embedded().unwrap().into()
    };
    let mut app = App::new(doc, LangMode::Both);
    let d = display();
    let mut term = Terminal::new(TestBackend::new(start.0, start.1)).unwrap();
    let mut view = ViewState::default();
    check_frame(&mut app, &mut term, &mut view, &d);
    for i in inputs {
        match i {
            Input::Key(code, mods) => {
                if let Some(a) = keymap::action_for(&app, KeyEvent::new(code, mods)) {
                    app.apply(a);
                }
            }
            Input::Mouse(kind, column, row) => {
                let m = MouseEvent {
                    kind,
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                };
                if let Some(a) = ui::mouse_action(m, &view, *app.overlay() != Overlay::None) {
                    app.apply(a);
                }
            }
            Input::Resize(w, h) => term.backend_mut().resize(w, h),
        }
        // Effects (copy, save) are main's business; drop them as a terminal-less main would.
        app.take_effects();
        // Quitting ends a real session; here the sequence goes on to test what follows (the
        // app takes actions after Quit as before it).
        check_frame(&mut app, &mut term, &mut view, &d);
    }
}

#[test]
fn a_link_clicked_while_searching_then_next_hit() {
    // Found by the property test: with the search box open and empty, a click on a link in the
    // detail pane, then Tab (next hit).
    let none = KeyModifiers::NONE;
    run(
        (1, 1),
        vec![
            Input::Resize(125, 34),
            Input::Key(KeyCode::PageDown, none),
            Input::Key(KeyCode::Char('/'), none),
            Input::Mouse(MouseEventKind::Down(MouseButton::Left), 51, 15),
            Input::Key(KeyCode::Tab, none),
        ],
        false,
    );
}

#[test]
fn the_filter_after_a_search_keeps_the_selection() {
    // Found by the property test: the matches filtered after the selection moved off them.
    let none = KeyModifiers::NONE;
    let key = |c| Input::Key(KeyCode::Char(c), none);
    let enter = Input::Key(KeyCode::Enter, none);
    run(
        (1, 1),
        vec![
            key('/'),
            key('y'),
            enter.clone(),
            enter,
            key('f'),
            Input::Resize(40, 10),
        ],
        false,
    );
    run(
        (1, 1),
        vec![
            key('/'),
            key('3'),
            Input::Key(KeyCode::Enter, none),
            key('G'),
            Input::Key(KeyCode::Up, none),
            key('f'),
            Input::Resize(40, 10),
        ],
        false,
    );
}
