//! Line wrapping for mixed Chinese and English text, by display width.
//!
//! Breaks follow Unicode line breaking (UAX #14) through textwrap, so a line never starts with
//! closing punctuation such as `，` or `。`, Chinese may break between any two ideographs, and an
//! English word is kept whole. A wide character is never split across lines.

use std::borrow::Cow;
use std::ops::Range;

use textwrap::{Options, WordSeparator, WordSplitter};
use unicode_width::UnicodeWidthStr;

/// The number of terminal cells `s` takes.
pub fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` to lines of at most `width` cells; `\n` starts a new paragraph.
pub fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// Like [`wrap_lines`], but with lines of even length: the narrowest width (at most `width`)
/// that takes no more lines, so that a centred title does not end in a line of one or two
/// characters (`…集群的意` / `见》`).
pub fn wrap_balanced(text: &str, width: usize) -> Vec<String> {
    let lines = wrap_lines(text, width);
    if lines.len() < 2 {
        return lines;
    }
    // The line count only grows as the width shrinks: the narrowest width keeping it is found
    // by bisection.
    let (mut lo, mut hi) = (1, width);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if wrap_lines(text, mid).len() <= lines.len() {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    wrap_lines(text, hi)
}

/// Like [`wrap_lines`], but gives each line as a byte range of `text`, so that styling computed
/// on the whole text (search highlights) can be laid onto the wrapped lines.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let options = Options::new(width.max(2))
        .word_separator(WordSeparator::UnicodeBreakProperties)
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(true);
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        if para.trim().is_empty() {
            out.push(para_start..para_start);
        } else {
            let base = para.as_ptr() as usize;
            let mut next = 0;
            for line in textwrap::wrap(para, &options) {
                if line.is_empty() {
                    continue;
                }
                // textwrap hands back slices of its input; their address gives their offset.
                let offset = match &line {
                    Cow::Borrowed(l)
                        if (base..=base + para.len()).contains(&(l.as_ptr() as usize)) =>
                    {
                        l.as_ptr() as usize - base
                    }
                    _ => para[next..].find(line.as_ref()).map_or(next, |p| next + p),
                };
                next = offset + line.len();
                out.push(para_start + offset..para_start + next);
            }
        }
        para_start += para.len() + 1;
    }
    out
}

/// The longest prefix of `s` that fits in `width` cells.
pub fn truncate_to_width(s: &str, width: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            return &s[..i];
        }
        used += w;
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn balanced_lines_are_even() {
        let title = "《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》";
        let plain = super::wrap_lines(title, 70);
        assert_eq!(plain.len(), 2);
        assert_eq!(plain[1], "见》");
        let even = super::wrap_balanced(title, 70);
        assert_eq!(even.len(), 2);
        assert_eq!(even.concat(), title);
        let widths: Vec<usize> = even.iter().map(|l| super::display_width(l)).collect();
        assert!(widths[0].abs_diff(widths[1]) <= 2, "{even:?}");
        // One line, or none, stays as it is.
        assert_eq!(super::wrap_balanced("意见", 70), ["意见"]);
        let en = "Opinions of the Guangdong Provincial People's Government on Cultivating";
        for l in super::wrap_balanced(en, 60) {
            assert!(super::display_width(&l) <= 60);
        }
    }

    use super::*;

    const PARA: &str = "战略性支柱产业主要是指产业关联度高、链条长、影响面广、具有相当规模且继续保持增长的产业集群，是广东省经济的重要基础和支撑。";

    #[test]
    fn chinese_lines_fit_and_never_start_with_closing_punctuation() {
        for width in [7, 10, 13, 20, 31] {
            let lines = wrap_lines(PARA, width);
            assert_eq!(lines.concat(), PARA, "width {width}: text lost or changed");
            for l in &lines {
                assert!(display_width(l) <= width, "{l:?} wider than {width}");
                let first = l.chars().next().unwrap();
                assert!(
                    !"，。、；：？！）」”".contains(first),
                    "{l:?} starts with {first}"
                );
            }
        }
    }

    #[test]
    fn chinese_after_an_english_word_stays_on_the_line() {
        let lines = wrap_lines("Growth of 10% 以上的战略性新兴产业集群营业收入", 20);
        assert!(lines[0].starts_with("Growth of 10% 以上"), "{lines:?}");
        assert!(lines.iter().all(|l| display_width(l) <= 20));
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate_to_width("半导体", 3), "半");
        assert_eq!(truncate_to_width("ab半", 3), "ab");
        assert_eq!(truncate_to_width("ab", 9), "ab");
    }
}
