//! `cargo run --release --example keystrokes -- FILE [RUNS] [QUERY…]`: the time of every keystroke
//! of the typical queries (or the QUERYs given), each prefix as the search box runs it, median of
//! RUNS, on one library.
//! The criterion bench reports the mean over a query's keystrokes; the target is for each one,
//! and the first letters, which match most of a library, are the slow ones. Each query is timed
//! twice: every keystroke cold (nothing kept from earlier searches, as a pasted query), and as
//! the search box runs it, after the keystrokes before it (the index keeps their words' hits).

use std::time::Instant;

use yijian::search::{Index, Query};

const QUERIES: &[&str] = &[
    "半导体",
    "半導體",
    "semiconductor",
    "bandaoti",
    "growth target",
    "growth targets",
    "semicondutor",
    "jiguang zhizao",
    "產業集羣",
    "chips",
    "支柱产业有哪些",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let path = std::path::PathBuf::from(args.next().expect("usage: keystrokes FILE [RUNS]"));
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(7);
    let given: Vec<String> = args.collect();
    let queries: Vec<&str> = if given.is_empty() {
        QUERIES.to_vec()
    } else {
        given.iter().map(String::as_str).collect()
    };
    let t = Instant::now();
    let doc = yijian::library::open_paths(
        std::slice::from_ref(&path),
        &yijian::model::Limits::default(),
    )
    .library
    .expect("loads");
    let doc = std::sync::Arc::new(doc);
    let load = t.elapsed();
    let t = Instant::now();
    let index = Index::build(&doc);
    println!(
        "{}: load {:.0} ms, index {:.0} ms",
        path.display(),
        load.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    for q in &queries {
        let mut whole = format!("{q:>14} whole:");
        let mut typed = format!("{q:>14} typed:");
        let prefixes: Vec<&str> = q
            .char_indices()
            .map(|(i, c)| &q[..i + c.len_utf8()])
            .collect();
        for (k, prefix) in prefixes.iter().enumerate() {
            let (t, hits) = median(runs, || {
                index.forget();
                index.search(&Query::parse(prefix))
            });
            whole += &format!(" {t:.1}({})", hits.len());
            let t = typed_time(runs, &index, &prefixes[..k], prefix);
            typed += &format!(" {t:.1}");
        }
        println!("{whole}   ms per keystroke (hits)");
        println!("{typed}   ms per keystroke, as typed (after the keystrokes before it)");
    }
}

/// The median time, in ms, of the search for `prefix` after those for `before`, as typed.
fn typed_time(runs: usize, index: &Index, before: &[&str], prefix: &str) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            index.forget();
            for p in before {
                index.search(&Query::parse(p));
            }
            let t = Instant::now();
            std::hint::black_box(index.search(&Query::parse(prefix)));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// The median time of `runs` calls of `f`, in ms, and the last result.
fn median<R>(runs: usize, f: impl Fn() -> R) -> (f64, R) {
    let mut times = Vec::with_capacity(runs);
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        out = Some(std::hint::black_box(f()));
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    (times[runs / 2], out.expect("at least one run"))
}
