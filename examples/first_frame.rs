//! `cargo run --release --example first_frame -- [RUNS] [-- yijian args…]`: how long the browser
//! takes from start to its first screen, measured in a pseudo-terminal as a reader would see it
//! (spawn to the first bytes of the outline title on the terminal). Prints the median and range.

use std::io::Read;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

fn once(args: &[String]) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/release/yijian"
    ));
    cmd.args(args);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.arg("--no-state");
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    let mut reader = pty.master.try_clone_reader().unwrap();
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    // Only the child holds the terminal now, so its exit ends our reads.
    drop(pty.slave);
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    let elapsed = loop {
        let n = reader.read(&mut buf).unwrap_or(0);
        seen.extend_from_slice(&buf[..n]);
        // The outline's title is drawn with the first frame.
        if String::from_utf8_lossy(&seen).contains("Outline") {
            break start.elapsed();
        }
        assert!(
            n > 0,
            "the browser ended before drawing: {}",
            String::from_utf8_lossy(&seen)
        );
    };
    child.kill().ok();
    child.wait().ok();
    elapsed
}

fn main() {
    let mut argv: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = match argv.first().and_then(|a| a.parse().ok()) {
        Some(n) => {
            argv.remove(0);
            n
        }
        None => 20,
    };
    if argv.first().is_some_and(|a| a == "--") {
        argv.remove(0);
    }
    argv.extend(["--ui-lang".to_string(), "en".to_string()]);
    let mut times: Vec<Duration> = (0..runs).map(|_| once(&argv)).collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "first frame: median {:.1} ms, min {:.1} ms, max {:.1} ms ({runs} runs)",
        ms(times[runs / 2]),
        ms(times[0]),
        ms(times[runs - 1])
    );
}
