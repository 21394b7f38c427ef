//! Load errors: short, exact, and safe to print. Each names the file, the line and column where
//! known, else the node and field; text quoted from the file is made visible. serde_yaml's errors
//! are put in the reader's terms: the YAML shape expected, the path, a hint for a misspelt key; a
//! long value quoted is cut. Where a problem is (line, column, a key's or an id's line) is found
//! in the text here too: serde_yaml's positions are gone once the raw structs are built.

use std::collections::HashMap;
use std::fmt;

use crate::text::{shortened, visible};

/// What a file nested past the parser's limit is told.
pub const TOO_NESTED: &str = "nested more than the YAML parser allows (128 levels)";

/// One thing wrong with a policy file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The 1-based line, where known.
    pub line: Option<usize>,
    /// The 1-based column (in characters), where known.
    pub column: Option<usize>,
    /// The node the problem is in, where known.
    pub node: Option<String>,
    /// What is wrong, in words (quoted text is made visible when printed).
    pub message: String,
}

impl Problem {
    /// A problem at a place in the file (either may be unknown).
    pub fn at(line: Option<usize>, column: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            line,
            column,
            node: None,
            message: message.into(),
        }
    }

    /// A problem of the node with the id `node`, at its line where known.
    pub fn in_node(node: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            line,
            column: None,
            node: Some(node.to_string()),
            message: message.into(),
        }
    }
}

/// Why a policy file could not be loaded: the file's name and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file as the reader named it.
    pub file: String,
    /// Every problem found, in the order of their lines (validation collects them all).
    pub problems: Vec<Problem>,
}

impl LoadError {
    /// One problem of `file`.
    pub fn new(file: &str, problem: Problem) -> Self {
        LoadError {
            file: file.to_string(),
            problems: vec![problem],
        }
    }
}

