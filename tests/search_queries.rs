//! The search engine against the embedded document: the questions readers ask, in every query form
//! the engine promises (Chinese, English words and phrases, pinyin, initials, traditional characters,
//! full-width forms), the queries that must find nothing, the ranking rules, and highlight ranges
//! that never cut a character.

use std::ops::Range;
use std::sync::OnceLock;

use proptest::prelude::*;
use yijian::model::{Document, load_embedded};
use yijian::search::{Field, Hit, Index, MatchKind, Query};

/// The embedded document and its index, built once for all tests (and every proptest case).
fn fixture() -> &'static (Document, Index) {
    static FIXTURE: OnceLock<(Document, Index)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let doc = load_embedded().expect("embedded policy.yaml loads");
        let index = Index::build(&doc);
        (doc, index)
    })
}

fn search(q: &str) -> Vec<Hit> {
    fixture().1.search(&Query::parse(q))
}

fn ids(hits: &[Hit], n: usize) -> Vec<&'static str> {
    let doc = &fixture().0;
    hits.iter()
        .take(n)
        .map(|h| doc.node(h.node).id.as_str())
        .collect()
}

/// Where the expected node must appear.
#[derive(Debug, Clone, Copy)]
enum Want {
    Top1,
    Top3,
}
use Want::{Top1, Top3};

