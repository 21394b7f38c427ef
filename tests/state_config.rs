//! The state file (marks, last position) and the config file (theme, languages, keys): round
//! trips, damaged files, atomic writes and exact error messages.

#[path = "common/run.rs"]
mod run;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Parser;
use yijian::app::Action;
use yijian::cli::Cli;
use yijian::prefs::{LangMode, UiLang};
use yijian::state::{self, DocState, State, Warning};
use yijian::ui::words;

#[test]
fn marks_and_position_survive_a_restart() {
    let dir = run::scratch("round_trip");
    let mut s = run::session(&dir, &[]).unwrap();
    s.app.apply(Action::Section(3));
    s.app.apply(Action::MarkPrefix);
    s.app.apply(Action::Register('g'));
    s.app.apply(Action::Section(2));
    s.save().unwrap();
    let file = dir.join("state/yijian/state.json");
    let saved: State = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        saved.documents["embedded"].last.as_deref(),
        Some("clusters")
    );

    let mut again = run::session(&dir, &[]).unwrap();
    assert_eq!(&*again.app.doc().node(again.app.selected()).id, "clusters");
    again.app.apply(Action::JumpPrefix);
    again.app.apply(Action::Register('g'));
    assert_eq!(&*again.app.doc().node(again.app.selected()).id, "goals");
    // --open wins over the remembered position; --no-state forgets everything.
    let opened = run::session(&dir, &["--open", "goals.2"]).unwrap();
    assert_eq!(&*opened.app.doc().node(opened.app.selected()).id, "goals.2");
    let fresh = run::session(&dir, &["--no-state"]).unwrap();
    assert_eq!(&*fresh.app.doc().node(fresh.app.selected()).id, "opinions");
    assert!(fresh.app.marks().is_empty());
}

#[test]
fn a_corrupt_state_file_is_set_aside_with_a_warning_not_lost() {
    let dir = run::scratch("corrupt");
    let file = dir.join("state/yijian/state.json");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    let garbage = "{\"version\": 1, \"documents\": {\"embedded\": {\"marks\": {\"a\": ";
    fs::write(&file, garbage).unwrap();
    let mut s = run::session(&dir, &[]).unwrap();
    let Some(w) = s.app.warning().cloned() else {
        panic!("a warning is shown, got {:?}", s.app.notice());
    };
    let Warning::Damaged {
        path, line, aside, ..
    } = &w
    else {
        panic!("the file is reported damaged: {w:?}");
    };
    assert!(path.ends_with("state.json") && *line == 1, "{w:?}");
    assert!(
        aside
            .as_ref()
            .is_ok_and(|a| a.ends_with("state.json.corrupt"))
    );
    // Said in the reader's language: what was done, and what it means for their marks.
    let en = (words(UiLang::En).warning)(&w);
    assert!(en.contains("state.json was damaged"), "{en}");
    assert!(en.contains("set aside as"), "{en}");
    assert!(
        en.contains("marks and the last position were reset"),
        "{en}"
    );
    let zh = (words(UiLang::Zh).warning)(&w);
    assert!(zh.contains("已损坏（第 1 行）"), "{zh}");
    assert!(zh.contains("已另存为") && zh.contains("已重置"), "{zh}");
    assert_eq!(
        fs::read_to_string(dir.join("state/yijian/state.json.corrupt")).unwrap(),
        garbage,
        "the damaged file is kept as it was"
    );
    assert_eq!(&*s.app.doc().node(s.app.selected()).id, "opinions");
    s.save().unwrap();
    assert!(file.exists(), "a good file is written again");
}

#[test]
fn an_unwritable_state_directory_gives_a_message_not_a_crash() {
    let dir = run::scratch("unwritable");
    // A file where the directory should be: creating it fails, as it would on a read-only disk.
    fs::write(dir.join("state"), "not a directory").unwrap();
    let mut s = run::session(&dir, &[]).unwrap();
    s.app.apply(Action::MarkPrefix);
    s.app.apply(Action::Register('a'));
    let err = s.save().unwrap_err();
    let Warning::Unwritable { path, .. } = &err else {
        panic!("a write problem: {err:?}");
    };
    assert!(path.ends_with("state.json"), "{err:?}");
    assert!(err.to_string().starts_with("cannot write "), "{err}");
    let en = (words(UiLang::En).warning)(&err);
    assert!(
        en.starts_with("Cannot save marks and position: cannot write "),
        "{en}"
    );
    let zh = (words(UiLang::Zh).warning)(&err);
    assert!(
        zh.starts_with("无法保存书签和上次阅读位置：无法写入 "),
        "{zh}"
    );
    assert_eq!(s.app.marks().len(), 1, "the mark still works this session");
}

#[test]
fn a_failed_write_leaves_the_previous_state_whole() {
    let dir = run::scratch("atomic");
    let file = dir.join("state.json");
    let mut old = State {
        version: 1,
        ..State::default()
    };
    old.documents.insert(
        "embedded".into(),
        DocState {
            last: Some("goals".into()),
            marks: [('a', "goals.1".to_string())].into(),
        },
    );
    state::save(&file, &old).unwrap();
    let before = fs::read(&file).unwrap();
    // The writer dies half way through, as a crash would.
    let r = state::write_atomic(&file, |f| {
        f.write_all(&before[..before.len() / 2])?;
        Err(std::io::Error::other("power cut"))
    });
    assert!(r.is_err());
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "the old file is untouched"
    );
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "state.json")
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left: {leftovers:?}"
    );
    assert_eq!(state::load(&file), (old, None));
}

