//! Every file that could not be opened, and every imported document opened with numbering
//! warnings, can be read in the browser: a notice says how many and which key lists them, the
//! footer keeps a reminder, and the list (`!`) gives each file with why, in both interface
//! languages. On the command line the numbering warnings are `import`'s and `check`'s: other
//! subcommands say in one line how many files have them.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/pty.rs"]
mod pty;
#[path = "common/run.rs"]
mod run;

use std::path::PathBuf;

use clap::Parser;
use crossterm::event::KeyCode;
use yijian::app::{
    Action, App, Bindings, Command, Fate, FileNote, Notice, Overlay, Reason, parse_key,
};
use yijian::cli::{Cli, Outcome};
use yijian::prefs::{LangMode, ThemeName, UiLang};

const MINIMAL: &str = include_str!("../docs/examples/minimal.yaml");

/// A folder with one good policy file, three files that cannot be opened (a YAML error, a Word
/// file that is not one, a second root `plan`) and a notice with a skipped number.
fn folder(name: &str) -> PathBuf {
    let dir = run::scratch(name);
    let files: [(&str, String); 5] = [
        ("a.yaml", MINIMAL.to_string()),
        ("broken.yaml", "schema: [\n".into()),
        ("fake.docx", "not a zip".into()),
        ("plan-again.yaml", MINIMAL.to_string()),
        (
            "通知.txt",
            "一、提高认识\n内容。\n（一）加强领导\n内容。\n（三）跳过一项\n内容。\n".into(),
        ),
    ];
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// The library and notes the command line gives the browser for `args`.
fn browse(args: &[&str]) -> App {
    let argv = std::iter::once("yijian").chain(args.iter().copied());
    let cli = Cli::try_parse_from(argv).expect("the arguments parse");
    let Ok(Outcome::Browse { library, notes }) = yijian::cli::run(&cli) else {
        panic!("no browser");
    };
    let mut app = App::new(library, LangMode::Both);
    app.apply(Action::NoteFiles(notes));
    app
}

fn name(note: &FileNote) -> &str {
    note.file.rsplit('/').next().unwrap()
}

#[test]
fn every_file_not_opened_is_noted_with_why_and_the_warned_ones_after() {
    let dir = folder("notes");
    let app = browse(&[dir.to_str().unwrap()]);
    let notes = app.file_notes();
    let got: Vec<(Fate, &str)> = notes.iter().map(|n| (n.fate, name(n))).collect();
    assert_eq!(
        got,
        [
            (Fate::NotOpened, "broken.yaml"),
            (Fate::NotOpened, "fake.docx"),
            (Fate::NotOpened, "plan-again.yaml"),
            (Fate::Warned, "通知.txt"),
        ]
    );
    let at = |line, column, text: &str| Reason {
        line,
        column,
        text: text.to_string(),
    };
    assert_eq!(
        notes[0].reasons,
        [at(
            Some(1),
            Some(9),
            "schema: invalid type: sequence, expected u32"
        )]
    );
    assert!(
        notes[1].reasons[0]
            .text
            .starts_with("not a readable Word file")
    );
    assert!(
        notes[2].reasons[0]
            .text
            .starts_with("node `plan`: the document's id is also the id of "),
        "{:?}",
        notes[2].reasons
    );
    assert_eq!(
        notes[3].reasons,
        [at(
            Some(5),
            None,
            "`（三）` follows `（一）`: `（二）` is missing"
        )]
    );
    assert_eq!(
        app.notice(),
        Some(&Notice::Files {
            not_opened: 3,
            warned: 1
        })
    );
}

#[test]
fn the_files_key_opens_the_list_which_scrolls_and_closes() {
    let dir = folder("keys");
    let mut app = browse(&[dir.to_str().unwrap()]);
    // The notice goes with the first key, the list stays reachable.
    drive::key(&mut app, KeyCode::Down);
    assert_eq!(app.notice(), None);
    drive::key(&mut app, KeyCode::Char('!'));
    assert_eq!(*app.overlay(), Overlay::Files);
    let d = drive::display(ThemeName::Default, false, UiLang::En);
    // On a small screen the list scrolls to its last file.
    drive::frame(&mut app, &d, 40, 12);
    drive::key(&mut app, KeyCode::End);
    let screen = drive::text_of(&drive::frame(&mut app, &d, 40, 12));
    assert!(screen.contains("通知.txt"), "{screen}");
    assert!(screen.contains("line 5: `（三）`"), "{screen}");
    // The same key closes it, as Esc does.
    drive::key(&mut app, KeyCode::Char('!'));
    assert_eq!(*app.overlay(), Overlay::None);
    drive::key(&mut app, KeyCode::Char('!'));
    drive::key(&mut app, KeyCode::Esc);
    assert_eq!(*app.overlay(), Overlay::None);
}

#[test]
fn with_nothing_to_note_the_key_says_so_and_the_footer_has_no_reminder() {
    let mut app = browse(&[]);
    assert_eq!(app.notice(), None);
    drive::key(&mut app, KeyCode::Char('!'));
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(app.notice(), Some(&Notice::NoFileNotes));
    let d = drive::display(ThemeName::Default, false, UiLang::En);
    let screen = drive::text_of(&drive::frame(&mut app, &d, 100, 20));
    assert!(
        screen.contains("Every file named opened without problems"),
        "{screen}"
    );
    drive::key(&mut app, KeyCode::Down);
    let screen = drive::text_of(&drive::frame(&mut app, &d, 100, 20));
    assert!(!screen.contains(" ! "), "{screen}");
}

/// The footer row of the screen.
fn footer(app: &mut App, lang: UiLang, w: u16) -> String {
    let d = drive::display(ThemeName::Default, false, lang);
    let screen = drive::text_of(&drive::frame(app, &d, w, 24));
    screen.lines().last().unwrap().trim_end().to_string()
}

#[test]
fn the_notice_and_reminder_name_the_key_as_bound_in_both_languages() {
    let dir = folder("words");
    let mut app = browse(&[dir.to_str().unwrap()]);
    assert_eq!(
        footer(&mut app, UiLang::En, 120),
        " 3 files could not be opened, 1 file opened with numbering warnings: press ! to see them"
    );
    assert_eq!(
        footer(&mut app, UiLang::Zh, 120),
        " 3 个文件未能打开，1 个文件已打开但编号有误：按 ! 查看"
    );
    // Too narrow for the sentence: the key and the count, never a sentence cut before its key.
    assert!(footer(&mut app, UiLang::En, 40).starts_with(" ! 3 not opened"));
    // Rebound (a config file's `files: [F2]`), the words follow and `!` does nothing.
    let mut b = Bindings::default();
    b.rebind(Command::Files, &[parse_key("F2").unwrap()]);
    app.set_bindings(b);
    assert!(footer(&mut app, UiLang::En, 120).ends_with("press F2 to see them"));
    drive::key(&mut app, KeyCode::Char('!'));
    assert_eq!(*app.overlay(), Overlay::None);
    drive::key(&mut app, KeyCode::Down);
    assert!(footer(&mut app, UiLang::Zh, 120).starts_with(" F2 3 个未打开"));
    drive::key(&mut app, KeyCode::F(2));
    assert_eq!(*app.overlay(), Overlay::Files);
    let d = drive::display(ThemeName::Default, false, UiLang::Zh);
    let screen = drive::text_of(&drive::frame(&mut app, &d, 100, 30));
    for said in [
        "文件 ∙ 按 Esc 关闭",
        "未能打开（其余文件已打开） · 3",
        "第 1 行第 9 列：schema: invalid type",
        "已打开，但编号有误",
        "第 5 行：`（三）`",
    ] {
        assert!(screen.contains(said), "{said}: {screen}");
    }
}

#[test]
fn in_a_real_terminal_every_refused_file_can_be_read_after_the_first_key() {
    let dir = folder("pty");
    let mut s = pty::Session::start(&["--no-state", dir.to_str().unwrap()], 100, 30);
    s.wait_for("3 files could not be opened");
    s.send("j");
    s.wait_for("! 3 not opened");
    s.send("!");
    for file in ["broken.yaml", "fake.docx", "plan-again.yaml", "通知.txt"] {
        s.wait_for(file);
    }
    s.send("\x1b");
    s.wait_for("! 3 not opened");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}

#[test]
fn numbering_warnings_are_said_by_import_and_check_and_counted_by_the_others() {
    let dir = folder("cli");
    let notice = dir.join("通知.txt");
    let notice = notice.to_str().unwrap();
    let warning = "通知.txt:5: warning: `（三）` follows `（一）`: `（二）` is missing";
    let o = run::yijian(&["import", notice, "--dry-run"]);
    assert!(run::stderr(&o).contains(warning), "{}", run::stderr(&o));
    let o = run::yijian(&["check", notice]);
    assert!(run::stderr(&o).contains(warning), "{}", run::stderr(&o));
    for args in [
        &[notice, "tree"][..],
        &[notice, "show", "1"],
        &[notice, "search", "认识"],
    ] {
        let o = run::yijian(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert_eq!(
            run::stderr(&o),
            "yijian: 1 imported file has numbering warnings: `yijian check` with the same paths \
             lists them\n",
            "{args:?}"
        );
    }
    let o = run::command(&["--ui-lang", "zh", notice, "tree"])
        .output()
        .unwrap();
    assert_eq!(
        run::stderr(&o),
        "yijian: 1 个导入的文件编号有误：用 `yijian check` 加上同样的路径可查看详情\n"
    );
}

/// Notes as the command line makes them, with short relative names so that the screens do not
/// depend on where the tests run.
fn sample_notes() -> Vec<FileNote> {
    let at = |line, column, text: &str| Reason {
        line,
        column,
        text: text.to_string(),
    };
    let note = |fate, file: &str, reasons| FileNote {
        fate,
        file: file.to_string(),
        reasons,
    };
    vec![
        note(
            Fate::NotOpened,
            "docs/broken.yaml",
            vec![at(
                Some(1),
                Some(9),
                "schema: invalid type: sequence, expected u32",
            )],
        ),
        note(
            Fate::NotOpened,
            "docs/fake.docx",
            vec![at(
                None,
                None,
                "not a readable Word file: Failed to read from zip.",
            )],
        ),
        note(
            Fate::NotOpened,
            "docs/plan-again.yaml",
            vec![at(
                None,
                None,
                "node `plan`: the document's id is also the id of docs/a.yaml; give one of them \
                 another id",
            )],
        ),
        note(
            Fate::Warned,
            "docs/通知.txt",
            vec![
                at(
                    Some(5),
                    None,
                    "`（三）` follows `（一）`: `（二）` is missing",
                ),
                // Text from a file never drives the terminal.
                at(
                    Some(9),
                    None,
                    "a control \u{1b}]52;c;AAAA\u{7} shown, not obeyed",
                ),
            ],
        ),
    ]
}

#[test]
fn the_list_at_each_size_in_both_languages() {
    for (lang, w, h) in [
        (UiLang::En, 120, 40),
        (UiLang::Zh, 80, 24),
        (UiLang::En, 40, 12),
    ] {
        let mut app = drive::app();
        app.apply(Action::NoteFiles(sample_notes()));
        let d = drive::display(ThemeName::Default, false, lang);
        let notice = drive::text_of(&drive::frame(&mut app, &d, w, h));
        drive::key(&mut app, KeyCode::Char('!'));
        let list = drive::text_of(&drive::frame(&mut app, &d, w, h));
        assert!(!list.contains('\u{1b}'), "{list}");
        let name = format!(
            "files_{}_{w}x{h}",
            if lang == UiLang::En { "en" } else { "zh" }
        );
        insta::assert_snapshot!(name, format!("{notice}\n{list}"));
    }
}
