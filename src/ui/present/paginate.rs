//! Splitting a slide's body into pages of a given height: between items and paragraphs first,
//! then between sentences, then between clauses (after `；`), and inside a line only when one
//! clause is taller than a whole page (a tiny screen). Nothing is cut and nothing is lost.
//!
//! A page is kept as the parts of the items it holds ([`Piece`]), not as drawn lines, so that
//! the same page can be set again at another width: the presenter view shows the projector's
//! page, with the projector's page boundaries, in a panel narrower than the projector.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Line;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::wrap::{wrap_lines, wrap_ranges};

/// A piece of a slide's body.
pub enum Item {
    /// Running text, wrapped to the measure; breaks between its sentences if it must.
    Para { text: String, style: Style },
    /// Lines kept together on one page (an agenda entry), set for a width in cells.
    Block(Box<dyn Fn(usize) -> Vec<Line<'static>>>),
    /// A blank line between items; dropped at the top and bottom of a page.
    Gap,
}

/// A part of an item on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The byte range `range` of the paragraph `items[item]`.
    Text { item: usize, range: Range<usize> },
    /// The block `items[item]`: whole (`None`), or only these of its lines as set at the
    /// pagination width (a block taller than a page).
    Block {
        item: usize,
        lines: Option<Range<usize>>,
    },
    /// A blank line.
    Gap,
}

/// Styles one wrapped line: the paragraph, the line's byte range in it, the paragraph's style.
pub type Styler<'a> = &'a dyn Fn(&str, Range<usize>, Style) -> Line<'static>;

/// A body split into pages at one width and height.
pub struct Paged {
    items: Vec<Item>,
    /// The width the pages were made for, in cells.
    width: usize,
    pages: Vec<Vec<Piece>>,
}

impl Paged {
    /// How many pages (at least 1).
    pub fn len(&self) -> usize {
        self.pages.len()
    }

    /// Page `page` set in lines of at most `width` cells; at the pagination width, exactly the
    /// lines the page was measured with.
    pub fn lines(&self, page: usize, width: usize, line: Styler) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for piece in &self.pages[page] {
            match piece {
                Piece::Gap => out.push(Line::default()),
                Piece::Text { item, range } => {
                    if let Item::Para { text, style } = &self.items[*item] {
                        out.extend(lines_of(text, range.clone(), width, *style, line));
                    }
                }
                Piece::Block { item, lines } => {
                    if let Item::Block(set) = &self.items[*item] {
                        match lines {
                            None => out.extend(set(width)),
                            // Part of a block keeps the lines it was split between.
                            Some(r) => out.extend(set(self.width).drain(r.clone())),
                        }
                    }
                }
            }
        }
        out
    }
}

/// One page being filled: its pieces and the rows they take.
#[derive(Default)]
struct Page {
    pieces: Vec<Piece>,
    rows: usize,
}

impl Page {
    /// Drops blank lines at the end.
    fn trim(&mut self) {
        while self.pieces.last() == Some(&Piece::Gap) {
            self.pieces.pop();
            self.rows -= 1;
        }
    }
}

/// Pages of at most `rows` lines of at most `width` cells.
pub fn paginate(items: Vec<Item>, width: usize, rows: usize) -> Paged {
    let rows = rows.max(1);
    let mut pages: Vec<Page> = vec![Page::default()];
    for (i, item) in items.iter().enumerate() {
        match item {
            Item::Gap => {
                let cur = pages.last_mut().unwrap();
                if cur.rows > 0 && cur.rows < rows {
                    cur.pieces.push(Piece::Gap);
                    cur.rows += 1;
                }
            }
            Item::Block(set) => {
                let len = set(width).len();
                if pages.last().unwrap().rows > 0 && pages.last().unwrap().rows + len > rows {
                    new_page(&mut pages);
                }
                let mut at = 0;
                while at < len {
                    if pages.last().unwrap().rows >= rows {
                        new_page(&mut pages);
                    }
                    let cur = pages.last_mut().unwrap();
                    let take = (rows - cur.rows).min(len - at);
                    let lines = (take < len).then_some(at..at + take);
                    cur.pieces.push(Piece::Block { item: i, lines });
                    cur.rows += take;
                    at += take;
                }
            }
            Item::Para { text, .. } => place(&mut pages, i, text, width, rows),
        }
    }
    for p in &mut pages {
        p.trim();
    }
    pages.retain(|p| !p.pieces.is_empty());
    let mut pages: Vec<Vec<Piece>> = pages.into_iter().map(|p| p.pieces).collect();
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    Paged {
        items,
        width,
        pages,
    }
}

