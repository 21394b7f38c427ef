//! Text that does not fit ends in `…`: cut at a character boundary, so a wide character is
//! never split in half, and the `…` takes the last cell.

use ratatui::text::{Line, Span};

use crate::text::{display_width, truncate_to_width};

/// `text` cut to `width` cells with `…` when it does not fit.
pub fn ellipsized(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    format!("{}…", truncate_to_width(text, width - 1))
}

/// `line` cut to `width` cells with `…` (in the style of the span it cut) when it does not fit.
pub fn fit_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let Line {
        spans,
        style,
        alignment,
    } = line;
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut last_style = style;
    for span in spans {
        let w = display_width(&span.content);
        last_style = span.style;
        if used + w <= room {
            used += w;
            out.push(span);
            continue;
        }
        let kept = truncate_to_width(&span.content, room - used).to_string();
        used += display_width(&kept);
        if !kept.is_empty() {
            out.push(Span::styled(kept, span.style));
        }
        break;
    }
    if width > 0 {
        // A wide character that did not fit leaves a cell: it stays blank before the sign.
        let pad = " ".repeat(room - used);
        out.push(Span::styled(format!("{pad}…"), last_style));
    }
    Line {
        spans: out,
        style,
        alignment,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn fits_are_left_alone_and_overflow_ends_in_the_sign_within_the_width() {
        assert_eq!(ellipsized("半导体", 6), "半导体");
        assert_eq!(ellipsized("半导体", 5), "半导…");
        // Four cells: one wide character and the sign, never half of the second.
        assert_eq!(ellipsized("半导体", 4), "半…");
        assert_eq!(ellipsized("abc", 0), "");
        let line = Line::from(vec![Span::raw("  ▸ "), Span::raw("战略性支柱产业集群")]);
        for w in 1..22 {
            let fit = fit_line(line.clone(), w);
            assert!(fit.width() <= w, "{w}: {}", text(&fit));
            if line.width() > w {
                assert!(text(&fit).ends_with('…'), "{w}: {}", text(&fit));
                assert_eq!(fit.width(), w, "the sign ends at the edge");
            }
        }
        assert_eq!(text(&fit_line(line.clone(), 9)), "  ▸ 战略…");
        assert_eq!(text(&fit_line(line, 10)), "  ▸ 战略 …");
    }
}
