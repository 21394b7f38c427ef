//! Reading a policy file: bytes → UTF-8 text → YAML (serde_yaml) → raw structs → validated
//! [`Document`]. The size limit (16 MiB; the 意见 is 67 KB), serde_yaml's own guards and the
//! load's `budget` keep a hostile file quick to refuse and small in memory.

use std::path::Path;

use super::Document;
use super::budget;
use super::error::{LoadError, Problem, TOO_NESTED, position, yaml_problem};
use super::raw::RawFile;
use super::validate;

/// The policy document compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../policy.yaml");
/// The name the embedded document goes by in messages.
pub const EMBEDDED_NAME: &str = "policy.yaml (embedded)";

/// Bounds on what a file may contain; see docs/SCHEMA.md.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Size of the file on disk, in bytes.
    pub file_bytes: u64,
    /// Levels of nested nodes below the root.
    pub depth: usize,
    /// Nodes in one file.
    pub nodes: usize,
    /// Bytes of one string.
    pub string_bytes: usize,
    /// All strings together, aliases expanded, each again in its NFKC form where that differs
    /// and with a small fixed charge: what the model and the search index will hold.
    pub text_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: 16 * 1024 * 1024,
            // Below what the YAML parser allows (128 nested structures; a node level takes two:
            // a list and a mapping), so that a deep tree gets this limit's message.
            depth: 60,
            nodes: 500_000,
            string_bytes: 65_536,
            // Four times the largest file: room for aliases, not for a bomb.
            text_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Loads the embedded `policy.yaml`, read and validated like any file.
///
/// # Errors
/// Only if the compiled-in file is broken, which the test suite rules out.
pub fn load_embedded() -> Result<Document, LoadError> {
    load_str(EMBEDDED, EMBEDDED_NAME, &Limits::default())
}

/// Loads a policy file from disk; `name` in errors is the path as given.
///
/// # Errors
/// A missing, unreadable or oversized file, text that is not UTF-8, YAML that does not parse or
/// does not match the schema, and every problem validation finds (all of them, not the first).
pub fn load_path(path: &Path, limits: &Limits) -> Result<Document, LoadError> {
    let name = path.display().to_string();
    let fail = |p: Problem| LoadError::new(&name, p);
    let bytes =
        read(path, limits, "a policy file").map_err(|m| fail(Problem::at(None, None, m)))?;
    // UTF-8 only; the error names the line and column of the first invalid byte.
    let src = std::str::from_utf8(&bytes).map_err(|e| {
        let good = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let (line, column) = position(&good, good.len());
        let message = "not UTF-8 text (a policy file must be UTF-8)";
        fail(Problem::at(Some(line), Some(column), message))
    })?;
    load_str(src, &name, limits)
}

/// The bytes of the file at `path`, refused when it is a folder (not `what` a file should be) or
/// over [`Limits::file_bytes`]. Read with that bound, not only checked in the metadata, which
/// says 0 for `/dev/zero` and `/proc` files. The error, in words, does not name the file.
pub(crate) fn read(path: &Path, limits: &Limits, what: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let io = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(format!("is a directory, not {what}"));
    }
    if meta.len() > limits.file_bytes {
        return Err(format!(
            "file is {} bytes, over the limit of {} bytes",
            meta.len(),
            limits.file_bytes
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let file = std::fs::File::open(path).map_err(io)?;
    file.take(limits.file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limits.file_bytes {
        let limit = limits.file_bytes;
        return Err(format!("larger than the limit of {limit} bytes"));
    }
    Ok(bytes)
}

/// Parses and validates policy text. `name` is used in error messages only.
///
/// # Errors
/// As [`load_path`], less the file-system ones.
pub fn load_str(src: &str, name: &str, limits: &Limits) -> Result<Document, LoadError> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let fail = |p: Problem| LoadError::new(name, p);
    if src.len() as u64 > limits.file_bytes {
        let message = format!(
            "the text is {} bytes, over the limit of {} bytes",
            src.len(),
            limits.file_bytes
        );
        return Err(fail(Problem::at(None, None, message)));
    }
    if src
        .lines()
        .all(|l| matches!(l.trim_start().chars().next(), None | Some('#')))
    {
        let message = "the file is empty; expected `schema: 1` and `document:`";
        return Err(fail(Problem::at(None, None, message)));
    }
    if let Some((line, column)) = flow_too_deep(src) {
        return Err(fail(Problem::at(Some(line), Some(column), TOO_NESTED)));
    }
    let raw = {
        let _budget = budget::start(limits);
        let de = serde_yaml::Deserializer::from_str(src);
        serde_path_to_error::deserialize::<_, RawFile>(de)
            .map_err(|e| fail(yaml_problem(&e, src)))?
    };
    validate::build(raw, src, limits).map_err(|problems| LoadError {
        file: name.to_string(),
        problems,
    })
}

/// How deep `[` and `{` may nest, counted before parsing: serde_yaml's scanner takes time growing
/// with the square of the flow depth before its own guard (128) speaks (50 000 brackets, 2.9 s).
/// Counted over the whole file, quotes and comments included, which only overcounts: a file's
/// texts would need 128 brackets left open between them to be refused.
const FLOW_DEPTH: usize = 128;

/// The line and column of the first bracket past [`FLOW_DEPTH`], if any.
fn flow_too_deep(src: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (at, _) = src.bytes().enumerate().find(|&(_, b)| {
        match b {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth > FLOW_DEPTH
    })?;
    Some(position(src, at))
}
