//! The search's modes as one enum: idle, typing in the box, or showing results after Enter.

use std::collections::HashSet;

use super::line::LineInput;
use crate::model::NodeId;
use crate::search::{Hit, Index, Query};

/// The order the results list shows hits in, which `n`/`N` follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HitOrder {
    /// Best match first, as the search ranks them.
    #[default]
    Rank,
    /// As the nodes come in the document.
    Document,
}

/// Hits of one query and which of them is current.
#[derive(Debug, Clone)]
pub struct Results {
    /// The query as parsed from the input.
    pub query: Query,
    /// In rank order, whatever the order shown.
    pub hits: Vec<Hit>,
    /// Index into `hits`.
    pub current: usize,
    /// The order the list shows hits in, and `n`/`N` follow.
    pub order: HitOrder,
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
            order: HitOrder::Rank,
        }
    }

    /// The results for `input` typed on from these. The index keeps the hits of the words
    /// searched last and narrows a lengthened word from them, so typing on stays quick in a
    /// large library.
    pub fn refine(&self, index: &Index, input: &str) -> Self {
        let mut results = Results::run(index, &crate::text::nfc(input));
        results.order = self.order;
        results
    }

    /// The current hit, or `None` when nothing matched.
    pub fn current_hit(&self) -> Option<&Hit> {
        self.hits.get(self.current)
    }

    /// Indices into `hits` in the order shown.
    pub fn shown(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.hits.len()).collect();
        if self.order == HitOrder::Document {
            // Stable: several hits in one node keep their rank order.
            idx.sort_by_key(|&i| self.hits[i].node);
        }
        idx
    }

    /// Where the current hit is in the order shown.
    pub fn current_place(&self) -> usize {
        match self.order {
            HitOrder::Rank => self.current,
            HitOrder::Document => self
                .shown()
                .iter()
                .position(|&i| i == self.current)
                .unwrap_or(0),
        }
    }

    /// Moves `delta` hits in the order shown, wrapping at either end.
    pub fn step_by(&mut self, delta: isize) {
        let n = self.hits.len();
        if n == 0 {
            return;
        }
        let place = self.current_place() as isize;
        let target = (place + delta).rem_euclid(n as isize) as usize;
        self.current = match self.order {
            HitOrder::Rank => target,
            HitOrder::Document => self.shown()[target],
        };
    }

    /// Moves to the `place`-th hit in the order shown (clamped).
    pub fn choose(&mut self, place: usize) {
        let shown = self.shown();
        if let Some(&i) = shown.get(place.min(shown.len().saturating_sub(1))) {
            self.current = i;
        }
    }

    /// One hit forward or back in the order shown, wrapping at either end.
    pub fn step(&mut self, forward: bool) {
        self.step_by(if forward { 1 } else { -1 });
    }

    /// Rank order ⇄ document order; the current hit stays current.
    pub fn toggle_order(&mut self) {
        self.order = match self.order {
            HitOrder::Rank => HitOrder::Document,
            HitOrder::Document => HitOrder::Rank,
        };
    }

    /// The nodes that matched, in document order.
    pub fn matched_nodes(&self) -> HashSet<NodeId> {
        self.hits.iter().map(|h| h.node).collect()
    }
}

/// Where the reader was when the box opened, to return there on Esc.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The node selected then.
    pub selected: NodeId,
    /// The nodes opened then.
    pub opened: HashSet<NodeId>,
    /// The results shown then (a search closed with Enter), which Esc shows again.
    pub shown: Option<Box<Results>>,
    /// The outline's filter then.
    pub filter: super::TreeFilter,
}

/// The search box open: what is typed, its results so far and where to return on Esc.
#[derive(Debug, Clone)]
pub struct Typing {
    /// The query being typed, edited as a line.
    pub input: LineInput,
    /// The results of the input as it stands, updated with each key.
    pub results: Results,
    /// Where the reader was when the box opened.
    pub origin: Origin,
    /// Position in the session's query history while recalling with Up/Down.
    pub recall: Option<usize>,
}

/// The search's mode.
#[derive(Debug, Clone, Default)]
pub enum Search {
    /// No search: nothing highlighted or filtered.
    #[default]
    Idle,
    /// The search box is open and takes the keys.
    Typing(Typing),
    /// The box was closed with Enter: the hits stay highlighted for `n`/`N`, `f` and `r`.
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

    /// The search box is open.
    pub fn is_typing(&self) -> bool {
        matches!(self, Search::Typing(_))
    }
}
