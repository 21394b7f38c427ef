//! Bilingual search over a [`Library`]: a pure library, query in, ranked hits out.
//!
//! A [`Query`] is analysed in visible stages (`pipeline`: normalise, split into words, expand
//! each word into alternatives, match, rank). The match stage is this index: it prepares every
//! title, label, alias, fact and text of every node once, and finds each alternative (a
//! [`query::Query`], here called a pattern) as text, word prefixes, pinyin and pinyin initials,
//! in traditional, variant and regional Chinese, keeping each node's best hit. The rank stage
//! joins the words' hits by node ([`pipeline::rank`]). The CLI and the TUI both use this module.

mod normalize;
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

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use crate::model::{Lang, Library, Node, NodeId};
use pinyin::HanTable;
use pipeline::Vocab;
use store::Part;

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

/// One node found by a search, with what matched: which string, and how well. Where in the
/// string is found again for the hits that are shown ([`Hit::ranges`]): the first letters of a
/// query find tens of thousands of hits in a large library, and most are never shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The node found.
    pub node: NodeId,
    /// The field the hit shows, and its snippet and highlight come from: the one holding every
    /// word of the query, or else the weakest field (text below title) a word needed.
    pub field: Field,
    /// The language of the matched string; `None` for aliases.
    pub lang: Option<Lang>,
    /// For facts and aliases: which one of the node's list.
    pub item: usize,
    /// How well that field matched: exact, prefix, inside, pinyin or initials.
    pub kind: MatchKind,
    /// How the node matched each word of the query ([`Hit::why`] says it in words).
    pub how: How,
}

impl Hit {
    pub(crate) fn rank(&self) -> (u8, MatchKind, NodeId) {
        (self.field.class(), self.kind, self.node)
    }

    /// The string this hit matched in.
    pub fn matched_text<'d>(&self, doc: &'d Library) -> &'d str {
        field_text(doc.node(self.node), self.field, self.lang, self.item)
    }

    /// Byte ranges of [`Hit::matched_text`] that `query` (the query that found this hit)
    /// matched, sorted and not overlapping. Empty when only a fact's name matched: the name is
    /// searched but the matched text is the fact's value.
    pub fn ranges(&self, doc: &Library, query: &Query) -> Vec<Range<usize>> {
        self.ranges_with(doc, |s| query.find(s))
    }

    /// Why this hit matched `query` (the query that found it), one reason per way a word was
    /// found: `exact`, `prefix`, `contains`, `pinyin`, `pinyin initials`, `traditional`,
    /// `variant`, `regional wording`, `word form → W`, `spelling → W`, `numeral → W`,
    /// `synonym → W`, `typo → W`, and `partial K/N` when only K of the N words were found.
    pub fn why(&self, query: &Query) -> Vec<String> {
        let words = query.words();
        let mut out: Vec<String> = Vec::new();
        for (w, word) in words.iter().enumerate().take(pipeline::MAX_WORDS) {
            let alt = self.how.alts[w];
            if alt == u8::MAX {
                continue;
            }
            if let Some(l) = pipeline::label(word, alt.into(), self.how.kinds[w])
                && !out.contains(&l)
            {
                out.push(l);
            }
        }
        let plain = ["exact", "prefix", "contains"];
        if out.iter().any(|l| !plain.contains(&l.as_str())) {
            out.retain(|l| !plain.contains(&l.as_str()));
        } else if out.len() > 1 {
            // Several words each exact or prefix: the weakest says it.
            out = plain
                .iter()
                .rev()
                .find(|p| out.iter().any(|l| l == *p))
                .map(|p| p.to_string())
                .into_iter()
                .collect();
        }
        if self.how.is_partial() {
            out.push(format!("partial {}/{}", self.how.words, self.how.of));
        }
        out
    }

    /// [`Hit::ranges`] for a pattern of the match stage.
    pub fn pattern_ranges(&self, doc: &Library, pattern: &Pattern) -> Vec<Range<usize>> {
        self.ranges_with(doc, |s| pattern.find(s))
    }

    fn ranges_with(
        &self,
        doc: &Library,
        find: impl Fn(&str) -> Option<Match>,
    ) -> Vec<Range<usize>> {
        let text = indexed(doc.node(self.node), self.field, self.lang, self.item);
        let offset = text.len() - self.matched_text(doc).len();
        find(&text).map_or_else(Vec::new, |m| {
            m.ranges
                .into_iter()
                .filter_map(|r| shift(r, offset))
                .collect()
        })
    }
}

