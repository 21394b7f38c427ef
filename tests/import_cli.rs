//! `yijian import` and schema 2 from the command line, run as a real process: the policy file
//! written, the outline and warnings of `--dry-run`, errors with exit code 2, documents opened
//! directly, and a node in one language shown, searched and exported without a gap.

#[path = "common/run.rs"]
mod run;

use std::path::Path;

use run::{file, scratch, stderr, stdout, yijian};

fn corpus(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name);
    p.to_str().unwrap().to_string()
}

#[test]
fn import_writes_a_policy_file_that_checks_and_opens() {
    let yaml = scratch("written").join("notice.yaml");
    let y = yaml.to_str().unwrap();
    let o = yijian(&["import", &corpus("notice.txt"), "-o", y]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).contains("notice.yaml: 9 nodes from"),
        "{}",
        stderr(&o)
    );
    let written = std::fs::read_to_string(&yaml).unwrap();
    assert!(written.starts_with("# Imported by yijian from "));
    assert!(written.contains("schema: 2\n"));
    let o = yijian(&["check", y]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(&format!("{y}: ok — 9 nodes (")),
        "{}",
        stdout(&o)
    );
    // Without -o the file goes to stdout, the same.
    let o = yijian(&["import", &corpus("notice.txt")]);
    assert_eq!(stdout(&o), written);
}

