//! `cargo run --release --example keystrokes -- FILE [RUNS]`: the time of every keystroke of the
//! typical queries (each prefix, as the search box runs them), median of RUNS, on one library.
//! The criterion bench reports the mean over a query's keystrokes; the target is for each one,
//! and the first letters, which match most of a library, are the slow ones.

use std::time::Instant;

use yijian::search::{Index, Query};

const QUERIES: &[&str] = &[
    "半导体",
    "半導體",
    "semiconductor",
    "bandaoti",
    "growth target",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let path = std::path::PathBuf::from(args.next().expect("usage: keystrokes FILE [RUNS]"));
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(7);
    let t = Instant::now();
    let doc = yijian::model::load_path(&path, &yijian::model::Limits::default()).expect("loads");
    let load = t.elapsed();
    let t = Instant::now();
    let index = Index::build(&doc);
    println!(
        "{}: load {:.0} ms, index {:.0} ms",
        path.display(),
        load.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    for q in QUERIES {
        let mut line = format!("{q:>14}:");
        for (i, c) in q.char_indices() {
            let prefix = &q[..i + c.len_utf8()];
            let mut times = Vec::with_capacity(runs);
            let mut hits = 0;
            for _ in 0..runs {
                let t = Instant::now();
                hits = std::hint::black_box(index.search(&Query::parse(prefix))).len();
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            line += &format!(" {:.1}({hits})", times[runs / 2]);
        }
        println!("{line}   ms per keystroke (hits)");
    }
}
