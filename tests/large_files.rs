//! Files large enough to be read in two parts at once (from 1 MB) load exactly as they would
//! whole: the same nodes in the same places, and for a bad file the same message, line and path.

use yijian::model::{Document, Limits, load_str};

/// A library of `sections` sections, each with `per` measures under it; `extra` is inserted
/// after the title of node `at` (a section or measure id). Gives the text and the line of the
/// insertion.
fn library(sections: usize, per: usize, at: &str, extra: &str) -> (String, usize) {
    let mut s = String::from(
        "schema: 1\ndocument:\n  id: root\n  kind: document\n  title: {zh: 文库, en: Library}\n  children:\n",
    );
    let mut line = 0;
    let mut node = |s: &mut String, pad: &str, id: &str, kind: &str| {
        s.push_str(&format!(
            "{pad}- id: {id}\n{pad}  kind: {kind}\n{pad}  title:\n{pad}    zh: 第{id}项\n{pad}    en: \"Item {id}\"\n"
        ));
        if id == at {
            line = s.lines().count() + 1;
            s.push_str(&format!("{pad}  {extra}\n"));
        }
        s.push_str(&format!(
            "{pad}  text:\n{pad}    zh: 培育发展战略性支柱产业集群和战略性新兴产业集群，是提升广东经济竞争力的内在要求。\n{pad}    en: Cultivating the clusters is what the economy of Guangdong needs to compete.\n"
        ));
    };
    for i in 0..sections {
        node(&mut s, "    ", &format!("s{i}"), "section");
        s.push_str("      children:\n");
        for j in 0..per {
            node(&mut s, "        ", &format!("s{i}.{j}"), "measure");
        }
    }
    (s, line)
}

fn load(src: &str) -> Result<Document, String> {
    load_str(src, "big.yaml", &Limits::default()).map_err(|e| e.to_string())
}

#[test]
fn a_large_library_loads_every_node_under_its_parent() {
    let (src, _) = library(60, 60, "", "");
    assert!(
        src.len() > 1 << 20,
        "{} bytes: too small to be cut",
        src.len()
    );
    let doc = load(&src).unwrap();
    assert_eq!(doc.len(), 1 + 60 * 61);
    let root = doc.node(doc.root());
    assert_eq!(root.children.len(), 60);
    for (i, &section) in root.children.iter().enumerate() {
        let s = doc.node(section);
        assert_eq!(&*s.id, format!("s{i}"));
        assert_eq!(s.parent, Some(doc.root()));
        let ids: Vec<_> = s
            .children
            .iter()
            .map(|&c| doc.node(c).id.to_string())
            .collect();
        let expected: Vec<_> = (0..60).map(|j| format!("s{i}.{j}")).collect();
        assert_eq!(ids, expected);
    }
    // Document order: each section, then its measures.
    let order: Vec<_> = doc.nodes().iter().map(|n| n.id.to_string()).collect();
    assert_eq!(order[1..=61].first().map(String::as_str), Some("s0"));
    assert_eq!(order.last().map(String::as_str), Some("s59.59"));
}

#[test]
fn a_mistake_in_either_half_is_reported_at_its_line_and_path() {
    for (at, path) in [
        ("s3.5", "document.children[3].children[5]"),
        ("s35", "document.children[35]"),
        ("s58.59", "document.children[58].children[59]"),
    ] {
        let (src, line) = library(60, 60, at, "colour: red");
        let m = load(&src).unwrap_err();
        assert!(m.starts_with(&format!("big.yaml:{line}:")), "{m}");
        assert!(
            m.contains(&format!("{path}: unknown field `colour`")),
            "{m}"
        );
    }
    // A reference that does not resolve, in the second half: found after the parts are joined.
    let (src, line) = library(60, 60, "s59.2", "refs: [nowhere]");
    let m = load(&src).unwrap_err();
    assert!(m.contains("nowhere"), "{m}");
    assert!(m.contains(&format!(":{}", line - 5)), "{m}");
}
