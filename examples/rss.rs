//! `cargo run --release --example rss -- FILE`: memory of a loaded library, as the kernel counts
//! it — resident now (VmRSS) and at its peak (VmHWM) — after loading the model and after building
//! the search index, with the allocator set up as the program sets it up.

use std::path::PathBuf;

fn status(what: &str) {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |k: &str| {
        s.lines()
            .find(|l| l.starts_with(k))
            .map(|l| l[k.len()..].trim().to_string())
            .unwrap_or_else(|| "?".into())
    };
    println!(
        "{what}: VmRSS {}, VmHWM {}",
        field("VmRSS:"),
        field("VmHWM:")
    );
}

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("usage: rss FILE"));
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("{}: {size} bytes", path.display());
    let doc = yijian::library::open_paths(
        std::slice::from_ref(&path),
        &yijian::model::Limits::default(),
    )
    .library
    .expect("loads");
    let doc = std::sync::Arc::new(doc);
    status("after load");
    let index = yijian::search::Index::build(&doc);
    status("after index");
    std::hint::black_box((doc, index));
}
