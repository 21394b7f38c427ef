//! `yijian import`: a document as people publish it — plain text (UTF-8, GB18030/GBK or a named
//! encoding), Markdown or Word `.docx` — turned into a policy file.
//!
//! The stages, each a module: `decode` (and `docx`) give the text; `meta` reads the
//! title, issuer, document number and dates; `numbering` reads the numbering a heading line
//! opens with; `structure` nests the headings and places every other line under the heading
//! above it; `tree` makes of that the raw model of a policy file (schema 2, one language), which
//! is written out as YAML and read back by the loader, so an imported document is validated like
//! any file; [`outline`] tells what came of it. Nothing of the source is dropped: every line is a
//! title or a verbatim paragraph.

mod decode;
mod docx;
mod meta;
mod numbering;
mod outline;
mod structure;
mod tree;

use std::path::Path;

pub use outline::{outline, rebuild};
pub use structure::Warning;

use crate::model::{Document, Limits, LoadError, Problem, RawFile, load_str};

/// The kinds of file import reads, told by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, `.text`), in any encoding the import detects.
    Text,
    /// Markdown (`.md`, `.markdown`): headings and lists give the structure.
    Markdown,
    /// A Word document (`.docx`): its paragraphs' text.
    Docx,
}

impl Format {
    /// `.txt`, `.md` / `.markdown`, `.docx` (any case); `None` for any other file.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// An imported document: the policy file's raw model, the numbering mistakes found, and how the
/// bytes were read.
#[derive(Debug)]
pub struct Imported {
    /// The document in the policy file's format, ready to write out.
    pub file: RawFile,
    /// Numbering mistakes found in the source, by line.
    pub warnings: Vec<Warning>,
    /// The encoding the text was read in (`UTF-8`, `gb18030`, …), or `docx`.
    pub encoding: &'static str,
    /// The document's language: English when it has more Latin letters than Chinese characters.
    pub english: bool,
    /// The lines taken as the document's title (1-based), which the root's title holds.
    pub title_lines: Vec<usize>,
}

/// Imports the file at `path`, told by its extension (anything else is read as plain text).
///
/// # Errors
/// A file that cannot be read, is over `limits.file_bytes`, is not valid in its encoding, is not
/// a readable Word file, or holds no text; the message does not name the file.
pub fn import_path(
    path: &Path,
    encoding: Option<&str>,
    limits: &Limits,
) -> Result<Imported, String> {
    let bytes = crate::model::read(path, limits, "a document")?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document");
    import_bytes(
        &bytes,
        Format::of(path).unwrap_or(Format::Text),
        stem,
        encoding,
    )
}

/// Imports a document from its bytes; `stem` (the file's name without extension) gives the
/// document's id, and its title when the text has none.
///
/// # Errors
/// As [`import_path`], less the file system's.
pub fn import_bytes(
    bytes: &[u8],
    format: Format,
    stem: &str,
    encoding: Option<&str>,
) -> Result<Imported, String> {
    let (text, used) = match format {
        Format::Docx => (docx::text(bytes)?, "docx"),
        _ => decode::decode(bytes, encoding)?,
    };
    let (text, marked) = match format {
        Format::Markdown => markdown(&text),
        _ => (text, Vec::new()),
    };
    // A document with no text would open as a title made from its file name and nothing else.
    if text.trim().is_empty() {
        return Err("no text to import (the document is empty)".into());
    }
    let mut imported = tree::import_text(&text, stem, &marked);
    imported.encoding = used;
    Ok(imported)
}

/// Markdown's markup is not the document's text: heading marks (`## `) and strong emphasis
/// (`**`, `__`, which converters put around run-in headings) go, everything else stays.
pub fn markdown_text(md: &str) -> String {
    markdown(md).0
}

/// [`markdown_text`], and the lines (1-based) that were headings, with their level.
fn markdown(md: &str) -> (String, Vec<(usize, u8)>) {
    let mut marked = Vec::new();
    let lines: Vec<String> = md
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let t = l.trim_start();
            let hashes = t.bytes().take_while(|b| *b == b'#').count();
            let t = if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
                marked.push((i + 1, hashes as u8));
                &t[hashes + 1..]
            } else {
                l
            };
            t.replace("**", "").replace("__", "")
        })
        .collect();
    (lines.join("\n"), marked)
}

/// The policy file an import writes: a comment saying where it comes from, then the YAML.
pub fn to_yaml(imported: &Imported, source: &str) -> String {
    let name: String = source.chars().filter(|c| !c.is_control()).collect();
    let yaml = serde_yaml::to_string(&imported.file).expect("the raw model always serializes");
    format!(
        "# Imported by yijian from {name} ({}). The tree is read from the document's numbering.\n\
         # Every paragraph is the source's, verbatim; a heading that runs on into a sentence keeps\n\
         # its whole line in its text, and its title is yijian's shortening of its first sentence.\n\
         {yaml}",
        imported.encoding
    )
}

/// Imports the document at `path` in memory and loads it as the policy file it would become,
/// with the import's warnings.
///
/// # Errors
/// The import's errors, named by the file, and (which the tests rule out) any problem the loader
/// finds in the imported file.
pub fn load_path(path: &Path, limits: &Limits) -> Result<(Document, Vec<Warning>), LoadError> {
    let name = path.display().to_string();
    let imported = import_path(path, None, limits)
        .map_err(|m| LoadError::new(&name, Problem::at(None, None, m)))?;
    let doc = load_str(&to_yaml(&imported, &name), &name, limits)?;
    Ok((doc, imported.warnings))
}
