//! Building the search index of the embedded document, and searching as the reader types: each
//! iteration parses and runs every prefix of a query, one keystroke (one character) at a time, as
//! the search box does (`keystrokes`), and the same with nothing kept between keystrokes
//! (`keystrokes_cold`), for every form of query the search forgives. Run with `cargo bench --bench search`.

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
    ("typo_semicondutor", "semicondutor"),
    ("word_form_growth_targets", "growth targets"),
    ("spelling_labor", "labor"),
    ("pinyin_words_jiguang_zhizao", "jiguang zhizao"),
    ("variant_chanye_jiqun", "產業集羣"),
    ("numeral_wuqianyi", "五千亿"),
    ("question_zhizhu_chanye", "支柱产业有哪些"),
    ("synonym_chips", "chips"),
    (
        "partial_chokepoint_semiconductor",
        "chokepoint semiconductor",
    ),
];

/// Every non-empty prefix of `s`, ending on character boundaries.
fn prefixes(s: &str) -> Vec<&str> {
    s.char_indices()
        .map(|(i, c)| &s[..i + c.len_utf8()])
        .collect()
}

fn bench(c: &mut Criterion) {
    // The embedded document: the program runs it on the system allocator, as here.
    let doc: std::sync::Arc<yijian::library::Library> = load_embedded().unwrap().into();
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
        // As typed: the index keeps the hits of the words searched last, from the first letter.
        group.bench_function(format!("keystrokes/{name}"), |b| {
            b.iter(|| {
                index.forget();
                for p in &steps {
                    black_box(index.search(&Query::parse(black_box(p))));
                }
            })
        });
        // Every keystroke cold, as if pasted.
        group.bench_function(format!("keystrokes_cold/{name}"), |b| {
            b.iter(|| {
                for p in &steps {
                    index.forget();
                    black_box(index.search(&Query::parse(black_box(p))));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
