//! Quotable forms of one node: plain text in the chosen languages (what `y` copies), and Markdown
//! with its breadcrumb and a citation line (what `Y` copies and `show --format markdown` prints).
//! Both are pure functions of the document, with no terminal in sight.

use crate::cli::{LangMode, breadcrumb, numbered};
use crate::model::{Lang, Library, NodeId};

/// Title and text of the node in each language of `mode`, languages apart by a blank line.
pub fn plain(doc: &Library, id: NodeId, mode: LangMode) -> String {
    let n = doc.node(id);
    // A language the node does not give is left out, not shown as the other one again.
    let parts: Vec<String> = n
        .title
        .shown(mode.langs())
        .into_iter()
        .map(|lang| {
            let mut s = numbered(doc, id, lang);
            if let Some(t) = &n.text {
                s.push_str("\n\n");
                s.push_str(t.get(lang));
            }
            for f in &n.facts {
                s.push_str(&format!("\n{}: {}", f.name.get(lang), f.value.get(lang)));
            }
            s
        })
        .collect();
    parts.join("\n\n")
}

/// Markdown: breadcrumb, heading, text and facts in each language of `mode`, then a citation.
pub fn markdown(doc: &Library, id: NodeId, mode: LangMode) -> String {
    let n = doc.node(id);
    let given = n.title.shown(mode.langs());
    let langs = given.as_slice();
    let mut out = String::new();
    let crumbs: Vec<String> = langs.iter().map(|&l| breadcrumb(doc, id, l)).collect();
    out.push_str(&format!("*{}*\n\n", crumbs.join(" / ")));
    let titles: Vec<String> = langs.iter().map(|&l| numbered(doc, id, l)).collect();
    out.push_str(&format!("## {}\n\n", titles.join(" / ")));
    if let Some(t) = &n.text {
        for lang in t.shown(langs) {
            out.push_str(t.get(lang));
            out.push_str("\n\n");
        }
    }
    for f in &n.facts {
        let items: Vec<String> = f
            .value
            .shown(langs)
            .into_iter()
            .map(|l| format!("**{}**: {}", f.name.get(l), f.value.get(l)))
            .collect();
        out.push_str(&format!("- {}\n", items.join(" — ")));
    }
    if !n.facts.is_empty() {
        out.push('\n');
    }
    out.push_str(&citation(doc, id, langs));
    out.push('\n');
    out
}

/// "— 来源：《…》，三 发展目标，广东省工业和信息化厅网站（2020-06-17） · `goals.4`"
pub fn citation(doc: &Library, id: NodeId, langs: &[Lang]) -> String {
    let root = doc.root_of(id);
    let section = doc.path(id).get(1).copied();
    let parts: Vec<String> = langs
        .iter()
        .map(|&lang| {
            let (label, open, close, sep, lp, rp) = match lang {
                Lang::Zh => ("来源：", "《", "》", "，", "（", "）"),
                Lang::En => ("Source: ", "", "", ", ", " (", ")"),
            };
            let title = doc.node(root).title.get(lang);
            let title = title.trim_start_matches('《').trim_end_matches('》');
            let mut s = format!("{label}{open}{title}{close}");
            if let Some(sec) = section {
                let n = doc.node(sec);
                s.push_str(sep);
                if let Some(o) = &n.ordinal {
                    s.push_str(o);
                    s.push(' ');
                }
                s.push_str(n.short(lang));
            }
            if let Some(m) = doc.meta_of(id) {
                s.push_str(&format!(
                    "{sep}{}{lp}{}{rp}",
                    m.source.get(lang),
                    m.source_date
                ));
            }
            s
        })
        .collect();
    format!("— {} · `{}`", parts.join(" / "), doc.node(id).id)
}