/// A node's string for a field (for a fact, its value); empty in a language the document does
/// not give (schema 2), so that a one-language node is indexed once.
fn field_text(n: &Node, field: Field, lang: Option<Lang>, item: usize) -> &str {
    let lang = lang.unwrap_or(Lang::En);
    match field {
        Field::Title => n.title.own(lang),
        Field::Label => n.label.as_ref().map_or("", |l| l.own(lang)),
        Field::Alias => n.aliases.get(item).map_or("", |a| a),
        Field::Fact => n.facts.get(item).map_or("", |f| f.value.own(lang)),
        Field::Text => n.text.as_ref().map_or("", |t| t.own(lang)),
    }
}

/// The string the index holds for a node's field: [`field_text`], but for a fact "name value",
/// so that a query naming a fact finds it.
fn indexed(n: &Node, field: Field, lang: Option<Lang>, item: usize) -> Cow<'_, str> {
    match (field, n.facts.get(item)) {
        (Field::Fact, Some(f)) => {
            let lang = lang.unwrap_or(Lang::En);
            if !f.value.has(lang) {
                return Cow::Borrowed("");
            }
            Cow::Owned(format!("{} {}", f.name.get(lang), f.value.get(lang)))
        }
        _ => Cow::Borrowed(field_text(n, field, lang, item)),
    }
}

