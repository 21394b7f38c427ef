//! Every subcommand's output and exit code, run as a real process.

#[path = "common/run.rs"]
mod run;

use std::process::Stdio;

use run::{file, stderr, stdout, yijian};

#[test]
fn tree_prints_every_node_indented_with_both_titles() {
    let o = yijian(&["tree"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 92);
    assert!(out.starts_with("opinions "));
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("clusters.emerging.7 "))
        .unwrap();
    assert!(line.starts_with("      clusters.emerging.7"), "{line:?}");
    assert!(
        line.ends_with("激光与增材制造 | Lasers and additive manufacturing"),
        "{line:?}"
    );
}

#[test]
fn show_prints_one_node_with_breadcrumb_children_and_related() {
    let o = yijian(&["show", "clusters.emerging"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("《意见》 › 战略性产业集群 › 战略性新兴产业集群")
    );
    assert_eq!(lines.next(), Some("Cluster group ∙ clusters.emerging"));
    assert!(out.contains("产值在2000亿以内"));
    assert!(out.contains("\nContents:\n"));
    assert!(out.contains("  clusters.emerging.7"));
    assert!(out.contains("\nRelated:\n"));
    assert!(out.contains("  goals.1"));

    let en = stdout(&yijian(&["show", "goals.1", "--lang", "en"]));
    assert!(
        en.starts_with("The Opinions › Development goals › "),
        "{en}"
    );
    assert!(en.contains("10%"));
    assert!(
        !en.contains("现代化产业体系更加完善"),
        "Chinese in --lang en output"
    );
}

#[test]
fn show_unknown_id_is_an_error() {
    let o = yijian(&["show", "goals.9"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "yijian: no node has the id `goals.9`; did you mean `goals.1` or `goals.2` or `goals.3`? (see `yijian tree` for the ids)\n"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn search_ranks_and_exits_like_grep() {
    let o = yijian(&["search", "激光与增材制造"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("clusters.emerging.7 "));
    let none = yijian(&["search", "xyzzy"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty());
    let one = stdout(&yijian(&["search", "集群", "--limit", "1"]));
    assert_eq!(one.lines().filter(|l| !l.starts_with(' ')).count(), 1);
}

#[test]
fn search_json_carries_the_contract_fields() {
    let o = yijian(&["search", "bdt", "--json", "--limit", "3"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    let top = &hits[0];
    assert_eq!(top["id"], "clusters.emerging.1");
    assert_eq!(top["kind"], "cluster");
    assert_eq!(top["title"]["zh"], "半导体与集成电路");
    assert_eq!(top["title"]["en"], "Semiconductors and integrated circuits");
    assert_eq!(
        top["path"],
        serde_json::json!(["opinions", "clusters", "clusters.emerging"])
    );
    assert_eq!(top["field"], "title");
    assert_eq!(top["lang"], "zh");
    assert_eq!(top["match"], "pinyin initials");
    assert_eq!(top["words"], serde_json::json!([1, 1]));
    assert_eq!(top["snippet"], "半导体与集成电路");
    assert_eq!(top["ranges"], serde_json::json!([[0, 9]]));
}

#[test]
fn export_json_is_the_whole_tree() {
    let o = yijian(&["export", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let root: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(root["id"], "opinions");
    assert_eq!(root["kind"], "document");
    assert_eq!(root["meta"]["issued"], "2020-05-18");
    fn count(v: &serde_json::Value) -> usize {
        assert!(v["title"]["zh"].is_string() && v["title"]["en"].is_string());
        assert!(
            v["text"].is_null() || (v["text"]["zh"].is_string() && v["text"]["en"].is_string())
        );
        1 + v["children"]
            .as_array()
            .unwrap()
            .iter()
            .map(count)
            .sum::<usize>()
    }
    assert_eq!(count(&root), 92);
    let clusters = &root["children"][1]["children"][1]["children"];
    assert_eq!(clusters[6]["title"]["zh"], "激光与增材制造");
    assert!(clusters[6]["text"].is_null());
    assert_eq!(clusters[6]["refs"], serde_json::json!(["goals.1"]));
}

#[test]
fn export_markdown_has_headings_and_both_languages() {
    let out = stdout(&yijian(&["export", "--format", "markdown"]));
    assert!(out.starts_with(
        "# 《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》\n"
    ));
    assert!(out.contains("\n## 三、培育战略性产业集群的发展目标是什么？\n"));
    assert!(
        out.contains("\n*Part III What are the development goals"),
        "{out}"
    );
    assert!(out.contains(
        "- **激光与增材制造** — Lasers and additive manufacturing `clusters.emerging.7`"
    ));
    assert!(out.contains("> The practice of industrial development around the world shows"));
}

#[test]
fn check_validates_a_file() {
    let ok = yijian(&["check", "docs/examples/minimal.yaml"]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(
        stdout(&ok),
        "docs/examples/minimal.yaml: ok — 3 nodes (document: 1, section: 1, goal: 1)\n"
    );
    let bad = file(
        "dangling.yaml",
        include_str!("../docs/examples/minimal.yaml").replace("refs: [goals]", "refs: [nope]"),
    );
    let o = yijian(&["check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).ends_with("dangling.yaml:20: node `goals.1`: refs: no node has the id `nope`\n"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn file_option_opens_another_document() {
    let o = yijian(&["--file", "docs/examples/minimal.yaml", "tree"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 3);
    let o = yijian(&["tree", "--file", "no/such.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "yijian: no/such.yaml: no such file\n");
}

#[test]
fn help_has_examples_and_version_is_printed() {
    let help = stdout(&yijian(&["--help"]));
    assert!(help.contains("Examples:") && help.contains("yijian search"));
    for cmd in ["tree", "show", "search", "export", "check"] {
        let h = stdout(&yijian(&[cmd, "--help"]));
        assert!(h.contains("Example"), "`{cmd} --help` has no example");
    }
    assert_eq!(
        stdout(&yijian(&["--version"])),
        format!("yijian {}\n", env!("CARGO_PKG_VERSION"))
    );
    // A word that is no subcommand is a path to open.
    let bad = yijian(&["frobnicate"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stderr(&bad), "yijian: frobnicate: no such file\n");
}

#[test]
fn browser_without_a_terminal_explains_and_writes_nothing() {
    let o = yijian(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        o.stdout.is_empty(),
        "escape codes or text written to a pipe"
    );
    let e = stderr(&o);
    assert!(
        e.contains("needs a terminal") && e.contains("yijian tree"),
        "{e}"
    );
    let o = yijian(&["--open", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no node has the id `nowhere`"));
}

#[test]
fn file_text_never_reaches_the_output_raw() {
    let src = include_str!("../docs/examples/minimal.yaml")
        .replace("zh: 发展目标", "zh: \"目标\\e]0;owned\\a\\e[2J\\u009b31m\"")
        .replace("en: Goals", "en: \"Goals\\u202e\\u0008\"");
    let p = file("hostile.yaml", &src);
    for args in [
        vec!["tree"],
        vec!["show", "goals"],
        vec!["search", "目标"],
        vec!["export", "--format", "markdown"],
        vec!["export"],
    ] {
        let mut all = vec!["--file", p.to_str().unwrap()];
        all.extend(args.iter());
        let o = yijian(&all);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = stdout(&o);
        assert!(
            !out.chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{args:?}: {out:?}"
        );
    }
}

#[test]
fn completions_and_man_page_come_from_the_argument_definitions() {
    for (shell, marker) in [
        ("bash", "_yijian()"),
        ("zsh", "#compdef yijian"),
        ("fish", "complete -c yijian"),
    ] {
        let o = yijian(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let out = stdout(&o);
        assert!(out.contains(marker), "{shell}: {out}");
        for sub in ["tree", "show", "search", "export", "check"] {
            assert!(out.contains(sub), "{shell} completes `{sub}`");
        }
        assert!(out.contains("--present"), "{shell} completes options");
    }
    let o = yijian(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("error: invalid value 'tcsh'"), "{err}");
    assert!(
        err.contains("[possible values: bash, elvish, fish, powershell, zsh]"),
        "{err}"
    );
    let man = stdout(&yijian(&["man"]));
    assert!(
        man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH yijian"),
        "{man}"
    );
    assert!(man.contains(".TH yijian 1"), "{man}");
    assert!(man.contains("\\-\\-present"), "options are documented");
}

#[test]
fn show_and_export_give_markdown_for_one_node_or_subtree() {
    let o = yijian(&["show", "goals.4", "--format", "markdown", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let md = stdout(&o);
    assert!(
        md.starts_with("*The Opinions › Development goals › "),
        "{md}"
    );
    assert!(
        md.contains("\n## IV. Significantly stronger innovation capacity\n"),
        "{md}"
    );
    assert!(md.contains("— Source: "), "{md}");
    assert!(md.contains("· `goals.4`\n"), "{md}");

    let o = yijian(&[
        "export",
        "--format",
        "markdown",
        "--node",
        "clusters.emerging",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let md = stdout(&o);
    assert!(md.starts_with("# “十大”战略性新兴产业集群"), "{md}");
    assert_eq!(md.matches("`clusters.emerging.").count(), 10, "{md}");
    assert!(!md.contains("clusters.pillar"), "only the subtree");

    let o = yijian(&["export", "--format", "json", "--node", "goals.2"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "goals.2");
    assert_eq!(v["children"].as_array().map(Vec::len), Some(0));

    let o = yijian(&["export", "--node", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no node has the id `nope`"));
}

#[test]
fn check_takes_the_file_from_the_global_option_too() {
    let o = yijian(&["--file", "docs/examples/minimal.yaml", "check"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "docs/examples/minimal.yaml: ok — 3 nodes (document: 1, section: 1, goal: 1)\n"
    );
    let o = yijian(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "yijian: check needs a file: `yijian check PATH…` (or --file PATH)\n"
    );
}

#[test]
fn typed_arguments_in_error_messages_never_reach_the_terminal_raw() {
    for bad in [
        "--\u{1b}]0;pwned\u{7}",
        "sh\u{9b}31mow",
        "--lang=\u{202e}zh",
    ] {
        let o = yijian(&[bad]);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        let err = stderr(&o);
        // A bare word is a path to open.
        assert!(
            err.contains("error") || err.ends_with(": no such file\n"),
            "{bad:?}: {err}"
        );
        assert!(
            !err.chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{bad:?}: {err:?}"
        );
    }
    // Controls that are not part of an escape sequence stay visible as a replacement.
    let err = stderr(&yijian(&["--lang=\u{202e}zh"]));
    assert!(err.contains("'\u{fffd}zh'"), "{err:?}");
    // Help still goes to standard output with a zero exit code.
    let help = yijian(&["show", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Usage"));
}

/// Every command that prints ends quietly with exit 0 when the reader closes the pipe first
/// (`yijian man | head`), the way `tree | head` does: no panic, no message.
#[cfg(unix)]
#[test]
fn every_output_command_ends_quietly_on_a_closed_pipe() {
    use std::os::fd::FromRawFd;
    for args in [
        &["completions", "fish"][..],
        &["completions", "bash"],
        &["man"],
        &["tree"],
        &["show", "goals"],
        &["search", "s"],
        &["export", "--format", "json"],
        &["export", "--format", "markdown"],
        &["check", "policy.yaml"],
        &["--help"],
    ] {
        // A pipe whose reading end is closed before the program starts: every write fails.
        let mut fds = [0; 2];
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        unsafe { libc::close(fds[0]) };
        // SAFETY: fds[1] is an open descriptor that nothing else owns.
        let write_end = unsafe { std::fs::File::from_raw_fd(fds[1]) };
        let o = run::command(args)
            .stdout(write_end)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}
