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
            // z/zh, c/ch, s/sh taken for each other, as typed by ear.
            ("zineng jiadian", "clusters.pillar.3", 1, "typo → zhineng"),
            ("jiguang zhizhao", "clusters.emerging.7", 1, "typo → zhizao"),
            ("sengwu yiyao", "clusters.pillar.9", 1, "typo → shengwu"),
            // v for ü after j, q, x, y, where pinyin writes plain u: pinyin, no typo.
            ("qvkuailian", "clusters.emerging.4", 1, "pinyin"),
            ("qvyv pinpai", "goals.5", 1, "pinyin"),
            ("xvqiu", "goals.2", 2, "pinyin"),
            // Capitals that read as pinyin are pinyin, not an acronym.
            ("LVSE", "clusters.pillar.2", 1, "pinyin"),
            // A character's common reading first; another still finds, marked.
            ("qiche", "clusters.pillar.4", 1, "pinyin"),
            ("qìchē", "clusters.pillar.4", 1, "pinyin"),
            ("qi4che1", "clusters.pillar.4", 1, "pinyin"),
            (
                "hangye",
                "glossary.producer-services",
                1,
                "pinyin (other reading)",
            ),
            (
                "gongji",
                "glossary.supply-side-reform",
                2,
                "pinyin (other reading)",
            ),
            ("zhongda", "glossary.major-st-infrastructure", 1, "pinyin"),
            ("diaoyan", "significance", 1, "pinyin"),
            ("ok", "clusters.emerging.4", 1, "initials (other reading)"),
            // An apostrophe ends a syllable.
            ("xian'jin", "clusters.pillar.5", 1, "pinyin"),
            ("Xian’jin", "clusters.pillar.5", 1, "pinyin"),
            ("chan'ye", "glossary.industry-cluster", 2, "pinyin"),
            ("zhi'neng jia'dian", "clusters.pillar.3", 1, "pinyin"),
            // A run of pinyin found nowhere as one: its words, found apart.
            ("jiguang'zengcai", "clusters.emerging.7", 1, "apart"),
            ("jiguang’zengcai", "clusters.emerging.7", 1, "apart"),
            ("jiguangzengcai", "clusters.emerging.7", 1, "apart"),
            ("bandaotijichengdianlu", "clusters.emerging.1", 1, "apart"),
            ("xinnengyuanqiche", "clusters.pillar.4", 3, "apart"),
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
            ("2025目标", "goals", 4, "apart"),
            ("20个集群", "measures.1.4", 1, "apart"),
            ("二十个集群", "measures.1.4", 1, "apart"),
            // A run of Chinese found nowhere is read as the words the document has in it.
            ("培育产业集群", "goals", 3, "apart"),
            ("出台意见", "significance", 1, "apart"),
            // A part the thesaurus knows is a word with its synonyms (芯片 → 半导体).
            (
                "芯片产业",
                "clusters.emerging",
                1,
                "synonym → semiconductor",
            ),
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
            ("隐形冠军是啥", "glossary.hidden-champions", 1, ""),
            ("卡脖子是什么意思？", "glossary.chokepoint", 1, ""),
            // Taiwan and Hong Kong wording of this field.
            ("產業聚落", "glossary.industry-cluster", 1, "regional"),
            ("品質為先", "principles.3", 1, "regional"),
            ("品質", "principles.3", 1, "regional"),
            ("高階裝備", "clusters.emerging.2", 1, "regional"),
            ("鐳射", "clusters.emerging.7", 1, "regional"),
            ("數碼創意", "clusters.emerging.8", 1, "regional"),
            ("營業額", "glossary.operating-revenue", 1, "regional"),
            // Numerals of dates and percentages typed half in digits.
            (
                "二〇二〇年五月十八日",
                "opinions",
                1,
                "numeral → 2020年5月18日",
            ),
            ("二零二零年五月", "opinions", 1, "numeral → 2020年5月"),
            ("百分之10", "clusters.emerging", 1, "numeral → 10%"),
            ("百分之10以上", "goals.1", 2, "numeral → 10%"),
            ("5千亿", "clusters.pillar", 1, "numeral → 5000亿"),
            // Questions as readers ask them.
            ("意见什么时候印发", "opinions", 1, ""),
            ("支柱产业有几个", "clusters.pillar", 1, ""),
            ("产业集群是什么意思", "glossary.industry-cluster", 1, ""),
            ("隐形冠军指的是什么", "glossary.hidden-champions", 1, ""),
            ("新兴产业集群有哪几个", "clusters.emerging", 1, ""),
            // A question the document asks in these words: where it asks it, and only there.
            ("哪些产业", "clusters", 1, ""),
            ("哪些產業", "clusters", 1, ""),
            ("意见出台的意义是什么", "significance", 1, ""),
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
            // `innovation` is derived from `innovate`: after the inflection `innovate`.
            ("innovating", "principles.2", 3, "derived word → innovation"),
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
            // `industry`, 产业 are optional beside other words: the cluster whose text never
            // says it is found, after the nodes holding every word, marked partial.
            (
                "semiconductor industry",
                "clusters.emerging.1",
                2,
                "partial 1/2",
            ),
            ("industry robots", "clusters.emerging.3", 2, "partial 1/2"),
            ("半导体产业", "clusters.emerging.1", 2, "partial 1/2"),
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
            // A British spelling and a plural; the hyphen of co-ordination.
            (
                "organisations",
                "glossary.industry-cluster",
                1,
                "spelling → organization",
            ),
            (
                "co-ordination",
                "measures.1.3",
                1,
                "spelling → coordination",
            ),
            ("co-operation", "principles.5", 1, "spelling → cooperation"),
            // Questions' words: how, will, does, mean, much, should are no words to find.
            (
                "how will guangdong support enterprises",
                "measures.5",
                1,
                "",
            ),
            (
                "what does hidden champion mean",
                "glossary.hidden-champions",
                1,
                "",
            ),
            (
                "how much should emerging clusters grow",
                "clusters.emerging",
                1,
                "",
            ),
            ("WHAT IS A CHOKEPOINT", "glossary.chokepoint", 1, "exact"),
        ],
    );
}

