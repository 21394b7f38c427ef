//! The index's storage: the compact normalised form of every searchable string of a run of
//! nodes that is not ASCII, in one flat arena; the lower-cased words of the other strings with
//! English words in another, where an ASCII string is kept whole, as written (its compact form
//! is it without whitespace, looked through there rather than kept twice); a small record per
//! string saying where the string is in the document; and a sketch of each string's Chinese
//! readings.
//!
//! A Latin-letter query matches English words in the source arena (a whole search first marks the
//! strings holding its longest word, in one pass), and pinyin in the Chinese of the strings whose
//! sketch allows it, after the node's words. Anything else is first asked of the compact form,
//! and what may match is prepared from the document's string and matched in full. A search keeps
//! each node's best match kind; where it matched is found again for the hits that are shown.
//! Keeping the compact form instead of a prepared string (characters, offsets, words and
//! readings, about 35 bytes per character), and the Chinese text only once, in the document, is
//! what makes a large library fit in memory.

use crate::library::Library;
use crate::model::{Lang, Node, NodeId};

use super::normalize::{blind, compact_into, is_fast, is_han, pinyin_breaks, words_are_ascii_runs};
use super::pinyin::Seen;
use super::query::word_initials;
use super::{Field, field_text, indexed};

mod holding;
mod scan;
mod sketches;

pub use sketches::Sketches;

/// One searchable string: where it is in the document, and where its compact form ends in the
/// arena (it starts where the previous string's ends). 32 bytes: a large library has millions.
struct Entry {
    node: u32,
    item: u32,
    /// Offsets in the arena fit in 32 bits: the loader's limit on all text (128 MiB) times
    /// NFKC's largest expansion of a character (18) is below 4 GiB.
    norm_end: u32,
    /// Where the string ends in `Part::latin` (where it starts: the previous string's end).
    latin_end: u32,
    /// The letters the source's ASCII words begin with ([`word_initials`]).
    initials: u32,
    field: Field,
    lang: Option<Lang>,
    /// What a search would otherwise read the string itself to learn (`PLAIN`, `HAN`, …).
    flags: u8,
    /// The first byte of the source's first ASCII word, in lower case (0: none), so that a
    /// one-letter query, which most strings hold, is decided without reading them.
    first: u8,
    /// The length in bytes of the text a hit in the string shows ([`super::Hit::len`]).
    len: u32,
    /// Where the string's clause breaks end in `Part::breaks` (they start where the previous
    /// string's end).
    breaks_end: u32,
}

/// The source's words are its ASCII runs ([`words_are_ascii_runs`]): English words can be
/// checked and matched in it directly.
const PLAIN: u8 = 1;
/// The compact form holds Chinese characters (only those can match pinyin).
const HAN: u8 = 2;
/// The source's first character that is not a space or punctuation looked through makes exactly
/// one compact character, so a match after the compact form's first character does not begin
/// the field.
const FIRST_ALONE: u8 = 4;
/// The source has exactly one ASCII word.
const ONE_WORD: u8 = 8;
/// The source is ASCII: it is kept in `Part::latin` only, whole, and has no span in `Part::norm`.
const ASCII: u8 = 16;
/// The source has two capitals in a row, as an acronym written in capitals has: no other string
/// can match a query with one (`IT`, whose letters the pronoun `it` has in nearly every text).
const CAPS: u8 = 32;

impl Entry {
    fn node(&self) -> NodeId {
        NodeId(self.node as usize)
    }

    fn plain(&self) -> bool {
        self.flags & PLAIN != 0
    }

    fn han(&self) -> bool {
        self.flags & HAN != 0
    }

    fn first_alone(&self) -> bool {
        self.flags & FIRST_ALONE != 0
    }

    fn one_word(&self) -> bool {
        self.flags & ONE_WORD != 0
    }

    fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    fn caps(&self) -> bool {
        self.flags & CAPS != 0
    }
}

/// The strings of a contiguous run of whole nodes, in document order.
pub(super) struct Part {
    entries: Vec<Entry>,
    norm: String,
    /// The words of the strings whose words are their ASCII runs and that have any, in lower
    /// case, one space between them (`Part::add`): a
    /// Latin-letter query reads their words from here, one arena in document order, instead of
    /// from strings spread over the document (a third of such a search's time went on fetching
    /// them).
    latin: String,
    /// The Chinese characters seen, for [`super::pinyin::HanTable::new`].
    pub seen: Seen,
    /// The sketch of each string's Chinese ([`Part::sketches`]).
    pub sketches: Sketches,
    /// For each string with Chinese, where its pinyin readings stop ([`pinyin_breaks`]), in order.
    breaks: Vec<u32>,
}

