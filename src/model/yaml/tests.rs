//! The deserializer against serde_yaml 0.9 itself, on what the hostile corpus does not reach:
//! every case must give the same value, or the same message at the same line and column.

use std::fmt::Debug;

use serde::de::DeserializeOwned;

use super::super::Kind;
use super::super::raw::RawFile;

/// A value's debug form, or an error's position and message (serde_yaml's with its position in
/// prose cut off, as the loader cuts it).
type Outcome = Result<String, (Option<(usize, usize)>, String)>;

fn ours<T: DeserializeOwned + Debug>(src: &str) -> Outcome {
    super::from_str::<T>(src)
        .map(|v| format!("{v:?}"))
        .map_err(|e| (e.location(), e.to_string()))
}

fn theirs<T: DeserializeOwned + Debug>(src: &str) -> Outcome {
    serde_yaml::from_str::<T>(src)
        .map(|v| format!("{v:?}"))
        .map_err(|e| {
            let mut msg = e.to_string();
            if let Some(cut) = msg.find(" at line ") {
                msg.truncate(cut);
            }
            (e.location().map(|l| (l.line(), l.column())), msg)
        })
}

fn same<T: DeserializeOwned + Debug>(cases: &[&str]) {
    for src in cases {
        assert_eq!(ours::<T>(src), theirs::<T>(src), "on {src:?}");
    }
}

const NODE: &str = "id: a\n  kind: document\n  title: {zh: 甲, en: A}";

fn file(extra: &str) -> String {
    format!("schema: 1\ndocument:\n  {NODE}\n{extra}")
}

#[test]
fn files_give_the_same_values_and_errors_as_serde_yaml() {
    let mut cases: Vec<String> = [
        "  ordinal: ~",
        "  ordinal: null",
        "  ordinal: \"~\"",
        "  ordinal: 'null'",
        "  ordinal:",
        "  ordinal: !!null ~",
        "  ordinal: !!null x",
        "  ordinal: !custom 3",
        "  ordinal: !!str 3",
        "  ordinal: [3]",
        "  label: ~",
        "  label: !!null",
        "  label: {zh: 乙, en: \"B\\tb\"}",
        "  text:\n    zh: |\n      第一段\n\n      第二段\n    en: >\n      folded\n      text\n",
        "  children:",
        "  children: \"\"",
        "  children: []",
        "  facts: {}",
        "  aliases: [1, 2.5, true, ~, 0x1F, '']",
        "  refs: b",
        "  meta: ~",
        "  colour: red",
        "  ? [x]\n  : y",
        "  1: x",
        "  kind: section",
        "---\nschema: 2",
        "...\n",
        "# end\n...\n",
        "...\n---\nschema: 1\n",
        "]",
        "  title: @x",
        "  text: {zh: \"a\\qb\", en: b}",
    ]
    .iter()
    .map(|extra| file(extra))
    .collect();
    for schema in [
        "0x1",
        "+1",
        "01",
        "0o1",
        "0b1",
        "1.0",
        "-1",
        "\"1\"",
        "!!int 1",
        "!!int '1'",
        "!x 1",
        "true",
        "~",
        "",
        "99999999999",
        "[1]",
        "|\n  1",
    ] {
        cases.push(format!("schema: {schema}\ndocument:\n  {NODE}\n"));
    }
    for kind in [
        "section",
        "Section",
        "!section",
        "!section ~",
        "!section x",
        "!measure_group ''",
        "!nothing ~",
        "!!str part",
        "\"part\"",
        "{a: 1}",
        "[a]",
        "!part {a: 1}",
        "\"\"",
        "",
        "~",
    ] {
        cases.push(format!(
            "schema: 1\ndocument:\n  id: a\n  kind: {kind}\n  title: {{zh: 甲, en: A}}\n"
        ));
    }
    for top in [
        "",
        "~",
        "---",
        "- a",
        "@x",
        "x: [",
        "a: b\n c: d",
        "\"just text\"",
    ] {
        cases.push(top.to_string());
    }
    let cases: Vec<&str> = cases.iter().map(String::as_str).collect();
    same::<RawFile>(&cases);
}

