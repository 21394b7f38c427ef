//! One full frame at 120×40 with the whole tree expanded, and one navigation step, on the embedded
//! document. Run with `cargo bench --bench render`.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use yijian::app::{Action, App};
use yijian::model::load_embedded;
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{self, Display, Glyphs, Theme, ViewState};

fn expanded_app() -> App {
    let mut app = App::new(load_embedded().unwrap(), LangMode::Both);
    app.apply(Action::ExpandAll);
    app
}

fn bench(c: &mut Criterion) {
    // The embedded document: the program runs it on the system allocator, as here.
    let display = Display {
        theme: Theme::new(ThemeName::Default, false),
        words: ui::words(UiLang::En),
        glyphs: Glyphs::default(),
    };
    let mut group = c.benchmark_group("render");
    group
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);

    let mut app = expanded_app();
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut view = ViewState::default();
    group.bench_function("full_frame_120x40_all_expanded", |b| {
        b.iter(|| {
            term.draw(|f| {
                std::hint::black_box(ui::draw(f, &app, &display, &mut view));
            })
            .unwrap();
        })
    });

    group.bench_function("move_down_and_redraw", |b| {
        b.iter(|| {
            app.apply(Action::Down);
            if app.selected() == app.doc().subtree_end(app.doc().first_root()) {
                app.apply(Action::First);
            }
            term.draw(|f| {
                std::hint::black_box(ui::draw(f, &app, &display, &mut view));
            })
            .unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
