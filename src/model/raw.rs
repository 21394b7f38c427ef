//! The file format exactly as written on disk (docs/SCHEMA.md), before validation.
//!
//! Every struct refuses unknown keys so that a typo in a policy file is reported, not ignored.

use serde::Deserialize;

use super::Kind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub schema: u32,
    pub document: RawNode,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub key: String,
    pub name: RawText,
    pub value: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub issuer: RawText,
    pub issued: String,
    pub source: RawText,
    pub source_date: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: String,
    pub kind: Kind,
    #[serde(default)]
    pub ordinal: Option<String>,
    pub title: RawText,
    #[serde(default)]
    pub label: Option<RawText>,
    #[serde(default)]
    pub text: Option<RawText>,
    #[serde(default)]
    pub facts: Vec<RawFact>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub refs: Vec<String>,
    #[serde(default)]
    pub meta: Option<RawMeta>,
    #[serde(default)]
    pub children: Vec<RawNode>,
}

/// Every key the format knows, for "did you mean" hints on unknown ones.
pub const KNOWN_KEYS: &[&str] = &[
    "schema",
    "document",
    "id",
    "kind",
    "ordinal",
    "title",
    "label",
    "text",
    "facts",
    "aliases",
    "refs",
    "meta",
    "children",
    "zh",
    "en",
    "key",
    "name",
    "value",
    "issuer",
    "issued",
    "source",
    "source_date",
];
