//! The command line: argument definitions (clap derive) and the scriptable subcommands.
//!
//! Subcommands write to any `Write` and return an exit code, so they are tested without a process;
//! [`run`] wires them to stdout and stderr, and `main` to the process.

mod args;
mod export;
mod handout;
mod import_cmd;
mod man;
mod open;
mod outline;
mod run;
mod search_cmd;
pub mod session;
mod show;

pub use args::{Cli, Command, ExportFormat, ShowFormat};
pub use export::{export_json, export_json_list, export_markdown};
pub use handout::export_html;
pub use import_cmd::import;
pub use man::man;
pub use outline::tree;
pub use run::{Outcome, argument_error, run, say_err};
pub use search_cmd::search;
pub use show::show;

/// Exit codes shared by every command, grep-style.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// `search` found nothing (as grep's 1).
    pub const NO_MATCH: i32 = 1;
    /// A bad file, an unknown id or bad arguments.
    pub const ERROR: i32 = 2;
}
