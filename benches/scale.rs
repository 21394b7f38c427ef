//! yijian at scale: load, search per keystroke, render and one navigation step, for the embedded
//! document and for generated libraries of 10 000 and 100 000 nodes (benches/support/synth.rs,
//! written once under target/bench-corpus). Peak memory is measured separately
//! (`scripts/bench`), as criterion cannot. Run with `cargo bench --bench scale`.

#[path = "support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use yijian::app::{Action, App};
use yijian::library::{Library, open_paths};
use yijian::model::{Limits, load_embedded};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::search::{Index, Query};
use yijian::ui::{self, Display, Glyphs, Theme, ViewState};

const QUERIES: &[(&str, &str)] = &[
    ("zh", "半导体"),
    ("en", "semiconductor"),
    ("pinyin", "bandaoti"),
    ("traditional", "半導體"),
    ("typo", "semicondutor"),
    ("words", "growth targets"),
    ("pinyin_words", "jiguang zhizao"),
    ("synonym", "chips"),
];

/// (name, folder of documents or `None` for the embedded document).
fn sizes() -> Vec<(&'static str, Option<PathBuf>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus");
    vec![
        ("embedded", None),
        // One document of about 10 MB (a generated node is about 700 bytes).
        ("one-10MB", Some(synth::corpus(&dir, 1, 14_500))),
        ("1000docs-100k", Some(synth::corpus(&dir, 1_000, 100_000))),
    ]
}

fn load(folder: &Option<PathBuf>) -> Arc<Library> {
    Arc::new(match folder {
        Some(p) => open_paths(std::slice::from_ref(p), &Limits::default())
            .library
            .expect("the generated library opens"),
        None => load_embedded().unwrap().into(),
    })
}

fn bench(c: &mut Criterion) {
    let display = Display {
        theme: Theme::new(ThemeName::Default, false),
        words: ui::words(UiLang::En),
        glyphs: Glyphs::default(),
    };
    for (name, file) in sizes() {
        let big = name != "embedded";
        let mut group = c.benchmark_group(format!("scale/{name}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(if big { 100 } else { 500 }))
            .measurement_time(Duration::from_secs(if big { 15 } else { 3 }));

        // Freeing a library is not part of loading one (and the program never does: it exits).
        group.bench_function("load_and_index", |b| {
            b.iter_with_large_drop(|| {
                let doc = load(&file);
                black_box(Index::build(&doc))
            })
        });

        let doc = load(&file);
        let index = Index::build(&doc);
        for (form, typed) in QUERIES {
            // Each keystroke's query, as the search box runs them; reported per keystroke.
            let prefixes: Vec<&str> = typed
                .char_indices()
                .map(|(i, ch)| &typed[..i + ch.len_utf8()])
                .collect();
            // Every keystroke from scratch, as a pasted query: nothing kept from the last one.
            group.bench_function(BenchmarkId::new("search_keystroke", form), |b| {
                let mut k = 0;
                b.iter(|| {
                    k = (k + 1) % prefixes.len();
                    index.forget();
                    black_box(index.search(&Query::parse(prefixes[k])))
                })
            });
            // The same keystrokes in the order typed, as the search box runs them: the index
            // keeps the hits of the words searched last and narrows a lengthened word from them.
            index.forget();
            group.bench_function(BenchmarkId::new("search_as_typed", form), |b| {
                let mut k = prefixes.len() - 1;
                b.iter(|| {
                    k = (k + 1) % prefixes.len();
                    if k == 0 {
                        index.forget();
                    }
                    black_box(index.search(&Query::parse(prefixes[k])))
                })
            });
        }

        let mut app = App::new(doc, LangMode::Both);
        app.apply(Action::ExpandAll);
        let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut view = ViewState::default();
        group.bench_function("render_120x40_all_expanded", |b| {
            b.iter(|| {
                term.draw(|f| {
                    black_box(ui::draw(f, &app, &display, &mut view));
                })
                .unwrap();
            })
        });
        group.bench_function("move_down_and_render", |b| {
            b.iter(|| {
                app.apply(Action::Down);
                term.draw(|f| {
                    black_box(ui::draw(f, &app, &display, &mut view));
                })
                .unwrap();
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
