//! `yijian export --format html`: one self-contained page for the people in the room — the
//! outline, every node in both languages side by side, the glossary and a citation — with a
//! print stylesheet (A4, a node never split across pages, page numbers in the margin). Nothing
//! is loaded from elsewhere: no scripts, fonts, images or links to other files.

use std::io::{self, Write};

use crate::library::Library;
use crate::model::{Bilingual, Kind, Lang, Node, NodeId};
use crate::quote::citation;
use crate::talk::Talk;

/// The page's styles: screen and print. CJK fonts are named in order of how common they are;
/// the reader's system supplies one.
const STYLE: &str = r#"
:root { --ink: #111; --paper: #fff; --rule: #777; --mark: #ffe066; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
  font: 11pt/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC",
  "Microsoft YaHei", sans-serif; }
header h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
header p { margin: .2rem 0; }
.by { color: #333; font-size: .9rem; }
nav ol { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
nav a { color: inherit; text-decoration: none; }
.node { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid var(--rule);
  padding: .6rem 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.pair > div > :first-child, .one > div > :first-child { margin-top: 0; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; margin: .2rem 0 .4rem; line-height: 1.35; }
h2 { font-size: 1.25rem; } h3 { font-size: 1.1rem; } h4 { font-size: 1rem; }
.id { font: .75rem monospace; color: #444; }
mark { background: var(--mark); color: var(--ink); }
dl.glossary { display: grid; grid-template-columns: 1fr 1fr; gap: .2rem 1.5rem; }
dl.glossary dt { font-weight: bold; margin-top: .5rem; }
dl.glossary dd { margin: 0; }
.term { break-inside: avoid; page-break-inside: avoid; }
footer { border-top: 2px solid var(--ink); margin-top: 1rem; padding-top: .5rem; font-size: .9rem; }
@page { size: A4; margin: 15mm 15mm 18mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Text made safe for HTML: the five characters with meaning are written as references.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text with each of `phrases` in `<mark>`.
fn marked(s: &str, phrases: &[String]) -> String {
    let mut out = String::new();
    let mut rest = s;
    loop {
        let hit = phrases
            .iter()
            .filter(|p| !p.is_empty())
            .filter_map(|p| rest.find(p.as_str()).map(|at| (at, p.len())))
            .min();
        let Some((at, len)) = hit else {
            out.push_str(&esc(rest));
            return out;
        };
        out.push_str(&esc(&rest[..at]));
        out.push_str(&format!("<mark>{}</mark>", esc(&rest[at..at + len])));
        rest = &rest[at + len..];
    }
}

/// The node's title in `lang`, which it gives, after its ordinal.
fn heading(n: &Node, lang: Lang) -> String {
    match &n.ordinal {
        Some(o) if !n.title.own(lang).starts_with(&**o) => format!("{o} {}", n.title.own(lang)),
        _ => n.title.own(lang).to_string(),
    }
}

/// The `lang` attribute of text in `lang`.
fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-Hans",
        Lang::En => "en",
    }
}

/// `b` in each language it is given in, escaped, joined by ` · `.
fn both(b: &Bilingual) -> String {
    b.langs()
        .map(|l| esc(b.own(l)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An `id` attribute value: ids are dotted words, but a file may hold anything.
fn anchor(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The nodes the handout shows: a talk's in its order, else `root` and everything under it, the
/// glossary's terms left for the glossary at the end.
fn nodes(doc: &Library, root: NodeId, talk: Option<&Talk>) -> Vec<NodeId> {
    match talk {
        Some(t) => t.nodes(),
        None => (root.0..=doc.subtree_end(root).0)
            .map(NodeId)
            .filter(|&i| !matches!(doc.node(i).kind, Kind::Glossary | Kind::Term))
            .collect(),
    }
}

fn outline(doc: &Library, list: &[NodeId], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<nav><h2>目录 · Contents</h2><ol>")?;
    let base = list.iter().map(|&i| doc.node(i).depth).min().unwrap_or(0);
    let mut depth = base;
    for &i in list {
        let n = doc.node(i);
        while depth < n.depth {
            writeln!(out, "<ol>")?;
            depth += 1;
        }
        while depth > n.depth.max(base) {
            writeln!(out, "</ol>")?;
            depth -= 1;
        }
        let names: Vec<String> = n.title.langs().map(|l| esc(&heading(n, l))).collect();
        writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            anchor(&n.id),
            names.join(" · ")
        )?;
    }
    while depth > base {
        writeln!(out, "</ol>")?;
        depth -= 1;
    }
    writeln!(out, "</ol></nav>")
}

fn node(doc: &Library, i: NodeId, phrases: &[String], out: &mut dyn Write) -> io::Result<()> {
    let n = doc.node(i);
    let level = (n.depth + 1).clamp(2, 4);
    // A column for each language the node gives its title or text in: a node in one language
    // is written once, across the page.
    let given = |lang| n.title.has(lang) || n.text.as_ref().is_some_and(|t| t.has(lang));
    let langs: Vec<Lang> = Lang::BOTH.into_iter().filter(|&l| given(l)).collect();
    let class = if langs.len() > 1 { "pair" } else { "one" };
    writeln!(
        out,
        "<section class=\"node\" id=\"{}\"><div class=\"{class}\">",
        anchor(&n.id)
    )?;
    for lang in langs {
        writeln!(out, "<div lang=\"{}\">", code(lang))?;
        if n.title.has(lang) {
            writeln!(
                out,
                "<h{level}>{}</h{level}>",
                marked(&heading(n, lang), phrases)
            )?;
        }
        if let Some(text) = n.text.as_ref().filter(|t| t.has(lang)) {
            for para in text.own(lang).split('\n').filter(|p| !p.trim().is_empty()) {
                writeln!(out, "<p>{}</p>", marked(para, phrases))?;
            }
        }
        writeln!(out, "</div>")?;
    }
    writeln!(
        out,
        "</div><div class=\"id\">{}</div></section>",
        esc(&n.id)
    )
}

fn glossary(doc: &Library, out: &mut dyn Write) -> io::Result<()> {
    let Some(g) = doc.ids().find(|&i| doc.node(i).kind == Kind::Glossary) else {
        return Ok(());
    };
    let gn = doc.node(g);
    writeln!(
        out,
        "<section id=\"{}\"><h2>{}</h2><dl class=\"glossary\">",
        anchor(&gn.id),
        both(&gn.title)
    )?;
    for &t in gn.children.iter() {
        let n = doc.node(t);
        for lang in n.title.langs() {
            writeln!(
                out,
                "<div class=\"term\" lang=\"{}\"><dt>{}</dt><dd>{}</dd></div>",
                code(lang),
                esc(n.title.own(lang)),
                esc(n.text.as_ref().map(|x| x.own(lang)).unwrap_or(""))
            )?;
        }
    }
    writeln!(out, "</dl></section>")
}

/// Writes the handout for `root` (the whole document from its root), or for a talk's slides.
pub fn export_html(
    doc: &Library,
    root: NodeId,
    talk: Option<&Talk>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let top = doc.node(doc.root_of(root));
    let title = talk
        .and_then(|t| t.title.clone())
        .unwrap_or_else(|| top.title.get(Lang::Zh).to_string());
    let first = top.title.langs().next().unwrap_or(Lang::Zh);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">",
        code(first)
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<title>{}</title><style>{STYLE}</style></head><body>",
        esc(&title)
    )?;
    writeln!(out, "<header><h1>{}</h1>", esc(&title))?;
    // The title in each language it is given in, but not again the one the heading shows.
    for lang in top.title.langs().filter(|&l| top.title.own(l) != title) {
        writeln!(
            out,
            "<p lang=\"{}\">{}</p>",
            code(lang),
            esc(top.title.own(lang))
        )?;
    }
    if let Some(m) = doc.meta_of(root) {
        writeln!(out, "<p>{} · {}</p>", both(&m.issuer), esc(&m.issued))?;
    }
    // Only a document in both languages has a translation to speak of.
    if top.title.langs().count() > 1 {
        writeln!(
            out,
            "<p class=\"by\">中文为原文；英文为 yijian 项目的译文。 Chinese: the original text; \
             English: translated by the yijian project.</p>"
        )?;
    }
    writeln!(out, "</header>")?;
    let list = nodes(doc, root, talk);
    outline(doc, &list, out)?;
    writeln!(out, "<main>")?;
    for &i in &list {
        let phrases = talk
            .and_then(|t| t.slide_for(i))
            .map(|s| s.highlight.clone())
            .unwrap_or_default();
        node(doc, i, &phrases, out)?;
    }
    writeln!(out, "</main>")?;
    glossary(doc, out)?;
    writeln!(
        out,
        "<footer><p>{}</p><p>Made with yijian.</p></footer></body></html>",
        esc(citation(doc, root, &top.title.shown(&Lang::BOTH)).trim_start_matches("— "))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped_and_phrases_are_marked() {
        assert_eq!(
            esc("<a href='x'>&\""),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;"
        );
        assert_eq!(
            marked("半导体 & 集成电路", &["集成".into()]),
            "半导体 &amp; <mark>集成</mark>电路"
        );
        assert_eq!(anchor("a b\"c"), "a_b_c");
    }
}
