//! Esc returns to where the reader was: in the search box, to the selection and the search shown
//! when it opened (a new search begun and abandoned does not lose the last one); from the slides'
//! overview, to the page of the slide the reader was on.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::KeyCode;
use drive::{app, display, draw, key, typed};
use yijian::app::{App, Search, TreeFilter};
use yijian::prefs::{ThemeName, UiLang};

fn shown_query(app: &App) -> Option<String> {
    match app.search() {
        Search::Showing(r) => Some(r.query.raw().to_string()),
        _ => None,
    }
}

#[test]
fn esc_in_a_new_search_keeps_the_last_one() {
    let mut a = app();
    typed(&mut a, "/半导体");
    key(&mut a, KeyCode::Enter);
    let hit = a.selected();
    assert_eq!(shown_query(&a).as_deref(), Some("半导体"));
    // Filtered to the matches, then a new search typed and abandoned.
    typed(&mut a, "f/robot");
    key(&mut a, KeyCode::Esc);
    assert_eq!(shown_query(&a).as_deref(), Some("半导体"));
    assert_eq!(a.selected(), hit);
    assert_eq!(a.filter(), TreeFilter::Matches);
    // n still steps through the kept hits.
    typed(&mut a, "n");
    assert_ne!(a.selected(), hit);
    // With no search shown before, Esc leaves none.
    let mut a = app();
    let home = a.selected();
    typed(&mut a, "/robot");
    key(&mut a, KeyCode::Esc);
    assert!(matches!(a.search(), Search::Idle));
    assert_eq!(a.selected(), home);
    assert_eq!(a.filter(), TreeFilter::All);
}

#[test]
fn esc_from_the_overview_returns_to_the_page_of_the_slide() {
    let d = display(ThemeName::Default, false, UiLang::En);
    let mut a = app();
    // The first slide (the 意见's title and its first paragraph) takes two pages at 80×24.
    typed(&mut a, "p");
    draw(&mut a, &d, 80, 24);
    key(&mut a, KeyCode::Right);
    draw(&mut a, &d, 80, 24);
    assert_eq!(a.slide_page(), (1, 2));
    for close in [KeyCode::Esc, KeyCode::Char('o')] {
        typed(&mut a, "o");
        draw(&mut a, &d, 80, 24);
        key(&mut a, close);
        draw(&mut a, &d, 80, 24);
        assert_eq!(a.slide_page(), (1, 2), "closed with {close:?}");
    }
}
