//! Building the search index of the embedded document, and searching as the reader types: each
//! iteration parses and runs every prefix of a query, one keystroke (one character) at a time, as
//! the search box does. Run with `cargo bench --bench search`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use yijian::model::load_embedded;
use yijian::search::{Index, Query};

/// Benchmark name and the query typed, one per query form.
const TYPED: &[(&str, &str)] = &[
    ("zh_jiguang_zengcai_zhizao", "激光与增材制造"),
    ("en_semiconductor", "semiconductor"),
    ("pinyin_bandaoti", "bandaoti"),
    ("initials_bdt", "bdt"),
    ("traditional_bandaoti", "半導體"),
];

/// Every non-empty prefix of `s`, ending on character boundaries.
fn prefixes(s: &str) -> Vec<&str> {
    s.char_indices()
        .map(|(i, c)| &s[..i + c.len_utf8()])
        .collect()
}

fn bench(c: &mut Criterion) {
    // The embedded document: the program runs it on the system allocator, as here.
    let doc: std::sync::Arc<yijian::model::Library> = load_embedded().unwrap().into();
    let mut group = c.benchmark_group("search");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);

    group.bench_function("index_build", |b| {
        b.iter(|| black_box(Index::build(black_box(&doc))))
    });

    let index = Index::build(&doc);
    for (name, typed) in TYPED {
        let steps = prefixes(typed);
        group.bench_function(format!("keystrokes/{name}"), |b| {
            b.iter(|| {
                for p in &steps {
                    black_box(index.search(&Query::parse(black_box(p))));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
