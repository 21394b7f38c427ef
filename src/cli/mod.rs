//! The command line: argument definitions (clap derive) and the scriptable subcommands.
//!
//! Subcommands write to any `Write` and return an exit code, so they are tested without a process;
//! `main` only wires them to stdout.

mod args;
mod export;
mod handout;
mod outline;
mod search_cmd;
mod show;

pub use args::{Cli, Command, ExportFormat, LangMode, ShowFormat, ThemeName, UiLang};
pub use export::{export_json, export_markdown};
pub use handout::export_html;
pub use outline::tree;
pub use search_cmd::search;
pub use show::show;

use crate::model::{Document, Lang, NodeId};

/// Exit codes shared by every command, grep-style.
pub mod exit {
    pub const OK: i32 = 0;
    pub const NO_MATCH: i32 = 1;
    pub const ERROR: i32 = 2;
}

/// "一 Title" — the ordinal (when there is one) before a node's title.
pub fn numbered(doc: &Document, id: NodeId, lang: Lang) -> String {
    let n = doc.node(id);
    match &n.ordinal {
        Some(o) => format!("{o} {}", n.title.get(lang)),
        None => n.title.get(lang).to_string(),
    }
}

/// The short labels of a node's ancestors and itself, joined for one line.
pub fn breadcrumb(doc: &Document, id: NodeId, lang: Lang) -> String {
    doc.path(id)
        .into_iter()
        .map(|a| doc.node(a).short(lang).to_string())
        .collect::<Vec<_>>()
        .join(" › ")
}
