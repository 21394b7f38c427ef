//! `yijian export`: the whole document as JSON (the contract other tools rely on) or Markdown.
//!
//! JSON: the root node as `{id, kind, title: {zh, en}, text: {zh, en} | null, children: [...]}` plus
//! `ordinal`, `label`, `facts`, `aliases`, `refs` and, on the root, `meta`. The exported node
//! also carries `provenance`: the published source, and which fields the yijian project wrote.
//! Markdown opens with the same, and marks each glossary explanation as the project's.

use std::io::{self, Write};

use serde::Serialize;

use crate::library::Library;
use crate::model::{Bilingual, Fact, Kind, Lang, Meta, NodeId};
use crate::text::numbers::numbered;

#[derive(Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    kind: Kind,
    ordinal: Option<&'a str>,
    title: &'a Bilingual,
    label: Option<&'a Bilingual>,
    text: Option<&'a Bilingual>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a Meta>,
    facts: &'a [Fact],
    aliases: &'a [Box<str>],
    refs: Vec<&'a str>,
    children: Vec<JsonNode<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provenance: Option<Provenance>,
}

/// Where the text comes from and what the project wrote, for tools that quote the export.
#[derive(Serialize)]
struct Provenance {
    /// The published source, in each language.
    source: Bilingual,
    /// The fields that are official text, as published.
    official: &'static [&'static str],
    /// The fields the yijian project wrote (the text of `term` nodes in both languages).
    project: &'static [&'static str],
}

fn provenance(doc: &Library, root: NodeId) -> Provenance {
    Provenance {
        source: Bilingual {
            zh: crate::provenance::source(doc, root, Lang::Zh).into(),
            en: crate::provenance::source(doc, root, Lang::En).into(),
        },
        official: &["title.zh", "text.zh (except kind term)", "facts.value.zh"],
        project: &[
            "title.en",
            "text.en",
            "text of kind term",
            "label",
            "facts.name",
            "facts.value.en",
            "aliases",
        ],
    }
}

fn json_node(doc: &Library, id: NodeId) -> JsonNode<'_> {
    let n = doc.node(id);
    JsonNode {
        id: &n.id,
        kind: n.kind,
        ordinal: n.ordinal.as_deref(),
        title: &n.title,
        label: n.label.as_ref(),
        text: n.text.as_ref(),
        meta: if n.parent.is_none() {
            doc.meta_of(id)
        } else {
            None
        },
        facts: &n.facts,
        aliases: &n.aliases,
        refs: n.refs.iter().map(|r| &*doc.node(*r).id).collect(),
        children: n.children.iter().map(|c| json_node(doc, *c)).collect(),
        provenance: None,
    }
}

/// The node `root` and everything under it as JSON (the whole document from its root). Generic
/// over the writer: serde_json writes a pretty document a few bytes at a time, and through
/// `dyn Write` each of those was a call of its own.
pub fn export_json<W: Write>(doc: &Library, root: NodeId, out: &mut W) -> io::Result<()> {
    let mut top = json_node(doc, root);
    top.provenance = Some(provenance(doc, root));
    serde_json::to_writer_pretty(&mut *out, &top)?;
    writeln!(out)
}

/// Several documents (or subtrees) as a JSON list of root nodes, each as [`export_json`] writes it.
pub fn export_json_list<W: Write>(doc: &Library, roots: &[NodeId], out: &mut W) -> io::Result<()> {
    let nodes: Vec<JsonNode> = roots.iter().map(|&r| json_node(doc, r)).collect();
    serde_json::to_writer_pretty(&mut *out, &nodes)?;
    writeln!(out)
}

