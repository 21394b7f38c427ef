//! `cargo run --release --example probe_search -- FILE QUERY [RUNS]`: one query, cold, RUNS times
//! (for profiling a search with perf).
fn main() {
    let mut args = std::env::args().skip(1);
    let path =
        std::path::PathBuf::from(args.next().expect("usage: probe_search FILE QUERY [RUNS]"));
    let q = args.next().expect("a query");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    yijian::memory::for_large_library();
    let doc = std::sync::Arc::new(
        yijian::model::load_path(&path, &yijian::model::Limits::default()).expect("loads"),
    );
    let index = yijian::search::Index::build(&doc);
    let query = yijian::search::Query::parse(&q);
    index.search(&query);
    let t = std::time::Instant::now();
    for _ in 0..runs {
        index.forget();
        std::hint::black_box(index.search(&yijian::search::Query::parse(&q)));
    }
    println!(
        "{:.1} ms a search",
        t.elapsed().as_secs_f64() * 1e3 / runs as f64
    );
}
