//! Esc returns to where the reader was: in the search box, to the selection and the search shown
//! when it opened (a new search begun and abandoned does not lose the last one); from the slides'
//! overview, to the page of the slide the reader was on.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use yijian::app::{App, Search, TreeFilter, keymap};
use yijian::model::{Library, load_embedded};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{self, Display, Glyphs, Theme, ViewState};

fn new_app() -> App {
    let doc: Library = load_embedded().unwrap().into();
    App::new(doc, LangMode::Both)
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '⎋' => KeyCode::Esc,
            '→' => KeyCode::Right,
            c => KeyCode::Char(c),
        };
        if let Some(a) = keymap::action_for(app, KeyEvent::new(code, KeyModifiers::NONE)) {
            app.apply(a);
        }
    }
}

fn shown_query(app: &App) -> Option<String> {
    match app.search() {
        Search::Showing(r) => Some(r.query.raw().to_string()),
        _ => None,
    }
}

#[test]
fn esc_in_a_new_search_keeps_the_last_one() {
    let mut app = new_app();
    press(&mut app, "/半导体⏎");
    let hit = app.selected();
    assert_eq!(shown_query(&app).as_deref(), Some("半导体"));
    // Filtered to the matches, then a new search typed and abandoned.
    press(&mut app, "f/robot⎋");
    assert_eq!(shown_query(&app).as_deref(), Some("半导体"));
    assert_eq!(app.selected(), hit);
    assert_eq!(app.filter(), TreeFilter::Matches);
    // n still steps through the kept hits.
    press(&mut app, "n");
    assert_ne!(app.selected(), hit);
    // With no search shown before, Esc leaves none.
    let mut app = new_app();
    let home = app.selected();
    press(&mut app, "/robot⎋");
    assert!(matches!(app.search(), Search::Idle));
    assert_eq!(app.selected(), home);
    assert_eq!(app.filter(), TreeFilter::All);
}

/// Draws the app at 80×24 and gives the view's measurements back to it, as `main` does.
fn draw(app: &mut App, term: &mut Terminal<TestBackend>, view: &mut ViewState) {
    let d = Display {
        theme: Theme::new(ThemeName::Default, false),
        words: ui::words(UiLang::En),
        glyphs: Glyphs::default(),
    };
    let mut measured = None;
    term.draw(|f| measured = Some(ui::draw(f, app, &d, view)))
        .unwrap();
    app.apply(measured.unwrap());
}

#[test]
fn esc_from_the_overview_returns_to_the_page_of_the_slide() {
    let mut app = new_app();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut view = ViewState::default();
    // The first slide (the 意见's title and its first paragraph) takes two pages at 80×24.
    press(&mut app, "p");
    draw(&mut app, &mut term, &mut view);
    press(&mut app, "→");
    draw(&mut app, &mut term, &mut view);
    assert_eq!(app.slide_page(), (1, 2));
    for close in ["o⎋", "oo"] {
        press(&mut app, &close[..1]);
        draw(&mut app, &mut term, &mut view);
        press(&mut app, &close[1..]);
        draw(&mut app, &mut term, &mut view);
        assert_eq!(app.slide_page(), (1, 2), "closed with {close:?}");
    }
}
