//! `cargo run --release --example rss -- FILE`: memory of a loaded library, as the kernel counts
//! it — resident now (VmRSS) and at its peak (VmHWM) — after loading the model and after building
//! the search index; each also after `malloc_trim`, which returns to the kernel the heap that the
//! allocator keeps after the parser's buffers are freed (the difference is not the model's).

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

fn trim(what: &str) {
    // SAFETY: malloc_trim only releases free heap pages; it is safe to call at any time.
    unsafe { libc::malloc_trim(0) };
    status(&format!("{what}, trimmed"));
}

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("usage: rss FILE"));
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("{}: {size} bytes", path.display());
    let doc = yijian::model::load_path(&path, &yijian::model::Limits::default()).expect("loads");
    let doc = std::sync::Arc::new(doc);
    status("after load");
    trim("after load");
    let index = yijian::search::Index::build(&doc);
    status("after index");
    trim("after index");
    std::hint::black_box((doc, index));
}
