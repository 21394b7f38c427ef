//! Drives `App` as the event loop does, without a terminal: the embedded document opened in both
//! languages, keys turned into actions by the real key map, and frames drawn to ratatui's
//! TestBackend twice (the first frame's measurements feed the second, as they do in the loop).
//! One set of helpers for every test file that presses keys or draws; tests/common/run.rs runs
//! the binary instead.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use yijian::app::{Action, App, keymap};
use yijian::model::load_embedded;
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{self, Display, Glyphs, Theme, ViewState};

/// The embedded document, opened in both languages at its root.
pub fn app() -> App {
    App::new(
        load_embedded().expect("the embedded document loads"),
        LangMode::Both,
    )
}

/// The embedded document in `lang`, opened at the node `id` (which must exist).
pub fn app_at(id: &str, lang: LangMode) -> App {
    let mut app = App::new(load_embedded().expect("the embedded document loads"), lang);
    let node = app.doc().find(id).expect("the id is in the document");
    app.open_at(node);
    app
}

/// The id of the selected node.
pub fn id(app: &App) -> &str {
    &app.doc().node(app.selected()).id
}

/// Applies `actions` in order.
pub fn go(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.apply(a.clone());
    }
}

/// Presses `code` with `modifiers`: the key map decides the action, as in the event loop (a key
/// with no action does nothing).
pub fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    if let Some(a) = keymap::action_for(app, KeyEvent::new(code, modifiers)) {
        app.apply(a);
    }
}

/// Presses `code` alone.
pub fn key(app: &mut App, code: KeyCode) {
    press(app, code, KeyModifiers::NONE);
}

/// Types `s` a character at a time, each one a key press.
pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// How a frame is drawn: `theme` (monochrome when `no_color`), the words of `ui_lang`, the
/// default glyph widths.
pub fn display(theme: ThemeName, no_color: bool, ui_lang: UiLang) -> Display {
    Display {
        theme: Theme::new(theme, no_color),
        words: ui::words(ui_lang),
        glyphs: Glyphs::default(),
    }
}

/// Draws `app` on a `w`×`h` screen twice, as the event loop does, and returns the last frame and
/// the view state it left.
pub fn draw(app: &mut App, d: &Display, w: u16, h: u16) -> (Buffer, ViewState) {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    let mut view = ViewState::default();
    for _ in 0..2 {
        let mut measured = None;
        term.draw(|f| measured = Some(ui::draw(f, app, d, &mut view)))
            .expect("a frame is drawn");
        app.apply(measured.expect("the frame measured itself"));
    }
    (term.backend().buffer().clone(), view)
}

/// The last frame of [`draw`].
pub fn frame(app: &mut App, d: &Display, w: u16, h: u16) -> Buffer {
    draw(app, d, w, h).0
}

/// The screen as a person reads it: one line a row, wide characters once. Asserts that nothing
/// was drawn into the right half of a wide character (which would shift or split it).
pub fn text_of(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if skip > 0 {
                assert_eq!(
                    cell.symbol(),
                    " ",
                    "row {y} col {x}: drawn over a wide character"
                );
                skip -= 1;
                continue;
            }
            out.push_str(cell.symbol());
            skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The detail pane's lines for the selected node as text, at a width that wraps nothing.
pub fn detail_text(app: &App, d: &Display) -> String {
    ui::detail::content(app, d, 200)
        .lines
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
