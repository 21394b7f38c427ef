//! A document in one language (schema 2) under the default `--lang both`: every title,
//! paragraph, agenda line and contents entry is shown once, on the slides, the overview, the
//! presenter view, the detail pane, the compare view and the HTML handout; a string the document
//! gives in both languages still shows both. The documents are tests/fixtures/one_language.yaml
//! and two imports (a Chinese notice, an English Markdown plan) made here as `yijian import`
//! makes them.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use std::path::Path;

use drive::text_of;
use yijian::app::{Action, App, LinkState, Overlay, Role};
use yijian::model::{Document, Limits, NodeId, load_path, load_str};
use yijian::prefs::{LangMode, ThemeName, UiLang};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/one_language.yaml"
);

fn fixture() -> Document {
    load_path(Path::new(FIXTURE), &Limits::default()).expect("the fixture loads")
}

/// `tests/import/NAME` imported and loaded, as `yijian import NAME -o x.yaml; yijian x.yaml`.
fn imported(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name);
    let imp = yijian::import::import_path(&path, None, &Limits::default()).expect("imports");
    let yaml = yijian::import::to_yaml(&imp, name);
    load_str(&yaml, name, &Limits::default()).expect("the import loads")
}

fn documents() -> Vec<(&'static str, Document)> {
    vec![
        ("fixture", fixture()),
        ("notice.txt", imported("notice.txt")),
        ("plan.md", imported("plan.md")),
        ("english.txt", imported("english.txt")),
    ]
}

/// The node with the id `id`.
fn find(doc: &Document, id: &str) -> NodeId {
    NodeId(
        doc.nodes()
            .iter()
            .position(|n| &*n.id == id)
            .expect("the id is in the document"),
    )
}

