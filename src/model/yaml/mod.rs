//! A YAML deserializer for policy files that reads the parser's events as it goes, instead of
//! collecting every event of the file first as serde_yaml does: on a 50 MB file that list is most
//! of the load's peak memory and half of its time. It gives the same values and the same errors
//! as serde_yaml 0.9 (message, path such as `document.children[0].text.zh`, line and column), so
//! that files and messages stay as they were; the rules it copies are marked where they are kept.

mod access;
mod cut;
mod de;
mod events;
mod reader;
mod scalar;
mod source;
mod stream;

use std::fmt;
use std::sync::atomic::AtomicBool;

use serde::Deserialize;

pub use cut::{from_head_until, from_tail_until};
use events::{Mark, ParseError};

/// Reads the one YAML document in `src` as a `T`.
#[cfg(test)]
pub fn from_str<'de, T: Deserialize<'de>>(src: &'de str) -> Result<T, Error> {
    static NEVER: AtomicBool = AtomicBool::new(false);
    from_str_until(src, &NEVER)
}

/// Reads the one YAML document in `src` as a `T`, giving up as soon as `stop` is set (when
/// another check has refused the file, so that its error is the one reported).
pub fn from_str_until<'de, T: Deserialize<'de>>(
    src: &'de str,
    stop: &'de AtomicBool,
) -> Result<T, Error> {
    source::with_events(src, |events| {
        let mut stream = stream::Stream::new(events, stop);
        let value = T::deserialize(&mut reader::De::root(&mut stream))?;
        stream.finish()?;
        Ok(value)
    })
}

/// What went wrong, and where when it is known.
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    mark: Option<Mark>,
    /// Where in the document a serde message arose (`document.title`; `.` for the top level).
    path: Option<String>,
}

#[derive(Debug, Clone)]
pub enum ErrorKind {
    /// A message from serde (`unknown field …`) or from the types being built.
    Message(String),
    Parse(ParseError),
    EndOfStream,
    MoreThanOneDocument,
    RecursionLimitExceeded,
    RepetitionLimitExceeded,
    UnknownAnchor,
    BytesUnsupported,
    /// Given up when told to stop.
    Stopped,
}

impl Error {
    fn new(kind: ErrorKind, mark: Option<Mark>) -> Error {
        Error {
            kind,
            mark,
            path: None,
        }
    }

    fn parse(e: ParseError) -> Error {
        let mark = Some(e.mark);
        Error::new(ErrorKind::Parse(e), mark)
    }

    /// Places a serde message at the event being read, unless a deeper read already placed it.
    fn fix(mut self, mark: Mark, path: &Path) -> Error {
        if matches!(self.kind, ErrorKind::Message(_)) && self.mark.is_none() {
            self.mark = Some(mark);
            self.path = Some(path.to_string());
        }
        self
    }

    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Line and column from 1, where known.
    pub fn location(&self) -> Option<(usize, usize)> {
        self.mark
            .map(|m| (m.line as usize + 1, m.column as usize + 1))
    }
}

/// The message without its position (which goes in front of it in ours).
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.kind {
            ErrorKind::Message(msg) => match self.path.as_deref() {
                Some(path) if path != "." => write!(f, "{path}: {msg}"),
                _ => f.write_str(msg),
            },
            ErrorKind::Parse(e) => {
                f.write_str(&e.problem)?;
                // serde_yaml words a position at the very start of the file as an offset, and
                // its context then survives the cut of the position.
                if e.mark.line == 0 && e.mark.column == 0 {
                    if e.problem_offset != 0 {
                        write!(f, " at position {}", e.problem_offset)?;
                    }
                    if let Some(context) = &e.context {
                        write!(f, ", {context}")?;
                    }
                }
                Ok(())
            }
            ErrorKind::EndOfStream => f.write_str("EOF while parsing a value"),
            ErrorKind::MoreThanOneDocument => f.write_str(
                "deserializing from YAML containing more than one document is not supported",
            ),
            ErrorKind::RecursionLimitExceeded => f.write_str("recursion limit exceeded"),
            ErrorKind::RepetitionLimitExceeded => f.write_str("repetition limit exceeded"),
            ErrorKind::UnknownAnchor => f.write_str("unknown anchor"),
            ErrorKind::Stopped => f.write_str("stopped"),
            ErrorKind::BytesUnsupported => {
                f.write_str("serialization and deserialization of bytes in YAML is not implemented")
            }
        }
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::new(ErrorKind::Message(msg.to_string()), None)
    }
}

/// Where a value sits in the document, built on the stack as the deserializer descends and
/// written only when an error needs it; written as serde_yaml writes it.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Seq { parent: &'a Path<'a>, index: usize },
    Map { parent: &'a Path<'a>, key: &'a str },
    Alias { parent: &'a Path<'a> },
    Unknown { parent: &'a Path<'a> },
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parent = |f: &mut fmt::Formatter, p: &Path| match p {
            Path::Root => Ok(()),
            p => write!(f, "{p}."),
        };
        match self {
            Path::Root => f.write_str("."),
            Path::Seq { parent, index } => write!(f, "{parent}[{index}]"),
            Path::Map { parent: p, key } => {
                parent(f, p)?;
                f.write_str(key)
            }
            Path::Alias { parent } => write!(f, "{parent}"),
            Path::Unknown { parent: p } => {
                parent(f, p)?;
                f.write_str("?")
            }
        }
    }
}

#[cfg(test)]
mod tests;
