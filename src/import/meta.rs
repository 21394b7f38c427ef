//! What a document says about itself: its title, the issuing body, the document number
//! (`粤府函〔2020〕82号`), the date it was issued and, for a page saved from a website, its source
//! (`来源：…网站2020年06月17日`). Each is read only where the official layout puts it.

/// A date written `2020年5月18日`, `2020 年 05 月 18 日` or `二〇二〇年五月十八日`, as YYYY-MM-DD,
/// with where it starts and ends in `s` (byte offsets). The first one in `s`.
pub fn find_date(s: &str) -> Option<(usize, usize, String)> {
    s.char_indices()
        .filter(|(_, c)| c.is_ascii_digit() || matches!(c, '〇' | '零' | '一' | '二'))
        .find_map(|(at, _)| date_at(&s[at..]).map(|(len, d)| (at, at + len, d)))
}

/// A date at the very start of `s`: its length in bytes and its YYYY-MM-DD form.
fn date_at(s: &str) -> Option<(usize, String)> {
    let mut rest = s;
    let mut parts = [0u32; 3];
    for (i, unit) in ['年', '月', '日'].into_iter().enumerate() {
        rest = rest.trim_start_matches(' ');
        let (n, len) = if i == 0 { year(rest)? } else { small(rest)? };
        rest = rest[len..].trim_start_matches(' ');
        rest = rest.strip_prefix(unit)?;
        parts[i] = n;
    }
    let [y, m, d] = parts;
    let ok = (1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    ok.then(|| (s.len() - rest.len(), format!("{y:04}-{m:02}-{d:02}")))
}

fn year(s: &str) -> Option<(u32, usize)> {
    let mut n = 0;
    let mut len = 0;
    for c in s.chars().take(4) {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '〇' | '零' => 0,
            _ => cn_digit(c)?,
        };
        n = n * 10 + d;
        len += c.len_utf8();
    }
    (s[..len].chars().count() == 4).then_some((n, len))
}

fn small(s: &str) -> Option<(u32, usize)> {
    let ascii: usize = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&ascii) {
        return Some((s[..ascii].parse().ok()?, ascii));
    }
    // 五, 十, 十八, 二十, 三十一
    let mut total = 0;
    let mut digit = None;
    let mut len = 0;
    for c in s.chars() {
        match c {
            '十' => total += digit.take().unwrap_or(1) * 10,
            _ => match cn_digit(c) {
                Some(d) => digit = Some(d),
                None => break,
            },
        }
        len += c.len_utf8();
    }
    let n = total + digit.unwrap_or(0);
    (len > 0 && n > 0).then_some((n, len))
}

fn cn_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
}

/// Whether `line` is only a document number: an issuer's short name, the year in `〔〕` (or
/// `[]`, `［］`) and a number ending in 号 (`粤府函〔2020〕82号`, `国办发[2021]7号`).
pub fn is_document_number(line: &str) -> bool {
    let Some(open) = line.find(['〔', '[', '［']) else {
        return false;
    };
    let prefix = &line[..open];
    let after = &line[open..];
    let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
    let year: usize = after.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = after[year..].strip_prefix(['〕', ']', '］']) else {
        return false;
    };
    let number: usize = rest.bytes().take_while(u8::is_ascii_digit).count();
    !prefix.is_empty()
        && prefix
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
        && year == 4
        && number > 0
        && matches!(&rest[number..], "号" | "號")
}

/// Whether `line` reads as a title or a signature: short, with no sentence punctuation.
pub fn is_title_like(line: &str) -> bool {
    let n = line.chars().count();
    // An English title takes about twice the characters of a Chinese one.
    let most = if line.is_ascii() { 120 } else { 60 };
    (2..=most).contains(&n)
        && !line.contains(['。', '，', '；', '：', ':', ',', ';'])
        && (!line.ends_with('.') || line.ends_with("etc."))
}

/// The issuing body a title names: `广东省人民政府` in `广东省人民政府关于……的意见`.
pub fn issuer_in_title(title: &str) -> Option<&str> {
    let title = title.trim_start_matches(['《', '“']);
    let at = title.find("关于").or_else(|| title.find("關於"))?;
    let issuer = &title[..at];
    (issuer.chars().count() >= 2 && !issuer.contains(['，', '。'])).then_some(issuer)
}

/// The first 《…》 in `s`, with the brackets.
pub fn first_book_title(s: &str) -> Option<&str> {
    let start = s.find('《')?;
    let end = start + s[start..].find('》')? + '》'.len_utf8();
    Some(&s[start..end])
}

/// A line naming the source of a page (`来源： 广东省工业和信息化厅网站2020年06月17日`): the source
/// and, when the line ends in a date, that date.
pub fn source_line(line: &str) -> Option<(&str, Option<String>)> {
    let rest = ["来源：", "来源:", "來源：", "来源 ："]
        .iter()
        .find_map(|p| line.strip_prefix(p))?
        .trim();
    match find_date(rest) {
        Some((at, end, date)) if end == rest.len() && at > 0 => {
            Some((rest[..at].trim(), Some(date)))
        }
        _ => (!rest.is_empty()).then_some((rest, None)),
    }
}

/// The date a sentence says the document was issued on (`2020年5月18日，《…》正式印发`).
pub fn issued_in(paragraph: &str) -> Option<String> {
    let sentence_end = paragraph.find('。').unwrap_or(paragraph.len());
    let sentence = &paragraph[..sentence_end];
    let said = ["印发", "发布", "公布", "施行", "印發", "發布"];
    if !said.iter().any(|w| sentence.contains(w)) {
        return None;
    }
    find_date(sentence).map(|(_, _, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_written_form() {
        assert_eq!(find_date("2020年5月18日").unwrap().2, "2020-05-18");
        assert_eq!(
            find_date("于 2025 年 12 月 1 日起").unwrap().2,
            "2025-12-01"
        );
        assert_eq!(find_date("二〇二〇年五月十八日").unwrap().2, "2020-05-18");
        assert_eq!(
            find_date("二〇二一年十二月三十一日").unwrap().2,
            "2021-12-31"
        );
        assert_eq!(find_date("到2025年，产值").map(|d| d.2), None);
        assert_eq!(find_date("2020年13月1日"), None);
    }

    #[test]
    fn document_numbers_titles_and_sources() {
        assert!(is_document_number("粤府函〔2020〕82号"));
        assert!(is_document_number("国办发[2021]7号"));
        assert!(!is_document_number("依据粤府函〔2020〕82号文件"));
        assert_eq!(
            issuer_in_title("广东省人民政府关于培育发展战略性支柱产业集群的意见"),
            Some("广东省人民政府")
        );
        assert_eq!(
            source_line("来源： 广东省工业和信息化厅网站2020年06月17日"),
            Some(("广东省工业和信息化厅网站", Some("2020-06-17".into())))
        );
        assert_eq!(
            issued_in("2020年5月18日，《意见》正式印发。现就有关内容解读如下："),
            Some("2020-05-18".into())
        );
        assert_eq!(issued_in("到2025年5月1日，产值翻番。"), None);
    }
}
