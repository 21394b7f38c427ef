//! Unicode forms: a decomposed query (e + combining accent) finds the composed text, in the CLI,
//! the search box and the go-to box; half-width katakana with sound marks is drawn composed and
//! full width, so no cell of a mark is left to the terminal's guess.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use std::path::PathBuf;

use yijian::app::{Action, App, Overlay, Search};
use yijian::model::{Limits, load_path};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{Display, Glyphs};

const DOC: &str = r#"schema: 1
document:
  id: doc
  kind: document
  title: {zh: "测试", en: "Test"}
  children:
    - id: cafe
      kind: section
      title: {zh: "咖啡", en: "Café society"}
      text: {zh: "ｶﾞｲﾄﾞﾌﾞｯｸ：ﾊﾟﾝと咖啡", en: "Über Müller at the café"}
"#;

/// The document in a file of the test's own (tests run at once).
fn fixture(name: &str) -> PathBuf {
    run::file(&format!("{name}.yaml"), DOC)
}

const DECOMPOSED: [&str; 3] = ["cafe\u{301}", "mu\u{308}ller", "U\u{308}ber"];

#[test]
fn a_decomposed_query_finds_the_composed_text_on_the_command_line() {
    let file = fixture("cli");
    for q in DECOMPOSED {
        let o = run::yijian(&["--file", file.to_str().unwrap(), "search", q]);
        assert_eq!(o.status.code(), Some(0), "{q:?} found nothing");
        assert!(run::stdout(&o).starts_with("cafe "), "{q:?}");
    }
}

#[test]
fn a_decomposed_query_finds_the_composed_text_in_the_boxes() {
    let doc = load_path(&fixture("boxes"), &Limits::default()).unwrap();
    let mut app = App::new(doc, LangMode::Both);
    for q in DECOMPOSED {
        app.apply(Action::SearchOpen);
        app.apply(Action::Paste(q.into()));
        let Search::Typing(t) = app.search() else {
            panic!()
        };
        assert!(
            !t.results.hits.is_empty(),
            "search box: {q:?} found nothing"
        );
        app.apply(Action::Escape);
    }
    app.apply(Action::GoToOpen);
    app.apply(Action::Paste("cafe\u{301} society".into()));
    let Overlay::GoTo(g) = app.overlay() else {
        panic!()
    };
    assert!(
        !g.candidates.is_empty(),
        "go-to box: nothing for a decomposed title"
    );
}

#[test]
fn halfwidth_katakana_with_sound_marks_is_drawn_composed() {
    let doc = load_path(&fixture("kana"), &Limits::default()).unwrap();
    let mut app = App::new(doc, LangMode::Zh);
    app.open_at(app.doc().find("cafe").unwrap());
    for ambiguous_wide in [false, true] {
        let d = Display {
            glyphs: Glyphs { ambiguous_wide },
            ..drive::display(ThemeName::Default, true, UiLang::En)
        };
        let screen = drive::text_of(&drive::frame(&mut app, &d, 80, 24));
        assert!(screen.contains("ガイドブック"), "not composed:\n{screen}");
        assert!(
            !screen.contains(['\u{FF9E}', '\u{FF9F}', '\u{FF76}']),
            "half-width forms left on screen:\n{screen}"
        );
    }
}
