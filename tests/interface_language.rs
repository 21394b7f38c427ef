//! The interface language, end to end: what a reader meets on the command line and while opening
//! the browser is said in `--ui-lang` (or the locale's) language, with its punctuation; the
//! English interface shows no Chinese labels or ordinals.

#[path = "common/drive.rs"]
mod drive;
#[path = "common/run.rs"]
mod run;

use std::path::PathBuf;
use std::process::Output;

use yijian::cli::session;

/// `yijian ARGS` run as tests/common/run.rs runs it, under the locale `lang`.
fn yijian(args: &[&str], lang: &str) -> Output {
    run::command(args)
        .env("LANG", lang)
        .output()
        .expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

#[test]
fn show_labels_follow_the_interface_language_with_its_punctuation() {
    let zh = text(&yijian(&["show", "opinions", "--ui-lang", "zh"], "C").stdout);
    let lines: Vec<&str> = zh.lines().collect();
    assert_eq!(lines[1], "文件 ∙ opinions");
    assert!(
        zh.contains("\n发文机关：广东省人民政府 / Guangdong Provincial People's Government（印发日期：2020年5月18日）\n"),
        "{zh}"
    );
    assert!(zh.contains("（发布日期：2020年6月17日）"), "{zh}");
    assert!(zh.contains("\n下级条目：\n"), "{zh}");
    assert!(zh.contains("一、《意见》出台的意义是什么？"), "{zh}");
    // The locale chooses when the option is not given.
    let by_locale = text(&yijian(&["show", "goals.1"], "zh_CN.UTF-8").stdout);
    assert!(
        by_locale.lines().nth(1) == Some("发展目标 ∙ goals.1"),
        "{by_locale}"
    );
    assert!(by_locale.contains("\n相关条目：\n"), "{by_locale}");
}

#[test]
fn english_output_has_no_chinese_ordinals_labels_or_issuer() {
    for id in [
        "opinions",
        "goals",
        "significance",
        "measures.1",
        "clusters.pillar",
    ] {
        let o = yijian(&["show", id, "--lang", "en", "--ui-lang", "en"], "C");
        let out = text(&o.stdout);
        assert!(
            !out.chars().any(is_han),
            "Chinese in `show {id} --lang en`:\n{out}"
        );
    }
    // The issuer in the reader's language too, where the document gives it.
    let zh = text(&yijian(&["show", "opinions", "--lang", "zh"], "C").stdout);
    assert!(
        zh.contains(
            "Issued by 广东省人民政府 / Guangdong Provincial People's Government on 18 May 2020"
        ),
        "{zh}"
    );
    let en = text(&yijian(&["show", "opinions", "--lang", "en"], "C").stdout);
    assert!(en.contains(" Part I What is the significance"), "{en}");
    assert!(
        en.contains("Issued by Guangdong Provincial People's Government on 18 May 2020"),
        "{en}"
    );
}

#[test]
fn errors_met_while_opening_are_in_the_interface_language() {
    let o = yijian(&["show", "nope", "--ui-lang", "zh"], "C");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "yijian: 没有编号为“nope”的条目（可运行 yijian tree 查看全部编号）\n"
    );
    let o = yijian(&["--file", "/nonexistent/p.yaml", "tree"], "zh_CN.UTF-8");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        "yijian: 无法打开 /nonexistent/p.yaml：文件不存在\n"
    );
    // A folder with nothing to open.
    let empty = run::scratch("no-policies");
    let dir = empty.to_str().unwrap();
    let o = yijian(&["--file", dir, "tree"], "C");
    assert_eq!(
        text(&o.stderr),
        format!(
            "yijian: {dir}: a folder with no policy files (*.yaml, *.yml) or documents (*.txt, *.md, *.docx) in it\n"
        )
    );
    let o = yijian(&["--file", dir, "tree", "--ui-lang", "zh"], "C");
    assert_eq!(
        text(&o.stderr),
        format!(
            "yijian: 无法打开 {dir}：文件夹中没有政策文件（*.yaml、*.yml）或文档（*.txt、*.md、*.docx）\n"
        )
    );
    // Not a terminal: the browser says so and names the subcommands, in Chinese.
    let o = yijian(&["--ui-lang", "zh", "--no-state"], "C");
    let e = text(&o.stderr);
    assert!(e.starts_with("yijian: 交互式浏览需要在终端中运行"), "{e}");
    assert!(e.contains("yijian show 编号"), "{e}");
}