fn new_page(pages: &mut Vec<Page>) {
    let cur = pages.last_mut().unwrap();
    cur.trim();
    if !cur.pieces.is_empty() {
        pages.push(Page::default());
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

/// The lines of `text[part]`, wrapped and styled with their place in `text`.
fn lines_of(
    text: &str,
    part: Range<usize>,
    width: usize,
    style: Style,
    line: Styler,
) -> Vec<Line<'static>> {
    let base = part.start;
    wrap_ranges(&text[part], width)
        .into_iter()
        .map(|r| line(text, base + r.start..base + r.end, style))
        .collect()
}

/// The byte range of `part`, a slice of `text`, in `text`.
fn range_in(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// Places the paragraph `items[item]` (`text`), breaking it between pages where it must.
fn place(pages: &mut Vec<Page>, item: usize, text: &str, width: usize, rows: usize) {
    let push = |pages: &mut Vec<Page>, part: &str| {
        let cur = pages.last_mut().unwrap();
        cur.rows += wrap_ranges(part, width).len();
        cur.pieces.push(Piece::Text {
            item,
            range: range_in(text, part),
        });
    };
    let mut rest = text.trim();
    while !rest.is_empty() {
        let used = pages.last().unwrap().rows;
        let room = rows.saturating_sub(used);
        if wrap_lines(rest, width).len() <= room {
            push(pages, rest);
            return;
        }
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
        push(pages, rest[..taken].trim_end());
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

    fn block(s: &'static str) -> Item {
        Item::Block(Box::new(move |_| {
            vec![Line::raw(s.to_string()), Line::raw(s.to_string())]
        }))
    }

    fn text_at(paged: &Paged, width: usize) -> Vec<String> {
        (0..paged.len())
            .map(|p| {
                let lines = paged.lines(p, width, &plain);
                lines
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .concat()
            })
            .collect()
    }

    fn para(s: &str) -> Item {
        Item::Para {
            text: s.into(),
            style: Style::new(),
        }
    }

    const PARA: &str = "第一句话比较长，讲的是产业集群。第二句话讲的是创新能力。第三句话讲的是开放合作，内容也不少。";

    #[test]
    fn pages_break_between_sentences_and_lose_nothing() {
        for (width, rows) in [(10, 2), (12, 3), (20, 2), (36, 1)] {
            let paged = paginate(vec![para(PARA)], width, rows);
            let texts = text_at(&paged, width);
            assert_eq!(texts.concat(), PARA, "{width}x{rows}: text lost");
            for p in 0..paged.len() {
                assert!(
                    paged.lines(p, width, &plain).len() <= rows,
                    "{width}x{rows}: page too tall"
                );
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
        let paged = paginate(vec![block("a"), Item::Gap, block("b"), block("c")], 20, 4);
        assert_eq!(text_at(&paged, 20), ["aa", "bbcc"]);
    }

    #[test]
    fn a_page_set_at_another_width_keeps_its_boundaries() {
        let items = || vec![para(PARA), Item::Gap, block("a"), para(PARA)];
        let paged = paginate(items(), 20, 3);
        let wide = text_at(&paged, 20);
        // Narrower, each page holds the same text in more lines; wider, in fewer.
        for width in [8, 13, 40] {
            assert_eq!(text_at(&paged, width), wide, "set at {width}");
        }
        for p in 0..paged.len() {
            for l in paged.lines(p, 8, &plain) {
                assert!(l.width() <= 8, "{l:?} wider than 8");
            }
        }
        assert!(paged.len() > 2, "{wide:?}");
    }
}
