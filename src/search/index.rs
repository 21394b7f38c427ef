//! The match stage: the index of every searchable string of a library, built once, and the search
//! of a query's words (each alternative a pattern) over it, with the hits of the last patterns
//! kept so that a query typed one key at a time narrows the previous key's hits.

use std::sync::{Arc, Mutex, OnceLock};

use super::parallel::{LEARN_FROM, in_parallel, ranked, split};
use super::pinyin::{self, HanTable};
use super::pipeline::{self, Query, Vocab};
use super::store::Part;
use super::{Hit, Pattern, simplify};
use crate::library::Library;
use crate::model::NodeId;

/// Every searchable string of a document, ready for matching. It shares the document, whose
/// strings it reads instead of keeping copies.
pub struct Index {
    doc: Arc<Library>,
    /// Contiguous runs of whole nodes in document order, one per worker thread.
    parts: Vec<Part>,
    han: HanTable,
    /// The index's own English words and the document's alias entries (`pipeline::vocab`).
    vocab: OnceLock<Vocab>,
    /// The thread making `vocab`, for a large library.
    pending: Mutex<Option<std::thread::JoinHandle<Vocab>>>,
    /// The hits of the patterns searched last: typing on changes only the last word, whose
    /// pattern is often narrowed from the previous keystroke's.
    cache: Mutex<Vec<(Pattern, Arc<Vec<Hit>>)>>,
}

/// Patterns whose hits [`Index`] keeps.
const CACHED: usize = 48;

impl Index {
    /// Builds the index over every node of every document in `doc`: each field's strings
    /// (title, label, aliases, facts as "name value", text; both languages) prepared once for
    /// matching, the nodes split into contiguous runs of document order, one per worker thread,
    /// so that a search runs the runs in parallel. It reads the documents' strings in place
    /// rather than copying them. Linear in the text. The index's own vocabulary (for word forms,
    /// typos and synonyms) is made here for a small library; for a large one it is made on a
    /// thread of its own while the program goes on to its first screen, and the first search
    /// that needs it waits for it. Nothing here fails.
    pub fn build(doc: &Arc<Library>) -> Self {
        // Nodes are stored in parallel, each thread a contiguous run of them, so that a search
        // can run each part on its own thread and still list hits in document order.
        let ids: Vec<NodeId> = doc.ids().collect();
        if ids.len() >= LEARN_FROM {
            simplify::learn();
        }
        let mut parts = in_parallel(&split(&ids, 500), |chunk| Part::build(doc, chunk));
        let mut seen = pinyin::Seen::default();
        for p in &parts {
            seen.merge(&p.seen);
        }
        let han = HanTable::new(&seen);
        let sketches = in_parallel(&parts, |p| p.sketches(&han));
        for (p, s) in parts.iter_mut().zip(sketches) {
            p.sketches = s;
        }
        // A large library's dictionary is made on a thread of its own while the program goes on
        // (to its first screen); the first search waits for it if it must.
        let (vocab, pending) = if ids.len() >= LEARN_FROM {
            let doc = Arc::clone(doc);
            (
                OnceLock::new(),
                Some(std::thread::spawn(move || Vocab::build(&doc))),
            )
        } else {
            (OnceLock::from(Vocab::build(doc)), None)
        };
        Index {
            doc: Arc::clone(doc),
            han,
            parts,
            vocab,
            pending: Mutex::new(pending),
            cache: Mutex::new(Vec::new()),
        }
    }

    /// The dictionary of the index's words, once made.
    fn vocab(&self) -> &Vocab {
        if let Some(v) = self.vocab.get() {
            return v;
        }
        let pending = self
            .pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(h) = pending {
            // A panic there is a bug: made again here, where it shows.
            let v = h.join().unwrap_or_else(|_| Vocab::build(&self.doc));
            let _ = self.vocab.set(v);
        }
        self.vocab.get_or_init(|| Vocab::build(&self.doc))
    }