/// Query, expected node id, where it must rank, and the query form the row exercises.
const QUERIES: &[(&str, &str, Want, &str)] = &[
    // Chinese substrings.
    ("激光与增材制造", "clusters.emerging.7", Top1, "zh title"),
    (
        "激光与增材制造",
        "clusters.emerging",
        Top3,
        "zh: which group is it in",
    ),
    ("半导体", "clusters.emerging.1", Top1, "zh title prefix"),
    ("智能机器人", "clusters.emerging.3", Top1, "zh exact title"),
    ("区块链", "clusters.emerging.4", Top1, "zh"),
    ("量子信息", "clusters.emerging.4", Top1, "zh title suffix"),
    ("卡脖子", "glossary.chokepoint", Top1, "zh term"),
    ("卡脖子", "goals.4", Top3, "zh text"),
    ("隐形冠军", "glossary.hidden-champions", Top1, "zh term"),
    ("隐形冠军", "measures.4.3", Top3, "zh measure"),
    ("粤港澳大湾区", "glossary.greater-bay-area", Top1, "zh term"),
    (
        "大湾区",
        "glossary.greater-bay-area",
        Top1,
        "zh exact label",
    ),
    ("省市联动", "measures.1.1", Top1, "zh exact label"),
    ("省市联动", "glossary.provincial-municipal", Top3, "zh term"),
    ("营商环境", "glossary.business-environment", Top1, "zh term"),
    (
        "供给侧结构性改革",
        "glossary.supply-side-reform",
        Top1,
        "zh term",
    ),
    (
        "新发展理念",
        "glossary.new-development-philosophy",
        Top1,
        "zh term",
    ),
    (
        "重大科技基础设施",
        "glossary.major-st-infrastructure",
        Top1,
        "zh term",
    ),
    (
        "生产性服务业",
        "glossary.producer-services",
        Top1,
        "zh term",
    ),
    (
        "先行示范区",
        "glossary.pilot-demonstration-area",
        Top1,
        "zh label",
    ),
    ("《意见》", "opinions", Top1, "zh with punctuation"),
    ("专利", "measures.2.6", Top1, "zh short"),
    ("10%", "goals.1", Top3, "number with %"),
    ("10%以上", "clusters.emerging", Top3, "number + zh"),
    ("5000亿", "clusters.pillar", Top1, "number + zh"),
    ("5000 亿", "clusters.pillar", Top1, "whitespace around zh"),
    ("2000亿", "clusters.emerging", Top1, "number + zh"),
    // Below the two facts named 2025年增长目标, which say it without a space.
    ("2025年", "goals", Top3, "text says `2025 年`"),
    (
        "2025年增长目标",
        "clusters.pillar",
        Top1,
        "zh: 2025 growth target",
    ),
    ("增长目标", "clusters.pillar", Top3, "zh fact name"),
    (
        "半导体 集成电路",
        "clusters.emerging.1",
        Top1,
        "zh terms apart",
    ),
    (
        "chokepoint 卡脖子",
        "glossary.chokepoint",
        Top1,
        "mixed en + zh in one text",
    ),
    (
        "yijian 术语表",
        "glossary",
        Top1,
        "mixed en + zh in one text",
    ),
    // English words and phrases.
    (
        "semiconductor",
        "clusters.emerging.1",
        Top1,
        "en prefix of Semiconductors",
    ),
    (
        "SEMICONDUCTOR",
        "clusters.emerging.1",
        Top1,
        "en upper case",
    ),
    ("robot", "clusters.emerging.3", Top1, "en prefix of robots"),
    ("laser", "clusters.emerging.7", Top1, "en alias"),
    (
        "additive manufacturing",
        "clusters.emerging.7",
        Top1,
        "en AND",
    ),
    (
        "3D printing",
        "clusters.emerging.7",
        Top1,
        "en alias with digits",
    ),
    ("chokepoint", "glossary.chokepoint", Top1, "en alias"),
    (
        "hidden champions",
        "glossary.hidden-champions",
        Top1,
        "en words",
    ),
    (
        "hidden champions",
        "measures.4.3",
        Top3,
        "en words in a measure",
    ),
    (
        "\"hidden champions\"",
        "glossary.hidden-champions",
        Top1,
        "en phrase",
    ),
    (
        "\"Greater Bay Area\"",
        "glossary.greater-bay-area",
        Top1,
        "en phrase",
    ),
    (
        "greater bay",
        "glossary.greater-bay-area",
        Top1,
        "en AND, prefix",
    ),
    (
        "Pilot Demonstration Area",
        "glossary.pilot-demonstration-area",
        Top1,
        "en title",
    ),
    (
        "supply-side",
        "glossary.supply-side-reform",
        Top1,
        "en hyphenated",
    ),
    ("weak links", "glossary.weak-links", Top1, "en alias exact"),
    ("autos", "clusters.pillar.4", Top1, "en alias"),
    ("biomedicine", "clusters.pillar.9", Top1, "en title"),
    ("UHD", "clusters.pillar.8", Top1, "en acronym"),
    (
        "2025 growth target",
        "clusters.pillar",
        Top1,
        "en: 2025 growth target",
    ),
    ("goals for 2025", "goals", Top1, "en label"),
    ("10% growth", "goals.1", Top3, "en: 10% growth"),
    ("output threshold", "clusters.pillar", Top1, "en fact name"),
    ("500 billion", "clusters.pillar", Top1, "en number"),
    (
        "Hermann Simon",
        "glossary.hidden-champions",
        Top1,
        "en text",
    ),
    (
        "Dongguan",
        "glossary.major-st-infrastructure",
        Top3,
        "en text",
    ),
    // Full-width forms (NFKC).
    ("ＵＨＤ", "clusters.pillar.8", Top1, "full-width Latin"),
    ("１０％", "goals.1", Top3, "full-width digits and %"),
    ("２０２５年", "goals", Top3, "full-width digits + zh"),
    // Pinyin: full syllables with and without spaces, and initials.
    ("jiguang", "clusters.emerging.7", Top1, "pinyin"),
    ("jg", "clusters.emerging.7", Top1, "initials"),
    ("kabozi", "glossary.chokepoint", Top1, "pinyin"),
    ("bandaoti", "clusters.emerging.1", Top1, "pinyin"),
    (
        "ban dao ti",
        "clusters.emerging.1",
        Top1,
        "pinyin with spaces",
    ),
    ("bdt", "clusters.emerging.1", Top1, "initials"),
    (
        "jicheng dianlu",
        "clusters.emerging.1",
        Top1,
        "pinyin with a space",
    ),
    (
        "yinxingguanjun",
        "glossary.hidden-champions",
        Top3,
        "pinyin",
    ),
    ("dawanqu", "glossary.greater-bay-area", Top3, "pinyin"),
    ("xny", "clusters.emerging.6", Top1, "initials"),
    // Traditional characters and regional wording.
    ("半導體", "clusters.emerging.1", Top1, "traditional"),
    ("機器人", "clusters.emerging.3", Top1, "traditional"),
    ("區塊鏈", "clusters.emerging.4", Top1, "traditional"),
    (
        "積體電路",
        "clusters.emerging.1",
        Top1,
        "Taiwan wording of 集成电路",
    ),
    (
        "雷射",
        "clusters.emerging.7",
        Top1,
        "Taiwan wording of 激光",
    ),
    (
        "數位創意",
        "clusters.emerging.8",
        Top1,
        "Taiwan wording of 数字创意",
    ),
    (
        "粵港澳大灣區",
        "glossary.greater-bay-area",
        Top1,
        "traditional",
    ),
    ("隱形冠軍", "glossary.hidden-champions", Top1, "traditional"),
];

