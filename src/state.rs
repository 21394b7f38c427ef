//! What the browser remembers between runs: marks and the last position, per document, in a
//! JSON file in the platform's state directory. Writes are atomic (a temporary file in the same
//! directory, flushed, then renamed over the old one), so a crash mid-write leaves the previous
//! state whole. A damaged file is set aside, never overwritten, so no mark set is lost to it.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Everything remembered, for every document opened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    #[serde(default)]
    pub documents: BTreeMap<String, DocState>,
}

/// What is remembered for one document: ids, so that marks survive edits to the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocState {
    #[serde(default)]
    pub last: Option<String>,
    #[serde(default)]
    pub marks: BTreeMap<char, String>,
}

pub const VERSION: u32 = 1;

/// `$XDG_STATE_HOME/yijian/state.json`, else `~/.local/state/yijian/state.json`.
pub fn default_path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    crate::dirs::xdg_file(env, "XDG_STATE_HOME", ".local/state", "state.json")
}

/// What went wrong with the state file, for the reader's own words (`ui::Words::state_problem`).
/// Paths are as shown to the reader; `error` is the system's message, `kind` its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateProblem {
    /// The file is there but could not be read; nothing was changed, and this session starts
    /// without the marks and position it holds.
    Unreadable {
        path: String,
        kind: io::ErrorKind,
        error: String,
    },
    /// The file is not a state file (`why`, at `line`:`column`); marks and the last position were
    /// reset. `aside` is where the damaged file was moved, or why it could not be moved.
    Damaged {
        path: String,
        line: usize,
        column: usize,
        why: String,
        aside: Result<String, String>,
    },
    /// Marks and the position could not be written.
    Unwritable {
        path: String,
        kind: io::ErrorKind,
        error: String,
    },
}

/// Reads the state. A missing file is a first run (no problem). Anything else that goes wrong
/// gives an empty state and the problem; a file that cannot be parsed is renamed to
/// `state.json.corrupt` first, so the next save does not destroy what it held.
pub fn load(path: &Path) -> (State, Option<StateProblem>) {
    let shown = path.display().to_string();
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(StateProblem::Unreadable {
                    path: shown,
                    kind: e.kind(),
                    error: e.to_string(),
                }),
            );
        }
    };
    match serde_json::from_str::<State>(&text) {
        Ok(s) => (s, None),
        Err(e) => {
            let aside = path.with_extension("json.corrupt");
            let aside = match fs::rename(path, &aside) {
                Ok(()) => Ok(aside.display().to_string()),
                Err(r) => Err(r.to_string()),
            };
            let problem = StateProblem::Damaged {
                path: shown,
                line: e.line(),
                column: e.column(),
                why: first_clause(&e.to_string()).to_string(),
                aside,
            };
            (State::default(), Some(problem))
        }
    }
}

fn first_clause(s: &str) -> &str {
    s.split(" at line").next().unwrap_or(s)
}

/// Writes the state atomically, creating its directory if needed.
pub fn save(path: &Path, state: &State) -> io::Result<()> {
    write_atomic(path, |f| {
        serde_json::to_writer_pretty(&mut *f, state)?;
        f.write_all(b"\n")
    })
}

/// Writes `path` through `fill` into a temporary file beside it, then renames it into place. If
/// `fill` fails, the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".state-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    fill(tmp.as_file_mut())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
