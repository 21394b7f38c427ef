//! One key table: the help overlay's (`ui::key_rows`) is the source; the README's table and the
//! manual page's KEYS section must say the same, row for row.

use yijian::app::Bindings;
use yijian::prefs::UiLang;
use yijian::ui::{key_rows, words};

/// The table as the README writes it.
fn markdown() -> String {
    let mut out = String::from("| key | what it does |\n|---|---|\n");
    for (key, what) in key_rows(words(UiLang::En), &Bindings::default()) {
        let cell = |s: &str| s.replace('|', "\\|");
        out.push_str(&format!("| {} | {} |\n", cell(&key), cell(what)));
    }
    out
}

#[test]
fn the_readme_key_table_is_the_help_overlays() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("| key | what it does |")
        .expect("README has a key table");
    let table: String = readme[start..]
        .lines()
        .take_while(|l| l.starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        table,
        markdown(),
        "README.md's key table differs from the help overlay's; the table it should hold:\n{}",
        markdown()
    );
}

#[path = "common/run.rs"]
mod run;

#[test]
fn the_manual_page_lists_every_key_and_the_usual_sections() {
    let o = run::yijian(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", run::stderr(&o));
    let page = run::stdout(&o);
    for section in [
        "KEYS",
        "FILES",
        "ENVIRONMENT",
        "\"EXIT STATUS\"",
        "EXAMPLES",
        "COMMANDS",
    ] {
        assert!(
            page.contains(&format!(".SH {section}")),
            "no {section} section"
        );
    }
    assert!(
        !page.contains("yijian-tree(1)"),
        "refers to pages that do not exist"
    );
    let keys = &page[page.find(".SH KEYS").unwrap()..page.find(".SH EXAMPLES").unwrap()];
    for (key, what) in key_rows(words(UiLang::En), &Bindings::default()) {
        let what = what.replace('-', "\\-");
        assert!(keys.contains(&what), "KEYS lacks `{key}`: {what}");
    }
    // Examples stay one a line, as written.
    let examples = &page[page.find(".SH EXAMPLES").unwrap()..];
    assert!(examples.starts_with(".SH EXAMPLES\n.nf\n"), "{examples}");
}
