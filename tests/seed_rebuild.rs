//! Every paragraph of the seed, rebuilt from the embedded tree in document order and compared
//! whole with the seed (tests/fixtures/seed.txt, a copy of the official interpretation): nothing
//! missing, nothing added, nothing out of order. The rule is docs/SCHEMA.md's: a section's heading
//! is its ordinal, `、` and its title; any other node's text is a paragraph, except under a `part`,
//! whose text and its children's texts run on as one paragraph.

use yijian::model::{Document, Kind, NodeId, load_embedded};

const SEED: &str = include_str!("fixtures/seed.txt");

/// The seed's paragraphs: its non-blank lines, without the spaces the web page indented them with.
fn seed_paragraphs() -> Vec<&'static str> {
    SEED.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The paragraphs the subtree at `id` holds, in document order.
fn paragraphs(doc: &Document, id: NodeId, out: &mut Vec<String>) {
    let n = doc.node(id);
    match n.kind {
        // The file's own material, not the source's.
        Kind::Glossary | Kind::Term => return,
        Kind::Part => {
            let mut p = n
                .text
                .as_ref()
                .map(|t| t.zh.to_string())
                .unwrap_or_default();
            for &c in &n.children {
                assert!(
                    doc.node(c)
                        .children
                        .iter()
                        .all(|&g| doc.node(g).text.is_none()),
                    "{}: text below a part's children has no place in the paragraph",
                    doc.node(c).id
                );
                if let Some(t) = &doc.node(c).text {
                    p.push_str(&t.zh);
                }
            }
            out.push(p);
            return;
        }
        Kind::Section => {
            let o = n.ordinal.as_deref().expect("a section has its ordinal");
            out.push(format!("{o}、{}", n.title.zh));
        }
        _ => {}
    }
    if let Some(t) = &n.text {
        out.push(t.zh.to_string());
    }
    for &c in &n.children {
        paragraphs(doc, c, out);
    }
}

/// The page's footer: "来源：" with the source and its date, as the page writes them.
fn footer(doc: &Document) -> String {
    let m = doc.meta.as_ref().expect("the root has meta");
    let date: Vec<&str> = m.source_date.split('-').collect();
    format!(
        "来源：{}{}年{}月{}日",
        m.source.zh, date[0], date[1], date[2]
    )
}

#[test]
fn every_paragraph_of_the_seed_is_rebuilt_from_the_tree_in_order() {
    let doc = load_embedded().expect("embedded policy.yaml loads");
    let mut rebuilt = Vec::new();
    paragraphs(&doc, doc.root(), &mut rebuilt);
    rebuilt.push(footer(&doc));
    let mut seed: Vec<String> = seed_paragraphs().into_iter().map(String::from).collect();
    // The footer's layout space after the colon is the page's, not the text's.
    let last = seed.last_mut().unwrap();
    *last = last.split_whitespace().collect();
    assert_eq!(rebuilt.len(), seed.len(), "rebuilt {rebuilt:#?}");
    for (i, (r, s)) in rebuilt.iter().zip(&seed).enumerate() {
        assert_eq!(r, s, "paragraph {} differs", i + 1);
    }
}

#[test]
fn the_seed_has_the_paragraphs_the_rebuild_expects() {
    // Guards the fixture itself: the interpretation's intro, four questions, two cluster
    // paragraphs, the goals' lead and five goals, the two paragraphs of the approach, the footer.
    let p = seed_paragraphs();
    assert_eq!(p.len(), 17);
    assert!(p[0].starts_with("2020年5月18日"));
    assert_eq!(p[1], "一、《意见》出台的意义是什么？");
    assert!(p[15].starts_with("在具体举措上，一是改革创新集群治理方式。"));
    assert!(p[16].starts_with("来源："));
}

#[test]
fn ordinals_are_only_the_numbers_the_source_gives() {
    let doc = load_embedded().unwrap();
    for n in doc.nodes() {
        let Some(o) = n.ordinal.as_deref() else {
            continue;
        };
        // A section's ordinal opens its heading (checked by the rebuild); any other ordinal is the
        // "一是" that opens the node's own paragraph.
        if n.kind != Kind::Section {
            let text = n.text.as_ref().map(|t| &*t.zh).unwrap_or_default();
            assert!(
                text.starts_with(&format!("{o}是")),
                "{}: ordinal {o} is not the source's: {text:?}",
                n.id
            );
        }
    }
    for kind in [Kind::Cluster, Kind::Principle, Kind::Measure] {
        assert!(
            doc.nodes()
                .iter()
                .filter(|n| n.kind == kind)
                .all(|n| n.ordinal.is_none()),
            "the source does not number {kind:?} nodes"
        );
    }
}
