//! The interface in English: every sentence the reader sees, in sentence case, with the same
//! terms for the same things as the Chinese table.

use super::KeyLabel::{Cmd, Fixed};
use super::Words;
use super::slides::SlideWords;
use crate::app::Command as C;
use crate::clipboard::ClipboardError;
use crate::model::Lang;
use crate::state::Warning;
use crate::terminal::Unusable;
use crate::text::visible;

pub static EN: Words = Words {
    app: "yijian",
    lang_both: "中文 + English",
    lang_zh: "中文",
    lang_en: "English",
    lang_only_zh: "中文 only",
    lang_only_en: "English only",
    tree: "Outline",
    detail: "Detail",
    children: "Contents",
    related: "Related",
    facts: "Key facts",
    part_of: "Part of",
    colon: ": ",
    open_paren: " (",
    close_paren: ")",
    list_sep: ", ",
    search_prompt: "Search",
    no_match: "No match",
    filter_on: "matches only",
    help_title: "Keys (Esc to close)",
    match_why: &[],
    goto_prompt: "Go to",
    goto_none: "No id or title matches",
    not_a_policy_file: "is a directory, not a policy file",
    compare_title: "The two cluster groups side by side",
    compare_clusters: "Clusters",
    copied: "Copied to the clipboard",
    copied_markdown: "Copied as Markdown",
    history_empty: "Nothing to go back to",
    nothing_to_compare: "This document has no two cluster groups to compare",
    pending_mark: "Set a mark: press a letter",
    pending_jump: "Go to a mark: press a letter",
    files_title: "Files",
    files_not_opened: "Not opened (the other files are open)",
    files_warned: "Opened, with numbering warnings (the outline may differ from the author's)",
    no_file_notes: "Every file named opened without problems",
    import_warning: "warning",
    paste_ignored: "Pasted text ignored: open the search (/) or go-to (:) box first",
    no_match_for: "Nothing matches: ",
    no_search: "No search yet: press / to search",
    esc_closes: "Esc closes",
    warning_title: "Marks and last position",
    no_presenter_view: "No presenter view",
    no_policy_files: "a folder with no policy files (*.yaml, *.yml) or documents (*.txt, *.md, *.docx) in it",
    kind_document: "Document",
    kind_section: "Part",
    kind_part: "Aspect",
    kind_cluster_group: "Cluster group",
    kind_cluster: "Cluster",
    kind_goal: "Goal",
    kind_principle: "Basic principle",
    kind_measure_group: "Key task",
    kind_measure: "Measure",
    kind_glossary: "Glossary",
    kind_term: "Term",
    key_space: "Space",
    // Issue 20 (reading comfort): the results list and whole-tree moves.
    pending_fold: "Fold: R expand all, M collapse all, O expand below, C collapse to level",
    results_title: "Results",
    order_rank: "best first",
    order_document: "document order",
    field_title: "title",
    field_label: "short title",
    field_alias: "also called",
    field_fact: "key fact",
    field_text: "text",
    footer_results: &[
        (Fixed("Up/Down"), "choose"),
        (Fixed("Enter"), "go to"),
        (Cmd(C::HitOrder), "order"),
        (Fixed("Esc"), "back"),
    ],
    marks_title: "Marks",
    no_marks: "No marks yet: m and a letter sets one",
    footer_marks: &[
        (Fixed("Up/Down"), "choose"),
        (Fixed("Enter/letter"), "go to"),
        (Fixed("Delete"), "remove"),
        (Fixed("Esc"), "close"),
    ],
    footer_tree: &[
        (Fixed("Up/Down"), "move"),
        (Fixed("Enter"), "open"),
        (Cmd(C::Search), "search"),
        (Cmd(C::Help), "keys"),
        (Cmd(C::Quit), "quit"),
        (Cmd(C::GoTo), "go to"),
        (Cmd(C::Language), "language"),
        (Cmd(C::Present), "present"),
    ],
    footer_detail: &[
        (Fixed("Up/Down"), "scroll"),
        (Fixed("Left/Right"), "choose entry"),
        (Fixed("Enter"), "open"),
        (Cmd(C::Focus), "outline"),
        (Cmd(C::Help), "keys"),
    ],
    footer_typing: &[
        (Fixed("Enter"), "go to"),
        (Fixed("Tab"), "next"),
        (Fixed("Up/Down"), "history"),
        (Fixed("Ctrl+F"), "filter"),
        (Fixed("Esc"), "cancel"),
    ],
    footer_showing: &[
        (Cmd(C::NextHit), "next"),
        (Cmd(C::PrevHit), "previous"),
        (Cmd(C::Results), "list"),
        (Cmd(C::Filter), "filter"),
        (Fixed("Esc"), "clear"),
        (Cmd(C::Help), "keys"),
    ],
    footer_goto: &[
        (Fixed("Up/Down"), "choose"),
        (Fixed("Tab"), "complete"),
        (Fixed("Enter"), "go to"),
        (Fixed("Esc"), "cancel"),
    ],
    footer_page: &[
        (Fixed("Up/Down PgUp/PgDn"), "scroll"),
        (Cmd(C::Language), "language"),
        (Fixed("Esc"), "close"),
    ],
    footer_present: &[
        (Fixed("Space/Right"), "next"),
        (Fixed("Left"), "previous"),
        (Fixed("number+Enter"), "go to"),
        (Fixed("Esc"), "exit"),
    ],
    help: super::help::EN,
    lang: Lang::En,
    issuer_line: |name, date| format!("Issued by {name} on {date}"),
    source_line: |name, date| format!("Source: {name}, published on {date}"),
    too_small: |(cw, ch), (w, h)| {
        format!("The window is {cw} columns by {ch} rows; please enlarge it to at least {w} by {h}")
    },
    chars: |n| format!(" ({n} characters)"),
    slide_of: |i, n| format!("Slide {i} of {n}"),
    compare_hint: |key| format!("Press {key} to compare the two cluster groups side by side"),
    mark_set: |c| format!("Mark {c} set"),
    no_mark: |c| format!("No mark {c}"),
    cannot_copy: |e| match e {
        ClipboardError::NoClipboard { term } => {
            format!("Cannot copy: this terminal (TERM={term}) has no clipboard")
        }
        ClipboardError::TooLarge { bytes } => {
            format!("Cannot copy: {bytes} bytes is more than a terminal takes at once")
        }
    },
    io_reason: |kind, text| {
        use std::io::ErrorKind as K;
        match kind {
            K::NotFound => "no such file".into(),
            K::PermissionDenied => "permission denied".into(),
            K::IsADirectory => "a directory, not a file".into(),
            _ => text.to_string(),
        }
    },
    warning: |w| match w {
        Warning::Unreadable { path, kind, error } => format!(
            "Cannot read the state file {} ({}); starting without its marks and last position",
            shown(path),
            (EN.io_reason)(*kind, error)
        ),
        Warning::Damaged {
            path,
            line,
            why,
            aside: Ok(aside),
            ..
        } => format!(
            "The state file {} was damaged (line {line}: {}); it was set aside as {}, and marks and the last position were reset",
            shown(path),
            visible(why),
            shown(aside)
        ),
        Warning::Damaged {
            path,
            line,
            why,
            aside: Err(e),
            ..
        } => format!(
            "The state file {} was damaged (line {line}: {}) and could not be set aside ({}); marks and the last position were reset",
            shown(path),
            visible(why),
            visible(e)
        ),
        Warning::Unwritable { path, kind, error } => format!(
            "Cannot save marks and position: cannot write {} ({})",
            shown(path),
            (EN.io_reason)(*kind, error)
        ),
    },
    unknown_id: |id, hint| {
        format!("no node has the id `{id}`{hint} (see `yijian tree` for the ids)")
    },
    did_you_mean: |ids| {
        let quoted: Vec<String> = ids.iter().map(|i| format!("`{}`", visible(i))).collect();
        format!("; did you mean {}?", quoted.join(" or "))
    },
    ambiguous_id: |id, choices| {
        let quoted: Vec<String> = choices
            .iter()
            .map(|c| format!("`{}`", visible(c)))
            .collect();
        format!(
            "`{id}` is an id in several documents: say which, as {}",
            quoted.join(" or ")
        )
    },
    to_before_from: |to, from| format!("--to `{to}` comes before --from `{from}` in the document"),
    file_problem: |path, why| format!("{path}: {why}"),
    folder_too_large: |n| {
        format!(
            "more than {n} files and folders under it; name the folder that holds the documents"
        )
    },
    files_notice: |not_opened, warned, key| {
        let files = |n: usize| {
            if n == 1 {
                "1 file".to_string()
            } else {
                format!("{n} files")
            }
        };
        let what = match (not_opened, warned) {
            (0, w) => format!("{} opened with numbering warnings", files(w)),
            (n, 0) => format!("{} could not be opened", files(n)),
            (n, w) => format!(
                "{} could not be opened, {} opened with numbering warnings",
                files(n),
                files(w)
            ),
        };
        let them = if not_opened + warned == 1 {
            "it"
        } else {
            "them"
        };
        format!("{what}: press {key} to see {them}")
    },
    files_hint: |not_opened, warned| match (not_opened, warned) {
        (0, w) => format!("{w} with warnings"),
        (n, _) => format!("{n} not opened"),
    },
    warned_hint: |n| {
        let files = if n == 1 {
            "1 imported file has"
        } else {
            "imported files have"
        };
        let count = if n == 1 {
            String::new()
        } else {
            format!("{n} ")
        };
        format!("{count}{files} numbering warnings: `yijian check` with the same paths lists them")
    },
    place: |line, column| match (line, column) {
        (Some(l), Some(c)) => format!("line {l}, column {c}: "),
        (Some(l), None) => format!("line {l}: "),
        _ => String::new(),
    },
    config_problem: |detail| detail.to_string(),
    terminal_problem: |detail| format!("cannot set up the terminal: {detail}"),
    unusable: |u| {
        let why = match u {
            Unusable::NotATerminal => {
                "the interactive browser needs a terminal, but input or output is not one"
            }
            Unusable::Dumb => "TERM=dumb cannot show the interactive browser",
        };
        format!(
            "{why}; use the subcommands instead: `yijian tree`, `yijian show ID`, `yijian search QUERY`, `yijian export` (see `yijian --help`)"
        )
    },
};

fn shown(p: &std::path::Path) -> String {
    visible(&p.display().to_string()).into_owned()
}

/// Presentation mode and the presenter view.
pub static SLIDES: SlideWords = SlideWords {
    page_before: "",
    page_after: "",
    keys: &[
        ("Esc", "browser"),
        ("→", "next"),
        ("←", "back"),
        ("o", "overview"),
        ("/", "find"),
        ("b", "blank"),
    ],
    find_prompt: "Go to the slide titled",
    find_none: "no slide has that title",
    overview: "Overview",
    presenter: "Presenter view",
    now: "Now",
    next: "Next",
    end: "End of the talk",
    notes: "Notes",
    no_notes: "No notes for this slide.",
    notes_hint: "A talk file gives notes: --talk FILE (see docs/TALK.md).",
    elapsed: "elapsed",
    clock: "time",
    text: "Full text",
    waiting: "Waiting for the slides: run `yijian --present` in the projector's terminal",
    joined: "Presenter view connected",
    connected: "Connected to the slides",
    peer_gone: "The other terminal closed; this one goes on alone",
    other_talk: "The slides show another talk: start both with the same --talk, --from and --to",
    screen_blank: "the room's screen is blank",
};
