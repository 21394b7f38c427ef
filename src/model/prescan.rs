//! A first look at a file's text, before (or, on a large file, alongside) the YAML parser:
//! refuses nesting deeper than a limit and more YAML values than a limit, with the line and
//! column where the count is crossed, at a fraction of the cost of parsing.

use super::Limits;
use super::error::Problem;

/// The bytes that can change what `prescan` counts.
const PRESCAN_SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 9 {
        t[b"\"'#[]{},:"[i] as usize] = true;
        i += 1;
    }
    t
};

/// Refuses YAML nested deeper than `limits.yaml_nesting` (flow brackets or block indentation
/// levels) or holding more than `limits.yaml_values` values, before the parser sees it. Values are
/// counted generously (each line, each `- `, each `key: `, each flow bracket and comma), so that
/// the parser's events never outnumber them by much.
pub fn prescan(src: &str, limits: &Limits) -> Option<Problem> {
    let limit = limits.yaml_nesting;
    let mut flow = 0usize;
    let mut values = 0usize;
    let mut indents: Vec<usize> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let trimmed = line.trim_start_matches([' ', '-']);
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if flow == 0 {
            while indents.last().is_some_and(|&d| d >= indent) {
                indents.pop();
            }
            indents.push(indent);
        }
        // `- - - x` opens a sequence per dash on one line; only the first is seen by indentation.
        let dashes = line[..indent].matches('-').count();
        let compact = dashes.saturating_sub(1);
        let depth = indents.len() + compact;
        values += 1 + dashes;
        // Bytes, not chars: every character that counts is ASCII, and no byte of a multi-byte
        // character is, so the count and the columns (byte offsets) are the same. Only those
        // bytes change the state, so the limits are checked where the line starts and after each
        // of them, which finds the same first place as checking after every character.
        let bytes = line.as_bytes();
        let over = |col: usize, flow: usize, values: usize| {
            if flow + depth > limit {
                Some(Problem::at(
                    Some(i + 1),
                    Some(col + 1),
                    format!("nested more than {limit} levels deep"),
                ))
            } else if values > limits.yaml_values {
                Some(Problem::at(
                    Some(i + 1),
                    Some(col + 1),
                    format!("more than {} YAML values", limits.yaml_values),
                ))
            } else {
                None
            }
        };
        if !bytes.first().is_some_and(|b| PRESCAN_SPECIAL[*b as usize])
            && let Some(p) = over(0, flow, values)
        {
            return Some(p);
        }
        // A quote opens a quoted scalar only where a value starts; elsewhere (`it's`) it is text,
        // and must not hide the brackets that follow from the count.
        let mut quote: Option<u8> = None;
        for (col, &c) in bytes.iter().enumerate() {
            if !PRESCAN_SPECIAL[c as usize] {
                continue;
            }
            let value_starts =
                col == 0 || matches!(bytes[col - 1], b' ' | b'\t' | b'[' | b'{' | b',' | b':');
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') if value_starts => quote = Some(c),
                (None, b'#') => break,
                (None, b'[' | b'{') => {
                    flow += 1;
                    values += 1;
                }
                (None, b']' | b'}') => flow = flow.saturating_sub(1),
                (None, b',') if flow > 0 => values += 1,
                (None, b':') if bytes.get(col + 1).is_none_or(|n| *n == b' ') => values += 1,
                _ => {}
            }
            if let Some(p) = over(col, flow, values) {
                return Some(p);
            }
        }
        if depth > limit {
            return Some(Problem::at(
                Some(i + 1),
                None,
                format!("nested more than {limit} levels deep"),
            ));
        }
    }
    None
}
