//! Where in a file a problem is: the line of a node's `id:` or of a key, found in the text when
//! validation reports a problem (serde_yaml's positions are gone once the raw structs are built).

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

/// The 1-based line of the first `key:` in the source, if any.
pub fn line_of_key(src: &str, key: &str) -> Option<usize> {
    let prefix = format!("{key}:");
    src.lines()
        .position(|l| l.trim_start().trim_start_matches("- ").starts_with(&prefix))
        .map(|i| i + 1)
}
