//! Chinese numerals written as the document writes numbers: in digits (`五千亿` → `5000亿`,
//! `百分之十` → `10%`, `二〇二五年` → `2025年`, `十大` → `10大`).
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
    let chars: Vec<char> = word.chars().collect();
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
        let magnitude = chars
            .get(end)
            .is_some_and(|c| matches!(c, '万' | '亿' | '萬' | '億'));
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

#[cfg(test)]
mod tests {
    use super::digits;

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
        ];
        for (zh, want) in cases {
            assert_eq!(digits(zh).as_deref(), Some(want), "{zh}");
        }
        assert_eq!(digits("集群"), None);
        assert_eq!(digits("统一"), None);
    }
}
