//! What the reader types and pastes: a paste is text for the open box and never keys; the search
//! and go-to boxes edit like a shell's line; a search, step or filter that finds nothing says so.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::{KeyCode, KeyModifiers};
use drive::{app, key, press, typed};
use yijian::app::{Action, App, Notice, Overlay, Search};

/// The search box's text and cursor (in characters).
fn search_line(app: &App) -> (String, usize) {
    match app.search() {
        Search::Typing(t) => (t.input.value().to_string(), t.input.cursor()),
        other => panic!("the search box is not open: {other:?}"),
    }
}

fn goto_line(app: &App) -> (String, usize) {
    match app.overlay() {
        Overlay::GoTo(g) => (g.input.value().to_string(), g.input.cursor()),
        other => panic!("the go-to box is not open: {other:?}"),
    }
}

#[test]
fn a_paste_in_the_search_box_is_one_line_of_text() {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    a.apply(Action::Paste("growth target\r\nquality first".into()));
    assert!(!a.quit_requested(), "a `q` in a paste quit the program");
    assert_eq!(search_line(&a).0, "growth target quality first");
    assert!(
        a.search().is_typing(),
        "the line break committed the search"
    );
    // The box still edits normally afterwards, and Esc still closes it.
    key(&mut a, KeyCode::Esc);
    assert!(matches!(a.search(), Search::Idle));
}

#[test]
fn a_paste_in_the_goto_box_completes() {
    let mut a = app();
    key(&mut a, KeyCode::Char(':'));
    a.apply(Action::Paste("goals.1\n".into()));
    assert_eq!(goto_line(&a).0, "goals.1 ");
    key(&mut a, KeyCode::Enter);
    assert_eq!(&*a.doc().node(a.selected()).id, "goals.1");
}

#[test]
fn a_paste_in_the_slide_find_box_finds() {
    for open_with in ['/', ':'] {
        let mut a = app();
        typed(&mut a, &format!("p{open_with}"));
        a.apply(Action::Paste("半導體\n".into()));
        assert_eq!(a.notice(), None, "{open_with}: the paste was refused");
        key(&mut a, KeyCode::Enter);
        let Overlay::Present(p) = a.overlay() else {
            panic!("{open_with}: the slides closed");
        };
        let shown = p.slide();
        assert_eq!(
            &*a.doc().node(shown).id,
            "clusters.emerging.1",
            "{open_with}: Enter after the paste goes to the slide found"
        );
    }
}

#[test]
fn a_paste_with_no_box_open_runs_nothing() {
    for opened in [None, Some('p'), Some('?'), Some('m')] {
        let mut a = app();
        if let Some(c) = opened {
            key(&mut a, KeyCode::Char(c));
        }
        let (overlay, lang, selected) = (a.overlay().clone(), a.lang(), a.selected());
        a.apply(Action::Paste("qpt/:jjj\n".into()));
        assert!(!a.quit_requested(), "after {opened:?}: the paste quit");
        assert_eq!(
            *a.overlay(),
            overlay,
            "after {opened:?}: the paste changed the mode"
        );
        assert_eq!((a.lang(), a.selected()), (lang, selected));
        assert!(
            a.marks().is_empty(),
            "after {opened:?}: the paste set a mark"
        );
        assert_eq!(a.notice(), Some(&Notice::PasteIgnored), "after {opened:?}");
    }
}

#[test]
fn the_search_box_moves_and_deletes_like_a_shell_line() {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "growth target");
    key(&mut a, KeyCode::Left);
    key(&mut a, KeyCode::Left);
    assert_eq!(search_line(&a), ("growth target".into(), 11));
    typed(&mut a, "X");
    assert_eq!(search_line(&a), ("growth targXet".into(), 12));
    key(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(search_line(&a), ("growth ".into(), 7));
    key(&mut a, KeyCode::Home);
    typed(&mut a, "high ");
    assert_eq!(search_line(&a), ("high growth ".into(), 5));
    press(&mut a, KeyCode::Char('f'), KeyModifiers::ALT);
    assert_eq!(search_line(&a).1, 12, "Alt-F: past the next word");
    press(&mut a, KeyCode::Char('b'), KeyModifiers::ALT);
    press(&mut a, KeyCode::Char('b'), KeyModifiers::ALT);
    assert_eq!(search_line(&a).1, 0, "Alt-B twice: to the start");
    press(&mut a, KeyCode::Char('e'), KeyModifiers::CONTROL);
    press(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(search_line(&a), (String::new(), 0));
    // The keys the box gives its own meaning keep it.
    typed(&mut a, "robot");
    press(&mut a, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert_eq!(a.filter(), yijian::app::TreeFilter::Matches);
}

#[test]
fn the_goto_box_edits_in_the_middle() {
    let mut a = app();
    key(&mut a, KeyCode::Char(':'));
    typed(&mut a, "goals.");
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::Delete);
    assert_eq!(goto_line(&a), ("oals.".into(), 0));
    typed(&mut a, "g");
    key(&mut a, KeyCode::End);
    typed(&mut a, "4");
    key(&mut a, KeyCode::Enter);
    assert_eq!(&*a.doc().node(a.selected()).id, "goals.4");
}

#[test]
fn a_search_that_finds_nothing_says_so() {
    let mut a = app();
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "xyzzy");
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.search(), Search::Idle));
    assert_eq!(a.notice(), Some(&Notice::NoMatch("xyzzy".into())));
}

#[test]
fn next_previous_and_filter_without_a_search_say_so() {
    for c in ['n', 'N', 'f'] {
        let mut a = app();
        key(&mut a, KeyCode::Char(c));
        assert_eq!(a.notice(), Some(&Notice::NoSearch), "`{c}` with no search");
    }
}
