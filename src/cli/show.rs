//! `yijian show ID`: one node in full, as plain text.

use std::io::{self, Write};

use super::{LangMode, breadcrumb, numbered};
use crate::model::{Lang, Library, NodeId};

pub fn show(doc: &Library, id: NodeId, mode: LangMode, out: &mut dyn Write) -> io::Result<()> {
    let n = doc.node(id);
    let langs = mode.langs();
    let crumb_lang = if mode == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    writeln!(out, "{}", breadcrumb(doc, id, crumb_lang))?;
    writeln!(out, "[{}] {}", n.kind, n.id)?;
    writeln!(out)?;
    // A language the node does not give is left out, not printed as the other one again.
    for lang in n.title.shown(langs) {
        writeln!(out, "{}", numbered(doc, id, lang))?;
    }
    if let (Some(m), None) = (doc.meta_of(id), n.parent) {
        writeln!(out)?;
        for lang in m.issuer.shown(langs) {
            let (issuer, issued, source, dated) = match lang {
                Lang::Zh => ("发文机关", "印发日期", "来源", "发布日期"),
                Lang::En => ("Issued by", "Issued on", "Source", "Published"),
            };
            writeln!(
                out,
                "{issuer}: {}  {issued}: {}",
                m.issuer.get(lang),
                m.issued
            )?;
            writeln!(
                out,
                "{source}: {}  {dated}: {}",
                m.source.get(lang),
                m.source_date
            )?;
        }
    }
    if let Some(t) = &n.text {
        for lang in t.shown(langs) {
            writeln!(out)?;
            writeln!(out, "{}", t.get(lang))?;
        }
    }
    if !n.facts.is_empty() {
        writeln!(out)?;
        for f in &n.facts {
            for lang in f.value.shown(langs) {
                writeln!(out, "- {}: {}", f.name.get(lang), f.value.get(lang))?;
            }
        }
    }
    list(doc, "Children / 下级", &n.children, langs, out)?;
    list(doc, "Related / 相关", &doc.related(id), langs, out)?;
    Ok(())
}

fn list(
    doc: &Library,
    heading: &str,
    ids: &[NodeId],
    langs: &[Lang],
    out: &mut dyn Write,
) -> io::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{heading}:")?;
    for &c in ids {
        let shown = doc.node(c).title.shown(langs);
        let titles: Vec<String> = shown.iter().map(|&l| numbered(doc, c, l)).collect();
        writeln!(out, "  {:<22} {}", doc.node(c).id, titles.join(" | "))?;
    }
    Ok(())
}
