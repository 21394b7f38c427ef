//! `yijian tree`: the outline, one node a line.

use std::io::{self, Write};

use crate::library::Library;
use crate::text::numbers::numbered;

/// Every document's outline in turn: id (`DOC:ID` where another document has the same id),
/// then the numbered titles in Chinese and English (or the one language a node has).
pub fn tree(doc: &Library, out: &mut dyn Write) -> io::Result<()> {
    let width = doc
        .ids()
        .map(|id| doc.qualified_id(id).len() + 2 * doc.node(id).depth)
        .max()
        .unwrap_or(0);
    for id in doc.ids() {
        let n = doc.node(id);
        let indent = "  ".repeat(n.depth);
        let pad = width - n.depth * 2;
        // One language where the node gives one (schema 2).
        let titles: Vec<String> = n
            .title
            .langs()
            .map(|lang| numbered(doc, id, lang))
            .collect();
        writeln!(
            out,
            "{indent}{:<pad$}  {}",
            doc.qualified_id(id),
            titles.join(" | ")
        )?;
    }
    Ok(())
}
