//! Quotable forms of one node: plain text in the chosen languages (what `y` copies), and Markdown
//! with its breadcrumb and a citation line (what `Y` copies and `show --format markdown` prints).
//! Both are pure functions of the document, with no terminal in sight. Both end by saying what in
//! them the yijian project wrote (see [`crate::provenance`]), and a citation names the published
//! source, never the project's own writing as if it were the government's.

use crate::library::Library;
use crate::model::{Kind, Lang, NodeId};
use crate::prefs::LangMode;
use crate::provenance::{self, authored, note};
use crate::text::numbers::numbered;

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
    let mut out = parts.join("\n\n");
    let notes = notes(doc, id, mode.langs(), false);
    if !notes.is_empty() {
        out.push_str(&format!("\n\n({})", notes.join(" / ")));
    }
    out
}

/// The note on what the project wrote, in each language of `langs`.
fn notes(doc: &Library, id: NodeId, langs: &[Lang], crumbs: bool) -> Vec<String> {
    let items = authored(doc, id, langs, crumbs);
    langs.iter().filter_map(|&l| note(&items, l)).collect()
}

/// Markdown: breadcrumb, heading, text and facts in each language of `mode`, then a citation.
pub fn markdown(doc: &Library, id: NodeId, mode: LangMode) -> String {
    let n = doc.node(id);
    let given = n.title.shown(mode.langs());
    let langs = given.as_slice();
    let mut out = String::new();
    let crumbs: Vec<String> = langs.iter().map(|&l| doc.breadcrumb(id, l)).collect();
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
    let notes = notes(doc, id, langs, true);
    if !notes.is_empty() {
        out.push_str(&format!("\n*{}*\n", notes.join(" / ")));
    }
    out
}

/// "— 来源：《…意见》解读，广东省工业和信息化厅网站，2020-06-17（三 发展目标） · `goals.4`": the
/// published source and the node's section. A glossary entry's explanation is the project's own
/// and has no published source: its line says so instead.
pub fn citation(doc: &Library, id: NodeId, langs: &[Lang]) -> String {
    let n = doc.node(id);
    let section = doc.path(id).get(1).copied();
    let parts: Vec<String> = langs
        .iter()
        .map(|&lang| {
            if n.kind == Kind::Term && n.text.is_some() {
                return match lang {
                    Lang::Zh => "yijian 项目撰写的术语解释，不是官方文本".to_string(),
                    Lang::En => {
                        "A glossary explanation written by the yijian project, not official text"
                            .to_string()
                    }
                };
            }
            let mut s = match lang {
                Lang::Zh => format!("来源：{}", provenance::source(doc, id, lang)),
                Lang::En => format!("Source: {}", provenance::source(doc, id, lang)),
            };
            if let Some(sec) = section {
                let name = format!(
                    "{}{}",
                    crate::text::numbers::ordinal(doc, sec, lang),
                    doc.node(sec).short(lang)
                );
                s.push_str(&match lang {
                    Lang::Zh => format!("（{name}）"),
                    Lang::En => format!(" ({name})"),
                });
            }
            s
        })
        .collect();
    format!("— {} · `{}`", parts.join(" / "), n.id)
}
