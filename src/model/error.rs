//! Load errors: short, exact, and safe to print.
//!
//! Each problem names the file, and the line and column where they are known, else the node id and
//! field. Text quoted from the file is made visible (no raw control characters).

use std::fmt;

use crate::text::visible;

/// One thing wrong with a policy file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The 1-based line, where known.
    pub line: Option<usize>,
    /// The 1-based column (in characters), where known.
    pub column: Option<usize>,
    /// The node the problem is in, where it is known.
    pub node: Option<String>,
    /// What is wrong, in words; text quoted from the file is shown visibly when printed.
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
    /// Every problem found, in file order (validation collects them all).
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
