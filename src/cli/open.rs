//! The documents a command works on: the PATH arguments and `--file`, each a policy file or a
//! folder of them, opened into one [`Library`] (the embedded 意见 when none is given); and the
//! interface's words for what is said before the browser starts.

use std::path::PathBuf;

use super::{Cli, say_err};
use crate::library::{self, FolderProblem, Library};
use crate::model::{self, Limits};
use crate::ui::{self, Words};

/// The files and folders to open: the PATH arguments and every `--file`.
pub fn paths(args: &Cli) -> Vec<PathBuf> {
    args.paths.iter().chain(&args.file).cloned().collect()
}

/// The interface's words for messages before the browser starts: `--ui-lang`, else the locale.
pub fn words(args: &Cli) -> &'static Words {
    ui::words(
        args.ui_lang
            .unwrap_or_else(|| ui::ui_lang_from_env(|k| std::env::var(k).ok())),
    )
}

/// The library to work on: the embedded document, or every document the paths hold, with the
/// messages of the files that could not be opened (each also said on stderr; the others open).
/// A path that cannot be reached at all is said in the reader's language; what is wrong inside
/// a file (schema diagnostics, for the file's author) is said as `check` says it. `Err` when
/// nothing could be opened.
pub fn load(args: &Cli) -> Result<(Library, Vec<String>), String> {
    let paths = paths(args);
    if paths.is_empty() {
        let doc = model::load_embedded().map_err(|e| e.to_string())?;
        return Ok((Library::single(model::EMBEDDED_NAME, doc), Vec::new()));
    }
    let w = words(args);
    let mut messages = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let shown = crate::text::visible(&path.display().to_string()).into_owned();
        match std::fs::metadata(&path) {
            Err(e) => messages.push((w.file_problem)(
                &shown,
                &(w.io_reason)(e.kind(), &e.to_string()),
            )),
            Ok(m) if m.is_dir() => match library::policy_files(&path) {
                Ok(found) => files.extend(found),
                Err(problem) => {
                    let why = match problem {
                        FolderProblem::Unreadable(kind, e) => (w.io_reason)(kind, &e),
                        FolderProblem::NoPolicyFiles => w.no_policy_files.to_string(),
                        FolderProblem::TooLarge => (w.folder_too_large)(library::MAX_ENTRIES),
                    };
                    messages.push((w.file_problem)(&shown, &why));
                }
            },
            Ok(_) => files.push(path),
        }
    }
    let opened = library::open_paths(&files, &Limits::default());
    // An imported document's numbering mistakes: it opened anyway.
    for w in &opened.warnings {
        say_err(&format!("yijian: {w}"));
    }
    messages.extend(opened.refused.iter().map(|e| e.to_string()));
    match opened.library {
        Some(library) => {
            for m in &messages {
                say_err(&format!("yijian: {m}"));
            }
            Ok((library, messages))
        }
        None => Err(messages.join("\nyijian: ")),
    }
}
