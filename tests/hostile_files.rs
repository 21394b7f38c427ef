//! A corpus of broken and hostile policy files (tests/hostile/), each with the exact error the
//! reader must see: exit code 2, one line naming the file (with line and column where the parser
//! knows them), for both `yijian check` and `yijian --file … tree`. No panic, no stack overflow.

#[path = "common/run.rs"]
mod run;

use std::path::{Path, PathBuf};

use run::{file, scratch, stderr, stdout, yijian};

/// Runs both commands on `path` and checks the one-line error `path` + `rest`.
fn refused(path: &Path, rest: &str) {
    let p = path.to_str().unwrap();
    for args in [vec!["check", p], vec!["--file", p, "tree"]] {
        let o = yijian(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?} printed to stdout");
        let expected = if args[0] == "check" {
            format!("{p}{rest}\n")
        } else {
            format!("yijian: {p}{rest}\n")
        };
        assert_eq!(err, expected, "{args:?}");
    }
}

const CORPUS: &[(&str, &str)] = &[
    (
        "01_empty.yaml",
        ": the file is empty; expected `schema: 1` and `document:`",
    ),
    (
        "02_only_comments.yaml",
        ": the file is empty; expected `schema: 1` and `document:`",
    ),
    (
        "03_not_yaml.yaml",
        ":2:11: document: invalid type: sequence, expected a node (a mapping with `id`, `kind`, `title`, …)",
    ),
    (
        "04_top_level_list.yaml",
        ":1:1: invalid type: sequence, expected a mapping with `schema` and `document` at the top level",
    ),
    (
        "05_top_level_scalar.yaml",
        ":1:1: invalid type: string \"just a sentence\", expected a mapping with `schema` and `document` at the top level",
    ),
    (
        "06_tab_indentation.yaml",
        ":5:1: found a tab character that violates indentation",
    ),
    ("07_truncated.yaml", ":5:32: found unexpected end of stream"),
    (
        "08_invalid_utf8.yaml",
        ":5:17: not UTF-8 text (a policy file must be UTF-8)",
    ),
    (
        "09_binary.yaml",
        ":2:118: not UTF-8 text (a policy file must be UTF-8)",
    ),
    (
        "10_unknown_key_hint.yaml",
        ":6:3: document: unknown field `titel` — did you mean `title`?",
    ),
    (
        "11_unknown_key_far.yaml",
        ":6:3: document: unknown field `colour`, expected one of `id`, `kind`, `ordinal`, `title`, `label`, `text`, `facts`, `aliases`, `refs`, `meta`, `children`",
    ),
    (
        "12_missing_title.yaml",
        ":4:3: document: missing field `title`",
    ),
    (
        "13_missing_english.yaml",
        ":4: node `plan`: title.en is missing (schema 1 gives both languages; schema 2 may give one)",
    ),
    (
        "14_empty_english_title.yaml",
        ":4: node `plan`: title.en is empty",
    ),
    (
        "15_duplicate_id.yaml",
        ":20: node `goals`: duplicate id (it occurs 2 times)",
    ),
    (
        "16_dangling_ref.yaml",
        ":20: node `goals.1`: refs: no node has the id `goals.9`",
    ),
    (
        "17_wrong_type_children.yaml",
        ":19:17: document.children[0].children: invalid type: string \"goals.1\", expected a sequence",
    ),
    (
        "18_wrong_type_title.yaml",
        ":6:10: document.title: invalid type: sequence, expected `{zh: …, en: …}`",
    ),
    (
        "19_unknown_kind.yaml",
        ":21:17: document.children[0].children[0].kind: unknown variant `objective`, expected one of `document`, `section`, `part`, `cluster_group`, `cluster`, `goal`, `principle`, `measure_group`, `measure`, `glossary`, `term`",
    ),
    (
        "20_schema_version.yaml",
        ":2: schema 7 is not supported (this yijian reads schemas 1 and 2)",
    ),
    ("21_missing_schema.yaml", ":2:1: missing field `schema`"),
    (
        "22_root_not_document.yaml",
        ":4: node `plan`: the root node must be of kind `document`, not `section`",
    ),
    (
        "23_billion_laughs.yaml",
        ":7:7: document.aliases[0]: invalid type: sequence, expected a string",
    ),
    (
        "24_deep_flow.yaml",
        ":2:139: nested more than the YAML parser allows (128 levels)",
    ),
    (
        "25_deep_block.yaml",
        ":3:3: document: invalid type: sequence, expected a node (a mapping with `id`, `kind`, `title`, …)",
    ),
    (
        "26_bad_id_chars.yaml",
        ":20: node `goals 1!`: id must be 1–64 ASCII letters, digits, `.`, `_` or `-`",
    ),
    (
        "27_bad_date.yaml",
        ":8: node `plan`: meta.issued `2020-13-45` is not a date of the form YYYY-MM-DD",
    ),
    (
        "28_long_string.yaml",
        ":17:13: document.children[0].text.zh: a string of 210000 bytes, over the limit of 65536 bytes",
    ),
    (
        "29_duplicate_key.yaml",
        ":4:3: document: duplicate field `kind`",
    ),
    // The escape in the id is shown as a visible symbol, never sent to the terminal.
    (
        "30_control_chars_in_id.yaml",
        ":20: node `goals.␛[2J`: id must be 1–64 ASCII letters, digits, `.`, `_` or `-`",
    ),
    // Well-formed nodes, 9^9 of them once expanded: serde_yaml's guard on alias jumps stops it.
    (
        "31_alias_bomb_nodes.yaml",
        ": YAML aliases repeat anchored parts more than the parser allows (an alias bomb?)",
    ),
    // Few jumps but a large anchor: the text budget stops it (the anchor's place is reported).
    (
        "32_alias_quadratic.yaml",
        ":7:12: document.aliases[1117]: the text adds up to more than 67108864 bytes once YAML aliases and Unicode compatibility forms are expanded",
    ),
    // The apostrophe in `it's` opens no quote, so the brackets after it are counted.
    (
        "33_deep_flow_after_apostrophe.yaml",
        ":2:145: nested more than the YAML parser allows (128 levels)",
    ),
    (
        "34_deep_tree.yaml",
        ":2: node `n59`: nested more than 60 levels deep",
    ),
    (
        "35_unknown_anchor.yaml",
        ":5:10: an alias (`*name`) with no anchor (`&name`) before it",
    ),
    (
        "36_deep_tree_past_the_parser.yaml",
        ":2:4031: nested more than the YAML parser allows (128 levels)",
    ),
];

