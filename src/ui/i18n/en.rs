//! The interface in English.

use super::KeyLabel::{Cmd, Fixed};
use super::Words;
use crate::app::Command as C;
use crate::state::Warning;
use crate::text::visible;

pub static EN: Words = Words {
    app: "yijian",
    lang_both: "中文 + English",
    lang_zh: "中文",
    lang_en: "English",
    tree: "Outline",
    detail: "Detail",
    children: "Contents",
    related: "Related",
    facts: "Key facts",
    part_of: "Part of",
    issuer: "Issued by",
    issued: "Issued on",
    source: "Source",
    published: "Published",
    search_prompt: "Search",
    no_match: "no match",
    filter_on: "filter",
    too_small: "Please enlarge the window",
    help_title: "Keys (Esc closes)",
    goto_prompt: "Go to",
    goto_none: "no id or title matches",
    compare_title: "The cluster groups side by side",
    compare_clusters: "Clusters",
    compare_hint: "compare the cluster groups side by side",
    slide: "slide",
    copied: "Copied to the clipboard",
    copied_markdown: "Copied as Markdown",
    chars: "characters",
    cannot_copy: "Cannot copy here",
    mark_set: "Mark set",
    no_mark: "No such mark",
    history_empty: "Nothing to go back to",
    nothing_to_compare: "This document has no two cluster groups to compare",
    state_problem: "Marks may not be kept",
    pending_mark: "Mark: press a letter",
    pending_jump: "Jump to mark: press a letter",
    // Input and warnings (issue 14).
    paste_ignored: "Pasted text ignored: open the search (/) or go-to (:) box first",
    no_match_for: "Nothing matches: ",
    no_search: "No search yet: press / to search",
    warning,
    esc_closes: "Esc closes",
    footer_tree: &[
        (Fixed("Up/Down"), "move"),
        (Fixed("Enter"), "open"),
        (Cmd(C::Search), "search"),
        (Cmd(C::Help), "help"),
        (Cmd(C::Quit), "quit"),
        (Cmd(C::GoTo), "go to"),
        (Cmd(C::Language), "language"),
        (Cmd(C::Present), "present"),
    ],
    footer_detail: &[
        (Fixed("Up/Down"), "scroll"),
        (Fixed("Left/Right"), "choose link"),
        (Fixed("Enter"), "follow"),
        (Cmd(C::Focus), "outline"),
        (Cmd(C::Help), "help"),
    ],
    footer_typing: &[
        (Fixed("Enter"), "go"),
        (Fixed("Tab"), "next"),
        (Fixed("Up/Down"), "history"),
        (Fixed("Ctrl-F"), "filter"),
        (Fixed("Esc"), "cancel"),
    ],
    footer_showing: &[
        (Cmd(C::NextHit), "next hit"),
        (Cmd(C::PrevHit), "previous"),
        (Cmd(C::Filter), "filter"),
        (Fixed("Esc"), "clear"),
        (Cmd(C::Help), "help"),
    ],
    footer_goto: &[
        (Fixed("Up/Down"), "choose"),
        (Fixed("Tab"), "complete"),
        (Fixed("Enter"), "go"),
        (Fixed("Esc"), "cancel"),
    ],
    footer_page: &[
        (Fixed("Up/Down PgUp/PgDn"), "scroll"),
        (Fixed("t"), "language"),
        (Fixed("Esc"), "close"),
    ],
    footer_present: &[
        (Fixed("Space/Right"), "next"),
        (Fixed("Left"), "back"),
        (Fixed("7 Enter"), "slide 7"),
        (Fixed("Esc"), "leave"),
    ],
    help: &[
        (
            Fixed("Up/Down  j/k"),
            "move in the outline; scroll in the detail pane",
        ),
        (Fixed("Right  l"), "expand, then go to the first child"),
        (Fixed("Left  h"), "collapse, then go to the parent"),
        (
            Fixed("Enter"),
            "expand and go in; on a leaf, to the detail pane",
        ),
        (Fixed("Space"), "expand or collapse"),
        (Fixed("g / G  Home / End"), "first / last"),
        (Fixed("PgUp / PgDn"), "a page up / down"),
        (Fixed("1 - 4"), "jump to sections one to four"),
        (Cmd(C::Focus), "switch between outline and detail"),
        (
            Fixed("Left/Right, Enter"),
            "in the detail pane: choose and follow a link",
        ),
        (Cmd(C::Language), "languages: both, Chinese, English"),
        (
            Cmd(C::Search),
            "search: Chinese, English, pinyin, traditional",
        ),
        (Fixed("Enter / Esc"), "in search: go to the hit / cancel"),
        (Fixed("Up/Down"), "in search: earlier queries"),
        (
            Fixed("Tab, Ctrl-N / Ctrl-P"),
            "in search: next / previous hit",
        ),
        (
            Fixed("Left/Right  Home/End"),
            "in the search and go-to boxes: move the cursor (Alt-B / Alt-F by word)",
        ),
        (
            Fixed("Ctrl-W  Ctrl-U  Ctrl-K"),
            "in the boxes: delete the word before / the line / the rest",
        ),
        (
            Fixed("Paste"),
            "into the open search or go-to box; ignored when none is open",
        ),
        (Cmd(C::NextHit), "after a search: next hit"),
        (Cmd(C::PrevHit), "after a search: previous hit"),
        (
            Cmd(C::Filter),
            "show only the matches in the outline (Ctrl-F in search)",
        ),
        (
            Cmd(C::GoTo),
            "go to an id or title, with completion (Tab completes)",
        ),
        (Cmd(C::Mark), "then a letter: set a mark here"),
        (Cmd(C::JumpToMark), "then a letter: jump to that mark"),
        (Cmd(C::Back), "back to where you were before the last jump"),
        (
            Cmd(C::Copy),
            "copy the text (shown languages) to the clipboard",
        ),
        (
            Cmd(C::CopyMarkdown),
            "copy as Markdown with breadcrumb and citation",
        ),
        (
            Cmd(C::Compare),
            "compare the two cluster groups side by side",
        ),
        (Cmd(C::Present), "presentation mode: one node a slide"),
        (
            Fixed("Space/Right  Left"),
            "in presentation: next / previous (scrolls long slides first)",
        ),
        (
            Fixed("Home/End, 7 Enter"),
            "in presentation: first / last slide, slide 7",
        ),
        (Fixed("Mouse"), "click a row to select; wheel scrolls"),
        (Fixed("Esc"), "close what is open (never quits)"),
        (Cmd(C::Quit), "quit (also Ctrl-C)"),
    ],
};

/// The state-file warning in English.
fn warning(w: &Warning) -> String {
    match w {
        Warning::Unreadable { path, error } => {
            format!("Cannot read {}: {}.", shown(path), visible(error))
        }
        Warning::Damaged {
            path,
            line,
            column,
            why,
            aside,
        } => {
            let kept = match aside {
                Ok(a) => format!("It was set aside as {}.", shown(a)),
                Err(e) => format!("It could not be set aside ({}).", visible(e)),
            };
            format!(
                "{}, line {line}, column {column}, is not a valid state file ({}). {kept} \
                 Marks and the last position start empty.",
                shown(path),
                visible(why)
            )
        }
        Warning::Unwritable { path, error } => format!(
            "Cannot write {}: {}. Marks and the position may not be kept.",
            shown(path),
            visible(error)
        ),
    }
}

fn shown(p: &std::path::Path) -> String {
    visible(&p.display().to_string()).into_owned()
}
