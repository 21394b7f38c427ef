//! The projector (`--present`) and the presenter view (`--presenter`), each the real binary in
//! its own pseudo-terminal, meeting through the socket in a private $XDG_RUNTIME_DIR: either
//! drives, a late presenter view gets the whole state, and either closing leaves the other
//! running with a notice.

#[path = "common/pty.rs"]
mod pty;
#[path = "common/run.rs"]
mod run;

use std::os::unix::fs::PermissionsExt;

use pty::Session;

const RIGHT: &str = "\x1b[C";

fn runtime() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("yijian-rt")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

fn start(dir: &tempfile::TempDir, args: &[&str], cols: u16, rows: u16) -> Session {
    let rt = dir.path().to_str().unwrap();
    Session::start_with(args, cols, rows, &[("XDG_RUNTIME_DIR", rt)])
}

#[test]
fn projector_and_presenter_view_drive_each_other_and_survive_each_other() {
    let dir = runtime();
    let mut projector = start(
        &dir,
        &["--present", "--open", "goals.1", "--ui-lang", "en"],
        100,
        30,
    );
    projector.wait_for("30 / 96");
    let sock = dir.path().join("yijian/present.sock");
    let mode = std::fs::metadata(dir.path().join("yijian"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "the socket's directory is private");

    let mut presenter = start(
        &dir,
        &["--presenter", "--open", "goals.1", "--ui-lang", "en"],
        120,
        40,
    );
    presenter.wait_for("Now · 30 / 96");
    presenter.wait_for("Next · 二、供给侧结构性改革持续深化");
    projector.wait_for("Presenter view connected");

    // The presenter view drives the projector...
    presenter.send(RIGHT);
    projector.wait_for("II. Deeper supply-side structural reform");
    presenter.wait_for("Now · 31 / 96");
    // ...and the projector drives the presenter view.
    projector.send(RIGHT);
    presenter.wait_for("Now · 32 / 96");
    projector.send("b");
    presenter.wait_for("the room's screen is blank");
    // Any key in the presenter view brings the room's slide back.
    presenter.send("x");
    projector.wait_for("III. A further optimized industrial structure");
    presenter.wait_for("elapsed 00:00");

    // The presenter view closes: the projector goes on alone and says so.
    presenter.send("\x03");
    assert_eq!(presenter.exit_code(), 0);
    projector.wait_for("The other terminal closed");
    projector.send(RIGHT);
    projector.wait_for("33 / 96");

    // A late presenter view is right at once: the whole state comes on connect.
    let mut late = start(&dir, &["--presenter", "--ui-lang", "en"], 120, 40);
    late.wait_for("Now · 33 / 96");

    // The projector closes: the presenter view goes on alone and drives itself.
    projector.send("\x03");
    assert_eq!(projector.exit_code(), 0);
    projector.assert_terminal_restored();
    assert!(
        !sock.exists(),
        "the socket is removed when the projector ends"
    );
    late.wait_for("The other terminal closed");
    late.send("35\r");
    late.wait_for("Now · 35 / 96");
    late.send("\x03");
    assert_eq!(late.exit_code(), 0);
    late.assert_terminal_restored();
}

#[test]
fn a_presenter_view_alone_waits_for_the_slides() {
    let dir = runtime();
    let mut presenter = start(&dir, &["--presenter", "--ui-lang", "en"], 80, 24);
    presenter.wait_for("Waiting for the slides");
    let mut projector = start(&dir, &["--present", "--ui-lang", "en"], 80, 24);
    projector.wait_for("1 / 96");
    // The presenter view looks again every second.
    projector.wait_for("Presenter view");
    presenter.wait_for("Now · 1 / 96");
    projector.send("\x03");
    presenter.send("\x03");
    assert_eq!(projector.exit_code(), 0);
    assert_eq!(presenter.exit_code(), 0);
}

#[test]
fn a_talk_file_orders_the_slides_marks_phrases_and_gives_the_notes() {
    let dir = runtime();
    let talk = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/talk.yaml");
    let mut projector = start(
        &dir,
        &["--present", "--talk", talk, "--ui-lang", "en"],
        100,
        30,
    );
    // Six slides in the file's order (no section among them, so no overview).
    projector.wait_for("1 / 6");
    let mut presenter = start(
        &dir,
        &["--presenter", "--talk", talk, "--ui-lang", "en"],
        120,
        40,
    );
    presenter.wait_for("Now · 1 / 6");
    presenter.wait_for("Next · 战略性新兴产业集群");
    presenter.send(RIGHT);
    presenter.wait_for("Ask the room which industries");
    projector.wait_for("2 / 6");
    // The slide has two pages on the projector: the presenter view says which is up, and its
    // next key turns the projector's page before it changes the slide.
    presenter.wait_for("Now · 2 / 6 · 1/2");
    presenter.send(RIGHT);
    presenter.wait_for("Now · 2 / 6 · 2/2");
    projector.wait_for("2/2");
    // The phrase is marked on the projector: black on yellow (256-colour 16 on 226).
    let raw = String::from_utf8_lossy(&projector.raw);
    assert!(raw.contains("48;5;226"), "no marked phrase drawn");
    projector.send("\x03");
    presenter.send("\x03");
    assert_eq!(projector.exit_code(), 0);
    assert_eq!(presenter.exit_code(), 0);
}

#[test]
fn a_bad_talk_file_is_refused_with_its_line_and_a_suggestion() {
    let dir = runtime();
    let file = dir.path().join("talk.yaml");
    std::fs::write(&file, "slides:\n  - goals\n  - id: goals.9\n").unwrap();
    let out = run::command(&["--present", "--talk", file.to_str().unwrap()])
        .env("XDG_RUNTIME_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = run::stderr(&out);
    assert!(
        err.contains("talk.yaml:3: no node has the id `goals.9` (did you mean `goals."),
        "{err}"
    );
}

#[test]
fn a_presenter_view_of_another_talk_says_so_and_keeps_its_own_slides() {
    let dir = runtime();
    let mut projector = start(
        &dir,
        &["--present", "--from", "goals", "--ui-lang", "en"],
        80,
        24,
    );
    projector.wait_for("1 / 7");
    let mut presenter = start(&dir, &["--presenter", "--ui-lang", "en"], 120, 40);
    presenter.wait_for("The slides show another talk");
    presenter.wait_for("Now · 1 / 96");
    projector.send("\x03");
    presenter.send("\x03");
    assert_eq!(projector.exit_code(), 0);
    assert_eq!(presenter.exit_code(), 0);
}
