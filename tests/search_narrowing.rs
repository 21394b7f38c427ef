//! Typing on narrows a search to the previous keystroke's hits only where that cannot lose a hit:
//! for every prefix chain of many queries, the narrowed search must equal the whole search.

#[path = "common/search.rs"]
mod common;

use common::{fixture, texts};
use pinyin::ToPinyin;
use proptest::prelude::*;
use yijian::model::NodeId;
use yijian::search::Pattern as Query;

/// Types `q` one character at a time, as the search box does. Returns how many keystrokes were
/// narrowed, or the first keystroke whose narrowed result differs from the whole search.
fn type_out(q: &str) -> Result<usize, String> {
    let index = &fixture().1;
    let mut narrowed = 0;
    let mut previous: Option<(Query, Vec<NodeId>)> = None;
    for (i, c) in q.char_indices() {
        let typed = &q[..i + c.len_utf8()];
        let query = Query::parse(typed);
        let whole = index.search_pattern(&query);
        if let Some((shorter, nodes)) = &previous
            && query.narrows(shorter)
        {
            narrowed += 1;
            let among = index.search_among(&query, nodes);
            // What the search box runs: among those nodes, or a whole search when they are many.
            if index.search_narrowed(&query, nodes) != whole {
                return Err(format!(
                    "{typed:?} after {:?}: narrowed differs",
                    shorter.raw()
                ));
            }
            if among != whole {
                return Err(format!(
                    "{typed:?} after {:?}: {} hits narrowed, {} in all",
                    shorter.raw(),
                    among.len(),
                    whole.len()
                ));
            }
        }
        previous = Some((query, whole.iter().map(|h| h.node).collect()));
    }
    Ok(narrowed)
}

/// Pinyin of a run of Chinese, without tones or spaces: `半导体` → `bandaoti`.
fn pinyin_of(s: &str) -> String {
    s.to_pinyin().flatten().map(|p| p.plain()).collect()
}

#[test]
fn the_questions_readers_type_narrow_without_losing_hits() {
    let mut narrowed = 0;
    for q in [
        "semiconductor",
        "growth target",
        "\"hidden champions\"",
        "smart robots",
        "bandaoti jicheng dianlu",
        "zhanlvexing xinxing chanye",
        "半导体与集成电路",
        "2025年",
        "产值5000亿元以上",
        "UHD 视频显示",
        "積體電路",
        "机器人 smart",
    ] {
        narrowed += type_out(q).unwrap();
    }
    // Not vacuous: most keystrokes of these queries are narrowed.
    assert!(narrowed > 80, "only {narrowed} keystrokes narrowed");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn slices_of_the_text_typed_out(i in any::<prop::sample::Index>(), start in 0usize..300, len in 1usize..16) {
        let texts = texts();
        let chars: Vec<char> = texts[i.index(texts.len())].chars().collect();
        let start = start % chars.len();
        let q: String = chars[start..(start + len).min(chars.len())].iter().collect();
        type_out(&q).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn pinyin_of_the_text_typed_out(i in any::<prop::sample::Index>(), start in 0usize..300, len in 2usize..8, spaced: bool) {
        let texts = texts();
        let zh: Vec<&str> = texts.iter().copied().filter(|t| !t.is_ascii()).collect();
        let chars: Vec<char> = zh[i.index(zh.len())].chars().collect();
        let start = start % chars.len();
        let run: String = chars[start..(start + len).min(chars.len())].iter().collect();
        let q = if spaced {
            run.as_str().to_pinyin().flatten().map(|p| p.plain()).collect::<Vec<_>>().join(" ")
        } else {
            pinyin_of(&run)
        };
        type_out(&q).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn random_text_typed_out(q in "[a-z \"'%-]{0,3}[a-zA-Z0-9%年半导体集成电路與體積ＡＢ２…\u{301} \"'-]{1,12}") {
        type_out(&q).map_err(TestCaseError::fail)?;
    }
}

/// A word matched whole (`Pattern::whole_words`) is searched among the hits of the same word
/// as a prefix, kept from the keystroke that typed it: the same hits as a whole search.
#[test]
fn a_whole_word_narrows_its_prefix_without_losing_hits() {
    let index = &fixture().1;
    for q in [
        "car",
        "standard",
        "emerge",
        "weak",
        "robot",
        "develop",
        "\"weak area\"",
    ] {
        let prefix = Query::parse(q);
        let whole = prefix.clone().whole_words();
        assert!(whole.narrows(&prefix), "{q}");
        assert!(!prefix.narrows(&whole), "{q}");
        let nodes: Vec<NodeId> = index
            .search_pattern(&prefix)
            .iter()
            .map(|h| h.node)
            .collect();
        assert_eq!(
            index.search_among(&whole, &nodes),
            index.search_pattern(&whole),
            "{q}"
        );
    }
}
