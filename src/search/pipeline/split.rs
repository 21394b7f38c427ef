//! Stage 2, split into words: what must each be found in a node.
//!
//! Words are separated by spaces; a quoted phrase stays one word. A word mixing Latin letters and
//! Chinese (`ban导体`) is two words, each of which must be found. Words that carry no meaning of
//! their own in a question are dropped: English stop words (`what are the five principles`) and
//! Chinese question words (`支柱产业有哪些`, `集群的目标是什么`, where `的` also separates), unless
//! nothing else is left. Neither are what is left of a word once they are cut out if it cannot
//! match on its own (`》的` leaves `》`, which the matcher ignores as punctuation).

use super::super::normalize::is_han;
use super::super::query::{Query as Pattern, acronym};
use super::super::simplify::simplified;
use super::synonyms;

mod questions;

use questions::{STOP_WORDS, cut_question_words};

/// Most words of a thesaurus entry looked for among the query's (`research and development`).
const MAX_ENTRY_WORDS: usize = 4;

/// The words of a normalised query, stop words dropped.
pub fn split(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        if i % 2 == 1 && part.split_whitespace().count() > 1 {
            words.push(format!("\"{}\"", part.trim()));
            continue;
        }
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let mut t = 0;
        while t < tokens.len() {
            // A thesaurus entry's words typed without quotes (`choke point`), as a phrase.
            if let Some(n) = (2..=MAX_ENTRY_WORDS.min(tokens.len() - t))
                .rev()
                .find(|&n| synonyms::is_key(&tokens[t..t + n].join(" ")))
            {
                words.push(format!("\"{}\"", tokens[t..t + n].join(" ")));
                t += n;
                continue;
            }
            // An entry mixing scripts (`3D打印`) is one word.
            if synonyms::is_key(tokens[t]) {
                words.push(tokens[t].to_string());
            } else {
                words.extend(scripts(tokens[t]));
            }
            t += 1;
        }
    }
    // `IT`, `US` typed in capitals among lower-case words are acronyms, not stop words.
    let cased = text.chars().any(char::is_lowercase);
    let stop = |w: &str| STOP_WORDS.contains(&w.to_lowercase().as_str()) && !(cased && acronym(w));
    let kept: Vec<String> = words
        .iter()
        .flat_map(|w| without_question_words(w))
        .filter(|w| !stop(w))
        .filter(|w| !Pattern::parse(w).is_empty())
        .collect();
    if kept.is_empty() { words } else { kept }
}

/// `w` cut where it changes between Chinese and anything else.
fn scripts(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<bool> = None;
    for c in w.chars() {
        // 〇 writes zero in Chinese numerals (二〇二五年) though it is not a unified ideograph.
        let han = is_han(c) || c == '〇';
        match out.last_mut() {
            Some(cur) if last == Some(han) || !c.is_alphanumeric() => cur.push(c),
            _ => out.push(c.to_string()),
        }
        if c.is_alphanumeric() {
            last = Some(han);
        }
    }
    // Digits stay with Chinese when they write a number of it (`5000亿`, `2025年`).
    join_numbers(out)
}

fn join_numbers(parts: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        let digits = |s: &str| {
            s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '%'))
        };
        match out.last_mut() {
            Some(prev) if digits(prev) || digits(&p) => prev.push_str(&p),
            _ => out.push(p),
        }
    }
    out
}

/// Whether the Chinese of `w` holds a question word (`哪些`, `是什么`) the split would cut.
pub fn asks(w: &str) -> bool {
    let s = simplified(w);
    cut_question_words(&s) != *s
}

/// A Chinese word without its question words, cut where they or `的` stood.
fn without_question_words(w: &str) -> Vec<String> {
    if !w.chars().any(is_han) {
        return vec![w.to_string()];
    }
    let s = cut_question_words(&simplified(w)).replace('的', " ");
    if !s.contains(' ') {
        // Nothing dropped: the word as typed, whose traditional form the match stage reports.
        return vec![w.to_string()];
    }
    s.split_whitespace()
        .map(|p| {
            p.trim_start_matches(['是', '有'])
                .trim_end_matches(['是', '有'])
        })
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_keep_what_they_ask_about() {
        assert_eq!(split("支柱产业有哪些"), ["支柱产业"]);
        assert_eq!(split("集群的目标是什么"), ["集群", "目标"]);
        assert_eq!(
            split("what are the five principles"),
            ["five", "principles"]
        );
        assert_eq!(split("the"), ["the"]);
    }

    #[test]
    fn english_questions_keep_what_they_ask_about() {
        for (q, want) in [
            (
                "how will guangdong support enterprises",
                &["guangdong", "support", "enterprises"][..],
            ),
            ("what does hidden champion mean", &["hidden", "champion"]),
            (
                "how much should emerging clusters grow",
                &["emerging", "clusters", "grow"],
            ),
            ("can you tell me about chokepoints", &["chokepoints"]),
            ("which clusters would it list", &["clusters"]),
            // An acronym in capitals among lower-case words is no stop word.
            ("what is IT", &["IT"]),
            ("IT", &["IT"]),
            // A query typed with the caps lock on is read in lower case.
            ("WHAT IS A CHOKEPOINT", &["chokepoint"]),
            ("WHAT IS AI", &["AI"]),
        ] {
            assert_eq!(
                split(&crate::search::pipeline::normalise::normalise(q)),
                want,
                "{q}"
            );
        }
    }

    #[test]
    fn thesaurus_words_stay_together() {
        assert_eq!(split("choke point"), ["\"choke point\""]);
        assert_eq!(
            split("renewable energy policy"),
            ["\"renewable energy\"", "policy"]
        );
        assert_eq!(split("greater bay area"), ["greater", "\"bay area\""]);
        assert_eq!(split("3D打印"), ["3D打印"]);
    }

    #[test]
    fn punctuation_left_by_a_cut_is_no_word() {
        // Each once searched for the punctuation alone, which finds nothing.
        assert_eq!(split("》的"), ["》", "的"]);
        assert_eq!(split("，的"), ["，", "的"]);
        assert_eq!(split("》 的"), ["》", "的"]);
        assert_eq!(split("意见》的解读"), ["意见》", "解读"]);
        assert_eq!(split("“集群”有哪些"), ["集群”"]);
    }

    #[test]
    fn scripts_and_phrases() {
        assert_eq!(split("ban导体"), ["ban", "导体"]);
        assert_eq!(split("激光 zengcai"), ["激光", "zengcai"]);
        assert_eq!(
            split("\"growth target\" 2025年"),
            ["\"growth target\"", "2025年"]
        );
        assert_eq!(
            split("5000亿元 3D打印 3D显示"),
            ["5000亿元", "3D打印", "3D", "显示"]
        );
    }
}
