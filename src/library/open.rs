//! Opening what the reader named: files and folders → the policy files they hold (a folder walked,
//! a document in another format imported on the fly) → documents loaded in parallel → one
//! [`Library`], with every file that could not be read listed apart so that one broken file does
//! not keep the others closed. The model reads one file; this knows the file system.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Library, RootId};
use crate::model::{Document, Limits, LoadError, Problem, load_path};

/// What opening a set of paths gave: the library of the documents that loaded (none if no file
/// did) and the problems of each file that did not, in the order the files were named.
#[derive(Debug)]
pub struct Opened {
    /// The documents that loaded, in the order named; `None` when none did.
    pub library: Option<Library>,
    /// Why each other file or folder was not opened.
    pub refused: Vec<LoadError>,
    /// What importing the documents among them (`.txt`, `.md`, `.docx`) found wrong with their
    /// numbering, by file in the order named; they opened anyway.
    pub warnings: Vec<Warned>,
}

/// An imported document's numbering mistakes (a skipped number, a level left out).
#[derive(Debug, Clone)]
pub struct Warned {
    /// The file as the reader named it.
    pub file: String,
    /// The mistakes, by line of the file.
    pub warnings: Vec<crate::import::Warning>,
}

impl Warned {
    /// Each mistake as `FILE:LINE: warning: …` in the interface language `lang`, `warning` being
    /// its word for one; the file name made visible.
    pub fn lines(&self, lang: crate::model::Lang, warning: &str) -> Vec<String> {
        let name = crate::text::visible(&self.file);
        self.warnings
            .iter()
            .map(|w| format!("{name}:{}: {warning}: {}", w.line, w.said_in(lang)))
            .collect()
    }
}

/// Whether a file in a folder is opened: a policy file, or a document imported on the fly.
fn is_policy_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    ) || crate::import::Format::of(path).is_some()
}

/// A file's document (or why there is none) and its import's warnings.
type Loaded = (Result<Document, LoadError>, Vec<crate::import::Warning>);

/// A policy file is loaded; a document (`.txt`, `.md`, `.docx`) is imported in memory first,
/// and its import's warnings come along.
fn load_any(path: &Path, limits: &Limits) -> Loaded {
    if crate::import::Format::of(path).is_none() {
        return (load_path(path, limits), Vec::new());
    }
    match crate::import::load_path(path, limits) {
        Err(e) => (Err(e), Vec::new()),
        Ok((doc, warnings)) => (Ok(doc), warnings),
    }
}

/// Why a folder gave no policy files to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    /// The folder itself cannot be read (the system's class of error and message).
    Unreadable(std::io::ErrorKind, String),
    /// Nothing under it is a policy file.
    NoPolicyFiles,
    /// More than [`MAX_ENTRIES`] files and folders under it: probably not the folder meant
    /// (`yijian ~` would read a whole home directory).
    TooLarge,
}

impl std::fmt::Display for FolderProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FolderProblem::Unreadable(kind, e) => match kind {
                std::io::ErrorKind::PermissionDenied => f.write_str("permission denied"),
                _ => write!(f, "cannot read: {e}"),
            },
            FolderProblem::NoPolicyFiles => f.write_str(
                "a folder with no policy files (*.yaml, *.yml) or documents (*.txt, *.md, \
                     *.docx) in it",
            ),
            FolderProblem::TooLarge => write!(
                f,
                "more than {MAX_ENTRIES} files and folders under it; name the folder that holds \
                 the documents"
            ),
        }
    }
}

/// How many entries a folder given to open may hold at any depth.
pub const MAX_ENTRIES: usize = 100_000;

/// Every policy file under `dir` at any depth, sorted by path; folders whose names start with
/// `.` and sub-folders that cannot be read are passed over.
///
/// # Errors
/// The folder cannot be read, holds no policy file, or holds more than [`MAX_ENTRIES`] entries.
pub fn policy_files(dir: &Path) -> Result<Vec<PathBuf>, FolderProblem> {
    let mut found = Vec::new();
    let mut seen = 0;
    let top =
        std::fs::read_dir(dir).map_err(|e| FolderProblem::Unreadable(e.kind(), e.to_string()))?;
    walk(top, &mut found, &mut seen)?;
    if found.is_empty() {
        return Err(FolderProblem::NoPolicyFiles);
    }
    found.sort();
    Ok(found)
}

fn walk(
    entries: std::fs::ReadDir,
    found: &mut Vec<PathBuf>,
    seen: &mut usize,
) -> Result<(), FolderProblem> {
    for entry in entries.flatten() {
        *seen += 1;
        if *seen > MAX_ENTRIES {
            return Err(FolderProblem::TooLarge);
        }
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // Symbolic links to folders are not followed, so a link cannot make a loop.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            if let Ok(inner) = std::fs::read_dir(&path) {
                walk(inner, found, seen)?;
            }
        } else if is_policy_file(&path) {
            found.push(path);
        }
    }
    Ok(())
}

/// The files `paths` name: a file as given, a folder as its [`policy_files`].
fn files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut refused = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        match policy_files(path) {
            Ok(found) => files.extend(found),
            Err(p) => refused.push(problem(path, p.to_string())),
        }
    }
    (files, refused)
}

fn problem(path: &Path, message: String) -> LoadError {
    LoadError::new(
        &path.display().to_string(),
        Problem::at(None, None, message),
    )
}

/// Opens every file and folder in `paths`, loading the files in parallel.
///
/// A policy file whose root id an earlier one has is refused with both files named; an imported
/// document, whose root id yijian made from its file name, is given a free id instead (see
/// [`Library::join_with`]). `library` is `None` only when no file loaded.
pub fn open_paths(paths: &[PathBuf], limits: &Limits) -> Opened {
    let (files, mut refused) = files(paths);
    let loaded: Vec<(String, Loaded)> = files
        .par_iter()
        .map(|p| (p.display().to_string(), load_any(p, limits)))
        .collect();
    let mut good = Vec::new();
    let mut warnings = Vec::new();
    for (name, (result, warned)) in loaded {
        if !warned.is_empty() {
            warnings.push(Warned {
                file: name.clone(),
                warnings: warned,
            });
        }
        match result {
            Ok(doc) => {
                let by = match crate::import::Format::of(Path::new(&name)) {
                    Some(_) => RootId::Made,
                    None => RootId::Written,
                };
                good.push((name, doc, by));
            }
            Err(e) => refused.push(e),
        }
    }
    let (library, rivals) = Library::join_with(good);
    refused.extend(rivals);
    give_back_freed_pages();
    Opened {
        library,
        refused,
        warnings,
    }
}

/// Returns to the system the pages the load freed. The parsers' scratch and each document's own
/// node table (copied into the library's) are freed in small blocks among the strings that stay,
/// and glibc gives back only the top of its heaps unless asked: on a library of 1 000 files
/// (44 MB) that left 21 MB resident for nothing (95 → 74 MB after the load, measured with
/// `examples/rss`). Other allocators and systems give pages back on their own terms.
fn give_back_freed_pages() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer and only releases free memory; glibc documents it
    // as safe to call at any time, from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