impl Part {
    pub fn build(doc: &Library, ids: &[NodeId]) -> Part {
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
            sketches: Sketches::default(),
            breaks: Vec::new(),
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
        part.breaks.shrink_to_fit();
        part
    }

    fn add(&mut self, n: &Node, node: NodeId, field: Field, lang: Option<Lang>, item: usize) {
        let s = indexed(n, field, lang, item);
        let s = s.as_ref();
        let ascii = s.is_ascii();
        let from = self.norm.len();
        let plain = ascii || words_are_ascii_runs(s);
        let mut initials = 0;
        if ascii {
            // An ASCII string is kept once, in lower case as written: its words are read from
            // it, and its compact form is it without the spaces ([`Part::compact`]). Keeping
            // both forms of half a library's strings cost 13 MB at 100 000 nodes.
            self.latin.push('\n');
            let from = self.latin.len();
            self.latin
                .extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            initials = word_initials(&self.latin.as_bytes()[from..]);
        } else {
            compact_into(s, &mut self.norm);
        }
        if !ascii && plain && s.bytes().any(|b| b.is_ascii_alphanumeric()) {
            // Strings are kept apart by a line feed, which no word holds: a word found in the
            // arena is always in one string.
            self.latin.push('\n');
            let from = self.latin.len();
            // Only the words are read here: each run of anything else is kept as one space (a
            // Chinese text with a few numbers in it was kept whole, three bytes a character).
            let mut gap = false;
            for b in s.bytes() {
                if !b.is_ascii_alphanumeric() {
                    gap = true;
                    continue;
                }
                if gap && self.latin.len() > from {
                    self.latin.push(' ');
                }
                gap = false;
                self.latin.push(char::from(b.to_ascii_lowercase()));
            }
            initials = word_initials(&self.latin.as_bytes()[from..]);
        }
        let mut han = false;
        if !ascii {
            for c in self.norm[from..].chars().filter(|&c| is_han(c)) {
                han = true;
                self.seen.see(c);
            }
        }
        if han {
            self.breaks.extend(pinyin_breaks(s));
        }
        let mut words = s
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty());
        let first = words
            .next()
            .map_or(0, |w| w.as_bytes()[0].to_ascii_lowercase());
        let one_word = first != 0 && words.next().is_none();
        // Spaces and the punctuation looked through leave nothing in the compact form.
        let first_alone = (s.chars())
            .find(|&c| !c.is_whitespace() && !blind(c))
            .is_some_and(is_fast);
        let caps =
            (s.chars().zip(s.chars().skip(1))).any(|(a, b)| a.is_uppercase() && b.is_uppercase());
        let bits = [
            (plain, PLAIN),
            (han, HAN),
            (first_alone, FIRST_ALONE),
            (one_word, ONE_WORD),
            (ascii, ASCII),
            (caps, CAPS),
        ];
        let flags =
            (bits.into_iter()).fold(0, |flags, (on, bit)| if on { flags | bit } else { flags });
        self.entries.push(Entry {
            node: node.0 as u32,
            item: item as u32,
            norm_end: self.norm.len() as u32,
            latin_end: self.latin.len() as u32,
            initials,
            field,
            lang,
            flags,
            first,
            len: u32::try_from(field_text(n, field, lang, item).len()).unwrap_or(u32::MAX),
            breaks_end: self.breaks.len() as u32,
        });
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
    fn source<'d>(&self, doc: &'d Library, k: usize) -> std::borrow::Cow<'d, str> {
        let e = &self.entries[k];
        indexed(doc.node(e.node()), e.field, e.lang, e.item as usize)
    }

    /// Where string `k`'s pinyin readings stop ([`pinyin_breaks`]).
    fn breaks(&self, k: usize) -> &[u32] {
        let from = k
            .checked_sub(1)
            .map_or(0, |p| self.entries[p].breaks_end as usize);
        &self.breaks[from..self.entries[k].breaks_end as usize]
    }

    /// Strings held, for splitting the work.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}
