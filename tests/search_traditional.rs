//! Every clause of the document's Chinese, converted to traditional characters as OpenCC writes
//! them for Taiwan (s2tw), Hong Kong (s2hk) and its own standard (s2t), is found at its node. The
//! conversion is OpenCC's own (the ferrous-opencc crate), not the index's: the search must
//! read what another program writes.

#[path = "common/search.rs"]
mod common;

use std::sync::OnceLock;

use common::fixture;
use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use proptest::prelude::*;
use yijian::search::{Query, is_looked_through};

fn converters() -> &'static [(&'static str, OpenCC)] {
    static C: OnceLock<Vec<(&'static str, OpenCC)>> = OnceLock::new();
    C.get_or_init(|| {
        [
            ("s2t", BuiltinConfig::S2t),
            ("s2hk", BuiltinConfig::S2hk),
            ("s2tw", BuiltinConfig::S2tw),
        ]
        .into_iter()
        .map(|(name, c)| {
            (
                name,
                OpenCC::from_config(c).expect("a built-in OpenCC config"),
            )
        })
        .collect()
    })
}

/// Each node's Chinese strings cut into clauses at punctuation, with the node's id.
fn clauses() -> Vec<(String, String)> {
    let doc = &fixture().0;
    let mut out = Vec::new();
    for n in doc.nodes() {
        let strings = std::iter::once(&n.title.zh)
            .chain(n.label.as_ref().map(|l| &l.zh))
            .chain(n.text.as_ref().map(|t| &t.zh))
            .chain(n.facts.iter().map(|f| &f.value.zh));
        for s in strings {
            for clause in s.split(|c: char| is_looked_through(c) || c.is_whitespace()) {
                if clause.chars().count() >= 2 {
                    out.push((clause.to_string(), n.id.to_string()));
                }
            }
        }
    }
    out
}

fn finds(q: &str, id: &str) -> bool {
    let (doc, index) = fixture();
    index
        .search(&Query::parse(q))
        .iter()
        .any(|h| &*doc.node(h.node).id == id)
}

#[test]
fn every_clause_in_every_traditional_form_finds_its_node() {
    let mut failures = Vec::new();
    let all = clauses();
    assert!(all.len() > 300, "{} clauses", all.len());
    for (clause, id) in &all {
        for (name, cc) in converters() {
            let q = cc.convert(clause);
            if !finds(&q, id) {
                failures.push(format!("{name} {q:?} (from {clause:?}) does not find {id}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any run of two to eight characters of a clause, converted, finds the clause's node.
    #[test]
    fn slices_of_converted_clauses_find_their_node(
        i in any::<prop::sample::Index>(),
        c in 0usize..3,
        start in 0usize..64,
        len in 2usize..9,
    ) {
        let all = clauses();
        let (clause, id) = &all[i.index(all.len())];
        let chars: Vec<char> = converters()[c].1.convert(clause).chars().collect();
        let start = start % chars.len();
        let slice: String = chars[start..(start + len).min(chars.len())].iter().collect();
        prop_assume!(slice.chars().any(|ch| !ch.is_ascii() && !is_looked_through(ch)));
        prop_assert!(finds(&slice, id), "{:?} does not find {}", slice, id);
    }
}
