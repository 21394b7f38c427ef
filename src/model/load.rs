//! Reading a policy file: bytes → YAML → raw structs → validated [`Document`].
//!
//! Limits are checked before or alongside the expensive steps (size before reading, nesting and
//! the number of YAML values in a scan of the text that stops the parser when it refuses the file,
//! expanded text while parsing) so that a hostile file is refused quickly and in bounded memory.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Document;
use super::budget;
use super::error::{LoadError, Problem};
use super::lines::Text;
use super::prescan::prescan;
use super::raw::{KNOWN_KEYS, RawFile};
use super::split;
use super::validate;
use super::yaml::{self, ErrorKind};

/// The policy document compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../policy.yaml");
/// The name the embedded document goes by in messages.
pub const EMBEDDED_NAME: &str = "policy.yaml (embedded)";

/// Bounds on what a file may contain; see docs/SCHEMA.md.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub file_bytes: u64,
    pub depth: usize,
    pub nodes: usize,
    pub string_bytes: usize,
    /// All strings together once YAML aliases are expanded, each with a small fixed charge.
    pub text_bytes: u64,
    pub yaml_nesting: usize,
    /// Keys, list items and flow entries, counted in the text before they are parsed: a bound on
    /// the parser's work whatever the file's size (serde_yaml, used before, held every one of
    /// them in memory at once; the streaming reader holds only anchored ones).
    pub yaml_values: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: 64 * 1024 * 1024,
            // Below what the YAML parser allows (128 nested structures; a node level takes two:
            // a list and a mapping), so that a deep tree gets this limit's message.
            depth: 60,
            nodes: 500_000,
            string_bytes: 65_536,
            text_bytes: 128 * 1024 * 1024,
            yaml_nesting: 256,
            yaml_values: 6_000_000,
        }
    }
}

/// `policy.yaml` converted to JSON by the build script (`null` if it did not parse).
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policy.json"));

/// Loads the embedded `policy.yaml`, from its JSON form when the build made one; validation and
/// error lines refer to the YAML text either way.
pub fn load_embedded() -> Result<Document, LoadError> {
    let limits = Limits::default();
    match serde_json::from_str::<RawFile>(EMBEDDED_JSON) {
        Ok(raw) => built(raw, Text::given(EMBEDDED), EMBEDDED_NAME, &limits),
        Err(_) => load_str(EMBEDDED, EMBEDDED_NAME, &limits),
    }
}

/// Loads a policy file from disk; `name` in errors is the path as given.
pub fn load_path(path: &Path, limits: &Limits) -> Result<Document, LoadError> {
    let name = path.display().to_string();
    let fail = |msg: String| LoadError::new(&name, Problem::at(None, None, msg));
    let meta = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a policy file".into()));
    }
    if meta.len() > limits.file_bytes {
        return Err(fail(format!(
            "file is {} bytes, over the limit of {} bytes",
            meta.len(),
            limits.file_bytes
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_message(&e)))?;
    let text = decode(&bytes).map_err(|p| LoadError::new(&name, p))?;
    let raw = parse(without_bom(text), &name, limits)?;
    // The model holds copies of its strings, so the file's text can go before the model is
    // built (a third of the peak memory); it is read again only to place a problem on its line.
    drop(bytes);
    let reread = || {
        let bytes = std::fs::read(path).ok()?;
        Some(without_bom(&String::from_utf8(bytes).ok()?).to_string())
    };
    built(raw, Text::reread(&reread), &name, limits)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// UTF-8 only; the error names the line of the first invalid byte.
fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    // Checked with SIMD first (a third of the time on Chinese text); std finds the bad byte.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let column = good.len() - good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1) + 1;
        Problem::at(
            Some(line),
            Some(column),
            "not UTF-8 text (a policy file must be UTF-8)",
        )
    })
}

/// Parses and validates policy text. `name` is used in error messages only.
pub fn load_str(src: &str, name: &str, limits: &Limits) -> Result<Document, LoadError> {
    let src = without_bom(src);
    let raw = parse(src, name, limits)?;
    built(raw, Text::given(src), name, limits)
}

fn without_bom(src: &str) -> &str {
    src.strip_prefix('\u{feff}').unwrap_or(src)
}

