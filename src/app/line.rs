//! The text of a prompt (search box, go-to box) as a line editor: cursor, word motions and
//! deletions, as a shell's line editor has them. The editing itself is tui-input's; this wrapper
//! adds what the app needs on top: equality for tests, pasting a whole string, and the slice of the
//! line that fits a given width with the cursor kept in view.

use tui_input::{Input, InputRequest};

/// One edit of a prompt's line (tui-input's request: insert, move, delete by char or word…).
pub type Edit = InputRequest;

/// A prompt's line of text with its cursor (tui-input's editor); equal when text and cursor are.
#[derive(Debug, Clone, Default)]
pub struct LineInput(Input);

impl PartialEq for LineInput {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value() && self.cursor() == other.cursor()
    }
}

impl Eq for LineInput {}

impl LineInput {
    /// A line holding `text`, the cursor at its end.
    pub fn new(text: impl Into<String>) -> Self {
        LineInput(Input::new(text.into()))
    }

    /// The text of the line.
    pub fn value(&self) -> &str {
        self.0.value()
    }

    /// Characters (code points) before the cursor.
    pub fn cursor(&self) -> usize {
        self.0.cursor()
    }

    /// Applies one edit; true when the text changed (not only the cursor).
    pub fn edit(&mut self, edit: Edit) -> bool {
        self.0.handle(edit).is_some_and(|c| c.value)
    }

    /// Inserts `text` at the cursor as typed text: line breaks and tabs become single spaces, so
    /// a pasted paragraph stays one line and is never read as Enter.
    pub fn insert(&mut self, text: &str) -> bool {
        let mut changed = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            // A CR LF pair is one line break, so one space.
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue;
            }
            let c = if c.is_control() { ' ' } else { c };
            changed |= self.edit(InputRequest::InsertChar(c));
        }
        changed
    }

    /// Replaces the whole line, the cursor at its end.
    pub fn set(&mut self, text: impl Into<String>) {
        self.0 = Input::new(text.into());
    }

    /// The part of the line to draw in `width` columns, and the cursor's column within it: the
    /// line scrolls so that the cursor (and the cell after it) always shows.
    pub fn window(&self, width: usize, cell: impl Fn(char) -> usize) -> (String, usize) {
        let chars: Vec<char> = self.value().chars().collect();
        let cursor = self.cursor().min(chars.len());
        let before: usize = chars[..cursor].iter().map(|&c| cell(c)).sum();
        // Room for the cursor's own cell.
        let room = width.saturating_sub(1);
        let mut start = 0;
        let mut skipped = 0;
        while before - skipped > room && start < cursor {
            skipped += cell(chars[start]);
            start += 1;
        }
        let mut shown = String::new();
        let mut used = 0;
        for &c in &chars[start..] {
            let w = cell(c);
            if used + w > width {
                break;
            }
            used += w;
            shown.push(c);
        }
        (shown, before - skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(_: char) -> usize {
        1
    }

    #[test]
    fn paste_keeps_one_line() {
        let mut l = LineInput::default();
        l.insert("growth target\r\nquality\tfirst\n");
        assert_eq!(l.value(), "growth target quality first ");
    }

    #[test]
    fn words_are_deleted_and_crossed() {
        let mut l = LineInput::new("growth target quality");
        l.edit(Edit::DeletePrevWord);
        assert_eq!(l.value(), "growth target ");
        l.edit(Edit::GoToPrevWord);
        l.edit(Edit::GoToStart);
        l.edit(Edit::InsertChar('x'));
        assert_eq!(l.value(), "xgrowth target ");
        l.edit(Edit::DeleteLine);
        assert_eq!(l.value(), "");
    }

    #[test]
    fn the_window_keeps_the_cursor_in_view() {
        let l = LineInput::new("abcdefghij");
        assert_eq!(l.window(5, one), ("ghij".to_string(), 4));
        let mut l = l;
        l.edit(Edit::GoToStart);
        assert_eq!(l.window(5, one), ("abcde".to_string(), 0));
        let wide = LineInput::new("半导体产业");
        let (shown, col) = wide.window(6, |_| 2);
        assert_eq!((shown.as_str(), col), ("产业", 4));
    }
}
