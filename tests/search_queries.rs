//! The search engine against the embedded document: the questions readers ask, in every query form
//! the engine promises (Chinese, English words and phrases, pinyin, initials, traditional characters,
//! full-width forms), the queries that must find nothing, the ranking rules, and the kind of match
//! reported. Highlight ranges are tested in `search_ranges.rs`.

#[path = "common/search.rs"]
mod common;

use common::{check_hits, class, fixture, rank_key, search};
use yijian::search::{Field, Hit, Index, MatchKind, Query};

fn ids(hits: &[Hit], n: usize) -> Vec<&'static str> {
    let doc = &fixture().0;
    hits.iter().take(n).map(|h| &*doc.node(h.node).id).collect()
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
    ("省市联动、协同推进", "measures.1.1", Top1, "zh exact label"),
    ("省市联动", "glossary.provincial-municipal", Top1, "zh term"),
    ("省市联动", "measures.1.1", Top3, "zh words of a label"),
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
    // Below the two facts named 到2025年营业收入年均增速目标, which say it without a space.
    (
        "2025年",
        "clusters.pillar",
        Top3,
        "the growth fact's name says 2025年",
    ),
    // The emerging group's fact of the same name is shorter: both are in the first three.
    (
        "2025年营业收入年均增速",
        "clusters.pillar",
        Top3,
        "zh: 2025 growth target",
    ),
    ("增速目标", "clusters.pillar", Top3, "zh fact name"),
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
    ("weak areas", "glossary.weak-links", Top1, "en alias exact"),
    ("autos", "clusters.pillar.4", Top1, "en alias"),
    ("biomedicine", "clusters.pillar.9", Top1, "en title"),
    ("UHD", "clusters.pillar.8", Top1, "en acronym"),
    (
        "2025 growth target",
        "clusters.pillar",
        Top3,
        "en: 2025 growth target",
    ),
    ("development goals", "goals", Top1, "en label"),
    ("10% growth", "goals.1", Top3, "en: 10% growth"),
    ("产值规模", "clusters.pillar", Top1, "zh fact name"),
    (
        "annual growth target",
        "clusters.pillar",
        Top3,
        "en fact name (both groups carry it)",
    ),
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
    (
        "２０２５年",
        "clusters.pillar",
        Top3,
        "full-width digits + zh",
    ),
    // Pinyin: full syllables with and without spaces, and initials.
    ("jiguang", "clusters.emerging.7", Top1, "pinyin"),
    // Below 国土空间规划 (kong-jian-gui), the shorter title.
    ("jg", "clusters.emerging.7", Top3, "initials"),
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
    // An apostrophe ends a syllable: xi + an, which the document never reads (先 is xian).
    "xi'an",
    "xi’an",
    "xi'anjin",
    "xian'ji'n",
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

fn position(hits: &[Hit], id: &str) -> usize {
    let doc = &fixture().0;
    hits.iter()
        .position(|h| *doc.node(h.node).id == *id)
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

/// A reader typing pinyin means each character's common reading: a hit that needs another
/// (支 read qí in 支撑 for `qiche`, 区 read ōu for `ok`) ranks after every hit reading each
/// character by its common one, and says so; a real second reading (行 háng in 行业, 给 jǐ in
/// 供给) is still found.
#[test]
fn a_rare_reading_never_outranks_the_common_one() {
    let other = |h: &Hit| {
        matches!(
            h.kind,
            MatchKind::PinyinOtherReading | MatchKind::InitialsOtherReading
        )
    };
    let queries = [
        "qiche",
        "qìchē",
        "ok",
        "fod",
        "hangye",
        "gongji",
        "zengzhang",
        "fazhan",
        "diaoyan",
        "zhongda",
        "hy",
        "bdt",
        "jg",
        "xinxi",
        "chanye",
        "shi",
        "de",
        "zhi",
    ];
    for q in queries {
        let query = Query::parse(q);
        let hits = fixture().1.search(&query);
        let first_other = hits.iter().position(other).unwrap_or(hits.len());
        assert!(
            hits[first_other..].iter().all(other),
            "{q}: a common reading's hit after another reading's: {:?}",
            ids(&hits, 10)
        );
        for h in &hits {
            let why = h.why(&query).join(", ");
            assert_eq!(why.contains("(other reading)"), other(h), "{q}: {why}");
        }
    }
    // 汽车 (the query's common reading) before 支撑 (支 read qí, 撑 cheng cut short).
    let hits = search("qiche");
    assert_eq!(ids(&hits, 2), ["clusters.pillar.4", "clusters.pillar"]);
    let (car, prop) = (
        position(&hits, "clusters.pillar"),
        position(&hits, "goals.4"),
    );
    assert!(car < prop && hits[car].kind == MatchKind::Pinyin);
    assert_eq!(hits[prop].kind, MatchKind::PinyinOtherReading);
    // Only another reading finds these: 区 ōu and 块 kuài; 范 fàn, 区 ōu, 的 de.
    for q in ["ok", "fod"] {
        assert!(search(q).iter().all(other), "{q}");
    }
    // A second reading, where the text has no first-reading match, still comes first.
    let first = |q: &str| ids(&search(q), 1);
    assert_eq!(first("hangye"), ["glossary.producer-services"]);
    assert_eq!(first("zengzhang"), ["clusters.emerging"]);
    assert!(ids(&search("gongji"), 3).contains(&"glossary.supply-side-reform"));
}

/// The order every result list must have ([`common::rank_key`]).
fn assert_ranked(q: &str, hits: &[Hit]) {
    let doc = &fixture().0;
    for w in hits.windows(2) {
        assert!(
            rank_key(doc, &w[0]) < rank_key(doc, &w[1]),
            "{q:?} out of order: {w:?}"
        );
    }
}

fn all_queries() -> impl Iterator<Item = &'static str> {
    QUERIES.iter().map(|r| r.0).chain(NOTHING.iter().copied())
}

#[test]
fn results_are_ranked_and_one_per_node() {
    for q in all_queries() {
        let hits = search(q);
        assert_ranked(q, &hits);
        // Ranking in strict order alone would let a node in twice (once per field): say it.
        let nodes: std::collections::HashSet<_> = hits.iter().map(|h| h.node).collect();
        assert_eq!(nodes.len(), hits.len(), "{q:?}: a node hit more than once");
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

#[test]
fn hit_ranges_lie_on_char_boundaries() {
    for q in all_queries() {
        check_hits(q).unwrap();
    }
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
