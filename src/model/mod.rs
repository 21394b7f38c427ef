//! A policy file as typed data: a tree of bilingual nodes stored in document order, read with
//! serde_yaml and validated.
//!
//! Everything downstream (search, app state, views, the CLI) reads this model; it knows nothing of
//! terminals. Nodes live in one `Vec` in pre-order, so "document order" is just index order and a
//! `NodeId` is an index. Parent, children and reverse references are resolved once at load.

mod budget;
mod error;
mod load;
mod raw;
mod validate;

use serde::{Deserialize, Serialize};
use strum::{Display, IntoStaticStr};

pub use error::{LoadError, Problem};
pub(crate) use load::read;
pub use load::{EMBEDDED, EMBEDDED_NAME, Limits, load_embedded, load_path, load_str};
pub use raw::{RawFact, RawFile, RawMeta, RawNode, RawText};

/// A position in document order: the index into [`Document::nodes`], and in a
/// [`Library`](crate::library::Library) into all its documents' nodes laid end to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub usize);

/// One of the two languages every title and text comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    /// Chinese (the official text).
    Zh,
    /// English (the project's translation).
    En,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const BOTH: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's code: `zh` or `en`.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// A string in both languages, or (schema 2) in one: an absent language is an empty string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    /// The Chinese (empty when the document gives only English).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub zh: Box<str>,
    /// The English (empty when the document gives only Chinese).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub en: Box<str>,
}

impl Bilingual {
    /// The string in `lang`, or in the other language when the document gives only that one, so
    /// that a reader who chose one language never meets a blank.
    pub fn get(&self, lang: Lang) -> &str {
        match (self.own(lang), lang) {
            ("", Lang::Zh) => &self.en,
            ("", Lang::En) => &self.zh,
            (s, _) => s,
        }
    }

    /// The string in `lang` exactly as written: empty when the document does not give it.
    pub fn own(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Whether the document gives the string in `lang`.
    pub fn has(&self, lang: Lang) -> bool {
        !self.own(lang).is_empty()
    }

    /// The languages the string is given in, Chinese first: what a view that shows both shows.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::BOTH.into_iter().filter(|l| self.has(*l))
    }

    /// Of the languages `wanted`, those the string is given in; when it is given in none of
    /// them, the one it has. What to show for a reader who asked for `wanted`.
    pub fn shown(&self, wanted: &[Lang]) -> Vec<Lang> {
        let some: Vec<Lang> = wanted.iter().copied().filter(|l| self.has(*l)).collect();
        if some.is_empty() {
            self.langs().collect()
        } else {
            some
        }
    }

    /// Both languages with `sep` between them (`中文 | English`), or the one the string has.
    pub fn joined(&self, sep: &str) -> String {
        self.langs()
            .map(|l| self.own(l))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// What a node is. The order of the variants is the order of the file format's documentation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, IntoStaticStr, Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    /// The root: one per file.
    Document,
    /// A numbered section of the document (一、二、…).
    Section,
    /// A part of a section with a lead-in of its own (发展思路, 具体举措).
    Part,
    /// A group of clusters (pillar or emerging).
    ClusterGroup,
    /// One industry cluster.
    Cluster,
    /// One development goal.
    Goal,
    /// One basic principle.
    Principle,
    /// A group of measures (a key task).
    MeasureGroup,
    /// One measure.
    Measure,
    /// The project's glossary.
    Glossary,
    /// One glossary entry.
    Term,
}

impl Kind {
    /// The kind as the file format writes it (`cluster_group`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A named excerpt of the source about a node (a definition, a growth rate), lined up across nodes
/// by `key`; the name is the file's wording, the value quotes the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// The key that lines the same fact up across nodes (`revenue_growth`).
    pub key: Box<str>,
    /// The fact's name (the project's wording).
    pub name: Bilingual,
    /// The fact's value, quoted from the node's text.
    pub value: Bilingual,
}

/// Who issued the document, when, and where the text comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The issuing authority.
    pub issuer: Bilingual,
    /// The date of issue, `YYYY-MM-DD`.
    pub issued: String,
    /// Where the text was published.
    pub source: Bilingual,
    /// The date of publication, `YYYY-MM-DD`.
    pub source_date: String,
}

/// One node of a document.
///
/// Strings and lists are boxed slices, not `String`s and `Vec`s: they never grow once loaded, and
/// a large library has hundreds of thousands of nodes (each field is a word smaller, and holds no
/// spare capacity).
#[derive(Debug, Clone)]
pub struct Node {
    /// The node's id, unique in its document (`goals.1`).
    pub id: Box<str>,
    /// What the node is.
    pub kind: Kind,
    /// The number the source itself gives the node (`一` from `一、` or `一是`); none for items the
    /// source lists unnumbered, whose place shows only in their ids.
    pub ordinal: Option<Box<str>>,
    /// The full title.
    pub title: Bilingual,
    /// A short form of the title for rows and breadcrumbs (the project's wording).
    pub label: Option<Bilingual>,
    /// The node's own text; paragraphs are separated by line feeds.
    pub text: Option<Bilingual>,
    /// Named excerpts of the text, lined up across nodes by key.
    pub facts: Box<[Fact]>,
    /// Other names a reader may search for.
    pub aliases: Box<[Box<str>]>,
    /// Nodes this one refers to, in the file's order without repeats.
    pub refs: Box<[NodeId]>,
    /// Nodes whose `refs` name this one.
    pub referenced_by: Box<[NodeId]>,
    /// The node above, `None` for a root.
    pub parent: Option<NodeId>,
    /// The nodes below, in document order.
    pub children: Box<[NodeId]>,
    /// Levels below the root (the root is 0).
    pub depth: usize,
}

impl Node {
    /// The short form for tree rows: the label where there is one, else the title.
    pub fn short(&self, lang: Lang) -> &str {
        self.label.as_ref().unwrap_or(&self.title).get(lang)
    }

    /// The short forms in those of the languages `wanted` the node gives (see
    /// [`Bilingual::shown`]): a node in one language has one, not the same one twice.
    pub fn shorts(&self, wanted: &[Lang]) -> Vec<&str> {
        let short = self.label.as_ref().unwrap_or(&self.title);
        short
            .shown(wanted)
            .into_iter()
            .map(|l| short.own(l))
            .collect()
    }
}

/// A loaded, validated policy document: its nodes in document order, the root first.
#[derive(Debug, Clone)]
pub struct Document {
    nodes: Vec<Node>,
    /// Who issued the document and where it was published, from the root's `meta`.
    pub meta: Option<Meta>,
}

impl Document {
    /// The root (always the first node).
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// The nodes, given up to a [`Library`](crate::library::Library) that lays several documents side by side.
    pub fn into_nodes(self) -> Vec<Node> {
        self.nodes
    }

    /// The node at `id`.
    ///
    /// # Panics
    /// If `id` is not a node of this document.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    /// Every node, in document order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }
}
