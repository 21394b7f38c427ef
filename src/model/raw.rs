//! The file format exactly as written (docs/SCHEMA.md), before validation. Unknown keys are
//! refused, so a typo is reported; every string and node is charged to the load's `budget`.
//! `yijian import` builds and writes these, so an imported document is read back like any other.

use serde::{Deserialize, Serialize};

use super::Kind;
use super::budget;

/// A whole policy file: the `schema` version and the document's root node.
#[derive(Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a mapping with `schema` and `document` at the top level"
)]
pub struct RawFile {
    /// The schema version the file is written in: 1 or 2 (docs/SCHEMA.md, "Versions").
    pub schema: u32,
    /// The document's root node, which holds every other.
    pub document: RawNode,
}

/// A text in both languages, `{zh, en}`, as written.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, expecting = "`{zh: …, en: …}`")]
pub struct RawText {
    /// The Chinese; `None` when left out, which schema 2 allows for one of the two.
    #[serde(default, deserialize_with = "budget::given_string")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// The English; `None` when left out.
    #[serde(default, deserialize_with = "budget::given_string")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A named excerpt of the source about a node, for the compare view: `{key, name, value}`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a fact (`{key, name: {zh, en}, value: {zh, en}}`)"
)]
pub struct RawFact {
    /// An ASCII identifier (`definition`, `revenue_growth`, …) that lines facts up across nodes.
    #[serde(deserialize_with = "budget::string")]
    pub key: String,
    /// What the fact is, in both languages.
    pub name: RawText,
    /// The excerpt itself, in both languages.
    pub value: RawText,
}

/// Where the document comes from (root only): `{issuer, issued, source, source_date}`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "`{issuer, issued, source, source_date}`"
)]
pub struct RawMeta {
    /// Who issued the document, in both languages.
    pub issuer: RawText,
    /// The date issued, `YYYY-MM-DD` (checked by validation).
    #[serde(deserialize_with = "budget::string")]
    pub issued: String,
    /// Where the text was taken from (a gazette, a web page), in both languages.
    pub source: RawText,
    /// The date of the source, `YYYY-MM-DD` (checked by validation).
    #[serde(deserialize_with = "budget::string")]
    pub source_date: String,
}

/// One node of the document tree as written, with its children nested.
#[derive(Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a node (a mapping with `id`, `kind`, `title`, …)"
)]
pub struct RawNode {
    /// The node's id, unique in the document; the project's numbering of it.
    #[serde(deserialize_with = "budget::node_id")]
    pub id: String,
    /// What the node is: document, section, cluster, goal, ….
    pub kind: Kind,
    /// The number the source itself gives the node (`一`, `3`), shown before the title.
    #[serde(default, deserialize_with = "budget::nullable_string")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<String>,
    /// The node's title, in both languages.
    pub title: RawText,
    /// A short form of the title for tree rows, when the title is long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<RawText>,
    /// The node's text, in both languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<RawText>,
    /// Named excerpts of the source about this node.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<RawFact>,
    /// Other names a reader may type: indexed by search, not shown.
    #[serde(default, deserialize_with = "budget::strings")]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Ids of related nodes; every one must exist. The reverse links are derived.
    #[serde(default, deserialize_with = "budget::strings")]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refs: Vec<String>,
    /// Boxed: only the root has one, and inline it would make every node 140 bytes larger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Box<RawMeta>>,
    /// The node's children, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<RawNode>,
}
