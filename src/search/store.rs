//! The index's storage: the compact normalised form of every searchable string of a run of
//! nodes, in one flat arena, the source of the strings with English words in another, and a small
//! record per string saying where the string is in the document.
//!
//! A search first asks the query whether it can match a string at all, reading the compact form;
//! a Latin-letter query then matches English words in the source arena, and anything else is
//! prepared from the document's string and matched in full. A search keeps each node's best
//! match kind; where it matched is found again for the hits that are shown. Keeping the compact
//! form instead of a prepared string (characters, offsets, words and readings, about 35 bytes per
//! character), and the Chinese text only once, in the document, is what makes a large library
//! fit in memory.

use std::cell::OnceCell;

use crate::model::{Document, Lang, Node, NodeId};

use super::normalize::{compact_into, is_han, words_are_ascii_runs};
use super::pinyin::{HanTable, Seen, Starts};
use super::prepared::Prepared;
use super::query::{MatchKind, Query};
use super::sketch::{Builder, Sketch};
use super::{Field, Hit, indexed};

/// One searchable string: where it is in the document, and where its compact form ends in the
/// arena (it starts where the previous string's ends). 20 bytes: a large library has millions.
struct Entry {
    node: u32,
    item: u32,
    /// Offsets in the arena fit in 32 bits: the loader's limit on all text (128 MiB) times
    /// NFKC's largest expansion of a character (18) is below 4 GiB.
    norm_end: u32,
    /// Where the string ends in `Part::latin` (where it starts: the previous string's end).
    latin_end: u32,
    field: Field,
    lang: Option<Lang>,
    /// The source's words are its ASCII runs ([`words_are_ascii_runs`]): English words can be
    /// checked and matched in it directly.
    plain: bool,
    /// The compact form holds Chinese characters (only those can match pinyin).
    han: bool,
}

impl Entry {
    fn node(&self) -> NodeId {
        NodeId(self.node as usize)
    }
}

/// The strings of a contiguous run of whole nodes, in document order.
pub(super) struct Part {
    entries: Vec<Entry>,
    norm: String,
    /// The sources of the strings whose words are their ASCII runs and that have any: a
    /// Latin-letter query reads their words from here, one arena in document order, instead of
    /// from strings spread over the document (a third of such a search's time went on fetching
    /// them).
    latin: String,
    /// The Chinese characters seen, for [`HanTable::new`].
    pub seen: Seen,
    /// For each string, the sketch of its Chinese ([`Part::sketches`]; empty without Chinese).
    pub sketches: Vec<Sketch>,
}

impl Part {
    pub fn build(doc: &Document, ids: &[NodeId]) -> Part {
        // Sized once from the text's length: growing arenas of tens of megabytes by doubling
        // would copy them several times over.
        // (`latin` is sized for the English strings, most of what it holds.)
        let (mut bytes, mut english, mut strings) = (0, 0, 0);
        for &id in ids {
            let n = doc.node(id);
            for lang in Lang::BOTH {
                let before = bytes;
                let texts = [Some(&n.title), n.label.as_ref(), n.text.as_ref()];
                for t in texts.into_iter().flatten() {
                    bytes += t.get(lang).len();
                    strings += 1;
                }
                for f in &n.facts {
                    bytes += f.name.get(lang).len() + 1 + f.value.get(lang).len();
                    strings += 1;
                }
                if lang == Lang::En {
                    english += bytes - before;
                }
            }
            let aliases = n.aliases.iter().map(|a| a.len()).sum::<usize>();
            bytes += aliases;
            english += aliases;
            strings += n.aliases.len();
        }
        let mut part = Part {
            entries: Vec::with_capacity(strings),
            norm: String::with_capacity(bytes),
            latin: String::with_capacity(english),
            seen: Seen::default(),
            sketches: Vec::new(),
        };
        for &id in ids {
            let n = doc.node(id);
            for lang in Lang::BOTH {
                part.add(n, id, Field::Title, Some(lang), 0);
                if n.label.is_some() {
                    part.add(n, id, Field::Label, Some(lang), 0);
                }
            }
            for i in 0..n.aliases.len() {
                part.add(n, id, Field::Alias, None, i);
            }
            for i in 0..n.facts.len() {
                for lang in Lang::BOTH {
                    part.add(n, id, Field::Fact, Some(lang), i);
                }
            }
            if n.text.is_some() {
                for lang in Lang::BOTH {
                    part.add(n, id, Field::Text, Some(lang), 0);
                }
            }
        }
        part.norm.shrink_to_fit();
        part.latin.shrink_to_fit();
        part.entries.shrink_to_fit();
        part
    }

