//! The command line: argument definitions (clap derive) and the scriptable subcommands.
//!
//! Subcommands write to any `Write` and return an exit code, so they are tested without a process;
//! `main` only wires them to stdout.

mod args;
mod export;
mod handout;
mod import_cmd;
mod man;
mod outline;
mod search_cmd;
mod show;

pub use args::{Cli, Command, ExportFormat, ShowFormat};
// Kept until every branch imports them from `prefs` and the model.
pub use crate::prefs::{LangMode, ThemeName, UiLang};
pub use export::{export_json, export_json_list, export_markdown};
pub use handout::export_html;
pub use import_cmd::import;
pub use man::man;
pub use outline::tree;
pub use search_cmd::search;
pub use show::show;

use crate::model::{Lang, Library, NodeId};

/// Exit codes shared by every command, grep-style.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// `search` found nothing (as grep's 1).
    pub const NO_MATCH: i32 = 1;
    /// A bad file, an unknown id or bad arguments.
    pub const ERROR: i32 = 2;
}

/// "一、标题", "Part I Title" — the ordinal (when there is one) as `lang` writes it, then the title.
pub fn numbered(doc: &Library, id: NodeId, lang: Lang) -> String {
    let n = doc.node(id);
    format!("{}{}", ordinal(doc, id, lang), n.title.get(lang))
}

/// The node's ordinal as `lang` writes it before a title, separator included; empty without one.
pub fn ordinal(doc: &Library, id: NodeId, lang: Lang) -> String {
    let n = doc.node(id);
    n.ordinal
        .as_deref()
        .map(|o| crate::text::numbers::ordinal_prefix(o, n.kind, lang))
        .unwrap_or_default()
}

/// The short labels of a node's ancestors and itself, joined for one line (`a › b › c`).
pub fn breadcrumb(doc: &Library, id: NodeId, lang: Lang) -> String {
    doc.breadcrumb(id, lang)
}
