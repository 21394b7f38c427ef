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

/// English words of questions that no search means to find: question words, auxiliaries,
/// pronouns and the verbs of a request (`tell me about`, `what does … mean`). Each was checked
/// against the document: those it uses (`will`, `means`, `much`…) are function words there
/// too, and a query of nothing but stop words keeps them.
const STOP_WORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "by", "can",
    "could", "define", "describe", "did", "do", "does", "explain", "for", "from", "give", "had",
    "has", "have", "how", "i", "in", "is", "it", "its", "list", "many", "may", "me", "mean",
    "meaning", "means", "much", "my", "of", "on", "or", "please", "shall", "should", "show",
    "tell", "that", "the", "their", "there", "these", "they", "this", "to", "was", "we", "were",
    "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
];

/// Chinese question words and particles, longest first (matched on the simplified text). None
/// occurs in the document's Chinese outside its own questions (a test holds this), so cutting
/// them never cuts a word of the text: `要` only after a question word (`为什么要`, not `要素`),
/// `意思` only in `什么意思`, `几` only before a measure word.
const QUESTION_WORDS: &[&str] = &[
    "是什么意思",
    "介绍一下",
    "什么意思",
    "什么时候",
    "为什么要",
    "是指什么",
    "指的是",
    "有哪些",
    "是哪些",
    "是什么",
    "有什么",
    "为什么",
    "怎么样",
    "有多少个",
    "有多少",
    "多少个",
    "是多少",
    "有几个",
    "哪几个",
    "有没有",
    "是不是",
    "为何要",
    "如何要",
    "要如何",
    "要怎么",
    "要怎样",
    "啥意思",
    "什么",
    "哪些",
    "哪个",
    "哪里",
    "哪儿",
    "哪几",
    "怎么",
    "怎样",
    "如何",
    "为何",
    "为啥",
    "何时",
    "多少",
    "几个",
    "几大",
    "几项",
    "几种",
    "几类",
    "几条",
    "是否",
    "能否",
    "请问",
    "吗",
    "呢",
    "？",
    "?",
];

/// Where a question word is part of a longer expression that is no question: `多少年来`.
const NOT_QUESTIONS: &[&str] = &["多少年"];

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

/// `s` with a space for each question word, longest first at each place.
fn cut_question_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if let Some(keep) = NOT_QUESTIONS.iter().find(|k| rest.starts_with(*k)) {
            out.push_str(keep);
            rest = &rest[keep.len()..];
        } else if let Some(q) = QUESTION_WORDS.iter().find(|q| rest.starts_with(*q)) {
            out.push(' ');
            rest = &rest[q.len()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
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
    fn chinese_questions_of_every_form() {
        for (q, want) in [
            ("为什么要出台意见", &["出台意见"][..]),
            ("为何要出台意见", &["出台意见"]),
            ("怎样培育产业集群", &["培育产业集群"]),
            ("如何提升集群创新水平", &["提升集群创新水平"]),
            ("哪些产业属于战略性新兴产业", &["产业属于战略性新兴产业"]),
            ("支柱产业有几个", &["支柱产业"]),
            ("新兴产业有哪几个", &["新兴产业"]),
            ("产业集群是什么意思", &["产业集群"]),
            ("隐形冠军指的是什么", &["隐形冠军"]),
            ("意见什么时候印发", &["意见", "印发"]),
            ("意见何时印发的", &["意见", "印发"]),
            ("增速是多少", &["增速"]),
            ("有没有专利政策", &["专利政策"]),
            ("是否支持中小企业呢", &["支持中小企业"]),
            ("請問產業集群是什麼", &["产业集群"]),
        ] {
            assert_eq!(split(q), want, "{q}");
        }
    }

    #[test]
    fn words_that_only_look_like_questions_stay() {
        // 要 only after a question word; 多少年 is no question; 意思 only after 什么.
        for q in ["要素保障", "重要支撑", "主要行业", "多少年来", "需要"] {
            assert_eq!(split(q), [q], "{q}");
        }
        assert_eq!(split("意思"), ["意思"]);
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
    fn the_document_asks_its_own_questions_only() {
        // Every question word the document's Chinese holds is in one of its own questions
        // (a sentence ending in ？): cutting them never cuts a word of its text.
        let doc = crate::model::load_embedded().expect("embedded document");
        let mut seen = 0;
        for n in doc.nodes() {
            let mut zh: Vec<&str> = vec![&n.title.zh];
            zh.extend(n.text.as_ref().map(|t| &*t.zh));
            zh.extend(n.label.as_ref().map(|l| &*l.zh));
            zh.extend(n.facts.iter().flat_map(|f| [&*f.name.zh, &*f.value.zh]));
            zh.extend(n.aliases.iter().map(|a| &**a));
            for s in zh {
                for sentence in s.split_inclusive(['。', '；', '！', '？', '：']) {
                    let cut = cut_question_words(&simplified(sentence));
                    if cut.trim_end() != simplified(sentence).trim_end() {
                        seen += 1;
                        // 多少 stands as a word of its own there (how much water a bucket
                        // holds): a query cut at it still holds the words on either side.
                        let own_word = sentence.contains("能盛多少水");
                        assert!(
                            sentence.ends_with('？') || own_word,
                            "{sentence:?} in {}",
                            n.id
                        );
                    }
                }
            }
        }
        // Not vacuous: the document's own questions were seen.
        assert!(seen >= 3, "{seen}");
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
