//! The documents a command works on: the PATH arguments and `--file`, each a policy file or a
//! folder of them, opened into one [`Library`] (the embedded 意见 when none is given); and the
//! interface's words for what is said before the browser starts.

use std::path::PathBuf;

use super::{Cli, Command, say_err};
use crate::app::{Fate, FileNote, Reason};
use crate::library::{self, FolderProblem, Library};
use crate::model::{self, Limits};
use crate::ui::{self, Words};

/// The files and folders to open: the PATH arguments, every `--file`, and the paths `tree` and
/// `export` take after the command.
pub fn paths(args: &Cli) -> Vec<PathBuf> {
    let after: &[PathBuf] = match &args.command {
        Some(Command::Tree { paths } | Command::Export { paths, .. }) => paths,
        _ => &[],
    };
    args.paths
        .iter()
        .chain(&args.file)
        .chain(after)
        .cloned()
        .collect()
}

/// The interface's words for messages before the browser starts: `--ui-lang`, else the locale.
pub fn words(args: &Cli) -> &'static Words {
    ui::words(
        args.ui_lang
            .unwrap_or_else(|| ui::ui_lang_from_env(|k| std::env::var(k).ok())),
    )
}

/// The library to work on: the embedded document, or every document the paths hold, with a note
/// on each file that could not be opened (each also said on stderr; the others open) and on
/// each imported document with numbering warnings. A path that cannot be reached at all is said
/// in the reader's language; what is wrong inside a file (schema diagnostics, for the file's
/// author) is said as `check` says it. Numbering warnings are for `import`, `check` and the
/// browser's list: a subcommand says only how many files have them. `Err` when nothing could be
/// opened.
pub fn load(args: &Cli) -> Result<(Library, Vec<FileNote>), String> {
    let paths = paths(args);
    if paths.is_empty() {
        let doc = model::load_embedded().map_err(|e| e.to_string())?;
        return Ok((Library::single(model::EMBEDDED_NAME, doc), Vec::new()));
    }
    let w = words(args);
    let mut notes = Vec::new();
    let mut files = Vec::new();
    let mut unreachable = |path: &str, why: String| {
        notes.push(FileNote {
            fate: Fate::NotOpened,
            file: path.to_string(),
            reasons: vec![Reason::whole(why)],
        })
    };
    for path in paths {
        let shown = path.display().to_string();
        match std::fs::metadata(&path) {
            Err(e) => unreachable(&shown, (w.io_reason)(e.kind(), &e.to_string())),
            Ok(m) if m.is_dir() => match library::policy_files(&path) {
                Ok(found) => files.extend(found),
                Err(problem) => {
                    let why = match problem {
                        FolderProblem::Unreadable(kind, e) => (w.io_reason)(kind, &e),
                        FolderProblem::NoPolicyFiles => w.no_policy_files.to_string(),
                        FolderProblem::TooLarge => (w.folder_too_large)(library::MAX_ENTRIES),
                    };
                    unreachable(&shown, why);
                }
            },
            Ok(_) => files.push(path),
        }
    }
    let opened = library::open_paths(&files, &Limits::default());
    let mut messages: Vec<String> = notes
        .iter()
        .map(|n| crate::text::visible(&(w.file_problem)(&n.file, &n.reasons[0].text)).into_owned())
        .collect();
    messages.extend(opened.refused.iter().map(|e| e.to_string()));
    notes.extend(opened.refused.iter().map(refused_note));
    let Some(library) = opened.library else {
        return Err(messages.join("\nyijian: "));
    };
    for m in &messages {
        say_err(&format!("yijian: {m}"));
    }
    // An imported document's numbering mistakes: it opened anyway.
    if !opened.warnings.is_empty() && args.command.is_some() {
        say_err(&format!(
            "yijian: {}",
            (w.warned_hint)(opened.warnings.len())
        ));
    }
    notes.extend(opened.warnings.iter().map(|warned| {
        FileNote {
            fate: Fate::Warned,
            file: warned.file.clone(),
            reasons: warned
                .warnings
                .iter()
                .map(|x| Reason {
                    line: Some(x.line),
                    column: None,
                    text: x.said_in(w.lang).to_string(),
                })
                .collect(),
        }
    }));
    Ok((library, notes))
}

/// A file the library refused, with each of its problems where it was found, said as `check`
/// says it (schema diagnostics stay English).
fn refused_note(e: &model::LoadError) -> FileNote {
    let reasons = e
        .problems
        .iter()
        .map(|p| Reason {
            line: p.line,
            column: p.column,
            text: match &p.node {
                Some(n) => format!("node `{n}`: {}", p.message),
                None => p.message.clone(),
            },
        })
        .collect();
    FileNote {
        fate: Fate::NotOpened,
        file: e.file.clone(),
        reasons,
    }
}