fn write_config(dir: &Path, text: &str) -> PathBuf {
    let p = dir.join("config/yijian/config.yaml");
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, text).unwrap();
    p
}

#[test]
fn config_sets_defaults_that_options_override() {
    let dir = run::scratch("config_ok");
    write_config(
        &dir,
        "theme: contrast\nlang: en\nui_lang: zh\nkeys:\n  search: s\n  quit: [Q, Ctrl-X]\n",
    );
    let s = run::session(&dir, &[]).unwrap();
    assert_eq!(s.app.lang(), LangMode::En);
    assert_eq!(s.display.words.tree, "目录");
    use yijian::app::Command;
    assert_eq!(s.app.bindings().keys_for(Command::Search), ["s"]);
    assert_eq!(s.app.bindings().keys_for(Command::Quit), ["Q", "Ctrl-X"]);
    let s = run::session(&dir, &["--lang", "zh", "--ui-lang", "en"]).unwrap();
    assert_eq!(s.app.lang(), LangMode::Zh);
    assert_eq!(s.display.words.tree, "Outline");
}

#[test]
fn config_errors_name_the_file_line_and_key() {
    let dir = run::scratch("config_bad");
    let p = write_config(&dir, "theme: contrast\nkeys:\n  serach: s\n");
    let e = run::session(&dir, &[]).err().unwrap();
    assert_eq!(
        e,
        format!(
            "{}:3: keys.serach: unknown command (did you mean `search`?); commands: quit, help, \
             search, goto, next_hit, prev_hit, filter, language, present, compare, copy, \
             copy_markdown, mark, jump_to_mark, back, focus, results, hit_order, expand_all, \
             collapse_all, expand_subtree, collapse_to_level, fold, narrow_outline, widen_outline, files",
            p.display()
        )
    );
    write_config(&dir, "keys:\n  search: Ctrl-ß\n");
    let e = run::session(&dir, &[]).err().unwrap();
    assert!(e.contains(":2: keys.search: `Ctrl-ß` is not a key"), "{e}");
    write_config(&dir, "theme: neon\n");
    let e = run::session(&dir, &[]).err().unwrap();
    assert!(
        e.contains("config.yaml:1:8: theme: unknown variant `neon`"),
        "{e}"
    );
    write_config(&dir, "colour: red\n");
    let e = run::session(&dir, &[]).err().unwrap();
    assert!(
        e.contains("config.yaml:1:1: colour: unknown field `colour`"),
        "{e}"
    );
    // A config named on the command line must exist.
    let e = run::session(&dir, &["--config", "/nonexistent/yijian.yaml"])
        .err()
        .unwrap();
    assert!(
        e.starts_with("/nonexistent/yijian.yaml: no such config file"),
        "{e}"
    );
}

#[test]
fn present_options_pick_the_talk() {
    let dir = run::scratch("present");
    let s = run::session(
        &dir,
        &[
            "--present",
            "--from",
            "clusters.pillar",
            "--to",
            "clusters.emerging",
        ],
    )
    .unwrap();
    assert_eq!(s.app.slide_position(), Some((1, 22)));
    let e = run::session(
        &dir,
        &["--present", "--from", "goals", "--to", "significance"],
    )
    .err()
    .unwrap();
    assert_eq!(
        e,
        "--to `significance` comes before --from `goals` in the document"
    );
    let e = run::session(&dir, &["--present", "--from", "nope"])
        .err()
        .unwrap();
    assert!(e.starts_with("no node has the id `nope`"), "{e}");
    assert!(
        Cli::try_parse_from(["yijian", "--from", "goals"]).is_err(),
        "--from needs --present"
    );
}

#[test]
fn the_split_between_outline_and_detail_is_kept_with_the_marks() {
    let dir = run::scratch("split");
    let mut s = run::session(&dir, &[]).unwrap();
    s.app.apply(Action::MoveSplit(-50));
    s.app.apply(Action::MoveSplit(-50));
    assert_eq!(s.app.split(), -100);
    let asked = s.app.take_effects();
    assert!(asked.contains(&yijian::app::Effect::SaveState), "{asked:?}");
    s.save().unwrap();
    let file = dir.join("state/yijian/state.json");
    let saved: State = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved.split, Some(-100));
    let mut again = run::session(&dir, &[]).unwrap();
    assert_eq!(again.app.split(), -100);
    // Back to the default: the file no longer mentions it.
    again.app.apply(Action::MoveSplit(100));
    again.save().unwrap();
    assert!(!fs::read_to_string(&file).unwrap().contains("split"));
    // A state file written before the split existed still reads.
    fs::write(&file, r#"{"version":1,"documents":{}}"#).unwrap();
    assert_eq!(run::session(&dir, &[]).unwrap().app.split(), 0);
}
