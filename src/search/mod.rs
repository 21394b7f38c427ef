//! Bilingual search over a [`Library`](crate::library::Library): a pure library, query in, ranked hits out.
//!
//! A [`Query`] is analysed in visible stages (`pipeline`: normalise, split into words, expand
//! each word into alternatives, match, rank). The match stage is this index: it prepares every
//! title, label, alias, fact and text of every node once, and finds each alternative (a
//! [`query::Query`], here called a pattern) as text, word prefixes, pinyin and pinyin initials,
//! in traditional, variant and regional Chinese, keeping each node's best hit. The rank stage
//! joins the words' hits by node (`pipeline::rank`). The CLI and the TUI both use this module.

mod hit;
mod index;
mod normalize;
mod parallel;
mod pinyin;
mod pipeline;
mod prepared;
mod query;
mod regional;
mod simplify;
mod sketch;
mod snippet;
mod store;

pub use pipeline::rank::How;
pub use pipeline::{Query, Why};
/// The match stage's pattern: one alternative of one word, matched as the index matches it.
pub use query::Query as Pattern;
pub use query::{Match, MatchKind};
pub use snippet::snippet;

/// Whether a search looks through `c` as through a space: Chinese punctuation, quotes and
/// brackets, full-width or not. A query of only such characters is empty.
pub fn is_looked_through(c: char) -> bool {
    normalize::blind(c)
}

pub use hit::Hit;
use hit::{field_text, indexed};
pub use index::Index;

/// Which part of a node matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The node's title.
    Title,
    /// The node's short label for tree rows.
    Label,
    /// One of the node's aliases: other names a reader may type.
    Alias,
    /// One of the node's facts, as its name and value.
    Fact,
    /// The node's text.
    Text,
}

impl Field {
    /// Title-like fields rank above the body.
    pub(crate) fn class(self) -> u8 {
        match self {
            Field::Title | Field::Label | Field::Alias => 0,
            Field::Fact | Field::Text => 1,
        }
    }
}
