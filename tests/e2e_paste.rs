//! Pasting in a real terminal: the browser turns bracketed paste on, so a paste arrives as text
//! for the open box, never as keys; and it turns it off again on every way out.

#[path = "common/pty.rs"]
mod pty;

use pty::Session;

/// What a terminal sends for a paste once the program has asked for bracketed paste.
fn pasted(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

#[test]
fn a_paste_in_the_search_box_is_text_and_quit_still_works() {
    let mut s = Session::start(&["--no-state"], 100, 30);
    s.wait_for("Outline");
    assert!(
        s.parser.screen().bracketed_paste(),
        "bracketed paste is not on: a paste would be read as keys"
    );
    s.send("/");
    s.wait_for("Search: ");
    s.send(&pasted("growth target\rquality first"));
    s.wait_for("growth target quality first");
    // A long paste, then Esc: the box closes.
    s.send(&pasted(&"半导体 ".repeat(400)));
    s.wait_for("半导体 半导体");
    s.send("\x1b");
    s.wait_for("q quit");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}

#[test]
fn a_paste_with_no_box_open_is_refused_with_a_notice() {
    let mut s = Session::start(&["--no-state"], 100, 30);
    s.wait_for("Outline");
    s.send(&pasted("qpt"));
    s.wait_for("Pasted text ignored");
    assert!(s.child.try_wait().unwrap().is_none(), "the paste quit");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    s.assert_terminal_restored();
}

#[test]
fn sigterm_turns_bracketed_paste_off() {
    let mut s = Session::start(&["--no-state"], 80, 24);
    s.wait_for("Outline");
    assert!(s.parser.screen().bracketed_paste());
    s.signal("-TERM");
    assert_eq!(s.exit_code(), 128 + 15);
    s.assert_terminal_restored();
}
