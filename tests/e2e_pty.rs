//! End to end: the real binary in a pseudo-terminal, keys typed, the screen read back through a
//! vt100 parser, and the terminal checked after exit (alternate screen left, cursor shown, mouse
//! reporting off).

#[path = "common/pty.rs"]
mod pty;

use pty::Session;

#[test]
fn browse_search_and_quit_in_a_real_terminal() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("Outline");
    assert!(s.parser.screen().alternate_screen());
    s.wait_for("《意见》");
    // Into the clusters, then search in Chinese and jump.
    s.send("2");
    s.wait_for("clusters ∙ 3/92");
    s.send("/激光");
    s.wait_for("1/2");
    s.wait_for("Lasers and additive manufacturing");
    s.send("\r");
    s.wait_for("next hit");
    s.send("\x1b[B"); // Down arrow: after the hit
    s.wait_for("clusters.emerging.8");
    s.send("?");
    s.wait_for("Keys (Esc closes)");
    s.send("\x1b");
    s.wait_for("clusters.emerging.8");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}

#[test]
fn open_at_a_node_with_the_chinese_interface() {
    let mut s = Session::start(
        &["--open", "goals.4", "--ui-lang", "zh", "--lang", "zh"],
        80,
        24,
    );
    s.wait_for("goals.4 ∙");
    s.wait_for("创新能力显著增强");
    s.wait_for("目录");
    s.send("\x03"); // Ctrl-C
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Outline");
    let pid = s.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let code = s.exit_code();
    assert_eq!(code, 128 + 15);
    s.assert_terminal_restored();
}

#[test]
fn a_tiny_terminal_shows_a_notice_and_still_quits() {
    let mut s = Session::start(&[], 30, 8);
    s.wait_for("enlarge");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}