fn corpus(name: &str) -> PathBuf {
    Path::new("tests/hostile").join(name)
}

#[test]
fn every_file_of_the_corpus_is_refused_with_its_exact_message() {
    let on_disk = std::fs::read_dir("tests/hostile").unwrap().count();
    assert_eq!(
        on_disk,
        CORPUS.len(),
        "every corpus file has an expected message"
    );
    for (name, rest) in CORPUS {
        refused(&corpus(name), rest);
    }
    #[cfg(unix)]
    {
        let peak = largest_child_kib();
        assert!(
            peak < 512 * 1024,
            "a corpus file took {peak} KiB to refuse (bound: 512 MiB)"
        );
    }
}

/// The peak resident memory of the largest process this test binary has waited for, in KiB
/// (Linux reports `ru_maxrss` in KiB).
#[cfg(unix)]
fn largest_child_kib() -> i64 {
    // SAFETY: getrusage writes one `rusage` into the zeroed value it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    usage.ru_maxrss
}

#[test]
fn paths_that_are_not_files() {
    let dir = scratch("empty-folder");
    std::fs::write(dir.join("notes.pdf"), "not a policy file").unwrap();
    refused(
        &dir,
        ": a folder with no policy files (*.yaml, *.yml) or documents (*.txt, *.md, *.docx) in it",
    );
    refused(Path::new("/no/such/policy.yaml"), ": no such file");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let p = scratch("huge").join("huge.yaml");
    let f = std::fs::File::create(&p).unwrap();
    // Sparse: 65 MiB on paper, nothing on disk.
    f.set_len(65 * 1024 * 1024).unwrap();
    refused(
        &p,
        ": file is 68157440 bytes, over the limit of 16777216 bytes",
    );
    std::fs::remove_file(&p).unwrap();
}

#[test]
fn deep_block_indentation_is_refused_by_the_schema() {
    let mut src = String::from(
        "schema: 1
document:
",
    );
    for level in 1..=300 {
        src.push_str(&" ".repeat(level));
        src.push_str(
            "a:
",
        );
    }
    let p = file("deep_indent.yaml", src);
    refused(
        &p,
        ":3:2: document: unknown field `a`, expected one of `id`, `kind`, `ordinal`, `title`, `label`, `text`, `facts`, `aliases`, `refs`, `meta`, `children`",
    );
}

#[test]
fn a_bom_and_crlf_line_endings_are_accepted() {
    let minimal = std::fs::read_to_string("docs/examples/minimal.yaml").unwrap();
    for (name, text) in [
        ("bom.yaml", format!("\u{feff}{minimal}")),
        ("crlf.yaml", minimal.replace('\n', "\r\n")),
        (
            "bom_crlf.yaml",
            format!("\u{feff}{}", minimal.replace('\n', "\r\n")),
        ),
    ] {
        accepted(name, &text);
    }
}

fn accepted(name: &str, text: &str) {
    let p = file(name, text);
    let path = p.to_str().unwrap();
    let o = yijian(&["check", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("{path}: ok — 3 nodes (document: 1, section: 1, goal: 1)\n")
    );
    let out = stdout(&yijian(&["--file", path, "show", "goals", "--lang", "zh"]));
    assert!(out.contains("到2025年，产业规模明显扩大。\n"), "{out}");
    assert!(!out.contains('\r'));
}
