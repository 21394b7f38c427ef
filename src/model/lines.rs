//! Where in a file a problem is, found in the text: the line and column of a byte, of a key, or
//! of a node's `id:` (serde_yaml's positions are gone once the raw structs are built).

use std::collections::HashMap;

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
            let value = l[at + "id:".len()..]
                .split([',', '}'])
                .next()
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