    fn add(&mut self, n: &Node, node: NodeId, field: Field, lang: Option<Lang>, item: usize) {
        let s = indexed(n, field, lang, item);
        let s = s.as_ref();
        let from = self.norm.len();
        compact_into(s, &mut self.norm);
        let plain = s.is_ascii() || words_are_ascii_runs(s);
        if plain && s.bytes().any(|b| b.is_ascii_alphanumeric()) {
            // Strings are kept apart by a line feed, which no word holds: a word found in the
            // arena is always in one string.
            self.latin.push('\n');
            let from = self.latin.len();
            self.latin.push_str(s);
            self.latin[from..].make_ascii_lowercase();
        }
        let mut han = false;
        if !s.is_ascii() {
            for c in self.norm[from..].chars().filter(|&c| is_han(c)) {
                han = true;
                self.seen.see(c);
            }
        }
        self.entries.push(Entry {
            node: node.0 as u32,
            item: item as u32,
            norm_end: self.norm.len() as u32,
            latin_end: self.latin.len() as u32,
            field,
            lang,
            plain,
            han,
        });
    }

    /// Each node's best hit, in document order; with `among` (sorted node ids), only those nodes
    /// are looked at.
    pub fn search(
        &self,
        doc: &Document,
        query: &Query,
        han: &HanTable,
        pinyin: Option<&Starts>,
        among: Option<&[NodeId]>,
    ) -> Vec<Hit> {
        let mut s = Scan {
            part: self,
            doc,
            query,
            han,
            pinyin,
            out: Vec::new(),
            buf: Vec::new(),
            words: Vec::new(),
            pinyin_later: Vec::new(),
            // A narrowed search reads a few strings; a whole one reads them all, in one pass.
            words_in: query
                .longest_word()
                // A single letter is in nearly every string: the pass would only add to it.
                .filter(|w| among.is_none() && w.needle().len() > 1)
                .map(|word| self.holding(word)),
        };
        match among {
            None => s.entries(0..self.entries.len()),
            Some(nodes) => {
                // Both lists are in node order: each node's strings are found from where the
                // previous node's ended, a few steps on, not by a search of the whole part.
                let mut at = 0;
                for &node in nodes {
                    let from = at + gallop(&self.entries[at..], |e| e.node() < node);
                    let len = gallop(&self.entries[from..], |e| e.node() <= node);
                    s.entries(from..from + len);
                    at = from + len;
                }
            }
        }
        s.out
    }

    /// The strings whose Latin source holds `word` somewhere, as a bitmap over the entries: one
    /// pass of a SIMD searcher over the whole arena instead of a call per string (two thirds
    /// of a Latin-letter search's time went on starting those calls).
    fn holding(&self, word: &memchr::memmem::Finder) -> Vec<u64> {
        let mut bits = vec![0u64; self.entries.len().div_ceil(64)];
        let arena = self.latin.as_bytes();
        let (mut k, mut from) = (0, 0);
        while let Some(at) = word.find(&arena[from..]) {
            let at = from + at;
            // The arena ends where the last string with a Latin source does.
            while self.entries[k].latin_end as usize <= at {
                k += 1;
            }
            bits[k / 64] |= 1 << (k % 64);
            // Once is enough: on to the next string.
            from = self.entries[k].latin_end as usize;
        }
        bits
    }

