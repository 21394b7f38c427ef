//! Where in a file a problem is, found in the text: the line and column of a byte, of a key, or
//! of a node's `id:` (serde_yaml's positions are gone once the raw structs are built).

/// The 1-based line and column (in characters) of the byte at `offset` in `src`.
pub fn position(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The 1-based line of the `nth` (from 1) `id: <id>` in `src`, if it can be found.
pub fn line_of_id(src: &str, id: &str, nth: usize) -> Option<usize> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start().trim_start_matches("- ").trim_start();
            l.strip_prefix("id:")
                .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == id)
        })
        .nth(nth - 1)
        .map(|(i, _)| i + 1)
}

/// Where `key:` is first written at or after `line` (1-based), as line and column: the key
/// itself, not the end of a longer one (`date:` is not found in `source_date:`).
pub fn key_after(src: &str, line: usize, key: &str) -> Option<(usize, usize)> {
    let pattern = format!("{key}:");
    src.lines().enumerate().skip(line - 1).find_map(|(i, l)| {
        l.match_indices(&pattern)
            .map(|(at, _)| at)
            .find(|&at| at == 0 || !matches!(l.as_bytes()[at - 1], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_'))
            .map(|at| (i + 1, l[..at].chars().count() + 1))
    })
}
