//! The interface's small sayings, for the footer, the help and the slides: a key as the reader
//! should press it (as currently bound), the key hints that fit a line, why a search hit
//! matched, and the one-line notices of the last action.

use ratatui::text::Span;

use super::Display;
use super::i18n::{KeyLabel, Keys, Words};
use crate::app::{App, Bindings, Notice};
use crate::text::{display_width, visible};

/// A key as the reader should press it: fixed keys as written, commands as currently bound.
pub fn key_label(label: KeyLabel, bindings: &Bindings, w: &Words) -> String {
    match label {
        KeyLabel::Fixed(k) => k.to_string(),
        KeyLabel::Cmd(c) => bindings
            .keys_for(c)
            .iter()
            .map(|k| key_name(k, w))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A key as written in a config file (`Ctrl-o`, `BackTab`, `Space`) as keyboards and manuals
/// name it: `Ctrl+O`, `Shift+Tab`, `空格`.
fn key_name(k: &str, w: &Words) -> String {
    match k {
        "BackTab" => "Shift+Tab".into(),
        "Space" => w.key_space.into(),
        _ => match k.strip_prefix("Ctrl-") {
            Some(rest) => format!("Ctrl+{rest}"),
            None => k.to_string(),
        },
    }
}

/// Key hints that fit in `room` cells: whole hints only, in order, so the first ones matter most.
pub(super) fn keys(d: &Display, app: &App, pairs: Keys, room: usize) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (k, what) in pairs {
        // The footer is short of room: one key per command (the help lists them all).
        let k = match *k {
            KeyLabel::Cmd(c) => app
                .bindings()
                .keys_for(c)
                .first()
                .map(|k| key_name(k, d.words))
                .unwrap_or_default(),
            fixed => key_label(fixed, app.bindings(), d.words),
        };
        let (key, what) = (format!(" {k}"), format!(" {what} "));
        let w = display_width(&key) + display_width(&what);
        if k.is_empty() || used + w > room {
            continue;
        }
        used += w;
        spans.push(Span::styled(key, d.theme.key));
        spans.push(Span::styled(what, d.theme.bar));
    }
    spans
}

/// Why the current hit matched, in the interface's language, after a separator; empty when it
/// matched the words as typed.
pub(super) fn why(r: &crate::app::Results, w: &Words) -> String {
    r.current_hit()
        .and_then(|hit| why_matched(hit, &r.query, w))
        .map_or_else(String::new, |why| format!(" · {why}"))
}

/// Why `hit` matched `query` (the query that found it) in the interface's language — `pinyin`,
/// `typo → semiconductor`, `partial 2/3` — made visible; `None` when it matched the words as
/// typed.
pub fn why_matched(
    hit: &crate::search::Hit,
    query: &crate::search::Query,
    w: &Words,
) -> Option<String> {
    let reasons: Vec<String> = hit
        .why(query)
        .into_iter()
        .filter(|l| !matches!(l.as_str(), "exact" | "prefix" | "contains"))
        .map(
            |l| match w.match_why.iter().find(|(en, _)| l.starts_with(en)) {
                Some((en, local)) => format!("{local}{}", &l[en.len()..]),
                None => l,
            },
        )
        .collect();
    // The target of a typo or synonym is the document's own word, shown as text only.
    (!reasons.is_empty()).then(|| visible(&reasons.join(w.list_sep)).into_owned())
}

/// A notice in the interface's language; what came from outside (paths, system messages, the
/// query) is made visible, never obeyed. Keys it names are the default ones: see
/// [`notice_text_with`].
pub fn notice_text(n: &Notice, w: &Words) -> String {
    notice_text_with(n, w, &Bindings::default())
}

/// [`notice_text`], naming keys as `bindings` bind them.
pub fn notice_text_with(n: &Notice, w: &Words, bindings: &Bindings) -> String {
    match n {
        Notice::Copied { chars, markdown } => {
            let what = if *markdown {
                w.copied_markdown
            } else {
                w.copied
            };
            format!("{what}{}", (w.chars)(*chars))
        }
        // Paths, terminal names and system messages come from outside: shown, never obeyed.
        Notice::ClipboardUnavailable(why) => visible(&(w.cannot_copy)(why)).into_owned(),
        Notice::MarkSet(c) => visible(&(w.mark_set)(*c)).into_owned(),
        Notice::NoSuchMark(c) => visible(&(w.no_mark)(*c)).into_owned(),
        Notice::HistoryEmpty => w.history_empty.to_string(),
        Notice::NothingToCompare => w.nothing_to_compare.to_string(),
        Notice::State(warning) => (w.warning)(warning),
        Notice::NoPresenterView(why) => {
            format!("{}{}{}", w.no_presenter_view, w.colon, visible(why))
        }
        Notice::Files { not_opened, warned } => {
            let key = key_label(KeyLabel::Cmd(crate::app::Command::Files), bindings, w);
            (w.files_notice)(*not_opened, *warned, &key)
        }
        Notice::NoFileNotes => w.no_file_notes.to_string(),
        Notice::PasteIgnored => w.paste_ignored.to_string(),
        Notice::NoMatch(q) => format!("{}{}", w.no_match_for, visible(q)),
        Notice::NoSearch => w.no_search.to_string(),
    }
}
