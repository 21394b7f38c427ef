//! Config-file mistakes a reader makes, each named by file, line and key and said in words:
//! YAML's reserved characters written bare, numbers where a key was meant, a key bound to two
//! commands, a fixed movement key taken; and a `--config` that names no file, the same error for
//! every subcommand.

#[path = "common/run.rs"]
mod run;

use std::path::Path;

use run::{file, stderr, yijian};
use yijian::app::Command;

/// The keys the config file at `path` binds to the command named `command`.
fn bound(path: &Path, command: &str) -> Vec<String> {
    let config = yijian::config::load(path, true).expect("the config file reads");
    let bindings = config.bindings().expect("the keys bind");
    bindings.keys_for(Command::from_name(command).expect("a command's name"))
}

/// `yijian --config FILE tree` accepts the file: exit 0, no message.
fn accepted(path: &Path) {
    let o = yijian(&["--config", path.to_str().unwrap(), "tree"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

/// The error `yijian --config FILE tree` gives, after the file's name.
fn error_for(name: &str, text: &str) -> String {
    let p = file(name, text);
    let o = yijian(&["--config", p.to_str().unwrap(), "tree"]);
    assert_eq!(o.status.code(), Some(2), "{name}: not refused");
    assert!(o.stdout.is_empty());
    let e = stderr(&o);
    let prefix = format!("yijian: {}", p.display());
    e.strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{name}: the file is not named first: {e}"))
        .trim_end()
        .to_string()
}

#[test]
fn bare_yaml_characters_are_named_with_what_to_write() {
    let cases = [
        (
            "hash.yaml",
            "keys:\n  filter: #\n",
            ":2: keys.filter: no key given: `#` starts a comment",
        ),
        (
            "hash-flow.yaml",
            "keys: {filter: #}\n",
            ":1: keys.filter: `#` starts a comment",
        ),
        (
            "question.yaml",
            "keys:\n  help: ?\n",
            ":2:9: keys.help: `?` means something in YAML",
        ),
        (
            "at.yaml",
            "theme: default\nkeys:\n  copy: @\n",
            ":3:9: keys.copy: `@` means something in YAML",
        ),
        (
            "number.yaml",
            "keys:\n  language: 0\n",
            ":2: keys.language: `0` is read as a number; write \"0\"",
        ),
        (
            "bool.yaml",
            "keys:\n  copy: true\n",
            ":2: keys.copy: `true` is read as yes/no",
        ),
        (
            "listed.yaml",
            "keys:\n  copy: [y, 7]\n",
            ":2: keys.copy: `7` is read as a number",
        ),
    ];
    for (name, text, wanted) in cases {
        let e = error_for(name, text);
        assert!(e.starts_with(wanted), "{name}: {e}");
        assert!(!e.contains("untagged enum"), "{name}: parser jargon: {e}");
    }
}

#[test]
fn digits_and_punctuation_bind_when_quoted() {
    let p = file(
        "quoted.yaml",
        "keys:\n  filter: \"#\"\n  help: [\"?\", F1]\n  language: \"0\"\n  copy: \"@\"\n",
    );
    accepted(&p);
    assert_eq!(bound(&p, "filter"), ["#"]);
    assert_eq!(bound(&p, "help"), ["?", "F1"]);
    assert_eq!(bound(&p, "language"), ["0"]);
    assert_eq!(bound(&p, "copy"), ["@"]);
}

#[test]
fn a_key_for_two_commands_or_a_fixed_key_is_refused_naming_both() {
    let e = error_for("twice.yaml", "keys:\n  search: x\n  filter: x\n");
    assert!(
        e.contains("`x` is bound to both `filter` and `search`"),
        "{e}"
    );
    assert!(e.starts_with(":2: keys.search:"), "{e}");
    let e = error_for("default.yaml", "keys:\n  search: n\n");
    assert!(
        e.starts_with(":2: keys.search: `n` is already `next_hit`'s key"),
        "{e}"
    );
    for (key, does) in [
        ("j", "it moves down"),
        ("\"3\"", "it jumps to section 3"),
        ("Enter", "it goes into"),
    ] {
        let e = error_for("fixed.yaml", &format!("keys:\n  search: {key}\n"));
        assert!(e.starts_with(":2: keys.search: `"), "{e}");
        assert!(e.contains(&format!("is a fixed key ({does}")), "{key}: {e}");
    }
    // Moving a key from its default command to another is fine when the first gets another key.
    let p = file("moved.yaml", "keys:\n  search: n\n  next_hit: \"0\"\n");
    accepted(&p);
    assert_eq!(bound(&p, "search"), ["n"]);
    assert_eq!(bound(&p, "next_hit"), ["0"]);
}

#[test]
fn a_missing_config_file_is_the_same_error_for_every_subcommand() {
    let missing = "/nonexistent/yijian/config.yaml";
    let wanted = format!("yijian: {missing}: no such config file (named by --config)\n");
    for args in [
        vec!["tree"],
        vec!["show", "goals.1"],
        vec!["search", "robot"],
        vec!["export"],
        vec!["check", "policy.yaml"],
        vec!["man"],
        vec![],
    ] {
        for before in [true, false] {
            let mut argv: Vec<&str> = Vec::new();
            if before {
                argv.extend(["--config", missing]);
            }
            argv.extend(&args);
            if !before {
                argv.extend(["--config", missing]);
            }
            let o = yijian(&argv);
            assert_eq!(o.status.code(), Some(2), "{argv:?}");
            assert_eq!(stderr(&o), wanted, "{argv:?}");
        }
    }
}

/// In the Chinese interface a config mistake opens with `配置文件有误：`, for every subcommand and
/// the browser alike (the details stay in English, for the file's author).
#[test]
fn a_config_mistake_is_introduced_in_the_interface_language() {
    let p = file("zh-mistake.yaml", "keys:\n  serach: x\n");
    let p = p.to_str().unwrap();
    for args in [&["tree"][..], &["search", "x"], &["--no-state"]] {
        let o = yijian(&[&["--ui-lang", "zh", "--config", p][..], args].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        let want = format!("yijian: 配置文件有误：{p}:2: keys.serach: unknown command");
        assert!(e.starts_with(&want), "{args:?}: {e}");
    }
}
