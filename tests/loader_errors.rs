//! Every error path of the loader: each bad input gives one short message naming the file, with
//! line and column where they are known, and never a panic.

#[path = "common/run.rs"]
mod run;

use std::path::PathBuf;

use run::file;
use yijian::library::Library;
use yijian::model::{Limits, LoadError, load_path, load_str};

const MINIMAL: &str = include_str!("../docs/examples/minimal.yaml");

fn err(src: &str) -> LoadError {
    load_str(src, "bad.yaml", &Limits::default()).expect_err("should be refused")
}

fn message(src: &str) -> String {
    err(src).to_string()
}

/// `src` loaded, as a library of its one document (which looks ids up).
fn loaded(src: &str) -> Library {
    Library::from(load_str(src, "ok.yaml", &Limits::default()).expect("loads"))
}

#[test]
fn the_minimal_example_loads() {
    let d = loaded(MINIMAL);
    assert_eq!(d.len(), 3);
    let g = d.find("goals.1").unwrap();
    assert_eq!(*d.node(g).refs, [d.find("goals").unwrap()]);
}

#[test]
fn references_keep_their_order_without_repeats_and_link_back() {
    let (plan, goals) = ("plan", "goals");
    for refs in [
        "[goals, plan, goals]".to_string(),
        // Past the few a node usually has.
        format!("[{}]", ["goals", "plan"].repeat(20).join(", ")),
    ] {
        let src = MINIMAL.replace("refs: [goals]", &format!("refs: {refs}"));
        let d = loaded(&src);
        let g = d.find("goals.1").unwrap();
        let (plan, goals) = (d.find(plan).unwrap(), d.find(goals).unwrap());
        assert_eq!(*d.node(g).refs, [goals, plan]);
        assert_eq!(*d.node(goals).referenced_by, [g]);
        assert_eq!(*d.node(plan).referenced_by, [g]);
    }
}

#[test]
fn empty_and_non_mapping_files() {
    assert_eq!(
        message(""),
        "bad.yaml: the file is empty; expected `schema: 1` and `document:`"
    );
    assert_eq!(
        message("  \n# only a comment\n"),
        "bad.yaml: the file is empty; expected `schema: 1` and `document:`"
    );
    let m = message("- just\n- a list\n");
    assert!(m.starts_with("bad.yaml:1:1: invalid type: sequence"), "{m}");
    assert!(
        m.contains("expected a mapping with `schema` and `document` at the top level"),
        "{m}"
    );
}

#[test]
fn yaml_syntax_errors_carry_line_and_column() {
    let m = message("schema: 1\ndocument:\n  id: x\n\tkind: document\n");
    assert!(m.starts_with("bad.yaml:4:"), "{m}");
    let m = message("schema: 1\ndocument: {id: x, kind: document, title: {zh: a, en: b}\n");
    assert!(m.starts_with("bad.yaml:"), "{m}");
    assert!(!m.contains(" at line "), "position given twice: {m}");
}

#[test]
fn unknown_keys_are_refused_with_a_hint() {
    let src = MINIMAL.replace(
        "      ordinal: \"一\"\n",
        "      ordinal: \"一\"\n      titel: {zh: a, en: b}\n",
    );
    let m = message(&src);
    assert!(m.contains("unknown field `titel`"), "{m}");
    assert!(m.contains("did you mean `title`?"), "{m}");
    assert!(m.starts_with("bad.yaml:13:"), "{m}");
    let m = message(&MINIMAL.replace("schema: 1", "schema: 1\nextra: true"));
    assert!(
        m.contains("unknown field `extra`") && !m.contains("did you mean"),
        "{m}"
    );
}

#[test]
fn missing_fields_and_wrong_types() {
    let m = message("schema: 1\ndocument:\n  id: x\n  kind: document\n");
    assert!(m.contains("missing field `title`"), "{m}");
    let m = message(&MINIMAL.replace("kind: goal", "kind: target"));
    assert!(m.contains("unknown variant `target`"), "{m}");
    let m = message(&MINIMAL.replace("schema: 1", "schema: one"));
    assert!(
        m.contains("invalid type") || m.contains("invalid value"),
        "{m}"
    );
    let m = message(&MINIMAL.replace("refs: [goals]", "refs: goals"));
    assert!(m.contains("expected a sequence"), "{m}");
}

