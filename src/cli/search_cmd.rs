//! `yijian search QUERY`: ranked hits as text or JSON, exit 1 when nothing matches.

use std::io::{self, Write};

use serde::Serialize;

use super::{breadcrumb, exit};
use crate::model::{Bilingual, Document, Kind};
use crate::search::{Field, Hit, Index, Query, snippet};

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
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

pub fn search(
    doc: &Document,
    index: &Index,
    query: &str,
    json: bool,
    limit: usize,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let query = Query::parse(query);
    let hits: Vec<Hit> = index.search(&query).into_iter().take(limit).collect();
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
                "{:<24} {:<13} {} | {}",
                n.id,
                n.kind.as_str(),
                n.title.zh,
                n.title.en
            )?;
            writeln!(
                out,
                "    {}  [{} {}] ({}) {}",
                breadcrumb(doc, h.node, lang),
                field_name(h.field),
                h.lang.map_or("", |l| l.code()),
                h.why(&query).join(", "),
                snippet(h.matched_text(doc), h.ranges(doc, &query).first(), 60),
            )?;
        }
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

fn to_json<'a>(doc: &'a Document, query: &Query, h: &Hit) -> JsonHit<'a> {
    let n = doc.node(h.node);
    let ranges = h.ranges(doc, query);
    let lang = h.lang.unwrap_or(crate::model::Lang::En);
    JsonHit {
        id: &n.id,
        kind: n.kind,
        title: &n.title,
        path: doc
            .ancestors(h.node)
            .into_iter()
            .map(|a| &*doc.node(a).id)
            .collect(),
        breadcrumb: breadcrumb(doc, h.node, lang),
        field: h.field,
        lang: h.lang.map(|l| l.code()),
        why: h.why(query).join(", "),
        words: [h.how.words, h.how.of],
        snippet: snippet(h.matched_text(doc), ranges.first(), 80),
        ranges: ranges.iter().map(|r| [r.start, r.end]).collect(),
    }
}
