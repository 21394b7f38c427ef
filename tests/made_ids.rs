//! An id yijian made up never keeps a document closed: an imported document (`.txt`, `.md`,
//! `.docx`) is named from its file name, and when another document already has that root id it
//! is given a free one (`plan-md`), whichever file comes first, so that `DOC:ID` reaches it. Two
//! policy files whose authors wrote the same root id stay an error naming both files.

#[path = "common/run.rs"]
mod run;

use std::path::Path;

use yijian::library::{Lookup, open_paths};
use yijian::model::Limits;

use run::{folder, stderr, stdout, yijian};

const MINIMAL: &str = include_str!("../docs/examples/minimal.yaml");

/// The minimal policy file under the root id `id`.
fn policy(id: &str) -> String {
    MINIMAL.replace("id: plan", &format!("id: {id}"))
}

fn markdown(title: &str) -> String {
    format!("# {title}\n\n## I. Goals\n\nSome goals.\n\n## II. Steps\n\nSome steps.\n")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Root ids in library order, with the file each came from (its name alone).
fn roots(dir: &Path) -> (Vec<(String, String)>, Vec<String>) {
    let opened = open_paths(&[dir.to_path_buf()], &Limits::default());
    let refused = opened.refused.iter().map(|e| e.to_string()).collect();
    let lib = opened.library.expect("something opened");
    let roots = lib
        .sources()
        .iter()
        .map(|src| {
            let file = Path::new(&src.name).file_name().unwrap();
            (
                lib.node(src.root).id.to_string(),
                file.to_string_lossy().into_owned(),
            )
        })
        .collect();
    (roots, refused)
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_made_up_id_gives_way_to_a_written_one_whichever_file_comes_first() {
    // The policy file sorts before the Markdown file, and after it.
    let before = folder(
        "before",
        &[("a.yaml", policy("plan")), ("plan.md", markdown("Plan"))],
    );
    let (got, refused) = roots(&before);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(got, pairs(&[("plan", "a.yaml"), ("plan-md", "plan.md")]));
    let after = folder(
        "after",
        &[("plan.md", markdown("Plan")), ("z.yaml", policy("plan"))],
    );
    let (got, refused) = roots(&after);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(got, pairs(&[("plan-md", "plan.md"), ("plan", "z.yaml")]));
}

#[test]
fn made_up_ids_that_clash_with_each_other_are_numbered_in_the_order_opened() {
    let dir = folder(
        "among",
        &[
            ("plan.md", markdown("One")),
            ("plan.txt", "一、目标\n内容。\n".into()),
            ("sub/plan.md", markdown("Two")),
            ("sub/deeper/plan.md", markdown("Three")),
            ("plan-md.yaml", policy("plan-md")),
        ],
    );
    let (got, refused) = roots(&dir);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(
        got,
        pairs(&[
            ("plan-md", "plan-md.yaml"),
            ("plan", "plan.md"),
            ("plan-txt", "plan.txt"),
            ("plan-md-2", "plan.md"),
            ("plan-md-3", "plan.md"),
        ])
    );
    // The same folder gives the same ids every time.
    assert_eq!(roots(&dir).0, got);
}

#[test]
fn a_file_named_like_a_section_number_opens() {
    // `1.txt` once made the root id `1`, which its own first section has.
    let section = "一、目标\n内容。\n（一）措施\n内容。\n二、保障\n内容。\n";
    let dir = folder(
        "numbers",
        &[("1.txt", section.into()), ("2.1.txt", section.into())],
    );
    let (got, refused) = roots(&dir);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(got, pairs(&[("doc-1", "1.txt"), ("doc-2.1", "2.1.txt")]));
    // `import` writes the same id, and the policy file it writes opens.
    let out = dir.join("one.yaml");
    let o = yijian(&["import", s(&dir.join("1.txt")), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = yijian(&[s(&out), "show", "doc-1"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn doc_colon_id_reaches_a_renamed_document_from_the_command_line() {
    let dir = folder(
        "cli",
        &[("a.yaml", policy("plan")), ("plan.md", markdown("Plan"))],
    );
    let o = yijian(&[s(&dir), "show", "plan-md:2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Some steps."), "{}", stdout(&o));
    assert_eq!(stderr(&o), "");
    let o = yijian(&[s(&dir), "show", "plan:goals"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = yijian(&["check", s(&dir)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2, "{}", stdout(&o));
    // Go-to in the library finds both the written id and the made one.
    let lib = open_paths(&[dir], &Limits::default()).library.unwrap();
    for id in ["plan:goals.1", "plan-md:1", "plan-md"] {
        assert!(matches!(lib.lookup(id), Lookup::Found(_)), "{id}");
    }
}

#[test]
fn two_written_ids_stay_an_error_naming_both_files() {
    let dir = folder(
        "written",
        &[
            ("a.yaml", policy("plan")),
            ("b.yaml", policy("plan")),
            ("plan.md", markdown("Plan")),
        ],
    );
    let (got, refused) = roots(&dir);
    assert_eq!(got, pairs(&[("plan", "a.yaml"), ("plan-md", "plan.md")]));
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(
        refused[0].contains("b.yaml: node `plan`: the document's id is also the id of ")
            && refused[0].ends_with("a.yaml; give one of them another id"),
        "{refused:?}"
    );
}