#[test]
fn semantic_problems_name_the_node_and_line() {
    let m = message(&MINIMAL.replace("id: goals.1", "id: goals"));
    assert!(m.contains("bad.yaml:20: node `goals`: duplicate id"), "{m}");
    let m = message(&MINIMAL.replace("refs: [goals]", "refs: [goal]"));
    assert_eq!(
        m,
        "bad.yaml:20: node `goals.1`: refs: no node has the id `goal`"
    );
    let m = message(&MINIMAL.replace("en: Larger scale", "en: \"  \""));
    assert_eq!(m, "bad.yaml:20: node `goals.1`: title.en is empty");
    let m = message(&MINIMAL.replace("id: goals.1", "id: \"goals 1\""));
    assert!(m.contains("id must be 1–64 ASCII letters"), "{m}");
    let m = message(&MINIMAL.replace("kind: section", "kind: document"));
    assert!(
        m.contains("node `goals`: only the root node may be of kind `document`"),
        "{m}"
    );
    let m = message(&MINIMAL.replace("kind: document", "kind: section"));
    assert!(
        m.contains("the root node must be of kind `document`"),
        "{m}"
    );
    let m = message(&MINIMAL.replace("schema: 1", "schema: 3"));
    assert_eq!(
        m,
        "bad.yaml:2: schema 3 is not supported (this yijian reads schemas 1 and 2)"
    );
}

#[test]
fn several_problems_are_all_reported() {
    let src = MINIMAL.replace("refs: [goals]", "refs: [nowhere, elsewhere]");
    let e = err(&src);
    assert_eq!(e.problems.len(), 2);
    assert_eq!(e.to_string().lines().count(), 2);
}

#[test]
fn limits_are_enforced_with_clear_messages() {
    let tight = Limits {
        nodes: 2,
        ..Limits::default()
    };
    let e = load_str(MINIMAL, "m.yaml", &tight).unwrap_err().to_string();
    assert_eq!(
        e,
        "m.yaml:20:15: document.children[0].children[0].id: more than 2 nodes"
    );
    let tight = Limits {
        depth: 1,
        ..Limits::default()
    };
    let e = load_str(MINIMAL, "m.yaml", &tight).unwrap_err().to_string();
    assert_eq!(e, "m.yaml:10: node `goals`: nested more than 1 levels deep");
    let tight = Limits {
        string_bytes: 10,
        ..Limits::default()
    };
    let e = load_str(MINIMAL, "m.yaml", &tight).unwrap_err().to_string();
    assert_eq!(
        e,
        "m.yaml:7:9: document.title.zh: a string of 12 bytes, over the limit of 10 bytes"
    );
}

/// Limits that are checked while the file is parsed (every string, every node) or before (YAML
/// values), with tight settings so that small inputs cross them.
#[test]
fn parse_time_limits_cover_every_string_and_stop_alias_expansion() {
    let load =
        |src: &str, limits: Limits| load_str(src, "m.yaml", &limits).unwrap_err().to_string();
    // Every kind of string is limited, not only titles and texts (the longest in the example is
    // 45 bytes).
    let tight = Limits {
        string_bytes: 50,
        ..Limits::default()
    };
    let long = "x".repeat(51);
    for (from, to, path) in [
        ("refs: [goals]", format!("refs: [{long}]"), "refs[0]"),
        (
            "kind: goal\n",
            format!("kind: goal\n          aliases: [{long}]\n"),
            "aliases[0]",
        ),
        ("ordinal: \"一\"", format!("ordinal: \"{long}\""), "ordinal"),
    ] {
        let src = MINIMAL.replace(from, &to);
        assert_ne!(src, MINIMAL, "{from} is in the example");
        let e = load(&src, tight);
        assert!(
            e.contains(&format!(
                "{path}: a string of 51 bytes, over the limit of 50 bytes"
            )),
            "{e}"
        );
    }
    // Aliases count as often as they are used.
    let src = MINIMAL.replace(
        "kind: goal\n",
        "kind: goal\n          aliases: [&a abcdefghij, *a, *a, *a]\n",
    );
    let roomy = Limits {
        text_bytes: 4096,
        ..Limits::default()
    };
    let d = Library::from(load_str(&src, "m.yaml", &roomy).expect("fits with room"));
    let aliases = &d.node(d.find("goals.1").unwrap()).aliases;
    assert_eq!(
        aliases.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["abcdefghij"; 4]
    );
    let tight = Limits {
        text_bytes: 600,
        ..Limits::default()
    };
    assert!(
        load_str(MINIMAL, "m.yaml", &tight).is_ok(),
        "fits without the aliases"
    );
    let e = load(&src, tight);
    assert!(
        e.contains("the text adds up to more than 600 bytes once YAML aliases and Unicode compatibility forms are expanded"),
        "{e}"
    );
    // So do nodes repeated by an alias.
    let e = load(
        "schema: 1\ndocument: {id: d, kind: document, title: {zh: a, en: b}, children: [&n {id: x, kind: goal, title: {zh: a, en: b}}, *n, *n]}\n",
        Limits {
            nodes: 3,
            ..Limits::default()
        },
    );
    assert!(e.contains(": more than 3 nodes"), "{e}");
}