#[test]
fn import_never_writes_over_the_document_and_over_another_file_only_with_force() {
    let dir = scratch("overwrite");
    let source = dir.join("通知.txt");
    std::fs::copy(corpus("notice.txt"), &source).unwrap();
    let text = std::fs::read(&source).unwrap();
    let s = source.to_str().unwrap();
    // The document itself, by its own name or another path to it, even with --force.
    let other_path = format!("{}/./通知.txt", dir.display());
    for args in [vec!["-o", s], vec!["-o", &other_path, "--force"]] {
        let o = yijian(&[&["import", s][..], &args].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains("通知.txt: is the document being imported"),
            "{}",
            stderr(&o)
        );
        assert_eq!(
            std::fs::read(&source).unwrap(),
            text,
            "the document is unchanged"
        );
    }
    // Another file that exists: kept, unless --force.
    let kept = dir.join("kept.yaml");
    std::fs::write(&kept, "mine").unwrap();
    let k = kept.to_str().unwrap();
    let o = yijian(&["import", s, "-o", k]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("kept.yaml: exists; add --force to replace it"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "mine");
    let o = yijian(&["import", s, "-o", k, "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .contains("schema: 2\n")
    );
    assert!(!dir.join("kept.yaml.part").exists());
}

#[test]
fn dry_run_prints_the_outline_and_warns_with_lines_without_failing() {
    let o = yijian(&["import", &corpus("mistakes.txt"), "--dry-run"]);
    assert_eq!(o.status.code(), Some(0));
    let e = stderr(&o);
    assert!(
        e.contains("mistakes.txt:9: warning: `（四）` follows `（二）`: `（三）` is missing"),
        "{e}"
    );
    assert!(
        e.contains("mistakes.txt:19: warning: `五、` follows `三、`"),
        "{e}"
    );
    assert!(
        stdout(&o).contains("    （四）其他产业集群  [1.3]"),
        "{}",
        stdout(&o)
    );
    // `check` says the same of a document it opens, and still passes it.
    let o = yijian(&["check", &corpus("mistakes.txt")]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("mistakes.txt: ok — 10 nodes"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        stderr(&o).matches(": warning: ").count(),
        3,
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_input_is_a_short_error_with_exit_code_2() {
    for (args, said) in [
        (
            vec!["import", "/no/such/file.txt"],
            "yijian: /no/such/file.txt: no such file",
        ),
        (
            vec!["import", &corpus("notice.txt"), "--encoding", "klingon"],
            "unknown encoding `klingon`",
        ),
        (
            vec!["import", &corpus("gbk_opinions.txt"), "--encoding", "utf-8"],
            "gbk_opinions.txt: line 1: not valid UTF-8 text",
        ),
    ] {
        let o = yijian(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(said), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
    let fake = file("fake.docx", "plain text, not a Word file");
    let o = yijian(&["import", fake.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fake.docx: not a readable Word file"),
        "{}",
        stderr(&o)
    );
    // A policy file is opened or checked, not imported as text.
    let o = yijian(&["import", "docs/examples/minimal.yaml", "--dry-run"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("minimal.yaml: is a policy file already"),
        "{}",
        stderr(&o)
    );
    // A document with no text (empty, or blank lines only) is refused, not opened as a title.
    for (name, text) in [("empty.txt", ""), ("blank.md", "\n  \n\t\n")] {
        let p = file(name, text);
        let o = yijian(&["import", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let want = format!("{name}: no text to import (the document is empty)");
        assert!(stderr(&o).contains(&want), "{name}: {}", stderr(&o));
    }
}

#[test]
fn documents_open_directly_and_show_their_one_language_without_gaps() {
    let notice = corpus("notice.txt");
    let o = yijian(&[&notice, "tree"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tree = stdout(&o);
    assert!(tree.contains("  1      一、加强组织领导\n"), "{tree}");
    assert!(!tree.contains(" | "), "one language, shown once: {tree}");
    for lang in ["both", "en", "zh"] {
        let o = yijian(&[&notice, "show", "2.3", "--lang", lang]);
        let shown = stdout(&o);
        assert!(
            shown.contains("3. 项目清单于3月31日前报送我厅\n"),
            "{lang}: {shown}"
        );
        assert_eq!(
            shown.matches("3.项目清单于3月31日前报送我厅。").count(),
            1,
            "{lang}: {shown}"
        );
        assert!(
            !shown.contains("\n\n\n") && !shown.contains('—'),
            "{lang}: {shown}"
        );
    }
    let o = yijian(&[&notice, "search", "guatu"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "pinyin finds 挂图: {}",
        stderr(&o)
    );
    assert_eq!(
        stdout(&o).lines().filter(|l| !l.starts_with(' ')).count(),
        1,
        "{}",
        stdout(&o)
    );
    let o = yijian(&[&notice, "export", "--format", "json"]);
    let json = stdout(&o);
    assert!(!json.contains("\"en\": \"\""), "no empty English: {json}");
    let o = yijian(&[&notice, "export", "--format", "markdown"]);
    let md = stdout(&o);
    assert!(md.contains("## 一、加强组织领导\n\n`1`\n"), "{md}");
    assert!(
        md.contains("- **发文字号 / Document number**: 粤工信函〔2024〕15号\n"),
        "{md}"
    );
}

#[test]
fn schema_2_lets_a_language_be_left_out_and_schema_1_does_not() {
    let body = "document:\n  id: d\n  kind: document\n  title:\n    zh: 标题\n  children:\n    - id: a\n      kind: section\n      title:\n        en: Only English\n";
    let v2 = file("v2.yaml", format!("schema: 2\n{body}"));
    let v2 = v2.to_str().unwrap();
    let o = yijian(&["check", v2]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("{v2}: ok — 2 nodes (document: 1, section: 1)\n")
    );
    let v1 = file("v1.yaml", format!("schema: 1\n{body}"));
    let o = yijian(&["check", v1.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(":3: node `d`: title.en is missing (schema 1 gives both languages; schema 2 may give one)"), "{}", stderr(&o));
    let neither = file(
        "neither.yaml",
        format!("schema: 2\n{body}").replace("en: Only English", "en: \" \""),
    );
    let o = yijian(&["check", neither.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("node `a`: title has neither `zh` nor `en`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_chinese_only_document_exports_markdown_without_an_english_half() {
    let o = yijian(&[&corpus("notice.txt"), "export", "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    // Its source in Chinese only, and no English translation claimed.
    assert!(
        md.contains("> 来源：《广东省工业和信息化厅关于做好2024年度产业集群培育工作的通知》\n\n"),
        "{md}"
    );
    assert!(
        !md.contains("Source:") && !md.contains("英文译文") && !md.contains("translation"),
        "{md}"
    );
    // Each paragraph of the text apart, so that Markdown does not join them.
    assert!(
        md.contains("粤工信函〔2024〕15号\n\n各地级以上市工业和信息化主管部门：\n\n为贯彻落实"),
        "{md}"
    );
    // An English-only document's English is its original, not the project's translation.
    let o = yijian(&[&corpus("english.txt"), "show", "1", "--format", "markdown"]);
    let md = stdout(&o);
    assert!(md.contains("*Not official text: the short labels"), "{md}");
    assert!(!md.contains("translation"), "{md}");
}

#[test]
fn tree_and_export_take_paths_after_the_command_as_check_does() {
    let notice = corpus("notice.txt");
    for (before, after) in [
        (vec![notice.as_str(), "tree"], vec!["tree", notice.as_str()]),
        (
            vec![notice.as_str(), "export", "--format", "markdown"],
            vec!["export", "--format", "markdown", notice.as_str()],
        ),
    ] {
        let (b, a) = (yijian(&before), yijian(&after));
        assert_eq!(a.status.code(), Some(0), "{after:?}: {}", stderr(&a));
        assert_eq!(stdout(&a), stdout(&b), "{after:?}");
        assert!(stdout(&a).contains("加强组织领导"), "{after:?}");
    }
}

#[test]
fn numbering_warnings_follow_the_interface_language() {
    let mistakes = corpus("mistakes.txt");
    for args in [
        vec!["--ui-lang", "zh", "import", mistakes.as_str(), "--dry-run"],
        vec!["--ui-lang", "zh", "check", mistakes.as_str()],
    ] {
        let o = yijian(&args);
        let e = stderr(&o);
        assert!(
            e.contains("mistakes.txt:9: 警告: `（四）`接在`（二）`之后：缺少`（三）`"),
            "{args:?}: {e}"
        );
        assert!(
            e.contains(
                "mistakes.txt:13: 警告: `1.`直接位于`二、`之下，跳过了文中别处使用的`（一）`这一级"
            ),
            "{args:?}: {e}"
        );
        assert!(!e.contains("warning"), "{args:?}: {e}");
    }
}
