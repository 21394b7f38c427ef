//! The switch to mimalloc for a large library, end to end in a process of its own: blocks made
//! before the switch (by the system allocator) are grown and freed after it, and a library loaded
//! after it is indexed, searched and freed.

use std::sync::Arc;

use yijian::model::{Limits, load_embedded, load_str};
use yijian::search::{Index, Query};

#[test]
fn a_process_switches_to_mimalloc_for_a_large_library() {
    let before = Arc::new(load_embedded().unwrap());
    let mut kept: Vec<String> = (0..2000).map(|i| format!("{i} 半导体")).collect();
    let index = Index::build(&before);
    assert!(!index.search(&Query::parse("半导体")).is_empty());

    yijian::memory::for_large_library();
    // Grown and freed after the switch, by the allocator that made them.
    kept.iter_mut().for_each(|s| s.push_str(" 集成电路"));
    kept.truncate(10);
    kept.shrink_to_fit();
    drop(index);
    drop(before);

    let mut src = String::from(
        "schema: 1\ndocument:\n  id: root\n  kind: document\n  title: {zh: 文库, en: Library}\n  children:\n",
    );
    for i in 0..6000 {
        src.push_str(&format!(
            "    - id: n{i}\n      kind: measure\n      title: {{zh: 半导体与集成电路{i}, en: Semiconductors {i}}}\n      text: {{zh: 培育发展战略性支柱产业集群。, en: Cultivating the clusters.}}\n"
        ));
    }
    assert!(src.len() as u64 >= yijian::memory::LARGE_FILE);
    let doc = Arc::new(load_str(&src, "big.yaml", &Limits::default()).unwrap());
    assert_eq!(doc.len(), 6001);
    let index = Index::build(&doc);
    assert_eq!(index.search(&Query::parse("bandaoti")).len(), 6000);
    // Each word on its own: `59` is found inside numbers, as a query of `59` alone finds it.
    let with_59 = (0..6000).filter(|i| i.to_string().contains("59")).count();
    assert_eq!(
        index.search(&Query::parse("semiconductors 59")).len(),
        with_59
    );
    assert_eq!(kept[9], "9 半导体 集成电路");
}
