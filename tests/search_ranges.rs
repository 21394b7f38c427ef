//! Highlight ranges: on mixed Chinese and ASCII strings, and for random queries and slices of the
//! document's text, always whole characters, sorted, and finding the node they came from.

#[path = "common/search.rs"]
mod common;

use common::{check_hits, check_ranges, fixture, search, texts};
use proptest::prelude::*;
use yijian::search::{Query, is_looked_through};

#[test]
fn every_slice_of_every_chinese_title_finds_its_node() {
    // Deterministic sweep: all 1- to 4-character slices of every Chinese title and label.
    let doc = &fixture().0;
    let mut failures = Vec::new();
    for n in doc.nodes() {
        for s in std::iter::once(&n.title.zh).chain(n.label.as_ref().map(|l| &l.zh)) {
            let chars: Vec<char> = s.chars().collect();
            for len in 1..=4.min(chars.len()) {
                for w in chars.windows(len) {
                    let q: String = w.iter().collect();
                    if let Err(e) = check_hits(&q) {
                        failures.push(e);
                    }
                    let hits = search(&q);
                    if !hits.iter().any(|h| doc.node(h.node).id == n.id) && searchable(&q) {
                        failures.push(format!("{q:?} does not find {}", n.id));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_slice_with_punctuation_finds_its_node() {
    // Deterministic sweep of the kind the random slices once found (`》的` found nothing: the
    // cut at `的` left `》` as a word of its own): every two- and three-character slice of
    // every text that holds punctuation.
    let doc = &fixture().0;
    let mut failures = Vec::new();
    for n in doc.nodes() {
        let Some(text) = &n.text else { continue };
        let chars: Vec<char> = text.zh.chars().collect();
        for len in 2..=3 {
            for w in chars.windows(len) {
                let q: String = w.iter().collect();
                if !w.iter().any(|&c| is_looked_through(c)) || !searchable(&q) {
                    continue;
                }
                if !search(&q).iter().any(|h| doc.node(h.node).id == n.id) {
                    failures.push(format!("{q:?} does not find {}", n.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Whether `q` has anything a search does not look through (Chinese punctuation and spaces
/// alone make an empty query).
fn searchable(q: &str) -> bool {
    q.chars()
        .any(|c| !c.is_whitespace() && !is_looked_through(c))
}

/// The document's own characters (including punctuation and full-width forms) plus ASCII letters,
/// digits, spaces and quotes: the alphabet random queries are drawn from.
fn alphabet() -> Vec<char> {
    let doc = &fixture().0;
    let mut chars: Vec<char> = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \"%"
        .chars()
        .collect();
    for n in doc.nodes() {
        for s in [&n.title.zh, &n.title.en]
            .into_iter()
            .chain(n.text.iter().flat_map(|t| [&t.zh, &t.en]))
        {
            chars.extend(s.chars());
        }
    }
    chars.extend("２０ＡＢ％　…㍻".chars());
    chars.sort_unstable();
    chars.dedup();
    chars
}

fn random_query() -> impl Strategy<Value = String> {
    let letters: Vec<char> = "abcdefghijklmnopqrstuvwxyz ".chars().collect();
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(alphabet()),
            prop::sample::select(letters),
        ],
        0..7,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_queries_give_valid_ranges(q in random_query()) {
        check_hits(&q).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn random_queries_highlight_whole_characters(q in random_query(), i in any::<prop::sample::Index>()) {
        let texts = texts();
        let s = texts[i.index(texts.len())];
        if let Some(m) = Query::parse(&q).find(s) {
            check_ranges(&format!("{q:?}"), s, &m.ranges).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn slices_of_the_text_find_their_node(i in any::<prop::sample::Index>(), start in 0usize..400, len in 1usize..6) {
        // A slice of some Chinese text (whitespace and all) finds the node it came from.
        let doc = &fixture().0;
        let nodes: Vec<_> = doc.nodes().iter().filter(|n| n.text.is_some()).collect();
        let n = nodes[i.index(nodes.len())];
        let chars: Vec<char> = n.text.as_ref().unwrap().zh.chars().collect();
        let start = start % chars.len();
        let q: String = chars[start..(start + len).min(chars.len())].iter().collect();
        // Latin letters alone are matched as word prefixes and pinyin, not as substrings: the
        // glossary's `yijian` is not found by `ijia`.
        prop_assume!(q.chars().any(|c| !c.is_ascii_alphabetic() && !c.is_whitespace()));
        prop_assume!(searchable(&q));
        check_hits(&q).map_err(TestCaseError::fail)?;
        let found = search(&q).iter().any(|h| h.node == doc.find(&n.id).unwrap());
        prop_assert!(found, "{:?} does not find {}", q, n.id);
    }
}

/// The bytes `Query::find` highlights, as text.
fn highlighted(q: &str, s: &str) -> Vec<String> {
    let m = Query::parse(q)
        .find(s)
        .unwrap_or_else(|| panic!("{q:?} finds nothing in {s:?}"));
    check_ranges(q, s, &m.ranges).unwrap();
    m.ranges.iter().map(|r| s[r.clone()].to_string()).collect()
}

#[test]
fn highlights_on_mixed_chinese_and_ascii() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("10%", "年均增速10%以上", &["10%"]),
        ("１０％", "年均增速10%以上", &["10%"]),
        ("2025年", "广东提出到2025 年，现代产业体系", &["2025 年"]),
        ("２０２５ 年", "到2025年", &["2025年"]),
        ("5000 亿", "产值5000亿元以上", &["5000亿"]),
        ("uhd", "超高清UHD视频显示", &["UHD"]),
        ("ＵＨＤ视频", "超高清UHD视频显示", &["UHD视频"]),
        ("UHD 视频", "超高清 UHD 视频显示", &["UHD 视频"]),
        ("ＡＢＣ", "abc 测试", &["abc"]),
        (
            "SEMICONDUCTOR",
            "半导体 Semiconductors 与",
            &["Semiconductors"],
        ),
        ("robot", "Smart robots 智能机器人", &["robots"]),
        ("bandaoti", "发展半导体与集成电路", &["半导体"]),
        ("ban dao ti", "发展半导体与集成电路", &["半导体"]),
        ("bdt", "发展半导体与集成电路", &["半导体"]),
        ("半導體", "发展半导体与集成电路", &["半导体"]),
        ("積體電路", "发展半导体与集成电路", &["集成电路"]),
        ("卡脖子", "基本解决“卡脖子”问题", &["卡脖子"]),
        (
            "\"hidden champions\"",
            "“hidden champion” 企业, hidden champions",
            &["hidden champions"],
        ),
    ];
    for (q, s, want) in cases {
        assert_eq!(highlighted(q, s), *want, "{q:?} in {s:?}");
    }
    // Exactly the bytes of `10%`: 年均增速 is four three-byte characters.
    let ten_percent = 12..15;
    assert_eq!(
        Query::parse("10%").find("年均增速10%以上").unwrap().ranges,
        [ten_percent]
    );
}
