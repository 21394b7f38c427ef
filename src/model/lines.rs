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

/// The byte offsets in `line` where `key:` is written as a key: first on the line (after the
/// indentation and any `- `), or after `{` or `,` in flow style; never inside a longer key or a
/// text.
fn keys<'a>(line: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    let pattern = format!("{key}:");
    let found: Vec<usize> = line.match_indices(&pattern).map(|(at, _)| at).collect();
    found.into_iter().filter(move |&at| {
        let before = &line[..at];
        before.chars().all(|c| matches!(c, ' ' | '\t' | '-'))
            || before.trim_end().ends_with(['{', ','])
    })
}

/// The 1-based line of the `nth` (from 1) `id: <id>` in `src`, if it can be found.
pub fn line_of_id(src: &str, id: &str, nth: usize) -> Option<usize> {
    src.lines()
        .enumerate()
        .flat_map(|(i, l)| {
            keys(l, "id")
                .filter(move |&at| {
                    let value = l[at + "id:".len()..].split([',', '}']).next().unwrap_or("");
                    value.trim().trim_matches(['"', '\'']) == id
                })
                .map(move |_| i + 1)
        })
        .nth(nth - 1)
}

/// Where `key:` is first written as a key at or after `line` (1-based), as line and column.
pub fn key_after(src: &str, line: usize, key: &str) -> Option<(usize, usize)> {
    src.lines().enumerate().skip(line - 1).find_map(|(i, l)| {
        let at = keys(l, key).next()?;
        Some((i + 1, l[..at].chars().count() + 1))
    })
}
