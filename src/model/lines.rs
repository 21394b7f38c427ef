//! Where in a file a problem is: the line of a node's `id:` or of a key, found in the text when a
//! problem needs it (which may mean reading the file again, when its text was let go to save
//! memory while the model was built).

use std::cell::OnceCell;

/// The file's text, which only a problem needs (to find its line): either at hand, or read again
/// when the first problem asks for it.
pub struct Text<'a> {
    given: Option<&'a str>,
    reread: Option<&'a dyn Fn() -> Option<String>>,
    read: OnceCell<String>,
}

impl<'a> Text<'a> {
    pub fn given(src: &'a str) -> Self {
        Text {
            given: Some(src),
            reread: None,
            read: OnceCell::new(),
        }
    }

    pub fn reread(read: &'a dyn Fn() -> Option<String>) -> Self {
        Text {
            given: None,
            reread: Some(read),
            read: OnceCell::new(),
        }
    }

    pub fn get(&self) -> &str {
        self.given.unwrap_or_else(|| {
            self.read
                .get_or_init(|| self.reread.and_then(|f| f()).unwrap_or_default())
        })
    }
}

/// The 1-based line of the `nth` `id: <id>` in the source, if it can be found.
pub fn line_of_id(src: &str, id: &str, nth: usize) -> Option<usize> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start().trim_start_matches("- ").trim_start();
            l.strip_prefix("id:")
                .map(|v| v.trim().trim_matches(['"', '\'']) == id)
                .unwrap_or(false)
        })
        .nth(nth - 1)
        .map(|(i, _)| i + 1)
}

pub fn line_of_key(src: &str, key: &str) -> Option<usize> {
    let prefix = format!("{key}:");
    src.lines()
        .position(|l| l.trim_start().trim_start_matches("- ").starts_with(&prefix))
        .map(|i| i + 1)
}