#[test]
fn files_on_disk() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.yaml");
    let e = load_path(&missing, &Limits::default())
        .unwrap_err()
        .to_string();
    assert!(e.ends_with("no-such-file.yaml: no such file"), "{e}");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let e = load_path(&dir, &Limits::default()).unwrap_err().to_string();
    assert!(e.ends_with(": is a directory, not a policy file"), "{e}");
    let p = file("latin1.yaml", b"schema: 1\ndocument:\n  id: caf\xe9\n");
    let e = load_path(&p, &Limits::default()).unwrap_err().to_string();
    assert!(
        e.ends_with("latin1.yaml:3:10: not UTF-8 text (a policy file must be UTF-8)"),
        "{e}"
    );
    let p = file("big.yaml", vec![b'#'; 2048]);
    let e = load_path(
        &p,
        &Limits {
            file_bytes: 1024,
            ..Limits::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("file is 2048 bytes, over the limit of 1024 bytes"),
        "{e}"
    );
    // A device whose size the metadata does not give is read only up to the limit.
    #[cfg(unix)]
    {
        let e = load_path(std::path::Path::new("/dev/zero"), &Limits::default());
        let e = e.unwrap_err().to_string();
        assert_eq!(e, "/dev/zero: larger than the limit of 16777216 bytes");
    }
}

#[test]
fn control_characters_in_text_are_made_visible_at_load() {
    let src = MINIMAL.replace("zh: 示例规划", "zh: \"示例\\e[2J规划\\u009b\\u202e\"");
    let d = load_str(&src, "m.yaml", &Limits::default()).unwrap();
    let t: &str = &d.node(d.root()).title.zh;
    assert_eq!(t, "示例␛[2J规划\u{FFFD}\u{FFFD}");
    assert!(!t.chars().any(|c| c.is_control()));
}

#[test]
fn quoted_file_text_in_errors_cannot_reach_the_terminal_raw() {
    let src = MINIMAL.replace("refs: [goals]", "refs: [\"\\e]0;pwned\\a\"]");
    let m = message(&src);
    assert!(!m.chars().any(|c| c.is_control() && c != '\n'), "{m:?}");
    assert!(m.contains("␛]0;pwned␇"), "{m}");
}

/// What the streaming YAML reader adds to the corpus: aliases that expand into a valid file,
/// tags, nulls in optional fields, and streams of more than one document.
#[test]
fn aliases_expand_into_the_nodes_they_repeat() {
    let src = "schema: 1\ndocument:\n  id: plan\n  kind: document\n  title: &t {zh: 规划, en: Plan}\n  children:\n    - &g {id: g1, kind: goal, title: *t, aliases: [&a 甲, *a]}\n    - {id: g2, kind: goal, title: {zh: *a, en: second}, text: *t}\n";
    let d = loaded(src);
    let g1 = d.node(d.find("g1").unwrap());
    assert_eq!((&*g1.title.zh, &*g1.title.en), ("规划", "Plan"));
    assert_eq!(
        g1.aliases.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["甲", "甲"]
    );
    let g2 = d.node(d.find("g2").unwrap());
    assert_eq!(&*g2.title.zh, "甲");
    assert_eq!(&*g2.text.as_ref().unwrap().en, "Plan");
    // Repeating a whole node repeats its id.
    let twice = src.replace("    - {id: g2", "    - *g\n    - {id: g2");
    assert_eq!(
        message(&twice),
        "bad.yaml: node `g1`: duplicate id (it occurs 2 times)"
    );
}