/// Queries that must find nothing.
const NOTHING: &[&str] = &[
    "",
    "   ",
    "\u{3000}",
    "\"\"",
    "xyzzy",
    "量子计算机",
    "\"robots smart\"",
    "chokepoint semiconductor",
    "robot 量子计算机",
];

#[test]
fn questions_find_their_nodes() {
    let doc = &fixture().0;
    let mut failures = Vec::new();
    for &(q, want, rank, form) in QUERIES {
        assert!(doc.find(want).is_some(), "no node {want} in the document");
        let hits = search(q);
        let top = ids(&hits, 5);
        let within = match rank {
            Top1 => 1,
            Top3 => 3,
        };
        if !top.iter().take(within).any(|id| *id == want) {
            failures.push(format!("{q:?} ({form}): want {want} {rank:?}, got {top:?}"));
        }
    }
    assert!(
        QUERIES.len() >= 45,
        "the table should hold at least 45 queries"
    );
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        QUERIES.len(),
        failures.join("\n")
    );
}

#[test]
fn queries_that_find_nothing() {
    let mut failures = Vec::new();
    for q in NOTHING {
        let hits = search(q);
        if !hits.is_empty() {
            failures.push(format!("{q:?}: want nothing, got {:?}", ids(&hits, 5)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(Query::parse("").is_empty() && Query::parse(" \t\u{3000}").is_empty());
    assert_eq!(Query::parse("   ").find("   "), None);
}

fn class(f: Field) -> u8 {
    match f {
        Field::Title | Field::Label | Field::Alias => 0,
        Field::Fact | Field::Text => 1,
    }
}

fn position(hits: &[Hit], id: &str) -> usize {
    let doc = &fixture().0;
    hits.iter()
        .position(|h| doc.node(h.node).id == id)
        .unwrap_or_else(|| panic!("{id} not found in {:?}", ids(hits, 10)))
}

#[test]
fn a_title_hit_ranks_above_a_text_hit() {
    // goals.4 comes first in the document, but only its text says 卡脖子.
    for q in ["卡脖子", "kabozi", "chokepoint"] {
        let hits = search(q);
        let (term, goal) = (
            position(&hits, "glossary.chokepoint"),
            position(&hits, "goals.4"),
        );
        assert!(term < goal, "{q}: {:?}", ids(&hits, 5));
        assert_eq!(class(hits[term].field), 0, "{q}: {:?}", hits[term]);
        assert_eq!(hits[goal].field, Field::Text, "{q}: {:?}", hits[goal]);
    }
}

#[test]
fn an_exact_title_beats_a_prefix_title() {
    // measures.5.2 (label 大湾区集群联动发展) and measures.2.4 come first in the document.
    let cases = [
        ("大湾区", "glossary.greater-bay-area", "measures.5.2"),
        (
            "重大科技基础设施",
            "glossary.major-st-infrastructure",
            "measures.2.4",
        ),
        (
            "Greater Bay Area",
            "glossary.greater-bay-area",
            "measures.5.2",
        ),
    ];
    for (q, exact, other) in cases {
        let hits = search(q);
        let (e, o) = (position(&hits, exact), position(&hits, other));
        assert!(e < o, "{q}: {:?}", ids(&hits, 5));
        assert_eq!(hits[e].kind, MatchKind::Exact, "{q}: {:?}", hits[e]);
        assert!(hits[o].kind > MatchKind::Exact, "{q}: {:?}", hits[o]);
        assert_eq!(class(hits[o].field), 0, "{q}: {:?}", hits[o]);
    }
}

#[test]
fn pinyin_ranks_below_characters_and_initials_below_pinyin() {
    let hits = search("半导体");
    assert!(hits.iter().all(|h| h.kind <= MatchKind::Contains));
    let hits = search("bandaoti");
    assert!(hits.iter().all(|h| h.kind == MatchKind::Pinyin));
    let hits = search("bdt");
    assert!(hits.iter().all(|h| h.kind == MatchKind::Initials));
}

/// The order every result list must have: field class, then match kind, then document order.
fn assert_ranked(q: &str, hits: &[Hit]) {
    for w in hits.windows(2) {
        let key = |h: &Hit| (class(h.field), h.kind, h.node);
        assert!(key(&w[0]) < key(&w[1]), "{q:?} out of order: {w:?}");
    }
}

fn all_queries() -> impl Iterator<Item = &'static str> {
    QUERIES.iter().map(|r| r.0).chain(NOTHING.iter().copied())
}

#[test]
fn results_are_ranked_and_one_per_node() {
    for q in all_queries() {
        assert_ranked(q, &search(q));
    }
}

#[test]
fn results_are_deterministic() {
    let (doc, index) = fixture();
    let again = Index::build(doc);
    for q in all_queries() {
        let query = Query::parse(q);
        let first = index.search(&query);
        assert_eq!(first, index.search(&query), "{q:?} twice");
        assert_eq!(first, again.search(&query), "{q:?} on a rebuilt index");
        assert_eq!(first, index.search(&Query::parse(q)), "{q:?} reparsed");
    }
}

/// Ranges non-empty, on char boundaries of `s`, sorted and not overlapping.
fn check_ranges(what: &str, s: &str, ranges: &[Range<usize>]) -> Result<(), String> {
    let mut prev_end = 0;
    for (i, r) in ranges.iter().enumerate() {
        let ok = r.start < r.end
            && r.end <= s.len()
            && s.is_char_boundary(r.start)
            && s.is_char_boundary(r.end)
            && (i == 0 || prev_end <= r.start);
        if !ok {
            return Err(format!("{what}: bad range {r:?} in {ranges:?} of {s:?}"));
        }
        prev_end = r.end;
    }
    Ok(())
}

fn check_hits(q: &str) -> Result<(), String> {
    let doc = &fixture().0;
    let hits = search(q);
    for h in &hits {
        check_ranges(&format!("{q:?} → {h:?}"), h.matched_text(doc), &h.ranges)?;
    }
    // Rank order too, as a plain check so proptest can shrink it.
    for w in hits.windows(2) {
        let key = |h: &Hit| (class(h.field), h.kind, h.node);
        if key(&w[0]) >= key(&w[1]) {
            return Err(format!("{q:?} out of order: {w:?}"));
        }
    }
    Ok(())
}

#[test]
fn hit_ranges_lie_on_char_boundaries() {
    for q in all_queries() {
        check_hits(q).unwrap();
    }
}

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
                    if !hits.iter().any(|h| doc.node(h.node).id == n.id) && !q.trim().is_empty() {
                        failures.push(format!("{q:?} does not find {}", n.id));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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

/// Some text of the document to run `Query::find` on.
fn texts() -> Vec<&'static str> {
    let doc = &fixture().0;
    let mut out = Vec::new();
    for n in doc.nodes() {
        out.extend([n.title.zh.as_str(), n.title.en.as_str()]);
        if let Some(t) = &n.text {
            out.extend([t.zh.as_str(), t.en.as_str()]);
        }
    }
    out
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

#[test]
fn find_reports_the_kind_of_match() {
    let kind = |q: &str, s: &str| Query::parse(q).find(s).map(|m| m.kind);
    assert_eq!(
        kind("半导体与集成电路", "半导体与集成电路"),
        Some(MatchKind::Exact)
    );
    assert_eq!(kind("半导体", "半导体与集成电路"), Some(MatchKind::Prefix));
    assert_eq!(
        kind("集成电路", "半导体与集成电路"),
        Some(MatchKind::Contains)
    );
    assert_eq!(kind("laser", "Laser"), Some(MatchKind::Exact));
    assert_eq!(kind("smart", "Smart robots"), Some(MatchKind::Prefix));
    assert_eq!(kind("robot", "Smart robots"), Some(MatchKind::Contains));
    assert_eq!(kind("jiguang", "激光与增材制造"), Some(MatchKind::Pinyin));
    assert_eq!(kind("jg", "激光与增材制造"), Some(MatchKind::Initials));
    assert_eq!(kind("xyzzy", "激光与增材制造"), None);
}
