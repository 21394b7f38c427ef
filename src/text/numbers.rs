//! Ordinals and dates written the way each language writes them: the source numbers its sections
//! 一、二、三 and its dates 2020年5月18日; an English line reads Part I and 18 May 2020.

use crate::library::Library;
use crate::model::{Kind, Lang, NodeId};

/// The value of a Chinese numeral from 一 to 九十九 (`十二`, `二十`), if `s` is one.
fn chinese_value(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// "一、标题", "Part I Title": the node's ordinal (when it has one) as `lang` writes it, then its
/// title in `lang`.
///
/// # Panics
///
/// If `id` is not a node of `doc`.
pub fn numbered(doc: &Library, id: NodeId, lang: Lang) -> String {
    format!("{}{}", ordinal(doc, id, lang), doc.node(id).title.get(lang))
}

/// The node's ordinal as `lang` writes it before a title, separator included ("一、", "Part I ");
/// empty when the node has none.
///
/// # Panics
///
/// If `id` is not a node of `doc`.
pub fn ordinal(doc: &Library, id: NodeId, lang: Lang) -> String {
    let n = doc.node(id);
    n.ordinal
        .as_deref()
        .map(|o| ordinal_prefix(o, n.kind, lang))
        .unwrap_or_default()
}

/// Roman numerals, for 1 to 3999.
pub(crate) fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The ordinal as it stands before a title in `lang`, separator included: `一、` (the Chinese
/// enumeration comma, no space), `1 `; in English a Chinese numeral becomes a Roman one, `Part I `
/// for a top-level section, `I. ` below; digits and anything else stay as the file gives them.
pub fn ordinal_prefix(ordinal: &str, kind: Kind, lang: Lang) -> String {
    let value = chinese_value(ordinal);
    match (lang, value) {
        (Lang::Zh, Some(_)) => format!("{ordinal}、"),
        (Lang::En, Some(v)) if kind == Kind::Section => format!("Part {} ", roman(v)),
        // "I. A more complete…": a bare numeral would read as a word of the title.
        (Lang::En, Some(v)) => format!("{}. ", roman(v)),
        // A marker that ends in its own punctuation (`一、`, `（一）`, `（1）`) or runs on into the
        // title (`一是`) takes no space, as Chinese is set; `第一章 总则`, `1. ` and `Article 3 ` do.
        (_, None) if joins_title(ordinal) => ordinal.to_string(),
        (_, None) => format!("{ordinal} "),
    }
}

/// Whether a marker is set against its title with no space between: one that ends in Chinese
/// (its own punctuation or a character), except the `第…章/条` forms.
fn joins_title(marker: &str) -> bool {
    marker.chars().last().is_some_and(|c| !c.is_ascii()) && !marker.starts_with('第')
}

/// An ISO date (`2020-05-18`) as `2020年5月18日` or `18 May 2020`; anything else unchanged.
pub fn date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => Some((y, m, d)),
                _ => None,
            }
        }
        _ => None,
    };
    match (parsed, lang) {
        (Some((y, m, d)), Lang::Zh) => format!("{y}年{m}月{d}日"),
        (Some((y, m, d)), Lang::En) => format!("{d} {} {y}", MONTHS[m - 1]),
        (None, _) => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_become_roman_in_english_and_keep_the_enumeration_comma_in_chinese() {
        assert_eq!(ordinal_prefix("一", Kind::Section, Lang::Zh), "一、");
        assert_eq!(ordinal_prefix("三", Kind::Section, Lang::En), "Part III ");
        assert_eq!(ordinal_prefix("四", Kind::MeasureGroup, Lang::En), "IV. ");
        assert_eq!(ordinal_prefix("十二", Kind::Section, Lang::En), "Part XII ");
        assert_eq!(ordinal_prefix("二十", Kind::Goal, Lang::En), "XX. ");
        assert_eq!(ordinal_prefix("九十九", Kind::Goal, Lang::En), "XCIX. ");
        assert_eq!(ordinal_prefix("7", Kind::Cluster, Lang::En), "7 ");
        assert_eq!(ordinal_prefix("7", Kind::Cluster, Lang::Zh), "7 ");
        // Markers of imported documents, as their source writes them.
        assert_eq!(ordinal_prefix("一、", Kind::Section, Lang::Zh), "一、");
        assert_eq!(ordinal_prefix("（一）", Kind::Section, Lang::Zh), "（一）");
        assert_eq!(ordinal_prefix("（1）", Kind::Section, Lang::En), "（1）");
        assert_eq!(ordinal_prefix("一是", Kind::Goal, Lang::Zh), "一是");
        assert_eq!(ordinal_prefix("第一章", Kind::Section, Lang::Zh), "第一章 ");
        assert_eq!(ordinal_prefix("第三条", Kind::Section, Lang::Zh), "第三条 ");
        assert_eq!(ordinal_prefix("1.", Kind::Section, Lang::Zh), "1. ");
        assert_eq!(ordinal_prefix("(1)", Kind::Section, Lang::En), "(1) ");
        assert_eq!(ordinal_prefix("(a)", Kind::Measure, Lang::En), "(a) ");
        assert_eq!(ordinal_prefix("十十", Kind::Measure, Lang::En), "十十");
    }

    #[test]
    fn iso_dates_read_as_each_language_writes_them() {
        assert_eq!(date("2020-05-18", Lang::Zh), "2020年5月18日");
        assert_eq!(date("2020-06-17", Lang::En), "17 June 2020");
        assert_eq!(date("2020-13-01", Lang::Zh), "2020-13-01");
        assert_eq!(date("May 2020", Lang::En), "May 2020");
    }
}