/// How many problems are listed before "and N more".
const SHOWN: usize = 20;

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().take(SHOWN).enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", visible(&self.file))?;
            match (p.line, p.column) {
                (Some(l), Some(c)) => write!(f, ":{l}:{c}")?,
                (Some(l), None) => write!(f, ":{l}")?,
                _ => {}
            }
            write!(f, ": ")?;
            if let Some(node) = &p.node {
                write!(f, "node `{}`: ", visible(node))?;
            }
            write!(f, "{}", visible(&p.message))?;
        }
        if self.problems.len() > SHOWN {
            write!(f, "\n… and {} more problems", self.problems.len() - SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// serde_yaml's error in the reader's terms, at its line and column, with the path to the value
/// (`document.children[0].text.zh`) that serde_path_to_error followed.
pub fn yaml_problem(e: &serde_path_to_error::Error<serde_yaml::Error>, src: &str) -> Problem {
    let mut path = e.path().to_string();
    // serde_path_to_error names an enum's variant as a step of the path (`kind.goal`); in the
    // file it is the value of `kind`.
    if let Some(cut) = path.rfind(".kind.") {
        path.truncate(cut + ".kind".len());
    }
    let path = path.as_str();
    let mut at = e.inner().location().map(|l| (l.line(), l.column()));
    let mut msg = e.inner().to_string();
    // serde_yaml ends its message with the place, which the problem states on its own.
    if let Some((line, column)) = at
        && let Some(cut) = msg.rfind(&format!(" at line {line} column {column}"))
    {
        msg.truncate(cut);
    }
    // serde_yaml starts its message with the path as far as it knows it. A value refused
    // without a place of its own (a null, a `!!null` tag) it puts at the enclosing mapping
    // (`document.title: no value…` at the `title:` line) while serde_path_to_error followed the
    // path to the value (`document.title.en`): say the longer path, at the `en:` line. An
    // unknown, missing or repeated key is the mapping's problem, as serde_yaml says.
    if let Some(said) = path_prefixes(path).find(|p| msg.starts_with(&format!("{p}: "))) {
        let rest = &msg[said.len() + 2..];
        let of_mapping = ["missing field", "unknown field", "duplicate field"];
        if said != path && !of_mapping.iter().any(|m| rest.starts_with(m)) {
            // The value's key, unless the path ends in a list index.
            let key = path.rsplit('.').next().filter(|k| !k.contains('['));
            if let (Some((line, _)), Some(key)) = (at, key) {
                at = key_after(src, line, key).or(at);
            }
            msg = format!("{path}: {rest}");
        }
    }
    // serde_yaml's words for its own limits, a broken alias and a second document, in the
    // reader's terms. These errors carry no path, so the message is exactly serde_yaml's words
    // (compared whole: a value quoted in another message may hold the same words).
    match msg.as_str() {
        "recursion limit exceeded" => msg = TOO_NESTED.into(),
        "repetition limit exceeded" => {
            msg = "YAML aliases repeat anchored parts more than the parser allows (an alias bomb?)"
                .into()
        }
        "unknown anchor" => msg = "an alias (`*name`) with no anchor (`&name`) before it".into(),
        "deserializing from YAML containing more than one document is not supported" => {
            at = second_document(src).map(|line| (line, 1));
            msg = "a second YAML document (`---`): a policy file holds one document".into();
        }
        _ => {}
    }
    if let Some(hint) = unknown_key_hint(&msg) {
        // The hint says more than serde's list of every allowed key, and keeps the line short.
        if let Some(cut) = msg.find(", expected one of") {
            msg.truncate(cut);
        }
        msg = format!("{msg} — did you mean `{hint}`?");
    }
    Problem::at(at.map(|a| a.0), at.map(|a| a.1), shortened(&msg))
}

/// `a.b[0].c`, then `a.b[0]`, `a.b`, `a`: the paths serde_yaml may have put before its message.
fn path_prefixes(path: &str) -> impl Iterator<Item = &str> {
    let cuts = path.match_indices(['.', '[']).map(|(i, _)| i).rev();
    std::iter::once(path).chain(cuts.map(|i| &path[..i]))
}

/// The line of the `---` that starts a file's second YAML document.
fn second_document(src: &str) -> Option<usize> {
    let mut content = false;
    for (i, line) in src.lines().enumerate() {
        let starts = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if starts && content {
            return Some(i + 1);
        }
        let blank = line.trim().is_empty() || line.trim_start().starts_with('#');
        content |= !blank && !starts && !line.starts_with('%');
    }
    None
}

/// The nearest of the keys serde's message offers (`expected one of `id`, `kind`, …`), so the
/// hint comes from the mapping the key is in, never from keys that belong elsewhere.
fn unknown_key_hint(msg: &str) -> Option<String> {
    let rest = &msg[msg.find("unknown field `")? + "unknown field `".len()..];
    let key = &rest[..rest.find('`')?];
    let offered = &rest[rest.find("expected")?..];
    offered
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|k| (strsim::levenshtein(key, k), k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min()
        .map(|(_, k)| k.to_string())
}

/// The 1-based line and column (in characters) of the byte at `offset` in `src`.
pub fn position(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The byte offsets in `line` where `key:` is written as a key: first on the line (after the
/// indentation and any `- `), or after `{` or `,` in flow style; never inside a longer key or a
/// text.
fn keys<'a>(line: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    line.match_indices(key)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = &line[..at];
            line[at + key.len()..].starts_with(':')
                && (before.chars().all(|c| matches!(c, ' ' | '\t' | '-'))
                    || before.trim_end().ends_with(['{', ',']))
        })
}

/// The 1-based lines of every `id: <id>` in `src`, by id, in file order: read once, when there are
/// problems to place, so that a file with many problems is not read once for each. A quoted id is
/// read as YAML reads it (`"goals.\e[2J"` is the id with an ESC in it).
pub fn id_lines(src: &str) -> HashMap<String, Vec<usize>> {
    let mut lines: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in src.lines().enumerate() {
        for at in keys(l, "id") {
            let value = l[at + "id:".len()..].split([',', '}']).next();
            // A comment after a plain id is not part of it.
            let value = value
                .and_then(|v| v.split(" #").next())
                .unwrap_or("")
                .trim();
            let quoted = value.starts_with(['"', '\'']);
            let id = (quoted.then(|| serde_yaml::from_str(value).ok()).flatten())
                .unwrap_or_else(|| value.to_string());
            lines.entry(id).or_default().push(i + 1);
        }
    }
    lines
}

/// Where `key:` is first written as a key at or after `line` (1-based), as line and column.
pub fn key_after(src: &str, line: usize, key: &str) -> Option<(usize, usize)> {
    src.lines().enumerate().skip(line - 1).find_map(|(i, l)| {
        let at = keys(l, key).next()?;
        Some((i + 1, l[..at].chars().count() + 1))
    })
}