    /// The sketch of each string's Chinese readings, made once the index's table of readings
    /// is: a pinyin query reads a string's characters only when the sketch says it may match.
    pub fn sketches(&self, han: &HanTable) -> Vec<Sketch> {
        let mut from = 0;
        self.entries
            .iter()
            .map(|e| {
                let norm = &self.norm[from..e.norm_end as usize];
                from = e.norm_end as usize;
                let mut sketch = Builder::default();
                if e.han {
                    // Characters that are not Chinese have no readings: they part neighbours.
                    norm.chars().for_each(|c| sketch.push(han.sketch(c)));
                }
                sketch.done()
            })
            .collect()
    }

    /// The nodes of the sorted list `nodes` that this part holds.
    pub fn own<'n>(&self, nodes: &'n [NodeId]) -> &'n [NodeId] {
        let (Some(first), Some(last)) = (self.entries.first(), self.entries.last()) else {
            return &[];
        };
        let from = nodes.partition_point(|&n| n < first.node());
        let to = nodes.partition_point(|&n| n <= last.node());
        &nodes[from..to.max(from)]
    }

    /// String `k` as indexed, read from the document: only when the compact form cannot decide.
    fn source<'d>(&self, doc: &'d Document, k: usize) -> std::borrow::Cow<'d, str> {
        let e = &self.entries[k];
        indexed(doc.node(e.node()), e.field, e.lang, e.item as usize)
    }

    /// Strings held, for splitting the work.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// One search over a part: the query and the scratch space its strings share.
struct Scan<'a> {
    part: &'a Part,
    doc: &'a Document,
    query: &'a Query,
    han: &'a HanTable,
    pinyin: Option<&'a Starts<'a>>,
    out: Vec<Hit>,
    buf: Vec<&'static [&'static str]>,
    words: Vec<std::ops::Range<usize>>,
    /// The node's strings whose pinyin is still to be tried.
    pinyin_later: Vec<usize>,
    /// For a whole search by words: which strings hold the longest of them ([`Part::holding`]).
    words_in: Option<Vec<u64>>,
}

