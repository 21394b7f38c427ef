//! What the reader should hear of the files named to open: those that could not be opened and
//! why, and imported documents whose numbering looked wrong (they opened anyway). `main` hands
//! the notes over once ([`Action::NoteFiles`]); a notice says how many there are, the footer
//! keeps a reminder, and the files key (`!`) opens the list of every file with its reasons,
//! which scrolls like the help.

use super::{Action, App, Notice, Overlay};

/// How a file named to open fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// It could not be opened; the others are open.
    NotOpened,
    /// An imported document that opened, with numbering warnings (a skipped number, a level
    /// left out), which may mean its outline is not the author's.
    Warned,
}

/// One file and what is to be said of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileNote {
    /// Whether it opened.
    pub fate: Fate,
    /// The file (or folder) as the reader named it; the view makes its controls visible.
    pub file: String,
    /// Why it was not opened, or its warnings, in the order of their lines.
    pub reasons: Vec<Reason>,
}

/// One reason a file was not opened, or one warning, and where in the file it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The line (1-based), where the reason has one.
    pub line: Option<usize>,
    /// The column (1-based) on that line, where the reason has one.
    pub column: Option<usize>,
    /// What is wrong: the system's or the interface's words for a file that cannot be read,
    /// the schema's (English, for the file's author) for a policy file.
    pub text: String,
}

impl Reason {
    /// A reason with no place in the file.
    pub fn whole(text: String) -> Reason {
        Reason {
            line: None,
            column: None,
            text,
        }
    }
}

impl App {
    /// The notes on the files named to open, files not opened first (empty when every file
    /// opened cleanly, or none was named).
    pub fn file_notes(&self) -> &[FileNote] {
        &self.files
    }

    /// How many files were not opened, and how many opened with warnings.
    pub fn file_counts(&self) -> (usize, usize) {
        let not_opened = self
            .files
            .iter()
            .filter(|f| f.fate == Fate::NotOpened)
            .count();
        (not_opened, self.files.len() - not_opened)
    }

    /// Takes the notes (files not opened first, each kind in the order named) and says how many.
    pub(super) fn note_files(&mut self, mut notes: Vec<FileNote>) {
        notes.sort_by_key(|n| n.fate != Fate::NotOpened);
        self.files = notes;
        let (not_opened, warned) = self.file_counts();
        if not_opened + warned > 0 {
            self.notice = Some(Notice::Files { not_opened, warned });
        }
    }

    /// Opens the list of the files' notes, or says that there is nothing to list.
    pub(super) fn open_files(&mut self) {
        if self.files.is_empty() {
            self.notice = Some(Notice::NoFileNotes);
        } else {
            self.open_overlay(Overlay::Files);
        }
    }
}

impl Action {
    /// Whether the action closes a page that scrolls (help, compare, the files' list): Esc, or
    /// the key that opens any of them.
    pub(super) fn closes_page(&self) -> bool {
        matches!(
            self,
            Action::Escape | Action::ToggleHelp | Action::ToggleCompare | Action::ToggleFiles
        )
    }
}