#[test]
fn aliases_give_the_same_values_and_errors_as_serde_yaml() {
    let cases = [
        // A title and a whole node reused, and an anchor inside an anchored node.
        file(concat!(
            "  label: &t {zh: 乙, en: &en B}\n",
            "  children:\n",
            "    - &n {id: b, kind: section, title: *t, text: {zh: *en, en: *en}}\n",
            "    - *n\n",
            "    - {id: c, kind: section, title: *t}\n",
        )),
        // A later anchor of the same name hides the earlier one.
        file("  aliases: [&x one, *x, &x two, *x]"),
        file("  ordinal: &o ~\n  label: *o"),
        file("  aliases: &a [*a]"),
        file("  aliases: [&a x, *b]"),
        file("  title: &t {zh: *t, en: x}"),
        file("  title: *t"),
        file("  aliases: *a\n  refs: &a [x]"),
        file("  kind: &k section\n  ordinal: *k"),
        format!("schema: &s 1\ndocument:\n  {NODE}\n  ordinal: *s\n"),
        format!("schema: 1\ndocument: &d\n  {NODE}\n  children: [*d]\n"),
        "schema: 1\ndocument:\n  id: a\n  kind: &k !part\n  title: {zh: 甲, en: *k}\n".to_string(),
    ];
    let cases: Vec<&str> = cases.iter().map(String::as_str).collect();
    same::<RawFile>(&cases);
}

#[test]
fn other_types_give_the_same_values_and_errors_as_serde_yaml() {
    let scalars = [
        "~",
        "",
        "x",
        "'x'",
        "1",
        "-1",
        "+1",
        "0x1F",
        "-0x1F",
        "0o17",
        "0b101",
        "010",
        "1e3",
        "1.5",
        "-.inf",
        ".NaN",
        "true",
        "FALSE",
        "!!bool yes",
        "!!bool true",
        "!!int 0x10",
        "!!float 1",
        "!!float x",
        "!!null ~",
        "!x 1",
        "!x",
        "\"1\"",
        "18446744073709551616",
        "-9223372036854775809",
        "[1, 2]",
        "{a: 1}",
        "!!binary aGk=",
        "&a [*a]",
    ];
    same::<serde_json::Value>(&scalars);
    same::<Option<String>>(&scalars);
    same::<Option<u8>>(&scalars);
    same::<Option<i64>>(&scalars);
    same::<Option<f32>>(&scalars);
    same::<Option<bool>>(&scalars);
    same::<Option<Kind>>(&scalars);
    same::<()>(&scalars);
    same::<Vec<u32>>(&scalars);
    same::<(u8, String)>(&["[1, a]", "[1]", "[1, a, b]", "{}", "~"]);
    same::<std::collections::BTreeMap<String, u8>>(&["{a: 1, b: 2}", "{a: x}", "[]", "a: 1\na: 2"]);
    let nested = format!("{}1{}", "[".repeat(130), "]".repeat(130));
    same::<serde_json::Value>(&[&nested, "a: &x [1, *x]"]);
    same::<Vec<Vec<u8>>>(&["- &a [1, 2]\n- *a\n- *a", "[[1], *b]"]);
}

#[test]
fn a_large_file_read_on_the_parser_thread_gives_the_same_results() {
    let mut big = file("  children:\n");
    for i in 0..3000 {
        big.push_str(&format!(
            "    - id: n{i}\n      kind: goal\n      title: {{zh: \"第{i}条\", en: 'Item {i}'}}\n      text: {{zh: 文字, en: \"a\\tb\"}}\n"
        ));
    }
    assert!(big.len() > super::source::THREAD_FROM);
    let cases = [
        big.clone(),
        format!("{big}    - {{id: x, kind: goal, titel: {{zh: a, en: b}}}}\n"),
        format!("{big}    - {{id: x, kind: goal, title: [}}\n"),
        format!("{big}    - &a {{id: x, kind: goal, title: *b}}\n"),
        format!("{big}---\nschema: 1\n"),
        format!("{big}...\n"),
    ];
    let cases: Vec<&str> = cases.iter().map(String::as_str).collect();
    same::<RawFile>(&cases);
    assert!(ours::<RawFile>(cases[0]).is_ok());
}