#[test]
fn nulls_and_tags_in_fields() {
    let base =
        "schema: 1\ndocument:\n  id: plan\n  kind: document\n  title: {zh: 规划, en: Plan}\n";
    let load = |extra: &str| load_str(&format!("{base}{extra}"), "t.yaml", &Limits::default());
    let root = |extra: &str| load(extra).unwrap().node(yijian::model::NodeId(0)).clone();
    assert_eq!(root("  ordinal: ~\n  label: null\n").ordinal, None);
    assert!(root("  label: ~\n").label.is_none());
    assert_eq!(root("  ordinal: \"~\"\n").ordinal.as_deref(), Some("~"));
    assert_eq!(
        root("  ordinal: !roman IV\n").ordinal.as_deref(),
        Some("IV")
    );
    assert_eq!(
        load("  ordinal: !!null IV\n").unwrap_err().to_string(),
        "t.yaml:6:3: document.ordinal: invalid value: string \"IV\", expected null"
    );
    let tagged = base.replace("kind: document", "kind: !document ~");
    let d = load_str(&tagged, "t.yaml", &Limits::default()).unwrap();
    assert_eq!(d.node(d.root()).kind, yijian::model::Kind::Document);
    let tagged = base.replace("kind: document", "kind: !document x");
    assert_eq!(
        message(&tagged),
        "bad.yaml:4:9: document.kind: invalid value: string \"x\", expected null"
    );
}

#[test]
fn a_stream_of_more_than_one_document_is_refused() {
    let two = format!("{MINIMAL}---\nschema: 1\n");
    let line = MINIMAL.lines().count() + 1;
    assert_eq!(
        message(&two),
        format!(
            "bad.yaml:{line}:1: a second YAML document (`---`): a policy file holds one document"
        )
    );
    // Also when the first document starts with its own `---`, and with comments between.
    let three = format!("# a policy\n---\n{MINIMAL}# next\n--- # another\nschema: 1\n");
    assert_eq!(
        message(&three),
        format!(
            "bad.yaml:{}:1: a second YAML document (`---`): a policy file holds one document",
            line + 3
        )
    );
    // An explicit end of the one document is fine.
    let d = load_str(
        &format!("---\n{MINIMAL}...\n"),
        "ok.yaml",
        &Limits::default(),
    );
    assert_eq!(d.expect("one document").nodes().len(), 3);
}

