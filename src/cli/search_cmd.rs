//! `yijian search QUERY`: ranked hits as text or JSON, exit 1 when nothing matches. When `--limit`
//! cuts the list, a line on stderr says how many more there are (stdout stays the hits alone, so
//! JSON stays JSON).

use std::io::{self, Write};

use serde::Serialize;

use super::exit;
use crate::library::Library;
use crate::model::{Bilingual, Kind};
use crate::search::{Field, Hit, Index, Query, snippet};

#[derive(Serialize)]
struct JsonHit<'a> {
    /// `DOC:ID` where another open document has the same id.
    id: String,
    /// The id of the hit's document (its root), and the file it came from.
    doc: &'a str,
    file: &'a str,
    kind: Kind,
    title: &'a Bilingual,
    path: Vec<&'a str>,
    breadcrumb: String,
    field: Field,
    lang: Option<&'static str>,
    /// Why the hit matched: its reasons joined by ", " (`pinyin`, `typo → semiconductor`,
    /// `partial 2/3`, …).
    #[serde(rename = "match")]
    why: String,
    /// Words of the query the node holds, and how many the query has.
    words: [u8; 2],
    snippet: String,
    ranges: Vec<[usize; 2]>,
}

/// Runs `yijian search`: the hits of `query` (read in NFC) over `index`, best first, at most
/// `limit` of them, written to `out` as two lines of text each or as a pretty-printed JSON
/// array; when the limit cut the list, one line on `err` says how many more there are.
/// Returns the exit code: 0 with hits, 1 with none.
///
/// # Errors
///
/// A failed write to `out` (a write to `err` may fail quietly).
pub fn search(
    doc: &Library,
    index: &Index,
    query: &str,
    json: bool,
    limit: usize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    // Read in NFC, as the document's text is: a decomposed `café` finds the composed one.
    let query = Query::parse(&crate::text::nfc(query));
    let mut hits: Vec<Hit> = index.search(&query);
    let more = hits.len().saturating_sub(limit);
    hits.truncate(limit);
    if json {
        let items: Vec<JsonHit> = hits.iter().map(|h| to_json(doc, &query, h)).collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
    } else {
        for h in &hits {
            let n = doc.node(h.node);
            let lang = h.lang.unwrap_or(crate::model::Lang::En);
            writeln!(
                out,
                "{:<24} {:<13} {}",
                doc.qualified_id(h.node),
                n.kind.as_str(),
                n.title.joined(" | ")
            )?;
            writeln!(
                out,
                "    {}  [{}{}] ({}) {}",
                doc.breadcrumb(h.node, lang),
                field_name(h.field),
                h.lang.map_or(String::new(), |l| format!(" {}", l.code())),
                h.why(&query).join(", "),
                snippet(h.matched_text(doc), h.ranges(doc, &query).first(), 60),
            )?;
        }
    }
    if more > 0 {
        out.flush()?;
        // A closed stderr is no reason to fail what was printed.
        let _ = writeln!(
            err,
            "yijian: {more} more {} (--limit {} shows all)",
            if more == 1 { "hit" } else { "hits" },
            limit + more
        );
    }
    Ok(if hits.is_empty() {
        exit::NO_MATCH
    } else {
        exit::OK
    })
}

fn field_name(f: Field) -> &'static str {
    match f {
        Field::Title => "title",
        Field::Label => "label",
        Field::Alias => "alias",
        Field::Fact => "fact",
        Field::Text => "text",
    }
}

fn to_json<'a>(doc: &'a Library, query: &Query, h: &Hit) -> JsonHit<'a> {
    let n = doc.node(h.node);
    let ranges = h.ranges(doc, query);
    let lang = h.lang.unwrap_or(crate::model::Lang::En);
    let source = doc.source_of(h.node);
    JsonHit {
        id: doc.qualified_id(h.node),
        doc: &doc.node(source.root).id,
        file: &source.name,
        kind: n.kind,
        title: &n.title,
        path: doc
            .ancestors(h.node)
            .into_iter()
            .map(|a| &*doc.node(a).id)
            .collect(),
        breadcrumb: doc.breadcrumb(h.node, lang),
        field: h.field,
        lang: h.lang.map(|l| l.code()),
        why: h.why(query).join(", "),
        words: [h.how.words, h.how.of],
        snippet: snippet(h.matched_text(doc), ranges.first(), 80),
        ranges: ranges.iter().map(|r| [r.start, r.end]).collect(),
    }
}
