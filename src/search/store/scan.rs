//! One search over a part of the index: each node's strings in turn, the cheapest checks first,
//! keeping each node's best hit.

use std::cell::OnceCell;
use std::ops::Range;

use crate::library::Library;
use crate::model::NodeId;

use super::Part;
use super::holding::Holding;
use crate::search::Hit;
use crate::search::pinyin::{HanTable, Starts};
use crate::search::prepared::Prepared;
use crate::search::query::{MatchKind, Query, initial_bit};

impl Part {
    /// Each node's best hit, in document order; with `among` (sorted node ids), only those nodes
    /// are looked at.
    pub fn search(
        &self,
        doc: &Library,
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
            compact: String::new(),
            // A narrowed search reads a few strings; a whole one reads them all, in one pass.
            words_in: query
                .longest_word()
                // A single letter is in nearly every string: the pass would only add to it.
                .filter(|w| among.is_none() && w.needle().len() > 1)
                .map(|word| self.holding(word)),
            compact_in: query
                .chinese_forms()
                .filter(|_| among.is_none())
                .map(|(forms, others)| self.holding_chinese(&forms, &others)),
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
}

/// One search over a part: the query and the scratch space its strings share.
struct Scan<'a> {
    part: &'a Part,
    doc: &'a Library,
    query: &'a Query,
    han: &'a HanTable,
    pinyin: Option<&'a Starts<'a>>,
    out: Vec<Hit>,
    buf: Vec<&'static [&'static str]>,
    words: Vec<std::ops::Range<usize>>,
    /// The node's strings whose pinyin is still to be tried.
    pinyin_later: Vec<usize>,
    /// The compact form of an ASCII string, made from its source ([`super::ASCII`]).
    compact: String,
    /// For a whole search by words: which strings hold the longest of them ([`Part::holding`]).
    words_in: Option<Vec<u64>>,
    /// For a whole search by one run of Chinese: which strings hold it in some form, and how
    /// ([`Part::holding_chinese`]); no other string can match.
    compact_in: Option<Holding>,
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

    /// Text of string `k` in which every word of its source is found whole: its compact form,
    /// or for an ASCII string its source (`norm` and `latin` are its spans, [`Scan::spans`]).
    fn words_text(&self, k: usize, norm: Range<usize>, latin: &Range<usize>) -> &str {
        if self.part.entries[k].ascii() {
            std::str::from_utf8(&self.part.latin.as_bytes()[latin.clone()]).unwrap_or_default()
        } else {
            &self.part.norm[norm]
        }
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
            let found = if e.plain() && latin {
                // Words are matched from the source's bytes, which tells the start of a word
                // in the same pass. A string without ASCII words (most Chinese text) is not read
                // at all here.
                // A query of one letter begins a word where the string's initials say so, and
                // begins the string where its first word does: most strings hold the first letter
                // of a query, and reading each of them was most of its search.
                if let Some(letter) = q.single_letter()
                    && (e.han() || !e.one_word())
                {
                    let kind = match e.initials & initial_bit(letter) {
                        0 => None,
                        _ if e.first == letter => Some(MatchKind::Prefix),
                        _ => Some(MatchKind::Contains),
                    };
                    if let Some(kind) = kind {
                        keep_best(&mut best, self.hit(k, kind), k);
                    }
                    continue;
                }
                let may = q.initials_in(e.initials)
                    && match &self.words_in {
                        Some(bits) => bits[k / 64] >> (k % 64) & 1 == 1,
                        // A query of single words looks for them in the source itself.
                        None => {
                            !latin_span.is_empty()
                                && (q.has_finders()
                                    || q.words_may_match(self.words_text(k, norm, &latin_span)))
                        }
                    };
                let words = may
                    .then(|| {
                        let bytes = &part.latin.as_bytes()[latin_span];
                        q.plain_kind(bytes, e.han(), e.initials, &mut self.words, None)
                    })
                    .flatten();
                // Pinyin, which reads every Chinese character, is tried once the node's words
                // are known: a word match in the node usually outranks it.
                let pinyin = q.pinyin().is_some()
                    && (self.pinyin).is_none_or(|s| s.may_hold(part.sketches.get(k)));
                if words.is_none() && e.han() && pinyin {
                    self.pinyin_later.push(k);
                }
                words
            } else {
                if let Some(holding) = &self.compact_in {
                    if !holding.any(k) {
                        continue;
                    }
                    let len = norm.len();
                    if let Some(kind) = holding.kind(k, len, e.first_alone()) {
                        keep_best(&mut best, self.hit(k, kind), k);
                        continue;
                    }
                }
                if q.has_acronym() && !e.caps() {
                    continue;
                }
                let norm = if e.ascii() {
                    // Read as written; its compact form, the source without whitespace
                    // (`compact_into`), is made only for the few strings that may match.
                    let source = &part.latin.as_bytes()[latin_span];
                    if !q.may_match_ascii(source)
                        || (q.has_acronym() && !q.acronyms_in(&part.source(self.doc, k)))
                    {
                        continue;
                    }
                    self.compact.clear();
                    let letters = source.iter().map(|&b| char::from(b));
                    self.compact.extend(letters.filter(|c| !c.is_whitespace()));
                    &self.compact
                } else {
                    &part.norm[norm]
                };
                let orig = OnceCell::new();
                let orig = || orig.get_or_init(|| part.source(self.doc, k)).as_ref();
                let bytes = || orig().as_bytes();
                // (An ASCII string's was just checked, as written.)
                if !e.ascii()
                    && !q.may_match(
                        bytes,
                        (norm, part.breaks(k)),
                        e.plain(),
                        e.han(),
                        self.pinyin,
                        &mut self.buf,
                    )
                {
                    continue;
                }
                match q.substring_kind(norm, e.first_alone()) {
                    Some(kind) => Some(kind),
                    None => q
                        .matches(&Prepared::rebuild(orig(), norm, self.han))
                        .map(|m| m.kind),
                }
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
                Some(starts) => starts.kind(norm, part.breaks(k), &mut self.buf),
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
            how: crate::search::How::plain(kind),
            len: e.len,
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