/// YAML spells null three ways (`~`, `null`, nothing); a required string refuses all three alike,
/// naming the key, while a quoted `"~"` is the text `~`.
#[test]
fn every_spelling_of_null_is_refused_alike_for_a_required_string() {
    let base =
        "schema: 1\ndocument:\n  id: d\n  kind: document\n  title:\n    zh: 标题\n    en: EN\n";
    for null in ["~", "null", "", "Null", "NULL"] {
        let src = base.replace("en: EN", &format!("en: {null}"));
        let e = message(&src);
        assert!(
            e.starts_with("bad.yaml:7:") && e.contains("document.title.en: no value"),
            "{null:?}: {e}"
        );
    }
    for (null, text) in [("\"~\"", "~"), ("'null'", "null")] {
        let d = load_str(
            &base.replace("en: EN", &format!("en: {null}")),
            "q.yaml",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(&*d.node(d.root()).title.en, text);
    }
    // An id is required the same way.
    let e = message(&base.replace("id: d", "id: ~"));
    assert!(e.contains("document.id: no value"), "{e}");
}

/// A `|` block keeps its line breaks between paragraphs but its final line feed is no paragraph.
#[test]
fn a_literal_block_ends_without_an_empty_paragraph() {
    let src = "schema: 1\ndocument:\n  id: d\n  kind: document\n  title: {zh: 标题, en: Title}\n  text:\n    zh: |\n      第一段。\n      第二段。\n\n    en: |+\n      One.\n      Two.\n\n\n";
    let d = load_str(src, "b.yaml", &Limits::default()).unwrap();
    let text = d.node(d.root()).text.as_ref().unwrap();
    assert_eq!(&*text.zh, "第一段。\n第二段。");
    assert_eq!(&*text.en, "One.\nTwo.");
}

/// A "did you mean" names a key of the mapping the unknown key is in, never one of another kind
/// of mapping (`Name:` at the top of a file is not a misspelt fact `name`).
#[test]
fn key_hints_come_from_the_mapping_the_key_is_in() {
    let e = message("Name: yijian\nState: S\n");
    assert_eq!(
        e,
        "bad.yaml:1:1: unknown field `Name`, expected `schema` or `document`"
    );
    let fact = MINIMAL.replace(
        "          refs: [goals]",
        "          refs: [goals]\n          facts:\n            - {key: k, nmae: {zh: 名, en: N}, value: {zh: 值, en: V}}",
    );
    let e = message(&fact);
    assert!(
        e.ends_with("unknown field `nmae` — did you mean `name`?"),
        "{e}"
    );
    let node = MINIMAL.replace("          refs: [goals]", "          nmae: x");
    let e = message(&node);
    assert!(
        e.contains("unknown field `nmae`, expected one of `id`"),
        "{e}"
    );
}

/// The budget charges what is built, not what is written: a character that the search index
/// folds into many (U+FDFA, eighteen letters in its compatibility form) is charged for them.
#[test]
fn text_is_charged_for_its_compatibility_form_too() {
    let line = "\u{fdfa}".repeat(20_000);
    let src = MINIMAL.replace("规模扩大", &line);
    let plain = MINIMAL.replace("规模扩大", &"规".repeat(20_000));
    let limits = Limits {
        text_bytes: 300_000,
        ..Limits::default()
    };
    // 60 000 bytes written either way; only the ligature expands past the budget.
    assert!(load_str(&plain, "p.yaml", &limits).is_ok());
    let e = load_str(&src, "l.yaml", &limits).unwrap_err().to_string();
    assert!(
        e.contains("document.children[0].children[0].title.zh: the text adds up to more than 300000 bytes once YAML aliases and Unicode compatibility forms are expanded"),
        "{e}"
    );
}

/// A node's problem is placed at the node's own `id:`, in block or flow style, never at an `id:`
/// that is part of a text.
#[test]
fn problems_are_placed_at_the_nodes_own_id() {
    let src = "schema: 1\ndocument:\n  id: d\n  kind: document\n  title: {zh: 根, en: \"see id: x\"}\n  children:\n    - {id: a, kind: section, title: {zh: 甲, en: A}}\n    - {id: x, kind: section, title: {zh: 乙, en: B}, refs: [nowhere]}\n";
    assert_eq!(
        message(src),
        "bad.yaml:8: node `x`: refs: no node has the id `nowhere`"
    );
}

/// Every problem of a file with thousands is placed at its own node's line (the places are
/// looked up once for all problems, not by reading the file again for each).
#[test]
fn many_problems_are_each_placed_at_their_node() {
    let mut src = String::from(
        "schema: 1\ndocument:\n  id: d\n  kind: document\n  title: {zh: 根, en: root}\n  children:\n",
    );
    for i in 0..5000 {
        src.push_str(&format!(
            "    - {{id: n{i}, kind: section, title: {{zh: 层, en: level}}, refs: [x{i}]}}\n"
        ));
    }
    let e = err(&src);
    assert_eq!(e.problems.len(), 5000);
    for (i, p) in e.problems.iter().enumerate() {
        assert_eq!(p.node.as_deref(), Some(format!("n{i}").as_str()));
        assert_eq!(p.line, Some(7 + i), "{p:?}");
    }
}

/// A `meta` date is a real day of the calendar written YYYY-MM-DD: leap days only in leap years,
/// months and days with their two digits.
#[test]
fn meta_dates_are_real_days_written_in_full() {
    let with = |date: &str| {
        let meta = format!(
            "  meta:\n    issuer: {{zh: 某部门, en: A department}}\n    issued: \"{date}\"\n    source: {{zh: 网站, en: A website}}\n    source_date: 2020-06-17\n  children:\n"
        );
        load_str(
            &MINIMAL.replacen("  children:\n", &meta, 1),
            "d.yaml",
            &Limits::default(),
        )
    };
    for good in ["2020-02-29", "2000-02-29", "2021-12-31", "0001-01-01"] {
        let d = with(good).unwrap_or_else(|e| panic!("{good}: {e}"));
        assert_eq!(d.meta.unwrap().issued, good);
    }
    for bad in [
        "2021-02-29",
        "1900-02-29",
        "2020-04-31",
        "2020-00-10",
        "2020-01-00",
        "2020-1-05",
        "2020-01-5",
        "+2020-01-01",
        "-2020-01-01",
        "+020-01-01",
        "2020/01/01",
        "2020-01-01T",
        " 2020-01-01",
        "２０２０-01-01",
    ] {
        let e = with(bad).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "d.yaml:11: node `plan`: meta.issued `{bad}` is not a date of the form YYYY-MM-DD"
            )
        );
    }
}