/// A range of the indexed string as a range of the reported one, `offset` bytes later; a range that
/// starts in a fact's name and runs into its value keeps its value part.
fn shift(r: Range<usize>, offset: usize) -> Option<Range<usize>> {
    (r.end > offset).then(|| r.start.max(offset) - offset..r.end - offset)
}

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
    /// holding the most words are returned, partial ([`How::is_partial`]).
    ///
    /// Best first: by the loosest kind of alternative a word needed (as typed, another form,
    /// spelling, numeral or pinyin, initials, then typos and synonyms), then whether one field
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
        let words = query.resolve(self.vocab());
        // Several words: also the whole query as one pattern, which finds the fields holding
        // every word (and how well: `Greater Bay Area` is a label exactly).
        let whole = query.whole().map(|p| self.pattern_hits(p));
        // Each word after the first is searched only among the nodes holding the words before
        // it (the first word's hits are usually kept from the keystrokes before); when that
        // leaves none, each word over the whole index, for the partial matches.
        let mut found: Vec<Vec<Arc<Vec<Hit>>>> = Vec::with_capacity(words.len());
        let mut among: Option<Vec<NodeId>> = None;
        for w in words {
            let hits = self.word_hits(w, among.as_deref());
            let mut nodes: Vec<NodeId> = (hits.iter().flat_map(|h| h.iter().map(|h| h.node)))
                .filter(|n| among.as_ref().is_none_or(|a| a.binary_search(n).is_ok()))
                .collect();
            nodes.sort_unstable();
            nodes.dedup();
            among = Some(nodes);
            found.push(hits);
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
        let mut hits: Vec<Arc<Vec<Hit>>> = (w.alts.iter())
            .map(|a| {
                if a.why == Why::Typo {
                    Arc::default()
                } else {
                    search(a)
                }
            })
            .collect();
        if hits.iter().all(|h| h.is_empty()) {
            for (h, a) in hits.iter_mut().zip(&w.alts) {
                if a.why == Why::Typo {
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
            if let Some((_, hits)) = cache.iter().find(|(p, _)| p.raw() == pattern.raw()) {
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

/// `hits`, in document order, in order of rank: by field class and match kind (ten ranks), then
/// document order, which a stable pass by the first two keeps. Linear: the first letters of a
/// query find tens of thousands of hits, whose sort took a tenth of the search.
fn ranked(hits: Vec<Hit>) -> Vec<Hit> {
    debug_assert!(hits.windows(2).all(|w| w[0].node < w[1].node));
    const KINDS: usize = MatchKind::Initials as usize + 1;
    let bucket = |h: &Hit| usize::from(h.field.class()) * KINDS + h.kind as usize;
    let mut starts = [0usize; 2 * KINDS + 1];
    for h in &hits {
        starts[bucket(h) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out = hits.clone();
    for h in hits {
        let at = &mut starts[bucket(&h)];
        out[*at] = h;
        *at += 1;
    }
    out
}

/// Threads for building and searching: the machine's cores, at most eight.
fn workers() -> usize {
    // Asked once: on Linux the answer comes from reading cgroup files, which would cost more
    // than a small search.
    static WORKERS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WORKERS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)))
}

/// Runs `work` on each part on its own scoped thread (the first on this one); results in order.
/// From this many nodes on, the index first learns which characters fast2s changes (a few
/// milliseconds) to skip it on text it would leave alone.
const LEARN_FROM: usize = 2_000;

fn in_parallel<T: Sync, R: Send>(parts: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let Some((first, rest)) = parts.split_first() else {
        return Vec::new();
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = rest.iter().map(|p| scope.spawn(|| work(p))).collect();
        let mut out = vec![work(first)];
        out.extend(
            handles
                .into_iter()
                .map(|h| h.join().expect("a search thread panicked")),
        );
        out
    })
}

/// `items` cut into one contiguous part per worker; small inputs stay whole, as a thread would
/// cost more than it saves.
fn split<T>(items: &[T], min_per_part: usize) -> Vec<&[T]> {
    let n = workers().min(items.len() / min_per_part.max(1)).max(1);
    items.chunks(items.len().div_ceil(n).max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranked_is_a_sort_by_rank() {
        let fields = [
            Field::Title,
            Field::Text,
            Field::Alias,
            Field::Fact,
            Field::Label,
        ];
        let kinds = [
            MatchKind::Exact,
            MatchKind::Prefix,
            MatchKind::Contains,
            MatchKind::Pinyin,
            MatchKind::Initials,
        ];
        // Document order, every field and kind, in a scrambled pattern.
        let hits: Vec<Hit> = (0..500)
            .map(|n| Hit {
                node: NodeId(n * 3),
                field: fields[n * 7 % 5],
                lang: None,
                item: 0,
                kind: kinds[n * 11 % 13 % 5],
                how: How::plain(kinds[n * 11 % 13 % 5]),
            })
            .collect();
        let mut sorted = hits.clone();
        sorted.sort_by_key(Hit::rank);
        assert_eq!(ranked(hits), sorted);
    }

    #[test]
    fn shift_keeps_the_value_part_of_a_range() {
        // "产值规模 产值5000亿元以上": the value starts at byte 13.
        assert_eq!(shift(0..12, 13), None);
        assert_eq!(shift(6..19, 13), Some(0..6));
        assert_eq!(shift(13..19, 13), Some(0..6));
    }

    #[test]
    fn a_match_across_a_facts_name_and_value_highlights_the_value() {
        let doc: Arc<Library> = crate::model::load_embedded().unwrap().into();
        let index = Index::build(&doc);
        let hits = index.search(&Query::parse("规模产值5000"));
        let hit = hits.first().expect("a hit");
        assert_eq!(&*doc.node(hit.node).id, "clusters.pillar");
        assert_eq!(hit.field, Field::Fact);
        let text = hit.matched_text(&doc);
        let ranges = hit.ranges(&doc, &Query::parse("规模产值5000"));
        let shown: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown, ["产值5000"]);
    }
}
