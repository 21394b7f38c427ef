//! A one-line excerpt around a match, for result lists.

use std::ops::Range;

use crate::text::display_width;

/// About `width` cells of `s` around `range`, with `…` where text was cut. Never splits a character.
pub fn snippet(s: &str, range: Option<&Range<usize>>, width: usize) -> String {
    let flat: String = s.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    let Some(r) = range.filter(|r| r.end <= flat.len() && flat.is_char_boundary(r.start)) else {
        return cut_end(&flat, width);
    };
    // Start a few cells before the match so the reader sees its context.
    let lead = width / 4;
    let mut start = r.start;
    let mut used = 0;
    for (i, c) in flat[..r.start].char_indices().rev() {
        let w = display_width(c.encode_utf8(&mut [0; 4]));
        if used + w > lead {
            break;
        }
        used += w;
        start = i;
    }
    let body = cut_end(&flat[start..], width.saturating_sub(usize::from(start > 0)));
    if start > 0 {
        format!("…{body}")
    } else {
        body
    }
}

fn cut_end(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let kept = crate::text::truncate_to_width(s, width.saturating_sub(1));
    format!("{kept}…")
}