    /// The document searched.
    pub fn doc(&self) -> &Arc<Library> {
        &self.doc
    }

    /// Ranked hits, one per node; an empty query finds nothing. A node must hold every word of
    /// the query (any alternative of it, in any of its fields); when none does, the nodes
    /// holding the most words are returned, partial ([`How::is_partial`](super::How::is_partial)).
    ///
    /// Best first: by the loosest kind of alternative a word needed (as typed or another
    /// inflection, spelling, numeral or pinyin, a derived word, initials, typos and synonyms,
    /// then a whole word's completions), the closer derived word, then whether one field
    /// holds every word, the weakest field a word needed (title, label and aliases before facts
    /// before text), the kind of match (exact, prefix, inside, pinyin, initials), the shorter
    /// field, and document order. Each hit names the field it shows (see [`Hit::field`]); where in
    /// it is found again on demand ([`Hit::ranges`]). Every hit is returned: a caller that shows a
    /// page of them takes the first. The hits of the last patterns searched are kept, so a
    /// query typed on one key at a time narrows the previous key's hits. The first search of a
    /// query that needs the index's own words may wait for them to be made. Nothing here fails.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let found = |text: &str| !self.pattern_hits(&Pattern::parse(text)).is_empty();
        let words = query.resolve(self.vocab(), &found);
        // Several words: also the whole query as one pattern, which finds the fields holding
        // every word (and how well: `Greater Bay Area` is a label exactly).
        let whole = query.whole().map(|p| self.pattern_hits(p));
        // Each word after the first is searched only among the nodes holding the words before
        // it (the first word's hits are usually kept from the keystrokes before); when that
        // leaves none, each word over the whole index, for the partial matches.
        // Optional words (`industry`) last, so that the nodes holding the others are all found.
        let mut found: Vec<Vec<Arc<Vec<Hit>>>> = vec![Vec::new(); words.len()];
        let mut among: Option<Vec<NodeId>> = None;
        let (required, optional): (Vec<usize>, Vec<usize>) =
            (0..words.len()).partition(|&w| !words[w].is_optional());
        for i in required.into_iter().chain(optional) {
            let w = &words[i];
            let hits = self.word_hits(w, among.as_deref());
            let mut nodes: Vec<NodeId> = (hits.iter().flat_map(|h| h.iter().map(|h| h.node)))
                .filter(|n| among.as_ref().is_none_or(|a| a.binary_search(n).is_ok()))
                .collect();
            nodes.sort_unstable();
            nodes.dedup();
            among = Some(nodes);
            found[i] = hits;
        }
        if words.len() > 1 && among.is_some_and(|a| a.is_empty()) {
            found = words.iter().map(|w| self.word_hits(w, None)).collect();
        }
        pipeline::rank::combine(&self.doc, words, &found, whole.as_deref().map(|v| &v[..]))
    }

    /// The hits of each alternative of `w`, over the whole index or `among` those nodes (sorted);
    /// a typo's only when the others find nothing.
    fn word_hits(&self, w: &pipeline::Word, among: Option<&[NodeId]>) -> Vec<Arc<Vec<Hit>>> {
        let search = |a: &pipeline::Alt| match among {
            // Among many nodes a whole search is the quicker, and is kept.
            Some(nodes) if nodes.len() * 4 <= self.doc.len() => {
                Arc::new(self.search_among(a.pattern(), nodes))
            }
            _ => self.pattern_hits(a.pattern()),
        };
        let mut hits: Vec<Arc<Vec<Hit>>> = vec![Arc::default(); w.alts.len()];
        // A whole word's completions first (`car` as a prefix): the word whole is then searched
        // among their hits, which the cache keeps, not among the shorter word's before it.
        let completion = |i: &usize| w.alts[*i].why == pipeline::Why::Completion;
        let (first, rest): (Vec<usize>, Vec<usize>) = (0..w.alts.len()).partition(completion);
        for i in first.into_iter().chain(rest) {
            if !w.alts[i].why.is_fallback() {
                hits[i] = search(&w.alts[i]);
            }
        }
        if hits.iter().all(|h| h.is_empty()) {
            for (h, a) in hits.iter_mut().zip(&w.alts) {
                if a.why.is_fallback() {
                    *h = search(a);
                }
            }
        }
        hits
    }

    /// The match stage: the hits of one pattern, ranked, one per node; from the cache, or
    /// narrowed from a cached pattern's hits where that is sound ([`Pattern::narrows`]).
    pub fn pattern_hits(&self, pattern: &Pattern) -> Arc<Vec<Hit>> {
        let narrower = {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            // The same text, read as pinyin or not (`Pattern::without_pinyin`), as whole words
            // or not (`Pattern::whole_words`).
            let same = |p: &Pattern| {
                p.raw() == pattern.raw()
                    && p.pinyin() == pattern.pinyin()
                    && p.is_whole() == pattern.is_whole()
            };
            if let Some((_, hits)) = cache.iter().find(|(p, _)| same(p)) {
                return Arc::clone(hits);
            }
            cache
                .iter()
                .filter(|(p, _)| pattern.narrows(p))
                .max_by_key(|(p, _)| p.raw().len())
                .map(|(_, hits)| Arc::clone(hits))
        };
        let hits = Arc::new(match narrower {
            Some(h) => {
                let nodes: Vec<NodeId> = h.iter().map(|h| h.node).collect();
                self.search_narrowed(pattern, &nodes)
            }
            None => self.search_pattern(pattern),
        });
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() >= CACHED {
            cache.remove(0);
        }
        cache.push((pattern.clone(), Arc::clone(&hits)));
        hits
    }

    /// Forgets the hits kept of the patterns searched last: the next search starts cold, as
    /// a pasted query does (for benchmarks; a search is the same either way).
    pub fn forget(&self) {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Ranked hits of one pattern, one per node, over the whole index.
    pub fn search_pattern(&self, pattern: &Pattern) -> Vec<Hit> {
        self.search_in(pattern, None)
    }

    /// [`Index::search_pattern`] over only the nodes `among`. When `pattern` narrows the pattern
    /// that found `among` ([`Pattern::narrows`]), the result is the same as a whole search,
    /// found in a fraction of the time.
    pub fn search_among(&self, pattern: &Pattern, among: &[NodeId]) -> Vec<Hit> {
        let mut nodes = among.to_vec();
        nodes.sort_unstable();
        nodes.dedup();
        self.search_in(pattern, Some(&nodes))
    }

    /// [`Index::search_pattern`] for a pattern that narrows the one that found `among`: few
    /// nodes are searched one by one; many by a whole search, which finds a word's strings in
    /// one pass over the text and is then the quicker (a quarter of the library is the turning
    /// point).
    pub fn search_narrowed(&self, pattern: &Pattern, among: &[NodeId]) -> Vec<Hit> {
        if among.len() * 4 > self.doc.len() {
            self.search_pattern(pattern)
        } else {
            self.search_among(pattern, among)
        }
    }

    fn search_in(&self, query: &Pattern, among: Option<&[NodeId]>) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let starts = query.pinyin().map(|q| self.han.starts(q));
        let starts = starts.as_ref();
        let parts: Vec<&Part> = self.parts.iter().collect();
        let work =
            |p: &&Part| p.search(&self.doc, query, &self.han, starts, among.map(|n| p.own(n)));
        // A small search runs on this thread alone.
        let size = among.map_or_else(|| self.parts.iter().map(Part::len).sum(), |n| n.len() * 8);
        let found = if size < 2000 {
            parts.iter().map(work).collect()
        } else {
            in_parallel(&parts, work)
        };
        ranked(found.into_iter().flatten().collect())
    }
}