#[test]
fn synonyms_and_acronyms() {
    run(
        "synonyms",
        &[
            ("chips", "clusters.emerging.1", 1, "synonym"),
            // A phrase the thesaurus knows, in another form of its words.
            (
                "electric vehicles",
                "clusters.pillar.4",
                1,
                "synonym → automobile",
            ),
            (
                "electric cars",
                "clusters.pillar.4",
                1,
                "synonym → automobile",
            ),
            ("GBA", "glossary.greater-bay-area", 1, "synonym"),
            ("cars", "clusters.pillar.4", 1, "synonym → automobile"),
            ("芯片", "clusters.emerging.1", 1, "synonym"),
            ("IC", "clusters.emerging.1", 1, "synonym"),
            // From the policy file's own `aliases`: `autos` names the automobile cluster.
            ("autos", "clusters.pillar.4", 1, ""),
            // The reader's words for this field's things.
            (
                "HK",
                "glossary.greater-bay-area",
                1,
                "synonym → \"Hong Kong\"",
            ),
            ("香港特区", "glossary.greater-bay-area", 1, "synonym"),
            ("IT", "clusters.pillar.7", 2, "synonym"),
            ("IT", "clusters.pillar.1", 2, "synonym"),
            ("IP", "measures.2.6", 1, "synonym → patent"),
            ("intellectual property", "measures.2.6", 1, "synonym"),
            ("知识产权", "measures.2.6", 1, "synonym"),
            ("biotech", "clusters.pillar.9", 1, "synonym → biomedicine"),
            (
                "bottleneck",
                "glossary.chokepoint",
                1,
                "synonym → chokepoint",
            ),
            ("choke points", "glossary.chokepoint", 1, "synonym"),
            (
                "bottlenecks",
                "glossary.chokepoint",
                1,
                "synonym → chokepoint",
            ),
            // 短板与弱项, whose English the document gives as "shortcomings and weak areas";
            // goals.4 says "weak links" itself, and comes first.
            ("weak links", "goals.4", 1, "contains"),
            (
                "weak links",
                "glossary.weak-links",
                2,
                "synonym → shortcomings",
            ),
            ("weak link", "glossary.weak-links", 2, "synonym"),
            ("weak spots", "glossary.weak-links", 1, "synonym"),
            ("weak points", "glossary.weak-links", 1, "synonym"),
            ("shortfalls", "glossary.weak-links", 1, "synonym"),
            ("short boards", "glossary.weak-links", 1, "synonym"),
            ("补短板", "glossary.weak-links", 1, "synonym"),
            ("瓶颈", "glossary.chokepoint", 1, "synonym"),
            (
                "renewable energy",
                "clusters.emerging.6",
                1,
                "synonym → \"new energy\"",
            ),
            ("清洁能源", "clusters.emerging.6", 1, "synonym"),
            ("3D打印", "clusters.emerging.7", 1, "synonym"),
            (
                "人工智能",
                "clusters.emerging.3",
                1,
                "synonym → intelligent",
            ),
            (
                "Pearl River Delta",
                "glossary.greater-bay-area",
                1,
                "synonym",
            ),
            (
                "Canton",
                "glossary.greater-bay-area",
                1,
                "synonym → Guangzhou",
            ),
            (
                "chemicals",
                "clusters.pillar.2",
                1,
                "synonym → petrochemical",
            ),
            ("EV", "clusters.pillar.4", 1, "synonym"),
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
    assert!(hits.iter().all(|h| h.how.tier < 7));
}

#[test]
fn acronyms_and_symbols_are_matched_as_written() {
    run(
        "acronyms",
        &[
            ("R&D", "measures.2.5", 1, "prefix"),
            ("R&D", "glossary.producer-services", 2, "contains"),
            ("S&T", "glossary.major-st-infrastructure", 1, "contains"),
            ("UHD", "clusters.pillar.8", 1, ""),
            ("UHD 视频", "clusters.pillar.8", 1, ""),
            // Lower-case initials are pinyin, as before.
            ("jg zz", "clusters.emerging.7", 1, "initials"),
            ("bdt", "clusters.emerging.1", 1, "initials"),
        ],
    );
    let (doc, index) = fixture();
    // An acronym is no word prefix, no pinyin initials, no English word in lower case: `EV`
    // is not `every`, `HK` not 和可, `IT` not the pronoun; `R&D` not r… and d… words.
    for (q, none_of) in [
        ("EV", &["contains", "prefix", "exact", "initials"][..]),
        ("HK", &["initials", "pinyin", "contains"]),
        ("IT", &["contains", "prefix", "exact"]),
        ("GBA", &["initials"]),
    ] {
        let query = Query::parse(q);
        for h in index.search(&query) {
            let why = h.why(&query);
            assert!(
                why.iter()
                    .all(|w| none_of.iter().all(|n| !w.starts_with(n))),
                "{q}: {} {why:?}",
                doc.node(h.node).id
            );
        }
    }
    let query = Query::parse("R&D");
    for h in index.search(&query) {
        let text = h.matched_text(doc);
        let why = h.why(&query);
        assert!(
            text.contains("R&D") || why.iter().all(|w| w.starts_with("synonym")),
            "{} {why:?}: {text}",
            doc.node(h.node).id
        );
    }
}

#[test]
fn questions_find_what_their_words_find() {
    let (doc, index) = fixture();
    let nodes = |q: &str| -> Vec<(String, u8, u8)> {
        index
            .search(&Query::parse(q))
            .iter()
            .map(|h| (doc.node(h.node).id.to_string(), h.how.words, h.how.of))
            .collect()
    };
    for (question, words) in [
        ("意见什么时候印发", "意见 印发"),
        ("意见何时印发的", "意见 印发"),
        ("支柱产业有几个", "支柱产业"),
        ("支柱产业有多少个", "支柱产业"),
        ("产业集群是什么意思", "产业集群"),
        ("新兴产业集群有哪几个", "新兴产业集群"),
        ("隐形冠军指的是什么", "隐形冠军"),
        ("如何提升集群创新水平", "提升集群创新水平"),
        ("为什么要培育战略性产业集群", "培育战略性产业集群"),
        ("请问营商环境是否优化", "营商环境 优化"),
        (
            "how will guangdong support enterprises",
            "guangdong support enterprises",
        ),
        ("what does hidden champion mean", "hidden champion"),
        (
            "how much should emerging clusters grow",
            "emerging clusters grow",
        ),
        ("can you tell me about chokepoints", "chokepoints"),
        ("which pillar clusters would you list", "pillar clusters"),
    ] {
        let (asked, plain) = (nodes(question), nodes(words));
        assert!(!plain.is_empty(), "{words}");
        assert_eq!(asked, plain, "{question:?} and {words:?}");
    }
}

#[test]
fn every_thesaurus_entry_leads_to_the_document() {
    let (_, index) = fixture();
    let text = include_str!("../src/search/data/thesaurus.txt");
    let entries = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once("=>"));
    let mut failures = Vec::new();
    for (words, terms) in entries {
        // Some term the document writes.
        let found = terms.split('|').map(str::trim).any(|t| {
            let t = if t.contains(' ') {
                format!("\"{t}\"")
            } else {
                t.to_string()
            };
            !index
                .search_pattern(&yijian::search::Pattern::parse(&t))
                .is_empty()
        });
        if !found {
            failures.push(format!("no term of {terms:?} is in the document"));
        }
        // And every reader's word finds it.
        for w in words.split('|').map(str::trim) {
            let query = Query::parse(w);
            let hits = index.search(&query);
            if !hits.iter().any(|h| !h.how.is_partial()) {
                failures.push(format!("{w:?} finds nothing"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A word the thesaurus knows as English is read as English, not also as pinyin: `chip` is not
/// `chi` + `p…` (持平: chi ping), while `chi`, no English word of the thesaurus, is still pinyin.
#[test]
fn thesaurus_words_are_not_read_as_pinyin() {
    let yaml = "schema: 1\ndocument:\n  id: plan\n  kind: document\n  title: {zh: 规划, en: Plan}\n  children:\n    - id: s1\n      kind: section\n      title: {zh: 产值持平, en: Output held level}\n";
    let doc: std::sync::Arc<yijian::library::Library> =
        yijian::model::load_str(yaml, "t.yaml", &yijian::model::Limits::default())
            .expect("loads")
            .into();
    let index = yijian::search::Index::build(&doc);
    assert!(index.search(&Query::parse("chip")).is_empty());
    let query = Query::parse("chip");
    let hits = fixture().1.search(&query);
    assert!(
        hits.iter()
            .all(|h| !h.why(&query).join(" ").contains("pinyin"))
    );
    let query = Query::parse("chi");
    let hits = index.search(&query);
    assert!(
        hits.iter()
            .any(|h| h.why(&query).iter().any(|w| w == "pinyin"))
    );
}

/// The node ids of `q`'s hits in rank order, each with its reasons.
fn ranked(q: &str) -> Vec<(&'static str, String)> {
    let (doc, index) = fixture();
    let query = Query::parse(q);
    let hits = index.search(&query);
    if let Err(e) = check_hits(q) {
        panic!("{e}");
    }
    (hits.iter())
        .map(|h| (&*doc.node(h.node).id, h.why(&query).join(", ")))
        .collect()
}

/// Where `id` ranks among `hits` (0 first); panics when it is not there.
fn at(hits: &[(&str, String)], id: &str) -> usize {
    (hits.iter().position(|(i, _)| *i == id)).unwrap_or_else(|| panic!("{id} not in {hits:?}"))
}

#[test]
fn word_forms_inflections_first_derived_words_after_accidents_never() {
    // `emergency` shares `emerging`'s Snowball stem, not its meaning: not found at all, and
    // every hit holds `emerging` as typed.
    let hits = ranked("emerging");
    assert!(
        hits.iter()
            .all(|(_, why)| why == "contains" || why == "exact" || why == "prefix"),
        "{hits:?}"
    );
    assert!(
        !hits.iter().any(|(id, _)| *id == "clusters.emerging.9"),
        "{hits:?}"
    );
    assert!(at(&hits, "glossary.output-value") < 4);
    // And the other way round.
    let hits = ranked("emergency");
    assert_eq!(hits[0].0, "clusters.emerging.9");
    assert!(
        hits.iter().all(|(_, why)| !why.contains("emerging")),
        "{hits:?}"
    );
    // `firmly` is no form of `firms`, `important` none of `imports`.
    assert!(
        ranked("firms")
            .iter()
            .all(|(_, why)| !why.contains("firmly"))
    );
    assert!(
        ranked("firmly")
            .iter()
            .all(|(_, why)| !why.contains("firms"))
    );
    // Derived words after every inflection, the one sharing more of what was typed first:
    // `standardization` (goals.5) before `high-standard` (measures.5, a title).
    let hits = ranked("standardized");
    assert_eq!(
        hits[0],
        ("goals.5", "derived word → standardization".into())
    );
    assert_eq!(hits[1], ("measures.5", "derived word → standard".into()));
    let hits = ranked("developing");
    let last_form = hits
        .iter()
        .rposition(|(_, why)| !why.starts_with("derived word"));
    let first_derived = hits
        .iter()
        .position(|(_, why)| why.starts_with("derived word → development"));
    assert!(
        last_form < first_derived && first_derived.is_some(),
        "{hits:?}"
    );
    assert!(
        hits.iter().any(|(_, why)| why == "word form → developed"),
        "{hits:?}"
    );
    // An inflection ranks with what was typed: `standards` finds measures.5's `standard` in its
    // title before goals.5's `standardization`.
    let hits = ranked("standards");
    assert!(at(&hits, "measures.5") < at(&hits, "goals.5"), "{hits:?}");
    assert_eq!(hits[at(&hits, "measures.5")].1, "word form → standard");
}

#[test]
fn a_whole_word_the_thesaurus_knows_finds_its_synonyms_before_longer_words() {
    // `car` is a word: automobile before `Carry out…` and `carry`.
    let hits = ranked("car");
    assert_eq!(
        hits[0],
        ("clusters.pillar.4", "synonym → automobile".into())
    );
    let carry = at(&hits, "measures.2.5");
    assert!(
        hits[..carry]
            .iter()
            .all(|(_, why)| why.starts_with("synonym")),
        "{hits:?}"
    );
    // Still typing: `carr` finds `carry` first, as typed.
    let hits = ranked("carr");
    assert_eq!(hits[0], ("measures.2.5", "prefix".into()));
    // `auto` begins `automobile`: found as the synonym, first.
    assert_eq!(ranked("auto")[0].0, "clusters.pillar.4");
    // A thesaurus word that begins no other word is searched as before.
    assert_eq!(ranked("chips")[0].0, "clusters.emerging.1");
}
