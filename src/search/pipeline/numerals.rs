//! Chinese numerals written as the document writes numbers: in digits (`五千亿` → `5000亿`,
//! `百分之十` → `10%`, `二〇二五年` → `2025年`, `十大` → `10大`), and digits as the document
//! writes counts, in Chinese numerals (`10大` → `十大`, `5个方面` → `五个方面`, `2个` → `两个`,
//! `10%` → `百分之十`, `2025年` → `二〇二五年`).
//!
//! A number is a run of numeral characters. `百分之` before one makes a percentage; a run of
//! digit characters alone (`二〇二五`) is read digit by digit, as years are written; otherwise it
//! is read with its units (十 百 千), and a final 万 or 亿 is kept as written, as the document
//! writes `5000亿元` and `1万亿`.

const DIGITS: &str = "零〇一二三四五六七八九";

fn digit(c: char) -> Option<u64> {
    match c {
        '两' | '兩' => Some(2),
        _ => DIGITS
            .chars()
            .position(|d| d == c)
            .map(|p| p.saturating_sub(1) as u64),
    }
}

fn unit(c: char) -> Option<u64> {
    match c {
        '十' | '拾' => Some(10),
        '百' | '佰' => Some(100),
        '千' | '仟' => Some(1000),
        _ => None,
    }
}

fn is_numeral(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some()
}

