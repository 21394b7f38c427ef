//! Both tables say the same things: the same keys (the compiler checks the fields; these check
//! the key lists inside them), and Chinese punctuated as Chinese.

use super::en::EN;
use super::zh::ZH;
use super::{KeyLabel, Words};
use crate::clipboard::ClipboardError;
use crate::state::Warning;
use std::io::ErrorKind;

/// Every string a table can show, messages filled with sample values.
fn everything(w: &Words) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = w
        .strings()
        .into_iter()
        .map(|(k, s)| (k.to_string(), s.to_string()))
        .collect();
    for (k, list) in w.key_lists() {
        for (i, (key, what)) in list.iter().enumerate() {
            if let KeyLabel::Fixed(f) = key {
                out.push((format!("{k}[{i}].key"), f.to_string()));
            }
            out.push((format!("{k}[{i}]"), what.to_string()));
        }
    }
    let problems = [
        Warning::Unreadable {
            path: "/s/state.json".into(),
            kind: ErrorKind::PermissionDenied,
            error: "Permission denied (os error 13)".into(),
        },
        Warning::Damaged {
            path: "/s/state.json".into(),
            line: 1,
            column: 7,
            why: "EOF while parsing".into(),
            aside: Ok("/s/state.json.corrupt".into()),
        },
        Warning::Damaged {
            path: "/s/state.json".into(),
            line: 1,
            column: 7,
            why: "EOF while parsing".into(),
            aside: Err("Read-only file system (os error 30)".into()),
        },
        Warning::Unwritable {
            path: "/s/state.json".into(),
            kind: ErrorKind::Other,
            error: "disk quota exceeded".into(),
        },
    ];
    let messages = [
        ("chars", (w.chars)(548)),
        ("issuer_line", (w.issuer_line)("GD", "D")),
        ("source_line", (w.source_line)("x", "D")),
        ("slide_of", (w.slide_of)(1, 92)),
        ("too_small", (w.too_small)((30, 8), (40, 10))),
        ("compare_hint", (w.compare_hint)("c")),
        ("mark_set", (w.mark_set)('a')),
        ("no_mark", (w.no_mark)('z')),
        (
            "cannot_copy",
            (w.cannot_copy)(&ClipboardError::NoClipboard {
                term: "linux".into(),
            }),
        ),
        (
            "cannot_copy",
            (w.cannot_copy)(&ClipboardError::TooLarge { bytes: 120_000 }),
        ),
        ("unknown_id", (w.unknown_id)("nope", "")),
        ("to_before_from", (w.to_before_from)("goals", "clusters")),
        ("file_problem", (w.file_problem)("a.yaml", "x")),
        ("config_problem", (w.config_problem)("c.yaml:3: keys.quit")),
        ("terminal_problem", (w.terminal_problem)("not a tty")),
        ("io_reason", (w.io_reason)(ErrorKind::NotFound, "x")),
        (
            "unusable",
            (w.unusable)(crate::terminal::Unusable::NotATerminal),
        ),
        ("unusable", (w.unusable)(crate::terminal::Unusable::Dumb)),
        (
            "did_you_mean",
            (w.did_you_mean)(&["goals.1".into(), "goals.2".into()]),
        ),
        (
            "ambiguous_id",
            (w.ambiguous_id)("goals", &["a:goals".into(), "b:goals".into()]),
        ),
    ];
    out.extend(messages.map(|(k, s)| (k.to_string(), s)));
    for p in &problems {
        out.push(("warning".into(), (w.warning)(p)));
    }
    out
}

#[test]
fn both_tables_have_the_same_key_lists_for_the_same_commands() {
    let (zh, en) = (ZH.key_lists(), EN.key_lists());
    for ((name, z), (_, e)) in zh.iter().zip(&en) {
        assert_eq!(z.len(), e.len(), "{name} has as many rows in both");
        for (i, ((zk, _), (ek, _))) in z.iter().zip(e.iter()).enumerate() {
            let same = match (zk, ek) {
                (KeyLabel::Cmd(a), KeyLabel::Cmd(b)) => a == b,
                (KeyLabel::Fixed(_), KeyLabel::Fixed(_)) => true,
                _ => false,
            };
            assert!(
                same,
                "{name}[{i}] names the same key in both: {zk:?} / {ek:?}"
            );
        }
    }
}

#[test]
fn no_string_is_empty_and_no_english_string_is_left_untranslated() {
    let (zh, en) = (everything(&ZH), everything(&EN));
    assert_eq!(zh.len(), en.len());
    for ((k, z), (_, e)) in zh.iter().zip(&en) {
        assert!(!z.is_empty() && !e.is_empty(), "{k} is empty");
    }
    let has_han = |s: &str| s.chars().any(is_han);
    let chinese = zh.iter().filter(|(_, s)| has_han(s)).count();
    assert!(
        chinese * 10 >= zh.len() * 8,
        "most Chinese strings are Chinese"
    );
    for (k, e) in &en {
        // The language names are shown in their own script in every interface.
        if !k.starts_with("lang_") {
            assert!(!has_han(e), "{k} in English holds Chinese: {e}");
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

#[test]
fn chinese_strings_use_full_width_punctuation_after_chinese() {
    for (k, s) in everything(&ZH) {
        let chars: Vec<char> = s.chars().collect();
        for pair in chars.windows(2) {
            if is_han(pair[0]) {
                assert!(
                    !matches!(pair[1], ':' | '(' | ')' | ',' | ';' | '?' | '!'),
                    "{k}: half-width {:?} after {:?} in {s:?}",
                    pair[1],
                    pair[0]
                );
            }
        }
        // A half-width bracket never closes a full-width one, nor the other way round.
        if k.ends_with("_paren") {
            continue;
        }
        assert_eq!(s.matches('（').count(), s.matches('）').count(), "{k}: {s}");
    }
}

#[test]
fn key_names_are_written_as_readers_know_them() {
    for w in [&ZH, &EN] {
        for (k, s) in everything(w) {
            assert!(!s.contains("Ctrl-"), "{k}: Ctrl+X, not Ctrl-X: {s}");
            assert!(!s.contains("BackTab"), "{k}: Shift+Tab, not BackTab: {s}");
        }
    }
}

#[test]
fn both_help_tables_list_every_command() {
    for words in [&ZH, &EN] {
        // The help key opens the table it would be listed in.
        for cmd in crate::app::Command::all().filter(|&c| c != crate::app::Command::Help) {
            assert!(
                words
                    .help
                    .iter()
                    .any(|(k, _)| matches!(k, KeyLabel::Cmd(c) if c == &cmd)),
                "{:?} help lacks {}",
                words.lang,
                cmd.name()
            );
        }
    }
}
