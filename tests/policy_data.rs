//! The embedded policy.yaml against the seed text: nothing left out, nothing paraphrased, the
//! structure the browser relies on, and a complete English side.

use yijian::library::Library;
use yijian::model::{Kind, NodeId, load_embedded};

const SEED: &str = include_str!("fixtures/seed.txt");

/// The embedded document, as the library the browser reads.
fn doc() -> Library {
    Library::from(load_embedded().expect("embedded policy.yaml loads"))
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn ids_of(doc: &Library, kind: Kind) -> Vec<String> {
    doc.nodes()
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.id.to_string())
        .collect()
}

/// All Chinese of the official text as the file holds it (the glossary is the project's own).
fn official_zh(doc: &Library) -> String {
    let mut all = String::new();
    for n in doc
        .nodes()
        .iter()
        .filter(|n| !matches!(n.kind, Kind::Term | Kind::Glossary))
    {
        if let Some(o) = &n.ordinal {
            all.push_str(&format!("{o}、"));
        }
        all.push_str(&n.title.zh);
        all.push('\n');
        if let Some(t) = &n.text {
            all.push_str(&t.zh);
            all.push('\n');
        }
    }
    squeeze(&all)
}

#[test]
fn node_counts_per_kind() {
    let d = doc();
    let count = |k| d.nodes().iter().filter(|n| n.kind == k).count();
    assert_eq!(count(Kind::Document), 1);
    assert_eq!(count(Kind::Section), 4);
    assert_eq!(count(Kind::ClusterGroup), 2);
    assert_eq!(count(Kind::Cluster), 20);
    assert_eq!(count(Kind::Goal), 5);
    assert_eq!(count(Kind::Principle), 5);
    assert_eq!(count(Kind::MeasureGroup), 5);
    assert_eq!(count(Kind::Measure), 26);
    assert!(
        count(Kind::Term) >= 15,
        "glossary has {} terms",
        count(Kind::Term)
    );
}

