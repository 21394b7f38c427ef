//! Search that forgives: for every form a reader may type a word in, a table of queries with the
//! node each must find among the first hits, and the reason the hit must give for matching.

#[path = "common/search.rs"]
mod common;

use common::{check_hits, fixture, rank_key};
use yijian::search::{Hit, Query};

/// A query, the node it must find within the first `within` hits, and a word the hit's reasons
/// must contain (`""`: any).
type Case = (&'static str, &'static str, usize, &'static str);

/// Runs the cases of one kind; every failure is reported at once.
fn run(kind: &str, cases: &[Case]) {
    let (doc, index) = fixture();
    let mut failures = Vec::new();
    for &(q, want, within, why) in cases {
        let query = Query::parse(q);
        let hits = index.search(&query);
        let top: Vec<(&str, Vec<String>)> = hits
            .iter()
            .take(within)
            .map(|h| (&*doc.node(h.node).id, h.why(&query)))
            .collect();
        match top.iter().find(|(id, _)| *id == want) {
            Some((_, reasons)) if reasons.iter().any(|r| r.contains(why)) => {}
            _ => failures.push(format!(
                "{q:?}: want {want} in {within} ({why}), got {top:?}"
            )),
        }
        if let Err(e) = check_hits(q) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{kind}:\n{}", failures.join("\n"));
}

#[test]
fn pinyin_in_every_written_form() {
    run(
        "pinyin",
        &[
            ("lüse", "clusters.pillar.2", 1, "pinyin"),
            ("lvse", "clusters.pillar.2", 1, "pinyin"),
            ("lu:se", "clusters.pillar.2", 1, "pinyin"),
            ("luse", "clusters.pillar.2", 1, "pinyin"),
            ("lǜsè", "clusters.pillar.2", 1, "pinyin"),
            ("LÜSE", "clusters.pillar.2", 1, "pinyin"),
            ("bàndǎotǐ", "clusters.emerging.1", 1, "pinyin"),
            ("ban4dao3ti3", "clusters.emerging.1", 1, "pinyin"),
            ("jiguang zhizao", "clusters.emerging.7", 1, "pinyin"),
            ("jg zz", "clusters.emerging.7", 1, "initials"),
            ("bandaoti jichengdianlu", "clusters.emerging.1", 1, "pinyin"),
            ("ban导体", "clusters.emerging.1", 1, "pinyin"),
            ("激光 zengcai", "clusters.emerging.7", 1, "pinyin"),
            ("robot 机器人", "clusters.emerging.3", 1, ""),
            ("zhineng jiadian", "clusters.pillar.3", 1, "pinyin"),
            ("qukuailian", "clusters.emerging.4", 1, "pinyin"),
            // A mistyped syllable: the letters one edit away that read as pinyin.
            ("jiguagn zhizao", "clusters.emerging.7", 1, "typo → jiguang"),
            ("jiguang zhizoa", "clusters.emerging.7", 1, "typo → zhizao"),
            ("bandaoit", "clusters.emerging.1", 1, "typo → bandaoti"),
            ("bnadaoti", "clusters.emerging.1", 1, "typo → bandaoti"),
            ("lvsse", "clusters.pillar.2", 1, "typo → lvse"),
            ("zhinegn jiadian", "clusters.pillar.3", 1, "typo → zhineng"),
        ],
    );
}

#[test]
fn chinese_as_readers_type_it() {
    run(
        "chinese",
        &[
            // Punctuation and quotes in the text never block a match.
            ("卡脖子问题", "glossary.chokepoint", 1, ""),
            ("十大战略性支柱产业集群", "clusters.pillar", 1, "exact"),
            ("“十大”战略性新兴产业集群", "clusters.emerging", 1, "exact"),
            // Variants folded on both sides; traditional characters.
            ("集羣", "measures.1", 1, "variant"),
            ("集羣治理", "measures.1", 1, "variant"),
            ("產業集羣", "glossary.industry-cluster", 1, ""),
            ("著力提升", "measures.4", 1, "variant"),
            ("半導體", "clusters.emerging.1", 1, "traditional"),
            ("綠色石化", "clusters.pillar.2", 1, "traditional"),
            // Taiwan and Hong Kong wording.
            ("產業叢集", "glossary.industry-cluster", 1, "regional"),
            ("智慧家電", "clusters.pillar.3", 1, "regional"),
            ("積體電路", "clusters.emerging.1", 1, "regional"),
            ("雷射", "clusters.emerging.7", 1, "regional"),
            // Numerals and digits as one.
            ("五千亿", "clusters.pillar", 1, "numeral → 5000亿"),
            ("两千亿", "clusters.emerging", 2, "numeral → 2000亿"),
            ("百分之十", "clusters.emerging", 1, "numeral → 10%"),
            ("二〇二五年", "clusters.pillar", 2, "numeral → 2025年"),
            // Digits typed for the numerals the text writes, the other way round.
            // A number written with Chinese is one run: `10大` is not `10` and `大` apart.
            ("10大", "clusters.pillar", 1, "numeral → 十大"),
            (
                "10大战略性新兴产业",
                "clusters.emerging",
                1,
                "numeral → 十大战略性新兴产业",
            ),
            // Its parts apart only when it is found nowhere as one run.
            ("2025目标", "goals", 4, "apart → 2025 目标"),
            // A run of Chinese found nowhere is read as the words the document has in it.
            ("培育产业集群", "goals", 3, "apart"),
            ("出台意见", "significance", 1, "apart"),
            ("集群营业收入增速目标", "clusters.pillar", 3, "apart"),
            ("5大基本原则", "principles", 1, "numeral → 五大基本原则"),
            ("5大 原则", "principles", 1, "numeral → 五大"),
            (
                "19大",
                "glossary.high-quality-development",
                1,
                "numeral → 十九大",
            ),
            ("2个特别行政区", "glossary.greater-bay-area", 1, ""),
            ("5个方面", "goals", 1, "numeral → 五个方面"),
            ("3项", "glossary.land-sea-energy", 1, "numeral → 三项"),
            // Question words dropped.
            ("支柱产业有哪些", "clusters.pillar", 1, ""),
            ("集群的目标是什么", "goals", 3, ""),
            ("什么是隐形冠军", "glossary.hidden-champions", 1, ""),
            ("卡脖子是什么意思？", "glossary.chokepoint", 1, ""),
        ],
    );
}

#[test]
fn english_as_readers_type_it() {
    run(
        "english",
        &[
            // Word forms.
            // The groups' own growth-target facts before a text that says it in passing.
            ("growth targets", "clusters.pillar", 2, "word form → target"),
            (
                "growth targets",
                "clusters.emerging",
                2,
                "word form → target",
            ),
            ("innovating", "principles.2", 3, "word form"),
            ("manufactured", "clusters.emerging.2", 1, "word form"),
            // As typed first (`policies`), then the other form (`policy`).
            (
                "policies",
                "glossary.policy-funds",
                40,
                "word form → policy",
            ),
            ("targets", "clusters.pillar", 3, "word form → target"),
            // British and American spellings.
            ("labor", "goals.1", 1, "spelling → labour"),
            ("optimise", "measures.1.2", 1, "spelling → optimize"),
            ("Macau", "glossary.greater-bay-area", 1, "spelling → macao"),
            (
                "standardisation",
                "goals.5",
                3,
                "spelling → standardization",
            ),
            // Typos: one edit for 4–7 letters, two for longer; a transposition is one.
            (
                "semicondutor",
                "clusters.emerging.1",
                1,
                "typo → semiconductor",
            ),
            ("semiconductros", "clusters.emerging.1", 1, "typo"),
            ("robto", "clusters.emerging.3", 1, "typo → robot"),
            (
                "integrated circiut",
                "clusters.emerging.1",
                1,
                "typo → circuit",
            ),
            ("biomedecine", "clusters.pillar.9", 1, "typo → biomedicine"),
            // One edit before two, wherever the two-edit word stands.
            (
                "guangzou",
                "glossary.greater-bay-area",
                1,
                "typo → guangzhou",
            ),
            // Stop words of questions.
            ("what are the five principles", "principles", 1, ""),
            (
                "what is a hidden champion",
                "glossary.hidden-champions",
                1,
                "",
            ),
            // Decomposed Unicode and accents.
            ("se\u{301}miconductor", "clusters.emerging.1", 1, ""),
            ("sémiconductor", "clusters.emerging.1", 1, ""),
        ],
    );
}

#[test]
fn synonyms_and_acronyms() {
    run(
        "synonyms",
        &[
            ("chips", "clusters.emerging.1", 1, "synonym"),
            ("GBA", "glossary.greater-bay-area", 1, "synonym"),
            ("cars", "clusters.pillar.4", 1, "synonym → automobile"),
            ("芯片", "clusters.emerging.1", 1, "synonym"),
            ("IC", "clusters.emerging.1", 1, "synonym"),
            // From the policy file's own `aliases`: `autos` names the automobile cluster.
            ("autos", "clusters.pillar.4", 1, ""),
        ],
    );
}

#[test]
fn partial_matches_when_no_node_holds_every_word() {
    run(
        "partial",
        &[
            (
                "chokepoint semiconductor",
                "glossary.chokepoint",
                1,
                "partial 1/2",
            ),
            ("robot 量子计算机", "clusters.emerging.3", 1, "partial 1/2"),
            ("quantum banana", "clusters.emerging.4", 1, "partial 1/2"),
        ],
    );
    // A node holding every word hides the partial ones.
    let (_, index) = fixture();
    let hits: Vec<Hit> = index.search(&Query::parse("quantum blockchain"));
    assert!(hits.iter().all(|h| !h.how.is_partial()), "{hits:?}");
    // Nothing at all still finds nothing.
    assert!(index.search(&Query::parse("xyzzy plugh")).is_empty());
}

#[test]
fn typos_are_not_tried_on_short_words_and_numbers() {
    let (_, index) = fixture();
    for q in ["rbt", "2024年", "xyzzy", "cafe"] {
        let query = Query::parse(q);
        let hits = index.search(&query);
        assert!(
            hits.iter()
                .all(|h| h.why(&query).iter().all(|r| !r.starts_with("typo"))),
            "{q}: {:?}",
            hits.iter().map(|h| h.why(&query)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn ranking_follows_the_rules() {
    let (doc, index) = fixture();
    // The pillar group's own growth-target fact outranks a passing mention.
    let query = Query::parse("growth target");
    let hits = index.search(&query);
    let pos = |id: &str| hits.iter().position(|h| &*doc.node(h.node).id == id);
    assert!(
        pos("clusters.pillar") < pos("glossary.operating-revenue"),
        "{hits:?}"
    );
    // Exact before word form before typo, whatever the field.
    let query = Query::parse("robots");
    let hits = index.search(&query);
    for w in hits.windows(2) {
        assert!(rank_key(doc, &w[0]) < rank_key(doc, &w[1]));
    }
    // A typo never outranks the word as typed: `robot` as typed finds no typo hits at all.
    assert!(hits.iter().all(|h| h.how.tier < 5));
}
