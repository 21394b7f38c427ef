//! The file format exactly as written on disk (docs/SCHEMA.md), before validation.
//!
//! Every struct refuses unknown keys so that a typo in a policy file is reported, not ignored.
//! Every string and node is charged against the load's budget as it is read (see `budget`).
//! `yijian import` builds these structs and writes them out, so that an imported document is
//! the same file format, read back and validated like any other.

use serde::{Deserialize, Serialize};

use super::Kind;
use super::budget;

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub schema: u32,
    pub document: RawNode,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    /// `None` when left out, which schema 2 allows for one of the two; validation tells.
    #[serde(
        default,
        deserialize_with = "budget::some_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub zh: Option<String>,
    #[serde(
        default,
        deserialize_with = "budget::some_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub en: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    #[serde(deserialize_with = "budget::string")]
    pub key: String,
    pub name: RawText,
    pub value: RawText,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub issuer: RawText,
    #[serde(deserialize_with = "budget::string")]
    pub issued: String,
    pub source: RawText,
    #[serde(deserialize_with = "budget::string")]
    pub source_date: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    #[serde(deserialize_with = "budget::node_id")]
    pub id: String,
    pub kind: Kind,
    #[serde(
        default,
        deserialize_with = "budget::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub ordinal: Option<String>,
    pub title: RawText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<RawText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<RawFact>,
    #[serde(
        default,
        deserialize_with = "budget::strings",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<String>,
    #[serde(
        default,
        deserialize_with = "budget::strings",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub refs: Vec<String>,
    /// Boxed: only the root has one, and inline it would make every node 140 bytes larger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Box<RawMeta>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<RawNode>,
}