fn ink(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn display(ui: UiLang) -> yijian::ui::Display {
    drive::display(ThemeName::Default, true, ui)
}

/// The slide of `node`, opened from the browser, on a `w`×`h` screen.
fn slide_screen(doc: &Document, node: NodeId, lang: LangMode, w: u16, h: u16) -> String {
    let mut app = App::new(doc.clone(), lang);
    app.open_at(node);
    app.start_presenting();
    // The slide itself, not the overview that opens a section.
    if let Overlay::Present(p) = app.overlay()
        && matches!(p.current(), yijian::app::Slide::Overview(_))
    {
        drive::key(&mut app, crossterm::event::KeyCode::Right);
    }
    text_of(&drive::frame(&mut app, &display(UiLang::En), w, h))
}

/// No row repeats the row above it, and no row holds one name twice side by side.
fn assert_nothing_twice(screen: &str, what: &str) {
    // Borders are not text.
    let rows: Vec<&str> = screen
        .lines()
        .map(|r| r.trim_matches(|c: char| c.is_whitespace() || "│|".contains(c)))
        .collect();
    for pair in rows.windows(2) {
        assert!(
            pair[0].is_empty() || pair[0] != pair[1],
            "{what}: the row {:?} is shown twice\n{screen}",
            pair[0]
        );
    }
    for row in &rows {
        let cells: Vec<&str> = row
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        for pair in cells.windows(2) {
            assert!(
                pair[0] != pair[1],
                "{what}: {:?} twice on one row\n{screen}",
                pair[0]
            );
        }
    }
}

#[test]
fn every_slide_of_a_one_language_document_shows_each_string_once() {
    for (name, doc) in documents() {
        for node in (0..doc.nodes().len()).map(NodeId) {
            let n = &doc.nodes()[node.0];
            for lang in [LangMode::Both, LangMode::Zh, LangMode::En] {
                let screen = slide_screen(&doc, node, lang, 120, 40);
                let what = format!("{name} {} {lang:?}", n.id);
                assert_nothing_twice(&screen, &what);
                // On one page, each paragraph of the node's text is there exactly once.
                if screen.contains("1/") {
                    continue;
                }
                let all = ink(&screen);
                for para in n
                    .text
                    .iter()
                    .flat_map(|t| t.langs().map(|l| t.own(l).to_string()))
                {
                    for p in para.split('\n').map(ink).filter(|p| !p.is_empty()) {
                        assert_eq!(all.matches(&p).count(), 1, "{what}: {p}\n{screen}");
                    }
                }
            }
        }
        // Smaller screens too: nothing doubled, whatever the pages.
        for (w, h) in [(80, 24), (40, 12)] {
            for node in (0..doc.nodes().len()).map(NodeId) {
                let screen = slide_screen(&doc, node, LangMode::Both, w, h);
                assert_nothing_twice(&screen, &format!("{name} {w}x{h}"));
            }
        }
    }
}

#[test]
fn a_string_given_in_both_languages_still_shows_both() {
    let doc = fixture();
    let clusters = find(&doc, "clusters");
    let screen = slide_screen(&doc, clusters, LangMode::Both, 120, 40);
    assert!(screen.contains("二、突出重点集群"), "{screen}");
    assert!(
        screen.contains("Part II Focus on the key clusters"),
        "{screen}"
    );
    // Its text is given in Chinese only: once.
    assert_eq!(
        screen.matches("重点培训以下两个集群").count(),
        1,
        "{screen}"
    );
    // The agenda of the document: the section given in both has both names, the others one.
    let root = slide_screen(&doc, doc.root(), LangMode::Both, 120, 40);
    assert!(
        root.contains("二  突出重点集群  Focus on the key clusters"),
        "{root}"
    );
    assert!(
        root.contains("一  提高思想认识\n") || root.contains("一  提高思想认识 "),
        "{root}"
    );
    assert_eq!(root.matches("提高思想认识").count(), 1, "{root}");
    assert_eq!(root.matches("示例市工业和信息化局").count(), 1, "{root}");
}

#[test]
fn one_language_slides_snapshot() {
    let doc = fixture();
    let goals = find(&doc, "goals");
    insta::assert_snapshot!(
        "one_language_section_80x24",
        slide_screen(&doc, goals, LangMode::Both, 80, 24)
    );
    let plan = imported("plan.md");
    insta::assert_snapshot!(
        "one_language_import_root_80x24",
        slide_screen(&plan, plan.root(), LangMode::Both, 80, 24)
    );
}

fn presenter(doc: &Document, at: &str, lang: LangMode) -> App {
    let mut app = App::new(doc.clone(), lang);
    app.set_role(Role::Presenter(LinkState {
        connected: false,
        news: None,
        started: std::time::SystemTime::now(),
        page: None,
        size: None,
    }));
    app.open_at(find(doc, at));
    app.start_presenting();
    app
}

#[test]
fn the_presenter_view_shows_a_one_language_document_once() {
    for (name, doc) in documents() {
        let first = doc.nodes()[doc.nodes()[0].children[0].0].id.to_string();
        let mut app = presenter(&doc, &first, LangMode::Both);
        drive::key(&mut app, crossterm::event::KeyCode::Right);
        let screen = text_of(&drive::frame(&mut app, &display(UiLang::Zh), 120, 40));
        // The "Now" panel and the full text, each on its own.
        let now = region_of(&screen, 0..22, 0..72);
        assert_nothing_twice(&now, &format!("{name}: Now"));
        let text = region_of(&screen, 22..39, 0..72);
        assert_nothing_twice(&text, &format!("{name}: full text"));
    }
}

/// Rows `rows` and columns `cols` (by character) of a screen's text.
fn region_of(screen: &str, rows: std::ops::Range<usize>, cols: std::ops::Range<usize>) -> String {
    let mut out = String::new();
    for line in screen.lines().skip(rows.start).take(rows.len()) {
        let mut used = 0;
        for c in line.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used >= cols.start && used + w <= cols.end {
                out.push(c);
            }
            used += w;
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_detail_pane_and_compare_view_name_the_issuer_and_facts_once() {
    let doc = fixture();
    let mut app = App::new(doc.clone(), LangMode::Both);
    let screen = text_of(&drive::frame(&mut app, &display(UiLang::En), 120, 30));
    assert!(
        screen.contains("Issued by 示例市工业和信息化局 on 1 March 2024"),
        "{screen}"
    );
    app.open_at(find(&doc, "clusters.main"));
    app.apply(Action::ToggleCompare);
    assert_eq!(*app.overlay(), Overlay::Compare);
    for (w, h) in [(120, 30), (80, 24), (40, 12)] {
        let screen = text_of(&drive::frame(&mut app, &display(UiLang::En), w, h));
        assert!(!screen.contains("标准 / 标准"), "{screen}");
        assert_nothing_twice(&screen, &format!("compare {w}x{h}"));
    }
    let screen = text_of(&drive::frame(&mut app, &display(UiLang::En), 120, 30));
    assert!(screen.contains("∙ 新一代电子信息"), "{screen}");
    assert!(screen.contains("∙ 现代农业"), "{screen}");
}

#[test]
fn the_handout_of_a_one_language_document_gives_each_heading_once() {
    let out = run::yijian(&[FIXTURE, "export", "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", run::stderr(&out));
    let html = run::stdout(&out);
    assert_eq!(
        html.matches("<h2>一 提高思想认识</h2>").count(),
        1,
        "{html}"
    );
    assert!(
        html.contains("<li><a href=\"#goals\">一 提高思想认识</a></li>"),
        "{html}"
    );
    assert_eq!(
        html.matches("<p>各地要充分认识培训工作的重要意义").count(),
        1
    );
    assert!(
        html.contains("<p>示例市工业和信息化局 · 2024-03-01</p>"),
        "{html}"
    );
    assert!(
        !html.contains("translated by the yijian project"),
        "no English to claim"
    );
    // The section given in both languages keeps its two columns and both headings.
    assert!(
        html.contains(
            "<li><a href=\"#clusters\">二 突出重点集群 · 二 Focus on the key clusters</a></li>"
        ),
        "{html}"
    );
    let at = html
        .find("id=\"clusters\"><div class=\"pair\">")
        .expect("two columns");
    assert!(html[at..].contains("<h2>二 Focus on the key clusters</h2>"));
    // The glossary term gives its title in both, its explanation in Chinese only.
    assert!(
        html.contains("<dt>Industry cluster</dt><dd></dd>"),
        "{html}"
    );
    assert_eq!(html.matches("同一产业的企业在一地集聚").count(), 1);

    // An English-only import: an English page, each heading once.
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("plan.yaml");
    let md = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import/english.txt");
    let out = run::yijian(&["import", md, "-o", yaml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", run::stderr(&out));
    let out = run::yijian(&[yaml.to_str().unwrap(), "export", "--format", "html"]);
    let html = run::stdout(&out);
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    for line in html.lines().filter(|l| l.starts_with("<li>")) {
        assert!(!line.contains(" · "), "a contents entry twice: {line}");
    }
    let headings: Vec<&str> = html.lines().filter(|l| l.starts_with("<h2>")).collect();
    for pair in headings.windows(2) {
        assert_ne!(pair[0], pair[1]);
    }
}

#[test]
fn the_marks_list_names_a_one_language_node_once() {
    let doc = fixture();
    let mut app = App::new(doc.clone(), LangMode::Both);
    app.open_at(find(&doc, "goals"));
    drive::typed(&mut app, "ma''");
    assert!(matches!(app.overlay(), Overlay::Marks { .. }));
    let screen = text_of(&drive::frame(&mut app, &display(UiLang::En), 80, 24));
    assert!(
        screen.contains("│ a  goals  一、提高思想认识   "),
        "{screen}"
    );
    assert_nothing_twice(&screen, "marks list");
}
