//! What a file may expand to while it is parsed: strings and nodes are counted as serde builds
//! them, and parsing stops at the place where a limit is crossed.
//!
//! The file-size limit alone does not bound memory: Unicode compatibility characters expand
//! when the search index folds them (U+FDFA into eighteen letters), and a YAML alias repeats its anchored part
//! wherever it appears, so a 2 MB file with one 60 KB anchor and 30 000 aliases asks for 2 GB
//! (serde_yaml's own guard only limits alias jumps to 100 times the events read, which this stays
//! well within). Every string the raw structs take (with a fixed charge for its own footprint) and
//! every node is charged here against a budget set for one load.
//!
//! A string field is read as YAML's optional value first, so that the three spellings of null
//! (`~`, `null`, nothing) are refused alike rather than two of them read as text.

use std::cell::Cell;
use std::fmt;

use serde::de::{Error, Visitor};
use serde::{Deserialize, Deserializer};

use super::Limits;

/// What one string costs besides its bytes: the `String` itself, so that a million empty
/// strings are not free.
const STRING_COST: u64 = 24;

#[derive(Clone, Copy)]
struct Budget {
    text_bytes_left: u64,
    nodes_left: usize,
    limits: Limits,
}

thread_local! {
    /// The budget of the load running on this thread, if any (deserialising outside a load, as
    /// the build script does, is not limited).
    static BUDGET: Cell<Option<Budget>> = const { Cell::new(None) };
}

/// Ends the budget when the load it was set for ends, however it ends.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        BUDGET.with(|b| b.set(None));
    }
}

/// Sets the budget for one load on this thread.
pub fn start(limits: &Limits) -> Guard {
    BUDGET.with(|b| {
        b.set(Some(Budget {
            text_bytes_left: limits.text_bytes,
            nodes_left: limits.nodes,
            limits: *limits,
        }))
    });
    Guard(())
}

/// What keeping `s` costs once it is built: its bytes, and again the bytes of its compatibility
/// form (NFKC) where that differs, which the search index keeps beside it (one character such
/// as U+FDFA expands to eighteen).
fn built_bytes(s: &str) -> u64 {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};
    // ASCII and the unified ideographs, nearly all of a policy file, are their own
    // compatibility form; the check by ranges is several times quicker than by tables.
    if s.chars()
        .all(|c| c.is_ascii() || ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        return s.len() as u64;
    }
    let folded = match is_nfkc_quick(s.chars()) {
        IsNormalized::Yes => 0,
        _ => s.nfkc().map(char::len_utf8).sum::<usize>(),
    };
    (s.len() + folded) as u64
}

fn charge_string(s: &str) -> Result<(), String> {
    let len = s.len();
    BUDGET.with(|cell| {
        let Some(mut b) = cell.get() else {
            return Ok(());
        };
        if len > b.limits.string_bytes {
            return Err(format!(
                "a string of {len} bytes, over the limit of {} bytes",
                b.limits.string_bytes
            ));
        }
        let cost = built_bytes(s) + STRING_COST;
        if cost > b.text_bytes_left {
            return Err(format!(
                "the text adds up to more than {} bytes once YAML aliases and Unicode \
                 compatibility forms are expanded",
                b.limits.text_bytes
            ));
        }
        b.text_bytes_left -= cost;
        cell.set(Some(b));
        Ok(())
    })
}

fn charge_node() -> Result<(), String> {
    BUDGET.with(|cell| {
        let Some(mut b) = cell.get() else {
            return Ok(());
        };
        if b.nodes_left == 0 {
            return Err(format!("more than {} nodes", b.limits.nodes));
        }
        b.nodes_left -= 1;
        cell.set(Some(b));
        Ok(())
    })
}

/// A string field, charged against the budget; null is refused.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_option(NotNull(Charge { node: false }))
}

/// An optional string field, charged against the budget (null or absent is `None`).
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<Charged>::deserialize(d)?.map(|c| c.0))
}

/// A string that may be left out (`Option` with `#[serde(default)]`) but, when written, is a
/// string as [`string`] reads it: a null is refused, not taken as leaving it out.
pub fn some_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    string(d).map(Some)
}

/// A list of strings, each charged against the budget as it is read.
pub fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Vec::<Charged>::deserialize(d)?
        .into_iter()
        .map(|c| c.0)
        .collect())
}

/// A node's id: the node and the string both count.
pub fn node_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_option(NotNull(Charge { node: true }))
}

/// A string that must be there: YAML's null (`~`, `null` or an empty value) is an error, a
/// quoted `"~"` is the text `~`.
struct NotNull(Charge);

impl<'de> Visitor<'de> for NotNull {
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

    fn visit_unit<E: Error>(self) -> Result<String, E> {
        self.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_string(self.0)
    }
}

/// One element of a list of strings, charged when it is read (so the list stops where the budget
/// does, not after it has been built).
struct Charged(String);

impl<'de> Deserialize<'de> for Charged {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string(d).map(Charged)
    }
}

/// Takes a string and charges for it before keeping a copy. Refusing inside the visitor lets the
/// parser put its own line, column and path (`document.children[0].text.zh`) on the message.
struct Charge {
    node: bool,
}

impl Visitor<'_> for Charge {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<String, E> {
        if self.node {
            charge_node().map_err(E::custom)?;
        }
        charge_string(v).map_err(E::custom)?;
        Ok(v.to_owned())
    }
}
