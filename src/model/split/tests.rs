//! The two-part reading against the whole one: at every line a file can be cut at, the parts
//! must give exactly the whole reading's tree, or give up (and leave the file to be read whole).

use std::sync::atomic::AtomicBool;

use super::super::budget;
use super::super::raw::RawFile;
use super::super::yaml;
use super::{Limits, cut, read_at};

static NEVER: AtomicBool = AtomicBool::new(false);

fn whole(src: &str, limits: &Limits) -> Result<String, String> {
    let _budget = budget::start(limits);
    yaml::from_str_until::<RawFile>(src, &NEVER)
        .map(|f| format!("{f:?}"))
        .map_err(|e| e.to_string())
}

/// Cuts `src` at every line start and returns the lines of the cuts taken; each taken one must
/// give the whole reading's tree, and none may be taken when the whole reading fails.
fn every_cut_agrees<'s>(src: &'s str, limits: &Limits) -> Vec<&'s str> {
    let expected = whole(src, limits);
    let mut taken = Vec::new();
    for (at, _) in src.match_indices('\n') {
        let Some(file) = read_at(src, at + 1, limits, &NEVER) else {
            continue;
        };
        taken.push(src[at + 1..].lines().next().unwrap_or(""));
        let line = src[..=at].lines().count() + 1;
        match &expected {
            Ok(tree) => assert_eq!(&format!("{file:?}"), tree, "cut before line {line}"),
            Err(e) => panic!("cut before line {line} read a file the whole reading refuses: {e}"),
        }
    }
    taken
}

/// A policy file: three top-level sections with children of their own, in the styles YAML
/// allows (flow and block mappings, quoted, plain and block scalars, comments, an indentless
/// sequence), then whatever `end` adds inside the last node.
fn library(end: &str) -> String {
    let mut s = String::from(
        "# A library.\nschema: 1\ndocument:\n  id: root\n  kind: document\n  title: {zh: 文库, en: Library}\n  children:\n",
    );
    for i in 1..=3 {
        s.push_str(&format!(
            "    - id: s{i}\n      kind: section\n      title:\n        zh: \"第{i}节\"\n        en: 'Section {i}'\n      text:\n        zh: |\n          第一行\n\n          第二行\n        en: >\n          folded\n          text\n      children:\n      - id: s{i}.1\n        kind: goal\n        title: {{zh: 目标, en: \"A goal: \\\"quoted\\\"\"}}\n        refs: [s1]\n# a comment at the margin\n      - id: s{i}.2\n        kind: measure\n        title:\n          zh: 举措\n          en: A measure\n          # indented comment\n        aliases: [one, two]\n"
        ));
    }
    s.push_str(end);
    s
}

#[test]
fn a_file_of_sections_is_cut_and_joined_at_every_entry() {
    let src = library("");
    // Not before the first entry of a list: the head would hold an empty `children:`.
    assert_eq!(
        every_cut_agrees(&src, &Limits::default()),
        ["    - id: s2", "    - id: s3", "      - id: s3.2"]
    );
}

#[test]
fn anything_after_the_sequence_stops_the_cuts_before_it() {
    // `schema` after the document: the top-level list does not run to the end of the file.
    let src = library("schema2: 1\n");
    assert!(every_cut_agrees(&src, &Limits::default()).is_empty());
    let moved = library("").replacen("schema: 1\n", "", 1) + "schema: 1\n";
    assert!(every_cut_agrees(&moved, &Limits::default()).is_empty());
}

#[test]
fn anchors_across_the_cut_and_document_ends_leave_the_file_whole() {
    let anchored = library("").replacen("kind: section", "kind: &k section", 1);
    // The alias early, in the first section: every cut has the anchor and the alias together.
    let early = anchored.replacen("kind: measure", "kind: *k", 1);
    assert_eq!(every_cut_agrees(&early, &Limits::default()).len(), 3);
    // The alias in the last node: no cut has them together, and the tail alone cannot read it.
    let at = anchored.rfind("kind: measure").unwrap();
    let late = format!("{}kind: *k{}", &anchored[..at], &anchored[at + 13..]);
    assert!(whole(&late, &Limits::default()).is_ok());
    assert!(every_cut_agrees(&late, &Limits::default()).is_empty());
    for marker in ["...\n", "---\n"] {
        let mut ended = library("");
        let at = ended.find("    - id: s3").unwrap();
        ended.insert_str(at, marker);
        assert!(whole(&ended, &Limits::default()).is_err());
        every_cut_agrees(&ended, &Limits::default());
    }
}

