//! The command line as a reader types it: unquoted search words, empty queries and limits that
//! are mistakes, a cut list that says how much it left out, mistyped ids answered with the
//! nearest ones, and a start-up search that finds nothing saying so.

#[path = "common/run.rs"]
mod run;

use std::process::Output;

use yijian::app::Notice;

use run::yijian;

fn out(o: &Output) -> (String, String, i32) {
    (
        run::stdout(o),
        run::stderr(o),
        o.status.code().expect("an exit code"),
    )
}

#[test]
fn search_words_need_no_quotes() {
    let quoted = out(&yijian(&["search", "growth target"]));
    let unquoted = out(&yijian(&["search", "growth", "target"]));
    assert_eq!(unquoted.2, 0, "{}", unquoted.1);
    assert_eq!(unquoted.0, quoted.0);
}

#[test]
fn an_empty_query_or_a_zero_limit_is_an_error_not_no_match() {
    for args in [
        &["search", ""][..],
        &["search", "  "],
        &["search", "robot", "--limit", "0"],
        &["search", "robot", "--limit", "many"],
    ] {
        let (stdout, stderr, code) = out(&yijian(args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}");
        assert!(
            stderr.contains("the query is empty")
                || stderr.contains("1 or more")
                || stderr.contains("not a number"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_cut_list_says_how_many_more_there_are() {
    let all = out(&yijian(&["search", "集群", "--limit", "1000", "--json"]));
    let total = serde_json::from_str::<serde_json::Value>(&all.0)
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    assert!(total > 3);
    assert!(all.1.is_empty(), "nothing cut, nothing said: {}", all.1);
    for json in [false, true] {
        let mut args = vec!["search", "集群", "--limit", "3"];
        if json {
            args.push("--json");
        }
        let (stdout, stderr, code) = out(&yijian(&args));
        assert_eq!(code, 0);
        assert_eq!(
            stderr,
            format!(
                "yijian: {} more hits (--limit {total} shows all)\n",
                total - 3
            )
        );
        if json {
            let v: serde_json::Value = serde_json::from_str(&stdout).expect("stdout stays JSON");
            assert_eq!(v.as_array().unwrap().len(), 3);
        }
    }
}

#[test]
fn a_mistyped_id_suggests_the_nearest() {
    for (typed, meant) in [
        ("clusters.emerging.77", "`clusters.emerging.7`"),
        ("Goals.1", "`goals.1`"),
        ("goal.4", "`goals.4`"),
        ("clusters.pilar", "`clusters.pillar`"),
    ] {
        for args in [vec!["show", typed], vec!["export", "--node", typed]] {
            let (_, stderr, code) = out(&yijian(&args));
            assert_eq!(code, 2);
            assert!(
                stderr.contains(&format!("did you mean {meant}?")),
                "{args:?}: {stderr}"
            );
        }
    }
    let (_, stderr, _) = out(&yijian(&["show", "xyzzy"]));
    assert!(!stderr.contains("did you mean"), "{stderr}");
}

#[test]
fn a_start_up_search_that_finds_nothing_says_so() {
    let s = run::session(&run::home(), &["--no-state", "--search", "xyzzy"]).unwrap();
    assert_eq!(s.app.notice(), Some(&Notice::NoMatch("xyzzy".into())));
}
