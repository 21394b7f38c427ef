//! Turning strings into styled spans: search highlights laid over a slice of text, and the optional
//! replacement of East Asian ambiguous-width punctuation for terminals that draw it two cells wide.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_normalization::UnicodeNormalization;

/// How displayed text is prepared for the terminal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Glyphs {
    /// The terminal draws ambiguous-width characters two cells wide: swap them for unambiguous ones.
    pub ambiguous_wide: bool,
}

impl Glyphs {
    /// `s` as it will be drawn ([`Glyphs::drawn`] with no marks): ambiguous-width characters
    /// swapped when the terminal draws them two cells wide, half-width katakana made full-width.
    pub fn text(&self, s: &str) -> String {
        self.drawn(s, &[]).0.into_owned()
    }

    /// `s` as it will be drawn, with `marks` (byte ranges of `s`) moved onto the drawn text. Text
    /// is wrapped after this, never before: a swapped glyph can be wider than the one it replaces
    /// (`“` one cell, `「` two), and a line measured before the swap would overflow its pane and
    /// lose its last characters.
    pub fn drawn<'a>(
        &self,
        s: &'a str,
        marks: &[Range<usize>],
    ) -> (Cow<'a, str>, Vec<Range<usize>>) {
        let swaps = |c: char| (self.ambiguous_wide && swap(c).is_some()) || is_halfwidth_kana(c);
        if !s.chars().any(swaps) {
            return (Cow::Borrowed(s), marks.to_vec());
        }
        let mut out = String::with_capacity(s.len() + 16);
        // New offset of each old byte offset that starts a character (and of the end).
        let mut at = vec![0; s.len() + 1];
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            at[i] = out.len();
            if is_halfwidth_kana(c) {
                // Half-width katakana and a voiced mark after it are drawn as the one full-width
                // character they make (ｶﾞ → ガ): terminals disagree on how wide the marks are.
                let mut pair = String::from(c);
                if !is_sound_mark(c)
                    && let Some(&(j, m)) = chars.peek()
                    && is_sound_mark(m)
                {
                    pair.push(m);
                    at[j] = out.len();
                    chars.next();
                }
                match pair.as_str() {
                    "\u{FF9E}" => out.push('゛'),
                    "\u{FF9F}" => out.push('゜'),
                    p => out.extend(p.nfkc()),
                }
            } else if let Some(r) = swap(c).filter(|_| self.ambiguous_wide) {
                out.push_str(r);
            } else {
                out.push(c);
            }
        }
        at[s.len()] = out.len();
        let moved = marks
            .iter()
            .filter(|m| {
                m.end <= s.len() && s.is_char_boundary(m.start) && s.is_char_boundary(m.end)
            })
            .map(|m| at[m.start]..at[m.end])
            .collect();
        (Cow::Owned(out), moved)
    }
}

/// Half-width katakana and sound marks (U+FF66–U+FF9F).
fn is_halfwidth_kana(c: char) -> bool {
    ('\u{FF66}'..='\u{FF9F}').contains(&c)
}

/// The half-width voiced and semi-voiced sound marks.
fn is_sound_mark(c: char) -> bool {
    matches!(c, '\u{FF9E}' | '\u{FF9F}')
}

/// The unambiguous form of an East Asian ambiguous-width character, for terminals that draw those
/// two cells wide.
fn swap(c: char) -> Option<&'static str> {
    Some(match c {
        '“' => "「",
        '”' => "」",
        '‘' => "『",
        '’' => "』",
        '—' => "--",
        '–' => "-",
        '…' => "...",
        '·' => "-",
        '×' => "x",
        '°' => "o",
        _ => return None,
    })
}

/// A one-cell stand-in for an ambiguous-width mark of yijian's own, where the cell it was laid
/// out in must keep it: `~` for the `…` of a cut (as file managers mark one), `-` for `·`, `>`
/// and `<` for arrows, lines and corners for box drawing, `#` for blocks.
pub fn one_cell(c: char) -> Option<char> {
    Some(match c {
        '…' => '~',
        '·' | '—' | '–' => '-',
        '→' | '▶' => '>',
        '←' | '◀' => '<',
        '↑' => '^',
        '↓' => 'v',
        '×' => 'x',
        '°' => 'o',
        '•' => '*',
        '━' | '═' => '=',
        '─' | '╌' | '┄' => '-',
        '│' | '┃' | '║' => '|',
        '\u{2500}'..='\u{257F}' => '+',
        '\u{2580}'..='\u{259F}' => '#',
        _ => return None,
    })
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
    fn halfwidth_katakana_is_drawn_composed_and_full_width() {
        for g in [
            Glyphs::default(),
            Glyphs {
                ambiguous_wide: true,
            },
        ] {
            assert_eq!(g.text("ｶﾞｷﾞｸﾞﾊﾟ ﾃｽﾄ"), "ガギグパ テスト");
            assert_eq!(g.text("ﾞ ﾟ"), "゛ ゜");
            let s = "aｶﾞb";
            let (drawn, marks) = g.drawn(s, std::slice::from_ref(&(1..s.len() - 1)));
            assert_eq!(&drawn[marks[0].clone()], "ガ");
        }
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
