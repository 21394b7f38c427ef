//! What a file may expand to while it is parsed: every string is charged what keeping it costs
//! and every node id counts a node, as serde builds them, against a budget set for one load.
//!
//! The file-size limit alone does not bound memory: an alias repeats its anchored part (a 2 MB
//! file with a 60 KB anchor and 30 000 aliases asks for 2 GB, within serde_yaml's own guard), and
//! a compatibility character grows when the index folds it (U+FDFA into eighteen letters).
//! Refusing inside the visitor lets serde_yaml and serde_path_to_error place the message.

use std::cell::Cell;
use std::fmt;

use serde::de::{Error, Visitor};
use serde::{Deserialize, Deserializer};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::Limits;

/// What one string costs besides its bytes: the `String` itself, so that a million empty
/// strings are not free.
const STRING_COST: u64 = 24;

/// The limits of one load and what is left of them.
#[derive(Clone, Copy)]
struct Budget {
    limits: Limits,
    text_bytes_left: u64,
    nodes_left: usize,
}

thread_local! {
    /// The budget of the load running on this thread (none: raw structs read outside a load).
    static BUDGET: Cell<Option<Budget>> = const { Cell::new(None) };
}

/// Ends the budget when the load it was set for ends, however it ends.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        BUDGET.set(None);
    }
}

/// Sets the budget for one load on this thread.
pub fn start(limits: &Limits) -> Guard {
    BUDGET.set(Some(Budget {
        limits: *limits,
        text_bytes_left: limits.text_bytes,
        nodes_left: limits.nodes,
    }));
    Guard(())
}

/// What keeping `s` costs in bytes: the string, and again its compatibility form (NFKC) where
/// that differs, which the search index keeps beside it.
fn built_bytes(s: &str) -> u64 {
    // Most strings of a policy file (ids, English, Chinese titles) are ASCII or unified
    // ideographs, their own NFKC form: a range test is quicker than the tables. A string with
    // full-width punctuation (`，`) takes the tables, and is charged its folded form too.
    let plain = |c: char| c.is_ascii() || ('\u{4e00}'..='\u{9fff}').contains(&c);
    let folded = if s.chars().all(plain) || is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        0
    } else {
        s.nfkc().map(char::len_utf8).sum::<usize>()
    };
    (s.len() + folded) as u64
}

/// Charges `s`, and a node when `s` is a node's id, against this thread's budget, if any.
fn charge(s: &str, node: bool) -> Result<(), String> {
    let Some(mut b) = BUDGET.get() else {
        return Ok(());
    };
    if node {
        b.nodes_left = (b.nodes_left.checked_sub(1))
            .ok_or_else(|| format!("more than {} nodes", b.limits.nodes))?;
    }
    if s.len() > b.limits.string_bytes {
        return Err(format!(
            "a string of {} bytes, over the limit of {} bytes",
            s.len(),
            b.limits.string_bytes
        ));
    }
    b.text_bytes_left =
        (b.text_bytes_left.checked_sub(built_bytes(s) + STRING_COST)).ok_or_else(|| {
            format!(
                "the text adds up to more than {} bytes once YAML aliases and Unicode \
                 compatibility forms are expanded",
                b.limits.text_bytes
            )
        })?;
    BUDGET.set(Some(b));
    Ok(())
}

/// A string field, charged; YAML's null is refused (see [`Text`]).
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_option(Text { node: false })
}

/// A node's id: charged as a string and as a node.
pub fn node_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_option(Text { node: true })
}

/// A string that may be left out (with `#[serde(default)]`); a null is refused as by [`string`].
pub fn given_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    string(d).map(Some)
}

/// An optional string field, charged (null or absent is `None`).
pub fn nullable_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<Charged>::deserialize(d)?.map(|c| c.0))
}

/// A list of strings, each charged as it is read, so that the list stops where the budget does.
pub fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Vec::<Charged>::deserialize(d)?
        .into_iter()
        .map(|c| c.0)
        .collect())
}

/// One charged string, as an element of a list or an option.
#[derive(Deserialize)]
#[serde(transparent)]
struct Charged(#[serde(deserialize_with = "string")] String);

/// A string that must be there, charged before a copy is kept. Read as an optional value first,
/// so that all three spellings of null (`~`, `null`, nothing) are refused, not two read as text.
struct Text {
    node: bool,
}

impl<'de> Visitor<'de> for Text {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_none<E: Error>(self) -> Result<String, E> {
        Err(E::custom(
            "no value (YAML reads `~`, `null` and an empty value as nothing): write the text, \
             quoted if it is `~` or `null`",
        ))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_string(self)
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<String, E> {
        charge(v, self.node).map_err(E::custom)?;
        Ok(v.to_owned())
    }
}
