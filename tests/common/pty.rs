//! Runs the real binary in a pseudo-terminal: keys go in, the screen is read back through a
//! vt100 parser, and every raw byte the program wrote is kept for byte-level checks.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct Session {
    pub parser: vt100::Parser,
    /// Every byte the program wrote, in order.
    pub raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Option<Box<dyn MasterPty + Send>>,
}

impl Session {
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with(args, cols, rows, &[])
    }

    /// Like `start`, with extra environment variables.
    pub fn start_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
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
        for (k, v) in env {
            cmd.env(k, v);
        }
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
            master: Some(pty.master),
        }
    }

    pub fn pump(&mut self, wait: Duration) {
        while let Ok(bytes) = self.rx.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
            if wait > Duration::ZERO {
                break;
            }
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    pub fn wait_for(&mut self, text: &str) {
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

    pub fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().unwrap() {
                // Collect what was written on the way out: all of it, until the reader thread
                // meets the end of the terminal (a busy machine may deliver it late).
                while let Ok(bytes) = self.rx.recv_timeout(Duration::from_secs(2)) {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
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

    /// Sends the program the signal `sig` (`-TERM`, `-HUP`), as `kill` does.
    pub fn signal(&self, sig: &str) {
        let pid = self
            .child
            .process_id()
            .expect("a running program has a pid");
        let sent = std::process::Command::new("kill")
            .args([sig, &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill {sig} {pid} failed");
    }

    /// Whether the pty is back in cooked mode (canonical input and echo), as the program found it.
    pub fn cooked(&self) -> bool {
        let master = self.master.as_ref().expect("the terminal is still open");
        let t: libc::termios = master.get_termios().expect("termios").into();
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    pub fn assert_terminal_restored(&self) {
        assert!(self.cooked(), "raw mode left on");
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "cursor left hidden");
        assert_eq!(
            s.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
        assert!(!s.bracketed_paste(), "bracketed paste left on");
    }
}