#[test]
fn every_clause_of_the_seed_is_in_the_file_verbatim() {
    let d = doc();
    let all = official_zh(&d);
    let body = SEED.split("来源：").next().unwrap();
    let mut missing = Vec::new();
    for clause in squeeze(body).split(['。', '？', '！', '；', '：', '，']) {
        if !clause.is_empty() && !all.contains(clause) {
            missing.push(clause.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "clauses of the seed not found: {missing:#?}"
    );
}

#[test]
fn measures_are_verbatim_clauses_of_their_group() {
    let d = doc();
    for id in d.ids().filter(|&i| d.node(i).kind == Kind::Measure) {
        let n = d.node(id);
        let group = d.node(n.parent.unwrap());
        assert_eq!(
            group.kind,
            Kind::MeasureGroup,
            "{} is not under a measure group",
            n.id
        );
        assert!(
            group.text.as_ref().unwrap().zh.contains(&*n.title.zh),
            "{}: {:?} is not a clause of {}",
            n.id,
            n.title.zh,
            group.id
        );
    }
}

#[test]
fn clusters_follow_the_seed_order_with_the_glossary_names() {
    let d = doc();
    let names = |group: &str| -> Vec<(String, String)> {
        let g = d.find(group).unwrap();
        d.node(g)
            .children
            .iter()
            .map(|&c| {
                (
                    d.node(c).title.zh.to_string(),
                    d.node(c).title.en.to_string(),
                )
            })
            .collect()
    };
    let pillar = names("clusters.pillar");
    let emerging = names("clusters.emerging");
    let zh = |v: &[(String, String)]| {
        v.iter()
            .map(|(z, _)| z.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    assert!(SEED.contains(&format!("具体包括：{}。", zh(&pillar))));
    assert!(SEED.contains(&format!("具体包括：{}。", zh(&emerging))));
    assert_eq!(pillar[7].1, "Ultra-high-definition (UHD) video display");
    assert_eq!(
        emerging[6],
        (
            "激光与增材制造".into(),
            "Lasers and additive manufacturing".into()
        )
    );
    assert_eq!(
        emerging[8].1,
        "Safety, emergency response and environmental protection industries"
    );
    for (i, c) in d
        .node(d.find("clusters.emerging").unwrap())
        .children
        .iter()
        .enumerate()
    {
        assert_eq!(*d.node(*c).id, *format!("clusters.emerging.{}", i + 1));
        let goal = d.find("goals.1").unwrap();
        assert!(
            d.node(*c).refs.contains(&goal),
            "{} does not link to its growth goal",
            d.node(*c).id
        );
    }
}

#[test]
fn document_metadata_and_source_line() {
    let d = doc();
    let m = d.meta_of(d.first_root()).expect("root has meta");
    assert_eq!(m.issued, "2020-05-18");
    assert_eq!(m.source_date, "2020-06-17");
    let line = SEED.lines().find(|l| l.contains("来源")).unwrap();
    let date = m.source_date.split('-').collect::<Vec<_>>();
    let rebuilt = format!(
        "来源：{}{}年{}月{}日",
        m.source.zh, date[0], date[1], date[2]
    );
    assert_eq!(squeeze(line), rebuilt);
    let root = d.node(d.first_root());
    assert_eq!(
        &*root.title.zh,
        "《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》"
    );
}

#[test]
fn facts_quote_the_seed() {
    let d = doc();
    let seed = squeeze(SEED);
    for n in d.nodes() {
        for f in &n.facts {
            assert!(
                seed.contains(&squeeze(&f.value.zh)),
                "{} fact {}: {:?}",
                n.id,
                f.key,
                f.value.zh
            );
        }
    }
    let fact = |g: &str, key: &str| {
        let n = d.node(d.find(g).unwrap());
        n.facts
            .iter()
            .find(|f| &*f.key == key)
            .unwrap_or_else(|| panic!("{g} has no fact {key}"))
            .value
            .zh
            .to_string()
    };
    assert_eq!(fact("clusters.pillar", "output_value"), "产值5000亿元以上");
    // For the emerging clusters the figure is a ceiling, and only a gloss on 切口小.
    assert_eq!(
        fact("clusters.emerging", "output_value"),
        "切口小（产值在2000亿以内）"
    );
    assert!(fact("clusters.emerging", "revenue_growth").ends_with("年均增速10%以上"));
}

#[test]
fn one_fact_has_one_key_on_one_node() {
    // The compare view lines facts up by key: a fact under two keys, or on two nodes, cannot line up.
    let d = doc();
    let mut seen: Vec<(String, String)> = Vec::new();
    for n in d.nodes() {
        let mut keys: Vec<&str> = n.facts.iter().map(|f| &*f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n.facts.len(), "{}: a key twice", n.id);
        for f in &n.facts {
            let v = squeeze(&f.value.zh);
            if let Some((other, _)) = seen.iter().find(|(_, s)| *s == v) {
                panic!("{} {}: the same fact as {other}", n.id, f.key);
            }
            seen.push((format!("{} {}", n.id, f.key), v));
        }
    }
    let keys = |g: &str| -> Vec<String> {
        d.node(d.find(g).unwrap())
            .facts
            .iter()
            .map(|f| f.key.to_string())
            .collect()
    };
    assert_eq!(keys("clusters.pillar"), keys("clusters.emerging"));
}

#[test]
fn chinese_labels_shorten_their_titles_without_rewording() {
    // A label is the file's wording: it may leave characters of the title out, never add or reorder.
    let d = doc();
    for n in d.nodes() {
        let Some(label) = &n.label else { continue };
        let mut title = n.title.zh.chars();
        assert!(
            label.zh.chars().all(|c| title.any(|t| t == c)),
            "{}: label {:?} is not a shortening of {:?}",
            n.id,
            label.zh,
            n.title.zh
        );
    }
}

#[test]
fn english_is_complete_and_free_of_chinese_in_titles() {
    let d = doc();
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for n in d.nodes() {
        assert!(!n.title.en.trim().is_empty(), "{}", n.id);
        assert!(
            !han(&n.title.en),
            "{} English title has Chinese: {}",
            n.id,
            n.title.en
        );
        if let Some(t) = &n.text {
            assert!(!t.en.trim().is_empty(), "{}", n.id);
            // A translation is not a summary: English runs at least as long as a third of the
            // Chinese character count in words.
            let words = t.en.split_whitespace().count();
            let chars = t.zh.chars().count();
            assert!(
                words * 3 >= chars / 2,
                "{}: {words} English words for {chars} characters",
                n.id
            );
        }
    }
}

#[test]
fn ids_are_short_typable_and_cross_references_resolve_both_ways() {
    let d = doc();
    for n in d.nodes() {
        assert!(
            n.id.len() <= 40
                && n.id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "{}",
            n.id
        );
    }
    for expected in [
        "significance",
        "clusters",
        "goals",
        "approach",
        "goals.4",
        "clusters.emerging.1",
        "principles.5",
        "measures.5.4",
        "glossary.chokepoint",
    ] {
        assert!(d.find(expected).is_some(), "missing id {expected}");
    }
    for id in d.ids() {
        for &r in &d.node(id).refs {
            assert!(d.node(r).referenced_by.contains(&id));
        }
    }
    let goals = ids_of(&d, Kind::Goal);
    assert_eq!(
        goals,
        ["goals.1", "goals.2", "goals.3", "goals.4", "goals.5"]
    );
    let sections: Vec<NodeId> = d
        .ids()
        .filter(|&i| d.node(i).kind == Kind::Section)
        .collect();
    let ordinals: Vec<&str> = sections
        .iter()
        .map(|&s| d.node(s).ordinal.as_deref().unwrap())
        .collect();
    assert_eq!(ordinals, ["一", "二", "三", "四"]);
}

#[test]
fn long_titles_have_short_labels_for_tree_rows() {
    let d = doc();
    for n in d.nodes() {
        if n.title.zh.chars().count() > 16 {
            let label = n
                .label
                .as_ref()
                .unwrap_or_else(|| panic!("{} has a long title and no label", n.id));
            assert!(
                label.zh.chars().count() <= 16,
                "{} label too long: {}",
                n.id,
                label.zh
            );
        }
    }
}
