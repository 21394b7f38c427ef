//! End to end: the real binary in a pseudo-terminal, keys typed, the screen read back through a
//! vt100 parser, and the terminal checked after exit (alternate screen left, cursor shown, mouse
//! reporting off).

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

struct Session {
    parser: vt100::Parser,
    raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_yijian"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        // Each run gets fresh state and config directories: no test sees another's marks or
        // last position, and none touches the real home directory.
        static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let home = format!(
            "{}/e2e-{}-{run}",
            env!("CARGO_TARGET_TMPDIR"),
            std::process::id()
        );
        cmd.env("XDG_STATE_HOME", format!("{home}/state"));
        cmd.env("XDG_CONFIG_HOME", format!("{home}/config"));
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            rx,
            writer,
            child,
            _master: pty.master,
        }
    }

    fn pump(&mut self, wait: Duration) {
        while let Ok(bytes) = self.rx.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
            if wait > Duration::ZERO {
                break;
            }
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "`{text}` never appeared; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().unwrap() {
                // Collect what was written on the way out.
                for _ in 0..10 {
                    self.pump(Duration::from_millis(20));
                }
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "did not exit; screen:\n{}",
                self.screen()
            );
        }
    }

    fn assert_terminal_restored(&self) {
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "cursor left hidden");
        assert_eq!(
            s.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
    }
}

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
