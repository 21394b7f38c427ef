//! Citations name the published source — the Department's interpretation (解读) of the Opinions,
//! on its website, 2020-06-17 — and everything the yijian project wrote is marked as such in
//! `show --format markdown`, the `y` / `Y` copies and both exports.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use yijian::app::{App, Effect, keymap};
use yijian::model::load_embedded;
use yijian::prefs::LangMode;

fn yijian(args: &[&str]) -> String {
    let o = run::yijian(args);
    assert!(o.status.success(), "{args:?}: {}", run::stderr(&o));
    run::stdout(&o)
}

const INTERPRETATION_ZH: &str = "的意见》解读，广东省工业和信息化厅网站，2020年6月17日";
const INTERPRETATION_EN: &str = "Source: the interpretation (解读) of the Opinions";

#[test]
fn a_glossary_entry_is_never_cited_as_the_governments_text() {
    let md = yijian(&["show", "glossary.chokepoint", "--format", "markdown"]);
    assert!(
        !md.contains("来源："),
        "the project's explanation cited as official: {md}"
    );
    assert!(!md.contains("Source:"), "{md}");
    assert!(
        md.contains("yijian 项目撰写的术语解释，不是官方文本"),
        "{md}"
    );
    assert!(
        md.contains("written by the yijian project, not official text"),
        "{md}"
    );
}

#[test]
fn official_text_is_cited_as_the_departments_interpretation() {
    let md = yijian(&["show", "goals.4", "--format", "markdown"]);
    assert!(md.contains(INTERPRETATION_ZH), "{md}");
    assert!(md.contains(INTERPRETATION_EN), "{md}");
    assert!(
        md.contains("published on the website of the Department of Industry and Information Technology of Guangdong Province on 17 June 2020"),
        "{md}"
    );
    // The English is the project's translation, and the breadcrumb's labels its own.
    assert!(
        md.contains("Not official text: the English translation"),
        "{md}"
    );
    let zh = yijian(&["show", "goals.4", "--format", "markdown", "--lang", "zh"]);
    assert!(
        !zh.contains("英文译文"),
        "no English shown, none to mark: {zh}"
    );
    assert!(zh.contains("路径与章节的简称"), "{zh}");
}

#[test]
fn copies_mark_what_the_project_wrote() {
    let mut app = drive::app_at("glossary.chokepoint", LangMode::Both);
    for c in ['y', 'Y'] {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let a = keymap::action_for(&app, key).unwrap();
        app.apply(a);
        let [Effect::Copy { text, .. }] = &app.take_effects()[..] else {
            panic!("one copy expected");
        };
        assert!(
            text.contains("非官方文本：术语解释、英文译文"),
            "{c}: {text}"
        );
        assert!(
            text.contains("Not official text: the glossary explanation"),
            "{c}: {text}"
        );
    }
}

#[test]
fn exports_name_the_source_and_what_the_project_wrote() {
    let md = yijian(&["export", "--format", "markdown"]);
    let head: String = md.lines().take(12).collect::<Vec<_>>().join("\n");
    assert!(head.contains(INTERPRETATION_ZH), "{head}");
    assert!(
        head.contains("Not official text: the English translation"),
        "{head}"
    );
    let term = yijian(&[
        "export",
        "--format",
        "markdown",
        "--node",
        "glossary.chokepoint",
    ]);
    assert!(
        term.contains("Glossary explanation written by the yijian project"),
        "{term}"
    );
    let json: serde_json::Value = serde_json::from_str(&yijian(&["export"])).unwrap();
    let p = &json["provenance"];
    assert!(
        p["source"]["zh"]
            .as_str()
            .unwrap()
            .contains(INTERPRETATION_ZH),
        "{p}"
    );
    assert!(
        p["project"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "text.en"),
        "{p}"
    );
}

/// The detail pane says, in the interface's language, what the project wrote among what it
/// shows: the English, a glossary explanation, the breadcrumb's labels.
#[test]
fn the_detail_pane_marks_what_the_project_wrote() {
    use yijian::prefs::{ThemeName, UiLang};
    let text = |id: &str, mode: LangMode, ui: UiLang| {
        // As the program opens it: the embedded document under its own name.
        let doc = yijian::library::Library::single(
            yijian::model::EMBEDDED_NAME,
            load_embedded().unwrap(),
        );
        let mut app = App::new(doc, mode);
        app.open_at(app.doc().find(id).unwrap());
        drive::detail_text(&app, &drive::display(ThemeName::Default, true, ui))
    };
    let en = text("glossary.chokepoint", LangMode::Both, UiLang::En);
    assert!(
        en.contains("Not official text: the glossary explanation, the English translation"),
        "{en}"
    );
    let zh = text("goals.4", LangMode::Zh, UiLang::Zh);
    assert!(
        zh.contains("非官方文本：路径与章节的简称由 yijian 项目撰写。"),
        "{zh}"
    );
    assert!(!zh.contains("英文译文"), "no English shown: {zh}");
}
