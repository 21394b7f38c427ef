//! The numbering that opens a heading line: GB/T 9704's `一、` / `（一）` / `1.` / `（1）`, the
//! regulations' `第一章` / `第一节` / `第一条`, the run-in `一是`, and English `I.` / `1.` / `(1)`.
//! Traditional forms (`第一條`, `第一節`) and full-width digits and brackets are read alike.

use crate::text::numbers::roman;

/// A numbering style. The order is the rank: a heading nests under the nearest open heading of a
/// lower rank (an article under a chapter, a `（一）` under a `一、` or under an article).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// A Markdown heading (`## 总体要求`) without numbering of its own, by its level: above every
    /// numbered heading, as a Markdown file's `#` marks are its outermost structure.
    Markdown(u8),
    /// 第一章 / Chapter 1
    Chapter,
    /// 第一节
    Section,
    /// 第一条 / Article 1
    Article,
    /// 一、 (and English I.)
    Top,
    /// （一）
    Paren,
    /// 1.
    Arabic,
    /// （1） / (1)
    ParenArabic,
    /// 一是 (first, …), a run-in heading
    RunIn,
}

/// A heading's numbering: its style, its number, the marker as written and the text after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered<'a> {
    pub style: Style,
    pub number: u32,
    pub marker: &'a str,
    pub rest: &'a str,
}

/// The numbering `line` (already trimmed) starts with, if it starts with one followed by text
/// (a line that is only a number, or `1.5亿`, is not a heading).
pub fn parse(line: &str) -> Option<Numbered<'_>> {
    let (style, number, len) = chinese(line)
        .or_else(|| arabic(line))
        .or_else(|| english(line))?;
    let marker = &line[..len];
    let rest = line[len..].trim_start();
    (!rest.is_empty()).then_some(Numbered {
        style,
        number,
        marker,
        rest,
    })
}

/// The marker written for `number` in `style`, as this module would read it: what a warning
/// names when a number is missing.
pub fn marker(style: Style, number: u32, english: bool) -> String {
    let cn = chinese_numeral(number);
    match (style, english) {
        (Style::Chapter, true) => format!("Chapter {number}"),
        (Style::Article, true) => format!("Article {number}"),
        (Style::Top, true) => format!("{}.", roman(number)),
        (Style::ParenArabic, true) => format!("({number})"),
        (Style::Chapter, _) => format!("第{cn}章"),
        (Style::Section, _) => format!("第{cn}节"),
        (Style::Article, _) => format!("第{cn}条"),
        (Style::Top, _) => format!("{cn}、"),
        (Style::Paren, _) => format!("（{cn}）"),
        (Style::Arabic, _) => format!("{number}."),
        (Style::ParenArabic, _) => format!("（{number}）"),
        (Style::RunIn, _) => format!("{cn}是"),
        (Style::Markdown(level), _) => "#".repeat(usize::from(level)),
    }
}

fn chinese(line: &str) -> Option<(Style, u32, usize)> {
    if let Some(after) = line.strip_prefix('第') {
        let (n, len) = cn_number(after)?;
        let kind = after[len..].chars().next()?;
        let style = match kind {
            '章' => Style::Chapter,
            '节' | '節' => Style::Section,
            '条' | '條' => Style::Article,
            _ => return None,
        };
        return Some((style, n, '第'.len_utf8() + len + kind.len_utf8()));
    }
    if let Some(after) = line.strip_prefix(['（', '(']) {
        let open = line.len() - after.len();
        let (n, len, style) = match cn_number(after) {
            Some((n, len)) => (n, len, Style::Paren),
            None => {
                let (n, len) = digits(after)?;
                (n, len, Style::ParenArabic)
            }
        };
        let close = after[len..]
            .chars()
            .next()
            .filter(|c| matches!(c, '）' | ')'))?;
        return Some((style, n, open + len + close.len_utf8()));
    }
    let (n, len) = cn_number(line)?;
    match line[len..].chars().next()? {
        c @ ('、' | '．') => Some((Style::Top, n, len + c.len_utf8())),
        '是' if n <= 20 => Some((Style::RunIn, n, len + '是'.len_utf8())),
        _ => None,
    }
}

