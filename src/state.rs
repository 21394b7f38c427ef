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
    /// The file format's version ([`VERSION`]).
    pub version: u32,
    /// What is remembered, by library (the embedded document, or the files opened).
    #[serde(default)]
    pub documents: BTreeMap<String, DocState>,
    /// How far the reader moved the split between outline and detail from its default, in
    /// tenths of a percent of the screen (the same for every document); absent when not moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<i16>,
}

/// What is remembered for one document: ids, so that marks survive edits to the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocState {
    /// The id of the node last shown (`DOC:ID` where ids are shared).
    #[serde(default)]
    pub last: Option<String>,
    /// Marks by letter, as node ids.
    #[serde(default)]
    pub marks: BTreeMap<char, String>,
}

/// The version of the state file this yijian writes.
pub const VERSION: u32 = 1;

/// `$XDG_STATE_HOME/yijian/state.json`, else `~/.local/state/yijian/state.json`.
pub fn default_path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    crate::dirs::xdg_file(env, "XDG_STATE_HOME", ".local/state", "state.json")
}

/// Why marks may not be kept: what went wrong with the state file, for the reader (the view
/// words it in the interface's language; `Display` gives the English line for stderr).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The file exists but cannot be read (`error` is the system's message, `kind` its class);
    /// nothing was changed, and this session starts without the marks and position it holds.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The class of the system's error.
        kind: io::ErrorKind,
        /// The system's message.
        error: String,
    },
    /// The file is not a valid state file, at this 1-based line and column (`why` is the JSON
    /// reader's message); `aside` is where it was moved, or why it could not be.
    Damaged {
        /// The file.
        path: PathBuf,
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// The JSON reader's message.
        why: String,
        /// Where the damaged file was moved, or why it could not be.
        aside: Result<PathBuf, String>,
    },
    /// The state cannot be written (`error` is the system's message, `kind` its class).
    Unwritable {
        /// The file.
        path: PathBuf,
        /// The class of the system's error.
        kind: io::ErrorKind,
        /// The system's message.
        error: String,
    },
}

impl Warning {
    /// The same warning with every path cut to its file name, for a screen too small for the
    /// whole path (the directory is the usual one, which `yijian --help` names).
    pub fn with_short_paths(&self) -> Warning {
        let short = |p: &Path| PathBuf::from(p.file_name().unwrap_or(p.as_os_str()));
        match self.clone() {
            Warning::Unreadable { path, kind, error } => Warning::Unreadable {
                path: short(&path),
                kind,
                error,
            },
            Warning::Damaged {
                path,
                line,
                column,
                why,
                aside,
            } => Warning::Damaged {
                path: short(&path),
                line,
                column,
                why,
                aside: aside.map(|a| short(&a)),
            },
            Warning::Unwritable { path, kind, error } => Warning::Unwritable {
                path: short(&path),
                kind,
                error,
            },
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::text::visible;
        let shown = |p: &Path| visible(&p.display().to_string()).into_owned();
        match self {
            Warning::Unreadable { path, error, .. } => {
                write!(f, "cannot read {}: {}", shown(path), visible(error))
            }
            Warning::Damaged {
                path,
                line,
                column,
                why,
                aside,
            } => {
                write!(
                    f,
                    "{}:{line}:{column}: not a valid state file ({}); ",
                    shown(path),
                    visible(why)
                )?;
                match aside {
                    Ok(a) => write!(f, "set aside as {}", shown(a))?,
                    Err(e) => write!(f, "could not set it aside ({})", visible(e))?,
                }
                write!(f, "; starting without marks")
            }
            Warning::Unwritable { path, error, .. } => {
                write!(f, "cannot write {}: {}", shown(path), visible(error))
            }
        }
    }
}

/// Reads the state. A missing file is a first run (no warning). Anything else that goes wrong
/// gives an empty state and a warning; a file that cannot be parsed is first moved to a name of
/// its own beside it (`state.json.corrupt`, then `state.json.corrupt.2`…), so neither the next
/// save nor a later damaged file destroys what it held.
pub fn load(path: &Path) -> (State, Option<Warning>) {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(Warning::Unreadable {
                    path: path.to_path_buf(),
                    kind: e.kind(),
                    error: e.to_string(),
                }),
            );
        }
    };
    match serde_json::from_str::<State>(&text) {
        Ok(s) => (s, None),
        Err(e) => {
            let warning = Warning::Damaged {
                path: path.to_path_buf(),
                line: e.line(),
                column: e.column(),
                why: first_clause(&e.to_string()).to_string(),
                aside: set_aside(path).map_err(|e| e.to_string()),
            };
            (State::default(), Some(warning))
        }
    }
}

/// Moves a damaged file to the first free name of `NAME.corrupt`, `NAME.corrupt.2`, … beside it.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let base = path.with_extension("json.corrupt");
    for n in 1..1000 {
        let aside = if n == 1 {
            base.clone()
        } else {
            PathBuf::from(format!("{}.{n}", base.display()))
        };
        // A hard link fails if the name is taken, so no earlier file is ever replaced.
        match fs::hard_link(path, &aside) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            // A file system without hard links: rename to a name that is free now.
            Err(_) if !aside.exists() => {
                fs::rename(path, &aside)?;
                return Ok(aside);
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(
        "a thousand damaged state files are already set aside",
    ))
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