#[test]
fn errors_on_either_side_leave_the_file_whole() {
    for broken in [
        library("").replace("kind: measure", "kind: measure\n        colour: red"),
        library("").replace("zh: 举措", "zh: [举措"),
        library("").replace("en: A measure", "en: \"A measure"),
        library("").replace("kind: goal", "kind: nonsense"),
    ] {
        assert!(whole(&broken, &Limits::default()).is_err());
        assert!(every_cut_agrees(&broken, &Limits::default()).is_empty());
    }
}

#[test]
fn the_limits_hold_for_both_parts_together() {
    let src = library("");
    let spent = {
        let _budget = budget::start(&Limits::default());
        yaml::from_str_until::<RawFile>(&src, &NEVER).unwrap();
        budget::spent()
    };
    for limits in [
        Limits {
            text_bytes: spent.0 - 1,
            ..Limits::default()
        },
        Limits {
            nodes: spent.1 - 1,
            ..Limits::default()
        },
    ] {
        assert!(whole(&src, &limits).is_err());
        assert!(every_cut_agrees(&src, &limits).is_empty());
    }
    // Each part may take half of the budget, so that the two at once never hold more than one
    // load may: a file within the limits only just is read whole.
    let exact = Limits {
        text_bytes: spent.0,
        ..Limits::default()
    };
    assert!(whole(&src, &exact).is_ok());
    assert!(every_cut_agrees(&src, &exact).is_empty());
    let roomy = Limits {
        text_bytes: spent.0 * 2,
        ..Limits::default()
    };
    assert_eq!(every_cut_agrees(&src, &roomy).len(), 3);
}

#[test]
fn nesting_is_counted_from_the_top_of_the_file() {
    // Nodes nested until the YAML reader's guard (128 levels) is crossed at the deepest one;
    // each has a leaf before it, so that the file can be cut before any of them.
    let nested = |levels: usize| {
        let mut s = String::from(
            "schema: 1\ndocument:\n  id: n0\n  kind: document\n  title: {zh: 甲, en: A}\n  children:\n",
        );
        for level in 1..=levels {
            let pad = " ".repeat(2 + 4 * level);
            s.push_str(&format!(
                "{pad}- {{id: leaf{level}, kind: goal, title: {{zh: 丁, en: D}}}}\n{pad}- id: n{level}\n{pad}  kind: section\n{pad}  title: {{zh: 乙, en: B}}\n{pad}  children:\n"
            ));
        }
        s + &" ".repeat(6 + 4 * levels) + "- {id: leaf, kind: goal, title: {zh: 丙, en: C}}\n"
    };
    let deepest_ok = (1..80)
        .rev()
        .find(|&l| whole(&nested(l), &Limits::default()).is_ok());
    let ok = deepest_ok.expect("some depth reads");
    assert_eq!(every_cut_agrees(&nested(ok), &Limits::default()).len(), ok);
    assert!(whole(&nested(ok + 1), &Limits::default()).is_err());
    assert!(every_cut_agrees(&nested(ok + 1), &Limits::default()).is_empty());
}

#[test]
fn the_cut_is_the_entry_nearest_the_middle_of_the_running_list() {
    let src = library("");
    let at = cut(&src).expect("a cut");
    assert!(
        src[at..].starts_with("    - id: s2\n"),
        "{}",
        &src[at..at + 20]
    );
    // With something after the list, only the last section's own entries are candidates,
    // and both lie outside the middle three fifths.
    assert_eq!(cut(&library("schema2: 1\n")), None);
    assert_eq!(cut("a: 1\n"), None);
}
