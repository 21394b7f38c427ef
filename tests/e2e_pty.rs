//! End to end: the real binary in a pseudo-terminal, keys typed, the screen read back through a
//! vt100 parser, and the terminal checked after exit (alternate screen left, cursor shown, mouse
//! reporting off).

#[path = "common/pty.rs"]
mod pty;
#[path = "common/run.rs"]
mod run;

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
    s.wait_for("n next  N previous");
    s.send("\x1b[B"); // Down arrow: after the hit
    s.wait_for("clusters.emerging.8");
    s.send("?");
    s.wait_for("Keys (Esc to close)");
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
    s.signal("-TERM");
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

#[test]
fn sighup_restores_the_terminal() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Outline");
    assert!(!s.cooked(), "raw mode while running");
    s.signal("-HUP");
    assert_eq!(s.exit_code(), 128 + 1);
    s.assert_terminal_restored();
}

/// The panic hook is compiled into debug builds only, so that no release binary can be made to
/// panic on purpose; `cargo test --release` skips this test rather than fail it.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "YIJIAN_TEST_PANIC_ON_KEY exists in debug builds only"
)]
fn a_panic_restores_the_terminal_and_reports() {
    let mut s = Session::start_with(&[], 80, 24, &[("YIJIAN_TEST_PANIC_ON_KEY", "1")]);
    s.wait_for("Outline");
    s.send("j");
    assert_eq!(s.exit_code(), 101, "a panic's exit status");
    s.assert_terminal_restored();
    let text = String::from_utf8_lossy(&s.raw);
    assert!(
        text.contains("panic requested"),
        "the panic message is shown"
    );
}

/// The terminal window goes away while the browser waits for a key: the last descriptor of the
/// pty's master side is closed. The browser must exit with 129 (hung up), not spin.
#[test]
fn closing_the_terminal_ends_the_program() {
    assert_eq!(hang_up(true), Some(128 + 1));
}

/// The same when the pty is not the browser's controlling terminal (started with `setsid`, or by a
/// program that hands it a pty as plain descriptors): no SIGHUP comes, only the hang-up itself.
/// crossterm then retries the failing read forever at full CPU, unless the browser notices.
#[test]
fn closing_a_terminal_that_is_not_the_controlling_one_ends_the_program() {
    assert_eq!(hang_up(false), Some(128 + 1));
}

/// Starts the browser on a fresh pty (as its controlling terminal or not), waits until the first
/// screen is drawn and the browser is idle, closes the master side, and returns the exit code.
fn hang_up(controlling: bool) -> Option<i32> {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty writes two new descriptors; null name/termios/winsize are allowed.
    let ok = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &libc::winsize {
                ws_row: 24,
                ws_col: 80,
                ws_xpixel: 0,
                ws_ypixel: 0,
            },
        )
    };
    assert_eq!(ok, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    // The browser must not inherit the master side, or closing it here would not hang up.
    // SAFETY: sets a flag on a descriptor owned here.
    unsafe { libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
    let home = format!(
        "{}/e2e-hangup-{controlling}-{}",
        env!("CARGO_TARGET_TMPDIR"),
        std::process::id()
    );
    let mut cmd = run::command(&[]);
    cmd.env("TERM", "xterm-256color")
        .env("XDG_STATE_HOME", format!("{home}/state"))
        .env("XDG_CONFIG_HOME", format!("{home}/config"))
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            if controlling {
                libc::ioctl(0, libc::TIOCSCTTY, 0);
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn");
    // Read until the first screen is drawn and nothing more comes for a while, so the browser is
    // waiting for a key (not in the middle of a frame, whose write would fail instead).
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut quiet_since = Instant::now();
    while !String::from_utf8_lossy(&seen).contains("Outline")
        || quiet_since.elapsed() < Duration::from_millis(300)
    {
        assert!(Instant::now() < deadline, "no first screen");
        let mut pfd = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut pfd, 1, 50) } > 0 {
            let mut buf = [0u8; 4096];
            // SAFETY: reads into a buffer of the given length.
            let n = unsafe { libc::read(master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                seen.extend_from_slice(&buf[..n as usize]);
                quiet_since = Instant::now();
            }
        }
    }
    drop(master);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if Instant::now() > deadline {
            // Do not leave a spinning process behind a failed test.
            let _ = child.kill();
            panic!("still running 5 s after the terminal closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn term_dumb_is_refused_and_an_unknown_term_still_works() {
    let mut dumb = Session::start_with(&[], 80, 24, &[("TERM", "dumb")]);
    dumb.wait_for("TERM=dumb cannot show the interactive browser");
    assert_eq!(dumb.exit_code(), 2);
    assert!(
        !dumb.raw.contains(&0x1b),
        "no escape codes for a dumb terminal"
    );

    // The browser speaks plain ANSI through crossterm and needs no terminfo entry.
    let mut odd = Session::start_with(&[], 80, 24, &[("TERM", "xyz-unknown")]);
    odd.wait_for("Outline");
    odd.send("q");
    assert_eq!(odd.exit_code(), 0);
    odd.assert_terminal_restored();
}

#[test]
fn piped_input_is_refused() {
    // Keys cannot come from a pipe: the browser explains and writes nothing to stdout.
    let o = run::command(&[])
        .stdin(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(run::stderr(&o).contains("input or output is not one"));
    assert!(o.stdout.is_empty());
}

#[test]
fn the_policy_file_is_never_written() {
    let dir = run::scratch("read_only_use");
    let file = dir.join("policy.yaml");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/policy.yaml"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mtime = std::fs::metadata(&file).unwrap().modified().unwrap();
    let path = file.to_str().unwrap();
    for args in [
        vec!["--file", path, "tree"],
        vec!["--file", path, "show", "goals.1"],
        vec!["--file", path, "search", "半导体"],
        vec!["--file", path, "export", "--format", "markdown"],
        vec!["check", path],
    ] {
        let o = run::yijian(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", run::stderr(&o));
        assert!(!o.stdout.is_empty(), "{args:?} printed nothing");
    }
    // A browsing session that sets a mark, copies, searches and quits.
    let mut s = Session::start(&["--file", path], 100, 30);
    s.wait_for("Outline");
    s.send("3ma/半导体\rYq");
    assert_eq!(s.exit_code(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), mtime);
}

#[test]
fn the_position_survives_sigterm() {
    let home = format!(
        "{}/e2e-sigterm-state-{}",
        env!("CARGO_TARGET_TMPDIR"),
        std::process::id()
    );
    let state = format!("{home}/state");
    let env = [("XDG_STATE_HOME", state.as_str())];
    let mut s = Session::start_with(&[], 80, 24, &env);
    s.wait_for("Outline");
    s.send("3");
    s.wait_for("goals ∙");
    s.signal("-TERM");
    assert_eq!(s.exit_code(), 128 + 15);
    s.assert_terminal_restored();
    // The next start opens where the reader was.
    let mut again = Session::start_with(&[], 80, 24, &env);
    again.wait_for("goals ∙");
    again.send("q");
    assert_eq!(again.exit_code(), 0);
}
