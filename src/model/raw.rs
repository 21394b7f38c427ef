//! The file format exactly as written on disk (docs/SCHEMA.md), before validation.
//!
//! Every struct refuses unknown keys so that a typo in a policy file is reported, not ignored.
//! Every string and node is charged against the load's budget as it is read (see `budget`).

use serde::Deserialize;

use super::Kind;
use super::budget;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub schema: u32,
    pub document: RawNode,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    #[serde(deserialize_with = "budget::string")]
    pub zh: String,
    #[serde(deserialize_with = "budget::string")]
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    #[serde(deserialize_with = "budget::string")]
    pub key: String,
    pub name: RawText,
    pub value: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub issuer: RawText,
    #[serde(deserialize_with = "budget::string")]
    pub issued: String,
    pub source: RawText,
    #[serde(deserialize_with = "budget::string")]
    pub source_date: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    #[serde(deserialize_with = "budget::node_id")]
    pub id: String,
    pub kind: Kind,
    #[serde(default, deserialize_with = "budget::opt_string")]
    pub ordinal: Option<String>,
    pub title: RawText,
    #[serde(default)]
    pub label: Option<RawText>,
    #[serde(default)]
    pub text: Option<RawText>,
    #[serde(default)]
    pub facts: Vec<RawFact>,
    #[serde(default, deserialize_with = "budget::strings")]
    pub aliases: Vec<String>,
    #[serde(default, deserialize_with = "budget::strings")]
    pub refs: Vec<String>,
    /// Boxed: only the root has one, and inline it would make every node 140 bytes larger.
    #[serde(default)]
    pub meta: Option<Box<RawMeta>>,
    #[serde(default)]
    pub children: Vec<RawNode>,
}
