//! The words of questions that no search means to find, in English and in Chinese, and where
//! a Chinese word is cut at them. Each list was checked against the document (a test holds the
//! Chinese one to it): a search never loses a word of the text to them.

/// English words of questions that no search means to find: question words, auxiliaries,
/// pronouns and the verbs of a request (`tell me about`, `what does … mean`). Each was checked
/// against the document: those it uses (`will`, `means`, `much`…) are function words there
/// too, and a query of nothing but stop words keeps them.
pub(super) const STOP_WORDS: &[&str] = &[
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
    "是啥",
    "干啥",
    "做啥",
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
    "啥",
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

/// `s` with a space for each question word, longest first at each place.
pub(super) fn cut_question_words(s: &str) -> String {
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
    use crate::search::pipeline::split::split;
    use crate::search::simplify::simplified;

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
}