/// Text (without its byte-order mark) to the raw structs, with every check made on the way.
fn parse(src: &str, name: &str, limits: &Limits) -> Result<RawFile, LoadError> {
    if src.len() as u64 > limits.file_bytes {
        return Err(LoadError::new(
            name,
            Problem::at(None, None, "file is over the size limit"),
        ));
    }
    if src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(LoadError::new(
            name,
            Problem::at(
                None,
                None,
                "the file is empty; expected `schema: 1` and `document:`",
            ),
        ));
    }
    let stop = AtomicBool::new(false);
    let scan = || {
        let problem = prescan(src, limits);
        if problem.is_some() {
            stop.store(true, Ordering::Relaxed);
        }
        problem
    };
    // The prescan's refusals come first, but on a large file it need not hold up the parser: it
    // runs alongside, and stops the parser when it refuses the file (which the parser, reading
    // one event at a time under the budget, cannot have gone far into).
    let (problem, read) = std::thread::scope(|s| {
        let scanning = (src.len() >= SCAN_ALONGSIDE_FROM)
            .then(|| std::thread::Builder::new().spawn_scoped(s, scan).ok())
            .flatten();
        match scanning {
            Some(scanning) => {
                let read = read(src, limits, &stop);
                let problem = scanning
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (problem, Some(read))
            }
            None => match scan() {
                Some(p) => (Some(p), None),
                None => (None, Some(read(src, limits, &stop))),
            },
        }
    });
    match (problem, read) {
        (Some(p), _) => Err(LoadError::new(name, p)),
        (None, Some(read)) => read.map_err(|e| LoadError::new(name, yaml_problem(&e))),
        (None, None) => unreachable!("the file is read when the prescan passes"),
    }
}

/// The raw tree: in two parts at once where the file allows, else whole.
fn read(src: &str, limits: &Limits, stop: &AtomicBool) -> Result<RawFile, yaml::Error> {
    if let Some(file) = split::read(src, limits, stop) {
        return Ok(file);
    }
    let _budget = budget::start(limits);
    yaml::from_str_until(src, stop)
}

fn built(raw: RawFile, src: Text, name: &str, limits: &Limits) -> Result<Document, LoadError> {
    validate::build(raw, src, limits).map_err(|problems| LoadError {
        file: name.to_string(),
        problems,
    })
}

fn yaml_problem(e: &yaml::Error) -> Problem {
    let (line, column) = e
        .location()
        .map_or((None, None), |(l, c)| (Some(l), Some(c)));
    // The parser's own guards, in the reader's terms.
    let mut msg = match e.kind() {
        ErrorKind::RepetitionLimitExceeded => {
            "YAML aliases repeat anchored parts more than the parser allows (an alias bomb?)".into()
        }
        ErrorKind::RecursionLimitExceeded => {
            "nested more than the YAML parser allows (128 levels)".into()
        }
        ErrorKind::UnknownAnchor => "an alias (`*name`) with no anchor (`&name`) before it".into(),
        _ => e.to_string(),
    };
    // serde names the Rust types it expected; the reader needs the YAML shape instead.
    for (internal, shape) in [
        (
            "struct RawFile",
            "a mapping with `schema` and `document` at the top level",
        ),
        (
            "struct RawNode",
            "a node (a mapping with `id`, `kind`, `title`, …)",
        ),
        ("struct RawText", "`{zh: …, en: …}`"),
        (
            "struct RawFact",
            "a fact (`{key, name: {zh, en}, value: {zh, en}}`)",
        ),
        ("struct RawMeta", "`{issuer, issued, source, source_date}`"),
    ] {
        msg = msg.replace(internal, shape);
    }
    if let Some(hint) = unknown_key_hint(&msg) {
        // The hint says more than serde's list of every allowed key, and keeps the line short.
        if let Some(cut) = msg.find(", expected one of") {
            msg.truncate(cut);
        }
        msg = format!("{msg} — did you mean `{hint}`?");
    }
    Problem::at(line, column, msg)
}

fn unknown_key_hint(msg: &str) -> Option<&'static str> {
    let rest = &msg[msg.find("unknown field `")? + "unknown field `".len()..];
    let key = &rest[..rest.find('`')?];
    KNOWN_KEYS
        .iter()
        .map(|k| (strsim::levenshtein(key, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min()
        .map(|(_, k)| k)
}

/// From this size on, the prescan runs on a thread of its own alongside the parser.
const SCAN_ALONGSIDE_FROM: usize = 256 * 1024;