fn prepare(args: &[&str]) -> Result<session::Session, String> {
    let argv: Vec<&str> = std::iter::once("--no-state")
        .chain(args.iter().copied())
        .collect();
    run::session(&run::home(), &argv)
}

#[test]
fn from_to_and_config_mistakes_are_in_the_interface_language() {
    let e = prepare(&[
        "--ui-lang",
        "zh",
        "--present",
        "--from",
        "goals",
        "--to",
        "significance",
    ])
    .err()
    .unwrap();
    assert_eq!(
        e,
        "--to 指定的“significance”在文中位于 --from 指定的“goals”之前"
    );
    let e = prepare(&["--ui-lang", "zh", "--open", "goals.9"])
        .err()
        .unwrap();
    assert!(e.starts_with("没有编号为“goals.9”的条目"), "{e}");
    let missing: PathBuf = ["/nonexistent", "config.yaml"].iter().collect();
    let e = prepare(&["--ui-lang", "zh", "--config", missing.to_str().unwrap()])
        .err()
        .unwrap();
    assert!(e.starts_with("配置文件有误："), "{e}");
    let e = prepare(&["--present", "--from", "goals", "--to", "significance"])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "--to `significance` comes before --from `goals` in the document"
    );
}

/// The detail pane's lines as text, for a node, languages and interface.
fn detail(id: &str, lang: yijian::prefs::LangMode, ui_lang: yijian::prefs::UiLang) -> String {
    let app = drive::app_at(id, lang);
    let d = drive::display(yijian::prefs::ThemeName::Default, true, ui_lang);
    drive::detail_text(&app, &d)
}

#[test]
fn kind_labels_follow_the_interface_language_not_the_text_language() {
    use yijian::prefs::{LangMode, UiLang};
    let zh_ui_en_text = detail("clusters.pillar", LangMode::En, UiLang::Zh);
    assert!(
        zh_ui_en_text.contains("集群类别 ∙ clusters.pillar"),
        "{zh_ui_en_text}"
    );
    assert!(
        zh_ui_en_text.contains("按 c 并排对比两类产业集群"),
        "{zh_ui_en_text}"
    );
    assert!(zh_ui_en_text.contains("\n下级条目\n"), "{zh_ui_en_text}");
    let en_ui_zh_text = detail("clusters.emerging.7", LangMode::Zh, UiLang::En);
    assert!(
        en_ui_zh_text.contains("Cluster ∙ clusters.emerging.7"),
        "{en_ui_zh_text}"
    );
    // Facts are the document's own words: named and punctuated in their language.
    assert!(
        en_ui_zh_text.contains("Part of: 战略性新兴产业集群"),
        "{en_ui_zh_text}"
    );
    assert!(
        en_ui_zh_text.contains("  定义：战略性新兴产业"),
        "{en_ui_zh_text}"
    );
    let en = detail("goals", LangMode::En, UiLang::En);
    assert!(
        en.contains("Part III What are the development goals"),
        "{en}"
    );
    assert!(en.contains("▸ I. A more complete modern"), "{en}");
    for kind in [
        "measures",
        "principles",
        "glossary",
        "measures.1",
        "glossary.chokepoint",
    ] {
        let zh = detail(kind, LangMode::Both, UiLang::Zh);
        let label = zh
            .lines()
            .find(|l| l.contains(&format!(" ∙ {kind}")))
            .unwrap();
        assert!(!label.is_ascii(), "a Chinese kind label: {label}");
        assert!(
            !label.contains("板块") && !label.contains("举措类别"),
            "{label}"
        );
    }
}
