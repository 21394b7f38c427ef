//! Options only the browser reads, given with a subcommand: an error naming them and the
//! subcommand (exit 2, nothing on stdout), never silently ignored. `--no-state` is not one of
//! them: no subcommand touches the state file, so it holds for all.

#[path = "common/run.rs"]
mod run;

use run::{stderr, stdout, yijian};

#[test]
fn browser_options_with_a_subcommand_are_an_error() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--open", "nope", "tree"],
            "--open is for the browser; `yijian tree` does not take it",
        ),
        (
            &["--search", "半导体", "export"],
            "--search is for the browser; `yijian export` does not take it",
        ),
        (
            &["--lang", "zh", "--theme", "contrast", "show", "goals"],
            "--lang, --theme are for the browser; `yijian show` does not take them",
        ),
        (
            &["--present", "search", "集群"],
            "--present is for the browser; `yijian search` does not take it",
        ),
        (
            &["--no-state", "--ambiguous-wide", "check", "policy.yaml"],
            "--ambiguous-wide is for the browser; `yijian check` does not take it",
        ),
    ];
    for (args, message) in cases {
        let o = yijian(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o), format!("yijian: {message}\n"), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
    }
}

#[test]
fn options_the_subcommand_takes_still_work() {
    // `show` has a --lang of its own, given after it; --ui-lang and --config are for every command.
    let o = yijian(&["--ui-lang", "en", "show", "goals", "--lang", "zh"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("培育战略性产业集群的发展目标是什么？"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("development goals"), "{}", stdout(&o));
    // --no-state holds for every subcommand (none touches the state file): an alias may carry it.
    for args in [
        &["--no-state", "show", "goals"][..],
        &["--no-state", "tree"],
        &["--no-state", "search", "集群"],
    ] {
        let o = yijian(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    }
}