fn arabic(line: &str) -> Option<(Style, u32, usize)> {
    let (n, len) = digits(line)?;
    let dot = line[len..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．' | '、'))?;
    let after = &line[len + dot.len_utf8()..];
    // `1.5亿` and `2.1.3` are numbers, not headings.
    if after
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    Some((Style::Arabic, n, len + dot.len_utf8()))
}

fn english(line: &str) -> Option<(Style, u32, usize)> {
    for (word, style) in [("Chapter ", Style::Chapter), ("Article ", Style::Article)] {
        if let Some(after) = line.strip_prefix(word) {
            let (n, len) = digits(after).or_else(|| roman_number(after))?;
            return Some((style, n, word.len() + len));
        }
    }
    let (n, len) = roman_number(line)?;
    // `I.` followed by a space: a pronoun or an initial is not followed by `. ` and a capital.
    (line[len..].starts_with(". ") && line[len + 2..].starts_with(|c: char| c.is_uppercase()))
        .then_some((Style::Top, n, len + 1))
}

/// ASCII or full-width digits at the start, as a number and their length in bytes.
fn digits(s: &str) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut len = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        n = n.checked_mul(10)?.checked_add(d)?;
        len += c.len_utf8();
    }
    (len > 0 && len <= 9).then_some((n, len))
}

/// A Chinese numeral up to 九百九十九 at the start (一, 十二, 二十, 一百零五; 〇 and 零 as zero).
fn cn_number(s: &str) -> Option<(u32, usize)> {
    let mut total = 0;
    let mut digit: Option<u32> = None;
    let mut len = 0;
    for c in s.chars() {
        let d = match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            '十' | '百' => {
                let unit = if c == '十' { 10 } else { 100 };
                total += digit.take().unwrap_or(1) * unit;
                len += c.len_utf8();
                continue;
            }
            _ => break,
        };
        digit = Some(d);
        len += c.len_utf8();
    }
    let n = total + digit.unwrap_or(0);
    (len > 0 && n > 0).then_some((n, len))
}

fn roman_number(s: &str) -> Option<(u32, usize)> {
    let len = s
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count();
    let n = (1..=200).find(|n| roman(*n) == s[..len])?;
    Some((n, len))
}

fn chinese_numeral(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].into(),
        10..=19 => format!("十{}", if n > 10 { D[(n % 10) as usize] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(line: &str) -> Option<(Style, u32, &str)> {
        parse(line).map(|n| (n.style, n.number, n.marker))
    }

    #[test]
    fn every_official_style_is_read_with_its_number() {
        use Style::*;
        assert_eq!(style("第十二章　附则"), Some((Chapter, 12, "第十二章")));
        assert_eq!(style("第三節 範圍"), Some((Section, 3, "第三節")));
        assert_eq!(
            style("第二十一条　本办法自印发之日起施行。"),
            Some((Article, 21, "第二十一条"))
        );
        assert_eq!(style("十一、保障措施"), Some((Top, 11, "十一、")));
        assert_eq!(style("（二十）其他"), Some((Paren, 20, "（二十）")));
        assert_eq!(style("(三)加强领导"), Some((Paren, 3, "(三)")));
        assert_eq!(style("12.把握方向"), Some((Arabic, 12, "12.")));
        assert_eq!(style("３．做好衔接"), Some((Arabic, 3, "３．")));
        assert_eq!(style("（4）开展试点"), Some((ParenArabic, 4, "（4）")));
        assert_eq!(style("(10) Pilots"), Some((ParenArabic, 10, "(10)")));
        assert_eq!(style("五是质量提升"), Some((RunIn, 5, "五是")));
        assert_eq!(style("IV. Safeguards"), Some((Top, 4, "IV.")));
        assert_eq!(style("Chapter 2 Scope"), Some((Chapter, 2, "Chapter 2")));
        assert_eq!(
            style("Article 3 Funds are…"),
            Some((Article, 3, "Article 3"))
        );
    }

    #[test]
    fn numbers_in_prose_are_not_headings() {
        for line in [
            "1.5亿元用于试点",
            "2020年5月18日",
            "一、",
            "I. e. not this",
            "第一批项目已经落地",
            "一些地方",
            "十分重要",
            "2.1.3 小节",
        ] {
            assert_eq!(parse(line), None, "{line}");
        }
    }

    #[test]
    fn markers_are_written_as_read() {
        for (style, n) in [(Style::Top, 3), (Style::Paren, 14), (Style::Article, 20)] {
            let m = marker(style, n, false);
            assert_eq!(parse(&format!("{m}x")).unwrap().number, n);
        }
        assert_eq!(marker(Style::Top, 4, true), "IV.");
    }
}
