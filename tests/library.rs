//! Many documents at once: `yijian PATH…` and folders, from the command line and in the app.
//! Each document keeps its own ids (`DOC:ID` tells them apart), a broken file does not keep the
//! others closed, and two documents with one root id are refused with both files named.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use std::path::{Path, PathBuf};

use yijian::app::{Action, App, visible_rows};
use yijian::library::{Lookup, open_paths};
use yijian::model::Limits;
use yijian::prefs::{LangMode, ThemeName, UiLang};

const MINIMAL: &str = include_str!("../docs/examples/minimal.yaml");

use run::{folder, yijian};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// The minimal plan under another root id and titles.
fn plan(id: &str, zh: &str, en: &str) -> String {
    MINIMAL
        .replace("id: plan", &format!("id: {id}"))
        .replace("示例规划", zh)
        .replace("An example plan", en)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_folder_opens_every_policy_file_under_it_sorted() {
    let dir = folder(
        "sorted",
        &[
            ("b.yaml", plan("beta", "乙规划", "Plan B")),
            ("a.yml", plan("alpha", "甲规划", "Plan A")),
            ("sub/c.yaml", plan("gamma", "丙规划", "Plan C")),
            ("notes.pdf", "not a policy".into()),
            (".hidden/d.yaml", "not: [valid".into()),
        ],
    );
    let opened = open_paths(std::slice::from_ref(&dir), &Limits::default());
    assert!(opened.refused.is_empty(), "{:?}", opened.refused);
    let lib = opened.library.unwrap();
    let roots: Vec<&str> = lib.roots().map(|r| &*lib.node(r).id).collect();
    assert_eq!(roots, ["alpha", "beta", "gamma"]);
    assert_eq!(lib.len(), 9);
    // Each node belongs to its own document, whose links stay within it.
    for source in lib.sources() {
        for i in source.root.0..=source.last.0 {
            let n = lib.node(yijian::model::NodeId(i));
            assert_eq!(lib.root_of(yijian::model::NodeId(i)), source.root);
            for r in n.refs.iter().chain(n.children.iter()) {
                assert!((source.root..=source.last).contains(r));
            }
        }
    }
    // The CLI's tree prints the three outlines in that order, ids qualified where shared.
    let o = yijian(&[s(&dir), "tree"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let firsts: Vec<&str> = out
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(firsts, ["alpha", "beta", "gamma"]);
    assert!(out.contains("  beta:goals  "), "{out}");
}

#[test]
fn ids_are_found_plain_when_unique_and_as_doc_colon_id_when_shared() {
    let dir = folder(
        "ids",
        &[
            ("a.yaml", plan("alpha", "甲规划", "Plan A")),
            (
                "b.yaml",
                plan("beta", "乙规划", "Plan B").replace("goals.1", "targets.1"),
            ),
        ],
    );
    let lib = open_paths(std::slice::from_ref(&dir), &Limits::default())
        .library
        .unwrap();
    let only_a = lib.find("goals.1").expect("unique across the library");
    assert_eq!(&*lib.node(lib.root_of(only_a)).id, "alpha");
    assert!(matches!(lib.lookup("goals"), Lookup::Ambiguous(v) if v.len() == 2));
    let b = lib.find("beta:goals").unwrap();
    assert_eq!(&*lib.node(lib.root_of(b)).id, "beta");
    assert_eq!(lib.qualified_id(b), "beta:goals");
    assert_eq!(lib.qualified_id(only_a), "goals.1");
    assert_eq!(lib.lookup("beta:goals.1"), Lookup::Missing);
    // The same from the command line, with the choices spelled out.
    let o = yijian(&[s(&dir), "show", "goals"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "yijian: `goals` is an id in several documents: say which, as `alpha:goals` or `beta:goals`\n"
    );
    let o = yijian(&[s(&dir), "show", "beta:goals", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Plan B"));
}

#[test]
fn search_runs_over_every_document_and_names_each_hits_document() {
    let dir = folder(
        "search",
        &[
            ("a.yaml", plan("alpha", "甲规划", "Plan A")),
            ("b.yaml", plan("beta", "乙规划", "Plan B")),
        ],
    );
    let o = yijian(&["--file", s(&dir), "search", "规模扩大", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let hits: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let named: Vec<(String, String)> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["id"].as_str().unwrap().to_string(),
                h["doc"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            ("alpha:goals.1".to_string(), "alpha".to_string()),
            ("beta:goals.1".to_string(), "beta".to_string())
        ]
    );
    assert!(hits[0]["file"].as_str().unwrap().ends_with("a.yaml"));
    // Export gives every document: a JSON list of the roots.
    let o = yijian(&[s(&dir), "export", "--format", "json"]);
    let roots: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = roots
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["alpha", "beta"]);
}

#[test]
fn a_broken_file_does_not_keep_the_others_closed() {
    let dir = folder(
        "broken",
        &[
            ("a.yaml", plan("alpha", "甲规划", "Plan A")),
            (
                "b.yaml",
                plan("beta", "乙规划", "Plan B").replace("kind: goal", "kind: aim"),
            ),
            ("c.yaml", plan("alpha", "丙规划", "Plan C")),
        ],
    );
    let o = yijian(&["check", s(&dir)]);
    assert_eq!(o.status.code(), Some(2));
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(
        out.ends_with("a.yaml: ok — 3 nodes (document: 1, section: 1, goal: 1)\n"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");
    let err: Vec<&str> = err.lines().collect();
    assert_eq!(err.len(), 2, "{err:?}");
    assert!(
        err[0]
            .contains("b.yaml:21:17: document.children[0].children[0].kind: unknown variant `aim`"),
        "{err:?}"
    );
    assert!(
        err[1].contains("c.yaml: node `alpha`: the document's id is also the id of ")
            && err[1].ends_with("a.yaml; give one of them another id"),
        "{err:?}"
    );
    // The other commands work on the good documents, and say which files they left out.
    let o = yijian(&[s(&dir), "tree"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout).lines().count(), 3);
    assert_eq!(text(&o.stderr).lines().count(), 2);
}

#[test]
fn the_outline_shows_one_root_per_document_and_views_stay_within_one() {
    let dir = folder(
        "app",
        &[
            ("a.yaml", plan("alpha", "甲规划", "Plan A")),
            ("b.yaml", plan("beta", "乙规划", "Plan B")),
        ],
    );
    let lib = open_paths(&[dir], &Limits::default()).library.unwrap();
    let mut app = App::new(lib, LangMode::Both);
    let rows: Vec<String> = visible_rows(app.doc(), app.opened(), None)
        .iter()
        .map(|&r| app.doc().qualified_id(r))
        .collect();
    // The first document open, the second closed.
    assert_eq!(rows, ["alpha", "alpha:goals", "alpha:goals.1", "beta"]);
    app.apply(Action::Last);
    assert_eq!(app.doc().qualified_id(app.selected()), "beta");
    // Slides started here are the second document's: its three nodes and the overview before
    // its one section.
    app.apply(Action::TogglePresent);
    assert_eq!(app.slide_position(), Some((1, 4)));
}

/// The library of these files of the project (paths from its root), opened as the program does.
fn opened(files: &[&str]) -> yijian::library::Library {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<PathBuf> = files.iter().map(|f| root.join(f)).collect();
    open_paths(&paths, &Limits::default()).library.unwrap()
}

#[test]
fn the_header_says_when_a_document_has_one_language() {
    let library = opened(&[
        "tests/import/notice.txt",
        "tests/import/english.txt",
        "policy.yaml",
    ]);
    let roots: Vec<_> = library.roots().collect();
    for (ui_lang, expected) in [
        (
            UiLang::En,
            ["[中文 only]", "[English only]", "[中文 + English]"],
        ),
        (UiLang::Zh, ["[仅中文]", "[仅英文]", "[中英对照]"]),
    ] {
        let d = drive::display(ThemeName::Default, false, ui_lang);
        let mut app = App::new(library.clone(), LangMode::Both);
        for (root, want) in roots.iter().zip(expected) {
            app.open_at(*root);
            let screen = drive::text_of(&drive::frame(&mut app, &d, 140, 20));
            let header = screen.lines().next().unwrap();
            assert!(header.contains(want), "{want}: {header}");
        }
    }
}

#[test]
fn up_and_down_cross_from_one_document_to_the_next() {
    let library = opened(&[
        "tests/import/notice.txt",
        "tests/import/english.txt",
        "policy.yaml",
    ]);
    let roots: Vec<_> = library.roots().collect();
    let mut app = App::new(library, LangMode::Both);
    let d = drive::display(ThemeName::Default, false, UiLang::En);
    // Every document closed: three rows, one a document, all on screen.
    app.apply(Action::CollapseAll);
    let screen = drive::text_of(&drive::frame(&mut app, &d, 100, 16));
    for title in [
        "▸ 广东省工业和信息化厅",
        "▸ Measures on Supporting",
        "▸ 《意见》",
    ] {
        assert!(screen.contains(title), "{title}: {screen}");
    }
    for &root in &roots[1..] {
        app.apply(Action::Down);
        assert_eq!(app.selected(), root);
    }
    app.apply(Action::Up);
    assert_eq!(app.selected(), roots[1]);
    // With the first document open, Up from the second lands on the first one's last row.
    app.apply(Action::ExpandAll);
    app.open_at(roots[1]);
    app.apply(Action::Up);
    assert_eq!(app.selected().0, roots[1].0 - 1);
}

#[test]
fn an_id_two_documents_share_is_shown_with_its_document() {
    let library = opened(&["tests/import/notice.txt", "tests/import/plan.md"]);
    let d = drive::display(ThemeName::Default, false, UiLang::En);
    for (doc, unique) in [("notice", "1.1"), ("plan", "2.1.1")] {
        let mut app = App::new(library.clone(), LangMode::Both);
        // `2.1` is in both documents: the header and the detail pane say whose, as `:` takes it.
        let Lookup::Found(shared) = library.lookup(&format!("{doc}:2.1")) else {
            panic!("{doc}:2.1");
        };
        app.open_at(shared);
        let screen = drive::text_of(&drive::frame(&mut app, &d, 120, 20));
        let header = screen.lines().next().unwrap();
        assert!(header.contains(&format!("{doc}:2.1 ∙")), "{header}");
        assert!(screen.contains(&format!("∙ {doc}:2.1 ")), "{screen}");
        // An id of one document alone stays plain.
        let Lookup::Found(own) = library.lookup(unique) else {
            panic!("{unique}");
        };
        app.open_at(own);
        let screen = drive::text_of(&drive::frame(&mut app, &d, 120, 20));
        assert!(
            screen
                .lines()
                .next()
                .unwrap()
                .contains(&format!(" {unique} ∙")),
            "{screen}"
        );
    }
}

#[test]
fn digits_jump_to_the_parts_of_the_selected_document() {
    let library = opened(&[
        "tests/import/notice.txt",
        "tests/import/plan.md",
        "policy.yaml",
    ]);
    let roots: Vec<_> = library.roots().collect();
    let mut app = App::new(library, LangMode::Both);
    let title = |app: &App| app.doc().node(app.selected()).title.zh.to_string();
    app.apply(Action::Section(2));
    assert_eq!(title(&app), "抓好项目建设");
    // In the plan, whose parts hold sections of their own, 3 is the third part, not （一）.
    app.apply(Action::Click(roots[1]));
    app.apply(Action::Section(3));
    assert_eq!(title(&app), "保障措施");
    assert_eq!(app.doc().root_of(app.selected()), roots[1]);
    // From anywhere in a document: 1 from inside the third part goes to its first.
    app.apply(Action::Right);
    app.apply(Action::Section(1));
    assert_eq!(title(&app), "发展目标");
    app.apply(Action::Section(9));
    assert_eq!(title(&app), "发展目标", "no ninth part: nothing happens");
    app.apply(Action::Click(roots[2]));
    app.apply(Action::Section(3));
    assert_eq!(&*app.doc().node(app.selected()).id, "goals");
}
