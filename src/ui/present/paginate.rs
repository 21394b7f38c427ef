//! Splitting a slide's body into pages of a given height: between items and paragraphs first,
//! then between sentences, then between clauses (after `；`), and inside a line only when one
//! clause is taller than a whole page (a tiny screen). Nothing is cut and nothing is lost.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Line;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::wrap::{wrap_lines, wrap_ranges};

/// A piece of a slide's body.
pub enum Item {
    /// Running text, wrapped to the measure; breaks between its sentences if it must.
    Para { text: String, style: Style },
    /// Lines kept together on one page (an agenda entry).
    Block(Vec<Line<'static>>),
    /// A blank line between items; dropped at the top and bottom of a page.
    Gap,
}

/// Styles one wrapped line: the paragraph, the line's byte range in it, the paragraph's style.
pub type Styler<'a> = &'a dyn Fn(&str, Range<usize>, Style) -> Line<'static>;

/// Pages of at most `rows` lines of at most `width` cells; `line` styles a wrapped line of text.
pub fn paginate(
    items: Vec<Item>,
    width: usize,
    rows: usize,
    line: Styler,
) -> Vec<Vec<Line<'static>>> {
    let rows = rows.max(1);
    let mut pages: Vec<Vec<Line<'static>>> = vec![Vec::new()];
    for item in items {
        match item {
            Item::Gap => {
                let cur = pages.last_mut().unwrap();
                if !cur.is_empty() && cur.len() < rows {
                    cur.push(Line::default());
                }
            }
            Item::Block(lines) => {
                let cur = pages.last().unwrap();
                if !cur.is_empty() && cur.len() + lines.len() > rows {
                    new_page(&mut pages);
                }
                for l in lines {
                    if pages.last().unwrap().len() >= rows {
                        new_page(&mut pages);
                    }
                    pages.last_mut().unwrap().push(l);
                }
            }
            Item::Para { text, style } => place(&mut pages, &text, style, width, rows, line),
        }
    }
    for p in &mut pages {
        while p.last().is_some_and(|l| l.width() == 0) {
            p.pop();
        }
    }
    pages.retain(|p| !p.is_empty());
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    pages
}

fn new_page(pages: &mut Vec<Vec<Line<'static>>>) {
    let cur = pages.last_mut().unwrap();
    while cur.last().is_some_and(|l| l.width() == 0) {
        cur.pop();
    }
    if !cur.is_empty() {
        pages.push(Vec::new());
    }
}

/// Sentences (Unicode's sentence boundaries), or clauses ending in a semicolon.
fn units(text: &str, clauses: bool) -> Vec<&str> {
    let sentences = text.split_sentence_bounds();
    if !clauses {
        return sentences.collect();
    }
    let mut out = Vec::new();
    for s in sentences {
        let mut start = 0;
        for (i, c) in s.char_indices() {
            if matches!(c, '；' | ';' | '：' | ':') {
                let end = i + c.len_utf8();
                out.push(&s[start..end]);
                start = end;
            }
        }
        if start < s.len() {
            out.push(&s[start..]);
        }
    }
    out
}

/// The lines of `part`, a slice of `text`, wrapped and styled with their place in `text`.
fn lines_of(
    text: &str,
    part: &str,
    width: usize,
    style: Style,
    line: Styler,
) -> Vec<Line<'static>> {
    let base = part.as_ptr() as usize - text.as_ptr() as usize;
    wrap_ranges(part, width)
        .into_iter()
        .map(|r| line(text, base + r.start..base + r.end, style))
        .collect()
}

fn place(
    pages: &mut Vec<Vec<Line<'static>>>,
    text: &str,
    style: Style,
    width: usize,
    rows: usize,
    line: Styler,
) {
    let mut rest = text.trim();
    while !rest.is_empty() {
        let room = rows.saturating_sub(pages.last().unwrap().len());
        let wrapped = wrap_lines(rest, width);
        if wrapped.len() <= room {
            let lines = lines_of(text, rest, width, style, line);
            pages.last_mut().unwrap().extend(lines);
            return;
        }
        let used = pages.last().unwrap().len();
        let fresh = used == 0;
        // The longest run of whole sentences that fits; on a page still less than half full,
        // of whole clauses (a tiny screen would otherwise show one short sentence a page).
        let mut taken = 0;
        for clauses in [false, true] {
            if clauses && used * 2 >= rows {
                break;
            }
            let mut end = 0;
            for u in units(rest, clauses) {
                let next = end + u.len();
                if wrap_lines(rest[..next].trim_end(), width).len() > room {
                    break;
                }
                end = next;
            }
            if end > 0 {
                taken = end;
                break;
            }
        }
        if taken == 0 && !fresh {
            new_page(pages);
            continue;
        }
        if taken == 0 {
            // One clause taller than the page: it is broken between lines.
            let ranges = wrap_ranges(rest, width);
            taken = ranges[room.max(1).min(ranges.len()) - 1].end;
        }
        let head = rest[..taken].trim_end();
        let lines = lines_of(text, head, width, style, line);
        pages.last_mut().unwrap().extend(lines);
        rest = rest[taken..].trim_start();
        if !rest.is_empty() {
            new_page(pages);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str, r: Range<usize>, st: Style) -> Line<'static> {
        Line::styled(s[r].to_string(), st)
    }

    fn line(s: &str) -> Line<'static> {
        Line::raw(s.to_string())
    }

    fn text_of(pages: &[Vec<Line<'static>>]) -> Vec<String> {
        pages
            .iter()
            .map(|p| p.iter().map(|l| l.to_string()).collect::<Vec<_>>().concat())
            .collect()
    }

    const PARA: &str = "第一句话比较长，讲的是产业集群。第二句话讲的是创新能力。第三句话讲的是开放合作，内容也不少。";

    #[test]
    fn pages_break_between_sentences_and_lose_nothing() {
        for (width, rows) in [(10, 2), (12, 3), (20, 2), (36, 1)] {
            let pages = paginate(
                vec![Item::Para {
                    text: PARA.into(),
                    style: Style::new(),
                }],
                width,
                rows,
                &plain,
            );
            let texts = text_of(&pages);
            assert_eq!(texts.concat(), PARA, "{width}x{rows}: text lost");
            for p in &pages {
                assert!(p.len() <= rows, "{width}x{rows}: page too tall");
            }
            if width >= 20 {
                for t in &texts {
                    assert!(t.ends_with('。'), "{width}x{rows}: {t:?} breaks a sentence");
                }
            }
        }
    }

    #[test]
    fn a_block_moves_whole_to_the_next_page() {
        let block = |s: &str| Item::Block(vec![line(s), line(s)]);
        let pages = paginate(
            vec![block("a"), Item::Gap, block("b"), block("c")],
            20,
            4,
            &plain,
        );
        assert_eq!(text_of(&pages), ["aa", "bbcc"]);
    }
}
