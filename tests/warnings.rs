//! A warning about the state file can be read: it is in the interface's language, it wraps to fit
//! the screen rather than being cut, it stays until Esc, and every damaged file set aside keeps a
//! name of its own.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use std::fs;
use std::path::{Path, PathBuf};

use yijian::app::Action;
use yijian::cli::session::Session;

const DAMAGED: &str = "{\"version\": 1, \"documents\": {\"embedded\": {\"marks\": {\"a\": ";

fn scratch(name: &str) -> PathBuf {
    let d = run::scratch(name);
    fs::create_dir_all(d.join("state/yijian")).unwrap();
    d
}

fn start(dir: &Path, args: &[&str]) -> Session {
    run::session(dir, args).expect("the session starts")
}

/// The screen as text, rows joined without their borders and spaces, for reading a wrapped
/// sentence back whole.
fn screen(s: &mut Session, w: u16, h: u16) -> (String, String) {
    let buf = drive::frame(&mut s.app, &s.display, w, h);
    let mut rows = String::new();
    let mut joined = String::new();
    for y in 0..h {
        for x in 0..w {
            let sym = buf[(x, y)].symbol();
            rows.push_str(sym);
            if !sym.trim().is_empty() && !"│╭╮╰╯─".contains(sym) {
                joined.push_str(sym);
            }
        }
        rows.push('\n');
    }
    (rows, joined)
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_damaged_file_is_set_aside_under_a_name_of_its_own() {
    let dir = scratch("unique");
    let file = dir.join("state/yijian/state.json");
    for n in 1..=3 {
        let garbage = format!("{DAMAGED}{n}");
        fs::write(&file, &garbage).unwrap();
        let s = start(&dir, &[]);
        let w = s.app.warning().cloned().expect("a warning").to_string();
        let aside = if n == 1 {
            dir.join("state/yijian/state.json.corrupt")
        } else {
            dir.join(format!("state/yijian/state.json.corrupt.{n}"))
        };
        assert!(w.contains(&aside.display().to_string()), "{w}");
        assert_eq!(
            fs::read_to_string(&aside).unwrap(),
            garbage,
            "file {n} kept whole"
        );
    }
}

#[test]
fn the_warning_wraps_whole_at_any_width_in_either_language() {
    for (ui_lang, marker) in [("en", "set aside as"), ("zh", "另存为")] {
        for (w, h) in [(120, 40), (80, 24), (40, 12)] {
            let dir = scratch(&format!("wrap-{ui_lang}-{w}"));
            fs::write(dir.join("state/yijian/state.json"), DAMAGED).unwrap();
            let mut s = start(&dir, &["--ui-lang", ui_lang]);
            let warning = s.app.warning().cloned().expect("a warning");
            let text = (s.display.words.warning)(&warning);
            assert!(text.contains(marker), "{ui_lang}: not translated: {text}");
            let short = (s.display.words.warning)(&warning.with_short_paths());
            let (rows, joined) = screen(&mut s, w, h);
            assert!(
                joined.contains(&squeezed(&text)) || joined.contains(&squeezed(&short)),
                "{ui_lang} {w}x{h}: the warning is cut:\n{rows}"
            );
        }
    }
}

#[test]
fn the_warning_stays_until_esc() {
    let dir = scratch("stays");
    fs::write(dir.join("state/yijian/state.json"), DAMAGED).unwrap();
    let mut s = start(&dir, &[]);
    for a in [
        Action::Down,
        Action::Down,
        Action::SearchOpen,
        Action::Input('x'),
    ] {
        s.app.apply(a);
        assert!(s.app.warning().is_some(), "gone after a key");
    }
    // The first Esc dismisses the warning and does nothing else; the next closes the box.
    s.app.apply(Action::Escape);
    assert!(s.app.warning().is_none());
    assert!(
        s.app.search().is_typing(),
        "that Esc also closed the search box"
    );
    s.app.apply(Action::Escape);
    assert!(!s.app.search().is_typing());
}