/// Markdown of `root` and its subtree: a heading per node with text or children, a list item per
/// leaf without text.
pub fn export_markdown(doc: &Library, root: NodeId, out: &mut dyn Write) -> io::Result<()> {
    let base = doc.node(root).depth;
    let ids = (root.0..=doc.subtree_end(root).0).map(NodeId);
    for id in ids {
        let n = doc.node(id);
        // A node in one language (schema 2) is written in it once: no second, empty line.
        let zh = numbered(doc, id, Lang::Zh);
        let en = n.title.has(Lang::En).then(|| numbered(doc, id, Lang::En));
        let zh = if n.title.has(Lang::Zh) {
            Some(zh)
        } else {
            None
        };
        let (first, second) = match (zh, en) {
            (Some(zh), en) => (zh, en),
            (None, en) => (en.unwrap_or_default(), None),
        };
        if n.text.is_none() && n.children.is_empty() {
            if id == root {
                provenance_note(doc, root, out)?;
            }
            match &second {
                Some(en) => writeln!(out, "- **{first}** — {en} `{}`", n.id)?,
                None => writeln!(out, "- **{first}** `{}`", n.id)?,
            }
            let next_is_leaf = doc
                .nodes()
                .get(id.0 + 1)
                .is_some_and(|m| m.text.is_none() && m.children.is_empty() && m.depth == n.depth);
            if !next_is_leaf {
                writeln!(out)?;
            }
            continue;
        }
        let level = "#".repeat((n.depth - base + 1).min(6));
        writeln!(out, "{level} {first}")?;
        writeln!(out)?;
        match &second {
            Some(en) => writeln!(out, "*{en}* `{}`", n.id)?,
            None => writeln!(out, "`{}`", n.id)?,
        }
        writeln!(out)?;
        if id == root {
            provenance_note(doc, root, out)?;
        }
        if let (Some(m), None) = (doc.meta_of(id), n.parent) {
            writeln!(
                out,
                "- 发文机关 / Issued by: {} ({})",
                m.issuer.joined(" / "),
                m.issued
            )?;
            writeln!(
                out,
                "- 来源 / Source: {} ({})",
                m.source.joined(" / "),
                m.source_date
            )?;
            writeln!(out)?;
        }
        if let Some(t) = &n.text {
            // Each paragraph (a line of the text) apart, as Markdown joins adjacent lines; the
            // English beside the Chinese as a block quote, so the two stay apart when rendered.
            for lang in t.langs() {
                let paragraphs = t.get(lang).lines().filter(|l| !l.trim().is_empty());
                let beside = lang == Lang::En && t.has(Lang::Zh);
                let lead = if beside { "> " } else { "" };
                let gap = if beside { "\n>\n" } else { "\n\n" };
                let body: Vec<String> = paragraphs.map(|p| format!("{lead}{p}")).collect();
                writeln!(out, "{}", body.join(gap))?;
                writeln!(out)?;
            }
            if n.kind == Kind::Term {
                writeln!(
                    out,
                    "*（术语解释由 yijian 项目撰写，不是官方文本 / Glossary explanation written by the \
                     yijian project, not official text）*"
                )?;
                writeln!(out)?;
            }
        }
        for f in &n.facts {
            writeln!(
                out,
                "- **{}**: {}",
                f.name.joined(" / "),
                f.value.joined(" — ")
            )?;
        }
        if !n.facts.is_empty() {
            writeln!(out)?;
        }
        if !n.refs.is_empty() {
            let refs: Vec<String> = n
                .refs
                .iter()
                .map(|r| format!("`{}`", doc.node(*r).id))
                .collect();
            writeln!(out, "See also / 参见: {}", refs.join(", "))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// The export's opening note, in the languages of the document's title: the published source,
/// and what in the export the project wrote (the English counts as its translation only where
/// the Chinese stands beside it: an English-only document is its own original).
fn provenance_note(doc: &Library, root: NodeId, out: &mut dyn Write) -> io::Result<()> {
    let ids = (root.0..=doc.subtree_end(root).0).map(NodeId);
    let langs: Vec<Lang> = doc.node(doc.root_of(root)).title.langs().collect();
    let sources: Vec<String> = (langs.iter())
        .map(|&lang| match lang {
            Lang::Zh => format!("> 来源：{}", crate::provenance::source(doc, root, lang)),
            Lang::En => format!("> Source: {}", crate::provenance::source(doc, root, lang)),
        })
        .collect();
    writeln!(out, "{}\n", sources.join("\n>\n"))?;
    let nodes = || ids.clone().map(|i| doc.node(i));
    let both = |t: &crate::model::Bilingual| t.has(Lang::Zh) && t.has(Lang::En);
    let translated = nodes().any(|n| both(&n.title) || n.text.as_ref().is_some_and(both));
    let mut written = Vec::new();
    if translated {
        written.push(crate::provenance::Authored::Translation);
    }
    if nodes().any(|n| n.kind == Kind::Term && n.text.is_some()) {
        written.push(crate::provenance::Authored::Explanation);
    }
    if nodes().any(|n| !n.facts.is_empty()) {
        written.push(crate::provenance::Authored::FactNames);
    }
    for &lang in &langs {
        if let Some(note) = crate::provenance::note(&written, lang) {
            writeln!(out, "*{note}*\n")?;
        }
    }
    Ok(())
}
