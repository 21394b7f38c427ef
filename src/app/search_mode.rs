//! The search's modes as one enum: idle, typing in the box, or showing results after Enter.

use std::collections::HashSet;

use super::line::LineInput;
use crate::model::NodeId;
use crate::search::{Hit, Index, Query};

/// Hits of one query and which of them is current.
#[derive(Debug, Clone)]
pub struct Results {
    pub query: Query,
    pub hits: Vec<Hit>,
    pub current: usize,
}

impl Results {
    /// The query is read in NFC, as the document's text is (see [`crate::text::nfc`]).
    pub fn run(index: &Index, input: &str) -> Self {
        let query = Query::parse(&crate::text::nfc(input));
        let hits = index.search(&query);
        Results {
            query,
            hits,
            current: 0,
        }
    }

    /// The results for `input` typed on from these. The index keeps the hits of the words
    /// searched last and narrows a lengthened word from them, so typing on stays quick in a
    /// large library.
    pub fn refine(&self, index: &Index, input: &str) -> Self {
        Results::run(index, &crate::text::nfc(input))
    }

    pub fn current_hit(&self) -> Option<&Hit> {
        self.hits.get(self.current)
    }

    pub fn step(&mut self, forward: bool) {
        let n = self.hits.len();
        if n > 0 {
            self.current = if forward {
                (self.current + 1) % n
            } else {
                (self.current + n - 1) % n
            };
        }
    }

    /// The nodes that matched, in document order.
    pub fn matched_nodes(&self) -> HashSet<NodeId> {
        self.hits.iter().map(|h| h.node).collect()
    }
}

/// Where the reader was when the box opened, to return there on Esc.
#[derive(Debug, Clone)]
pub struct Origin {
    pub selected: NodeId,
    pub opened: HashSet<NodeId>,
}

#[derive(Debug, Clone)]
pub struct Typing {
    pub input: LineInput,
    pub results: Results,
    pub origin: Origin,
    /// Position in the session's query history while recalling with Up/Down.
    pub recall: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub enum Search {
    #[default]
    Idle,
    Typing(Typing),
    Showing(Results),
}

impl Search {
    /// The results to highlight and filter by, if any.
    pub fn results(&self) -> Option<&Results> {
        match self {
            Search::Idle => None,
            Search::Typing(t) => Some(&t.results),
            Search::Showing(r) => Some(r),
        }
    }

    pub fn is_typing(&self) -> bool {
        matches!(self, Search::Typing(_))
    }
}
