//! Turning strings into styled spans: search highlights laid over a slice of text, and the optional
//! replacement of East Asian ambiguous-width punctuation for terminals that draw it two cells wide.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;

/// How displayed text is prepared for the terminal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Glyphs {
    /// The terminal draws ambiguous-width characters two cells wide: swap them for unambiguous ones.
    pub ambiguous_wide: bool,
}

impl Glyphs {
    pub fn text(&self, s: &str) -> String {
        if !self.ambiguous_wide {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '“' => out.push('「'),
                '”' => out.push('」'),
                '‘' => out.push('『'),
                '’' => out.push('』'),
                '—' => out.push_str("--"),
                '–' => out.push('-'),
                '…' => out.push_str("..."),
                '·' => out.push('-'),
                '×' => out.push('x'),
                '°' => out.push('o'),
                c => out.push(c),
            }
        }
        out
    }
}

/// Spans for `s[range]`, with the parts inside `marks` (byte ranges of `s`) in `mark` style.
pub fn marked(
    s: &str,
    range: Range<usize>,
    marks: &[Range<usize>],
    base: Style,
    mark: Style,
    g: Glyphs,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut pos = range.start;
    for m in marks {
        let (a, b) = (m.start.max(range.start), m.end.min(range.end));
        if a >= b || !s.is_char_boundary(a) || !s.is_char_boundary(b) {
            continue;
        }
        if a > pos {
            spans.push(Span::styled(g.text(&s[pos..a]), base));
        }
        spans.push(Span::styled(g.text(&s[a..b]), base.patch(mark)));
        pos = b;
    }
    if pos < range.end {
        spans.push(Span::styled(g.text(&s[pos..range.end]), base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn marks_split_mixed_text_on_character_boundaries() {
        let s = "Growth 增速10%以上 fast";
        let start = s.find("增速").unwrap();
        let end = s.find("以上").unwrap();
        let hl = Style::new().add_modifier(Modifier::BOLD);
        let spans = marked(
            s,
            0..s.len(),
            std::slice::from_ref(&(start..end)),
            Style::new(),
            hl,
            Glyphs::default(),
        );
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Growth ", "增速10%", "以上 fast"]);
        assert_eq!(spans[1].style, hl);
        // A mark that would cut a character in half is skipped, never sliced.
        let bad = marked(
            s,
            0..s.len(),
            std::slice::from_ref(&(start + 1..end)),
            Style::new(),
            hl,
            Glyphs::default(),
        );
        assert_eq!(
            bad.iter().map(|s| s.content.as_ref()).collect::<String>(),
            s
        );
    }

    #[test]
    fn ambiguous_punctuation_is_replaced_only_when_asked() {
        let g = Glyphs {
            ambiguous_wide: true,
        };
        assert_eq!(g.text("“十大”—…"), "「十大」--...");
        assert_eq!(Glyphs::default().text("“十大”"), "“十大”");
    }
}