/// What a review of the loader found: problems listed in the order of their lines, a comment
/// after an id, fact keys held to the rule of ids, folded block scalars in one-line fields, and
/// serde_yaml's own words matched whole, not inside a quoted value.
#[test]
fn problems_in_line_order_and_values_that_look_like_parser_words() {
    // A dangling reference is found last, when every id is known: it still comes first when its
    // node (line 10) comes first, and stands at the occurrence of a repeated id that holds it.
    let src = MINIMAL.replace("kind: section", "kind: section\n      refs: [nowhere]")
        + "        - id: goals.1  # again\n          kind: goal\n          title: {zh: '', en: x}\n          refs: [nor-here]\n";
    let e = err(&src).to_string();
    let want = [
        "bad.yaml:10: node `goals`: refs: no node has the id `nowhere`",
        "bad.yaml:27: node `goals.1`: duplicate id (it occurs 2 times)",
        "bad.yaml:27: node `goals.1`: title.zh is empty",
        "bad.yaml:27: node `goals.1`: refs: no node has the id `nor-here`",
    ];
    assert_eq!(e, want.join("\n"));

    let fact = |key: &str| {
        let facts =
            format!("facts: [{{key: {key}, name: {{zh: 名, en: n}}, value: {{zh: 值, en: v}}}}]");
        MINIMAL.replace("refs: [goals]", &facts)
    };
    assert!(load_str(&fact("output_value"), "f.yaml", &Limits::default()).is_ok());
    assert_eq!(
        message(&fact("\"out put\\e\"")),
        "bad.yaml:20: node `goals.1`: facts.key `out put␛` must be 1–64 ASCII letters, digits, \
         `.`, `_` or `-`"
    );

    let folded = MINIMAL.replace(
        "en: Larger scale",
        "en: >\n              Larger\n              scale\n",
    );
    let d = loaded(&folded);
    assert_eq!(
        &*d.node(d.find("goals.1").unwrap()).title.en,
        "Larger scale"
    );

    assert_eq!(
        message(&MINIMAL.replace("kind: goal", "kind: unknown anchor")),
        "bad.yaml:21:17: document.children[0].children[0].kind: unknown variant `unknown \
         anchor`, expected one of `document`, `section`, `part`, `cluster_group`, `cluster`, \
         `goal`, `principle`, `measure_group`, `measure`, `glossary`, `term`"
    );
}

/// A value quoted in a message is cut when long: a wrong file read as one YAML string, an id or
/// a kind of a thousand letters, are named by their start, not printed whole.
#[test]
fn long_values_in_messages_are_cut() {
    let passwd =
        "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    assert_eq!(
        message(passwd),
        "bad.yaml:1:1: invalid type: string \"root:x:0:0:root:/root:/bin/bash daemon:x…\", \
         expected a mapping with `schema` and `document` at the top level"
    );
    let long = "x".repeat(1000);
    let m = message(&MINIMAL.replace("kind: goal", &format!("kind: {long}")));
    assert!(
        m.contains(&format!(
            "unknown variant `{}…`, expected one of `document`",
            &long[..40]
        )),
        "{m}"
    );
    let m = message(&MINIMAL.replace("refs: [goals]", &format!("refs: [{long}]")));
    assert_eq!(
        m,
        format!(
            "bad.yaml:20: node `goals.1`: refs: no node has the id `{}…`",
            &long[..40]
        )
    );
    // Short values and the lists of what is expected stay whole.
    let m = message(&MINIMAL.replace("kind: goal", "kind: gaol"));
    assert!(m.ends_with("unknown variant `gaol`, expected one of `document`, `section`, `part`, `cluster_group`, `cluster`, `goal`, `principle`, `measure_group`, `measure`, `glossary`, `term`"), "{m}");
}
