//! Text that tries to control the terminal — escape sequences, C1 controls, BEL, bidi
//! overrides, in every field of a policy file (tests/fixtures/hostile_text.yaml) — reaches the
//! terminal only as visible symbols. Checked byte for byte on everything the CLI prints and on
//! everything the browser writes to a real pseudo-terminal.

#[path = "common/pty.rs"]
mod pty;
#[path = "common/run.rs"]
mod run;

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/hostile_text.yaml"
);

/// Byte sequences that must never come from the file to the terminal.
const FORBIDDEN: &[(&str, &[u8])] = &[
    ("BEL", b"\x07"),
    ("OSC title", b"\x1b]0;pwned"),
    ("OSC 52 clipboard", b"\x1b]52"),
    ("OSC 8 hyperlink", b"\x1b]8;"),
    ("CSI colour from the file", b"\x1b[31mRED"),
    ("CSI blink", b"\x1b[5m"),
    ("C1 CSI U+009B", b"\xc2\x9b"),
    ("C1 OSC U+009D", b"\xc2\x9d"),
    ("C1 NEL U+0085", b"\xc2\x85"),
    ("LRO/RLO/PDF U+202C..E", b"\xe2\x80\xac"),
    ("RLO U+202E", b"\xe2\x80\xae"),
    ("LRO U+202D", b"\xe2\x80\xad"),
    ("LRI U+2066", b"\xe2\x81\xa6"),
    ("RLI U+2067", b"\xe2\x81\xa7"),
    ("PDI U+2069", b"\xe2\x81\xa9"),
];

/// Characters that no output may carry at all, wherever they come from: neither the browser's
/// own escape sequences nor the CLI's output need BEL, a C1 control or a bidi control.
fn is_hazard(c: char) -> bool {
    matches!(c,
        '\u{07}'
        | '\u{80}'..='\u{9F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}')
}

fn assert_harmless(what: &str, bytes: &[u8]) {
    for (name, seq) in FORBIDDEN {
        assert!(
            !bytes.windows(seq.len()).any(|w| w == *seq),
            "{what}: {name} reached the terminal"
        );
    }
    let text = String::from_utf8_lossy(bytes);
    let found: Vec<String> = text
        .chars()
        .filter(|c| is_hazard(*c))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(found.is_empty(), "{what}: {found:?} reached the terminal");
}

/// In CLI output nothing of the file may be an escape at all.
fn assert_no_escape(what: &str, bytes: &[u8]) {
    assert_harmless(what, bytes);
    assert!(!bytes.contains(&0x1b), "{what}: an ESC byte was printed");
}

/// Everything `yijian ARGS` printed, standard output then standard error.
fn printed(args: &[&str]) -> Vec<u8> {
    let o = run::yijian(args);
    let mut all = o.stdout;
    all.extend(o.stderr);
    all
}

#[test]
fn every_command_prints_the_file_text_harmlessly() {
    let commands: &[&[&str]] = &[
        &["--file", FILE, "tree"],
        &["--file", FILE, "show", "plan"],
        &["--file", FILE, "show", "goals"],
        &["--file", FILE, "show", "goals", "--lang", "en"],
        &["--file", FILE, "show", "goals", "--format", "markdown"],
        &["--file", FILE, "search", "规模"],
        &["--file", FILE, "search", "grows"],
        &["--file", FILE, "search", "Growth", "--json"],
        &["--file", FILE, "search", "alias", "--json"],
        &["--file", FILE, "export", "--format", "json"],
        &["--file", FILE, "export", "--format", "markdown"],
        &["check", FILE],
        // Hostile text typed by the reader is shown the same way in error messages.
        &["--file", FILE, "show", "\x1b]0;pwned\x07"],
        &["--file", FILE, "search", "\x1b[31mRED"],
        &["check", "/tmp/\x1b]0;pwned\x07.yaml"],
        &["--file", "/tmp/\x1b]0;pwned\x07\u{202e}.yaml", "tree"],
        &["--file", FILE, "search", "\u{9b}31m\u{202e}\x07", "--json"],
        &["--file", FILE, "export", "--node", "\x1b[2J\u{85}"],
        &["--open", "\x1b]0;pwned\x07"],
        &["--present", "--from", "\u{2066}\x1b[2J"],
    ];
    for args in commands {
        let out = printed(args);
        assert!(!out.is_empty(), "{args:?} printed nothing");
        assert_no_escape(&format!("{args:?}"), &out);
    }
    // The text is there, made visible.
    let tree = String::from_utf8(printed(&["--file", FILE, "tree"])).unwrap();
    assert!(tree.contains("规划␛]0;pwned␇标题"), "{tree}");
    let show =
        String::from_utf8(printed(&["--file", FILE, "show", "goals", "--lang", "en"])).unwrap();
    assert!(
        show.contains("By 2025\u{FFFD} the industry grows."),
        "{show}"
    );
    // JSON stays valid and carries the visible forms, not the controls.
    let json = printed(&["--file", FILE, "export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["title"]["zh"], "规划␛]0;pwned␇标题");
}

#[test]
fn the_browser_writes_only_its_own_escape_sequences() {
    let mut s = pty::Session::start(&["--file", FILE], 100, 30);
    s.wait_for("pwned");
    s.send("j"); // the section: its title, text, aliases and facts
    s.wait_for("hidden cursor");
    let screen = s.screen();
    assert!(
        screen.contains("␛[?25l hidden cursor"),
        "shown, visibly: {screen}"
    );
    s.send("\t");
    s.send("?");
    s.wait_for("Keys");
    s.send("\x1b");
    // Esc and the next key in one read would be Alt and that key.
    let pause = || std::thread::sleep(std::time::Duration::from_millis(150));
    pause();
    s.send("/规模\r");
    s.send("r"); // the results list: breadcrumbs and snippets of the file's text
    s.wait_for("Results");
    s.send("\x1b");
    pause();
    s.send("ma");
    s.send("''"); // the marks list: the marked node's titles
    s.wait_for("Marks (1)");
    s.send("\x1b");
    pause();
    s.send("c"); // no cluster groups: a notice, nothing else
    s.send("p"); // the slide shows the same text full-screen
    s.wait_for("Esc browser");
    // Esc leaves the slides (q would too); the browser is back before q quits it.
    s.send("\x1b");
    s.wait_for("Outline");
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    assert_harmless("the browser", &s.raw);
    s.assert_terminal_restored();
}

/// What the reader types or passes on the command line reaches the screen as harmlessly as the
/// file's text: a search query with C1 and bidi controls, the same typed into the search and go-to
/// boxes.
#[test]
fn typed_controls_are_shown_harmlessly() {
    let mut s = pty::Session::start(
        &["--file", FILE, "--search", "\u{9b}2J\u{202e}grows\u{7}"],
        100,
        30,
    );
    s.wait_for("Outline");
    s.wait_for("2J");
    // Typed while searching: C1 CSI, NEL, RLO, LRI, BEL (Ctrl-G) and DEL.
    s.send("/\u{9b}31m\u{85}\u{202e}\u{2066}x\u{7}\u{7f}y");
    s.wait_for("31m");
    s.send("\r");
    s.send(":\u{9d}0;pwned\u{202d}");
    s.wait_for("0;pwned");
    s.send("\x1b");
    // Apart, so that they arrive as Esc and q, not as Alt-q.
    std::thread::sleep(std::time::Duration::from_millis(100));
    s.send("q");
    assert_eq!(s.exit_code(), 0);
    assert_harmless("the browser", &s.raw);
    s.assert_terminal_restored();
}
