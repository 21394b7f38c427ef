//! A hit: one node a search found, the field it shows and how well it matched; and the strings
//! of a node as the index holds them, from which where a hit matched is found again on demand.

use std::borrow::Cow;
use std::ops::Range;

use super::pipeline::{self, Query};
use super::{Field, How, Match, MatchKind, Pattern};
use crate::library::Library;
use crate::model::{Lang, Node, NodeId};

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
    /// The length in bytes of [`Hit::matched_text`], kept for ranking (the shorter field first)
    /// so that ranking tens of thousands of hits does not read each one's node.
    pub len: u32,
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
    /// found: `exact`, `prefix`, `contains`, `pinyin`, `pinyin initials` (each followed by
    /// ` (other reading)` when a character was read by another than its common reading),
    /// `traditional`, `variant`, `regional wording`, `word form → W`, `spelling → W`,
    /// `numeral → W`, `synonym → W`, `typo → W`, `apart`, and `partial K/N` when only K of the N
    /// words were found.
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
pub(super) fn field_text(n: &Node, field: Field, lang: Option<Lang>, item: usize) -> &str {
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
pub(super) fn indexed(n: &Node, field: Field, lang: Option<Lang>, item: usize) -> Cow<'_, str> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Index;
    use std::sync::Arc;

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