/// `word` with its Chinese numbers in digits, when it has any.
pub fn digits(word: &str) -> Option<String> {
    let chars = digit_before_unit(word);
    let mut out = String::new();
    let mut i = 0;
    let mut changed = false;
    while i < chars.len() {
        let percent = chars[i..].starts_with(&['百', '分', '之']);
        let from = if percent { i + 3 } else { i };
        let mut end = from;
        while end < chars.len() && is_numeral(chars[end]) {
            end += 1;
        }
        // A lone digit character counts before 万 or 亿, and in a date (五月, 八日).
        let magnitude = chars
            .get(end)
            .is_some_and(|c| matches!(c, '万' | '亿' | '萬' | '億' | '月' | '日' | '号' | '號'));
        // Digits typed after 百分之 (`百分之10`): the percentage the document writes.
        let typed = if percent {
            chars[from..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        } else {
            0
        };
        if typed > 0 {
            out.extend(&chars[from..from + typed]);
            out.push('%');
            changed = true;
            i = from + typed;
            continue;
        }
        match (end > from)
            .then(|| value(&chars[from..end], magnitude || percent))
            .flatten()
        {
            Some(v) => {
                out.push_str(&v);
                if percent {
                    out.push('%');
                }
                changed = true;
                i = end;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// `word`'s characters, a lone digit typed before 十, 百 or 千 read as the numeral it stands
/// for (`5千亿` is `五千亿`).
fn digit_before_unit(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = word.chars().collect();
    for i in 0..chars.len() {
        let lone = chars[i].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_ascii_digit())
            && chars.get(i + 1).and_then(|&c| unit(c)).is_some();
        if lone {
            let d = chars[i] as usize - '0' as usize;
            chars[i] = DIGITS_ZERO_FIRST[d];
        }
    }
    chars
}

/// The digits of a run of numeral characters; `counted` when a lone digit character is a number
/// (before 万 or 亿, after 百分之).
fn value(run: &[char], counted: bool) -> Option<String> {
    if run.iter().all(|&c| unit(c).is_none()) {
        // 二〇二五: digit by digit; a lone digit character (一) is too often not a number.
        return (run.len() > 1 || counted).then(|| {
            run.iter()
                .filter_map(|&c| digit(c))
                .map(|d| d.to_string())
                .collect()
        });
    }
    let (mut total, mut pending) = (0u64, None::<u64>);
    for &c in run {
        if let Some(d) = digit(c) {
            pending = Some(d);
        } else if let Some(u) = unit(c) {
            // 十 alone is ten.
            total += pending.take().unwrap_or(1) * u;
        }
    }
    Some((total + pending.unwrap_or(0)).to_string())
}

/// `word` with its numbers in digits read as Chinese numerals, where digits meet Chinese
/// characters or `%` (a bare `5` would find every 五): a count read with its units (`10大` →
/// `十大`, `105` → `一百零五`), also with 两 for a leading two (`2个` → `两个`); a year, four
/// digits before 年, digit by digit (`2025年` → `二〇二五年`); a percentage after 百分之 (`10%`
/// → `百分之十`). Numbers past 9999 are left alone. Empty when nothing changes.
pub fn chinese(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let han = |i: usize| {
        chars
            .get(i)
            .is_some_and(|&c| super::super::normalize::is_han(c))
    };
    let (mut plain, mut two) = (String::new(), String::new());
    let (mut changed, mut has_two) = (false, false);
    let mut i = 0;
    while i < chars.len() {
        let end = i + chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if end == i {
            plain.push(chars[i]);
            two.push(chars[i]);
            i += 1;
            continue;
        }
        let run: String = chars[i..end].iter().collect();
        let percent = chars.get(end) == Some(&'%');
        let meets = percent || han(end) || (i > 0 && han(i - 1));
        let year = run.len() == 4 && chars.get(end) == Some(&'年');
        let read = match run.parse::<u32>() {
            _ if !meets => None,
            _ if year => Some(
                run.chars()
                    .map(|d| DIGITS_ZERO_FIRST[d as usize - '0' as usize])
                    .collect(),
            ),
            Ok(n @ 1..=9999) if !run.starts_with('0') => Some(counted(n)),
            _ => None,
        };
        match read {
            Some(r) => {
                let prefix = if percent { "百分之" } else { "" };
                // 两 for a leading two, as counts are written (两个, 两千), not for 二十.
                let lead_two = !year && r.starts_with('二') && !r.starts_with("二十");
                has_two |= lead_two;
                plain.push_str(prefix);
                plain.push_str(&r);
                two.push_str(prefix);
                two.push_str(&if lead_two {
                    r.replacen('二', "两", 1)
                } else {
                    r
                });
                changed = true;
                i = end + usize::from(percent);
            }
            None => {
                plain.push_str(&run);
                two.push_str(&run);
                i = end;
            }
        }
    }
    let mut out = Vec::new();
    if changed {
        out.push(plain);
        if has_two {
            out.push(two);
        }
    }
    out
}

/// Digit characters by value, zero first, as years are written (二〇二五).
const DIGITS_ZERO_FIRST: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` (1 to 9999) in Chinese numerals with its units: 十 for 10 to 19, 零 for a gap.
fn counted(n: u32) -> String {
    let digit = |d: u32| DIGITS_ZERO_FIRST[d as usize];
    let mut out = String::new();
    let mut gap = false;
    for (place, unit) in [
        (1000, Some('千')),
        (100, Some('百')),
        (10, Some('十')),
        (1, None),
    ] {
        let d = n / place % 10;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        // 十 alone for 10 to 19, as they are said.
        if !(place == 10 && d == 1 && n < 20) {
            out.push(digit(d));
        }
        out.extend(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{chinese, digits};

    #[test]
    fn digits_as_the_document_writes_counts() {
        let cases: [(&str, &[&str]); 10] = [
            ("10大", &["十大"]),
            ("5大基本原则", &["五大基本原则"]),
            ("19大", &["十九大"]),
            ("2个", &["二个", "两个"]),
            ("20个", &["二十个"]),
            ("105项", &["一百零五项"]),
            ("2300亿", &["二千三百亿", "两千三百亿"]),
            ("5000亿", &["五千亿"]),
            ("10%", &["百分之十"]),
            ("2025年", &["二〇二五年"]),
        ];
        for (typed, want) in cases {
            assert_eq!(chinese(typed), want.to_vec(), "{typed}");
        }
        // A bare number, a number among Latin letters, and one past 9999: left alone.
        for typed in ["5", "2025", "5g", "12345亿", "007号"] {
            assert!(chinese(typed).is_empty(), "{typed}");
        }
    }

    #[test]
    fn numbers_as_the_document_writes_them() {
        let cases = [
            ("五千亿", "5000亿"),
            ("百分之十", "10%"),
            ("百分之三十五", "35%"),
            ("二〇二五年", "2025年"),
            ("十大", "10大"),
            ("两千三百", "2300"),
            ("一万亿", "1万亿"),
            ("二十", "20"),
            ("二〇二〇年五月十八日", "2020年5月18日"),
            ("二零二零年五月十八号", "2020年5月18号"),
            ("百分之10", "10%"),
            ("百分之10以上", "10%以上"),
            ("一月", "1月"),
            ("5千亿", "5000亿"),
            ("2千亿元", "2000亿元"),
        ];
        for (zh, want) in cases {
            assert_eq!(digits(zh).as_deref(), Some(want), "{zh}");
        }
        assert_eq!(digits("集群"), None);
        assert_eq!(digits("统一"), None);
    }
}