impl Scan<'_> {
    /// Searches the entries `range`, which hold whole nodes, adding each node's best hit.
    fn entries(&mut self, range: std::ops::Range<usize>) {
        let entries = &self.part.entries;
        let mut from = range.start;
        while from < range.end {
            let node = entries[from].node;
            // A node has a handful of strings: a linear scan beats a binary search here.
            let len = entries[from..range.end]
                .iter()
                .position(|e| e.node != node)
                .unwrap_or(range.end - from);
            self.node(from..from + len);
            from += len;
        }
    }

    /// Where string `k`'s compact form and (if it has one) its Latin source are in the arenas.
    fn spans(&self, k: usize) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let entries = &self.part.entries;
        let (norm, latin) = k.checked_sub(1).map_or((0, 0), |p| {
            (entries[p].norm_end as usize, entries[p].latin_end as usize)
        });
        let e = &entries[k];
        // A string with a Latin source begins after the line feed that sets it apart.
        let latin = (latin + 1).min(e.latin_end as usize);
        (norm..e.norm_end as usize, latin..e.latin_end as usize)
    }

    /// Adds the best hit among one node's strings `range`, if any. The best is the lowest
    /// (rank, string) pair: on equal ranks the string first in the node wins.
    fn node(&mut self, range: std::ops::Range<usize>) {
        let part = self.part;
        let q = self.query;
        let latin = q.is_latin();
        let mut best: Option<(Hit, usize)> = None;
        self.pinyin_later.clear();
        for k in range {
            let e = &part.entries[k];
            // A node's title-like strings come first, and any hit in them outranks the body.
            // (Checked before the strings are sliced: slicing reads the text at both ends.)
            if best.is_some_and(|(b, _)| b.field.class() < e.field.class()) {
                break;
            }
            let (norm, latin_span) = self.spans(k);
            let found = if e.plain && latin {
                // Words are matched from the source's bytes, which tells the start of a word
                // in the same pass. A string without ASCII words (most Chinese text) is not read
                // at all here.
                let may = match &self.words_in {
                    Some(bits) => bits[k / 64] >> (k % 64) & 1 == 1,
                    // A query of single words looks for them in the source itself.
                    None => {
                        !latin_span.is_empty()
                            && (q.has_finders() || q.words_may_match(&part.norm[norm]))
                    }
                };
                let words = may
                    .then(|| {
                        let bytes = &part.latin.as_bytes()[latin_span];
                        q.plain_kind(bytes, e.han, &mut self.words, None)
                    })
                    .flatten();
                // Pinyin, which reads every Chinese character, is tried once the node's words
                // are known: a word match in the node usually outranks it.
                let pinyin = q.pinyin().is_some()
                    && (self.pinyin).is_none_or(|s| s.may_hold(part.sketches[k]));
                if words.is_none() && e.han && pinyin {
                    self.pinyin_later.push(k);
                }
                words
            } else {
                let norm = &part.norm[norm];
                let orig = OnceCell::new();
                let orig = || orig.get_or_init(|| part.source(self.doc, k)).as_ref();
                let bytes = || orig().as_bytes();
                if !q.may_match(bytes, norm, e.plain, e.han, self.pinyin, &mut self.buf) {
                    continue;
                }
                q.matches(&Prepared::rebuild(orig(), norm, self.han))
                    .map(|m| m.kind)
            };
            if let Some(kind) = found {
                keep_best(&mut best, self.hit(k, kind), k);
            }
        }
        for i in 0..self.pinyin_later.len() {
            let k = self.pinyin_later[i];
            let e = &part.entries[k];
            // No word of this string matched, so its match, if any, is a pinyin one.
            let could = ((e.field.class(), MatchKind::Pinyin), k);
            if best.is_some_and(|(b, bk)| ((b.field.class(), b.kind), bk) < could) {
                continue;
            }
            let norm = &part.norm[self.spans(k).0];
            let kind = match self.pinyin {
                Some(starts) => starts.kind(norm, &mut self.buf),
                None => q
                    .matches(&Prepared::rebuild(
                        &part.source(self.doc, k),
                        norm,
                        self.han,
                    ))
                    .map(|m| m.kind),
            };
            if let Some(kind) = kind {
                keep_best(&mut best, self.hit(k, kind), k);
            }
        }
        self.out.extend(best.map(|(hit, _)| hit));
    }

    fn hit(&self, k: usize, kind: MatchKind) -> Hit {
        let e = &self.part.entries[k];
        Hit {
            node: e.node(),
            field: e.field,
            lang: e.lang,
            item: e.item as usize,
            kind,
        }
    }
}

/// The number of leading items of `items` for which `before` holds (it holds for a prefix), found
/// by doubling steps and then halving: in time of the logarithm of the answer, not of the length.
fn gallop<T>(items: &[T], before: impl Fn(&T) -> bool) -> usize {
    let mut step = 1;
    while step <= items.len() && before(&items[step - 1]) {
        step *= 2;
    }
    // The answer is at least step / 2 and below step (or the length).
    let from = step / 2;
    let to = step.min(items.len());
    from + items[from..to].partition_point(&before)
}

/// Keeps `hit`, found in string `k`, if it ranks above the best so far.
fn keep_best(best: &mut Option<(Hit, usize)>, hit: Hit, k: usize) {
    if best.is_none_or(|(b, bk)| (hit.rank(), k) < (b.rank(), bk)) {
        *best = Some((hit, k));
    }
}

#[cfg(test)]
mod tests {
    use super::gallop;

    #[test]
    fn gallop_finds_the_end_of_the_prefix_like_a_binary_search() {
        for len in 0..40usize {
            let items: Vec<usize> = (0..len).collect();
            for n in 0..=len {
                assert_eq!(gallop(&items, |&x| x < n), n, "{n} of {len}");
            }
        }
    }
}
