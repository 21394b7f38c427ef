//! What an import gives, told back: the outline `--dry-run` prints, and the source's text
//! rebuilt from the tree (what the tests compare with the source to show nothing was dropped).

use super::Imported;
use super::numbering;
use super::tree::one;
use crate::model::{RawFile, RawNode, RawText};

/// The outline `--dry-run` prints: what was read about the document, then one heading a line,
/// indented by level, with its id and how many paragraphs it holds.
pub fn outline(imported: &Imported) -> String {
    let root = &imported.file.document;
    let lang = |t: &RawText| one(t).to_string();
    let mut out = format!("{}  [{}]\n", lang(&root.title), root.id);
    if let Some(m) = &root.meta {
        out.push_str(&format!(
            "  issued by: {}\n  issued on: {}\n  source: {}\n  published: {}\n",
            lang(&m.issuer),
            m.issued,
            lang(&m.source),
            m.source_date
        ));
    }
    for f in &root.facts {
        out.push_str(&format!(
            "  {}: {}\n",
            f.name.en.as_deref().unwrap_or_default().to_lowercase(),
            lang(&f.value)
        ));
    }
    let language = if imported.english { "en" } else { "zh" };
    out.push_str(&format!(
        "  language: {language}; read as {}\n",
        imported.encoding
    ));
    fn walk(n: &RawNode, depth: usize, out: &mut String, lang: &dyn Fn(&RawText) -> String) {
        let paragraphs = n.text.as_ref().map_or(0, |t| lang(t).lines().count());
        // As the browser writes it before the title (`一、发展目标`, `第一章 总则`).
        let ordinal = n.ordinal.as_deref().map_or(String::new(), |o| {
            crate::text::numbers::ordinal_prefix(o, n.kind, crate::model::Lang::Zh)
        });
        let mut line = format!(
            "{}{ordinal}{}  [{}]",
            "  ".repeat(depth),
            lang(&n.title),
            n.id
        );
        match paragraphs {
            0 => {}
            1 => line.push_str("  1 paragraph"),
            p => line.push_str(&format!("  {p} paragraphs")),
        }
        out.push_str(&line);
        out.push('\n');
        for c in &n.children {
            walk(c, depth + 1, out, lang);
        }
    }
    match root.text.as_ref().map_or(0, |t| lang(t).lines().count()) {
        0 => {}
        1 => out.push_str("  (before the first heading: 1 paragraph)\n"),
        p => out.push_str(&format!("  (before the first heading: {p} paragraphs)\n")),
    }
    for c in &root.children {
        walk(c, 1, &mut out, &lang);
    }
    out
}

/// The source's text as the tree holds it, a line a paragraph, in order: the root's paragraphs,
/// then each heading's line (its numbering and title, or for a heading that runs on into a
/// sentence, the whole line its text starts with) and paragraphs. The title lines are not in it
/// (the root's title holds them). What the tests compare with the source.
pub fn rebuild(file: &RawFile) -> String {
    fn walk(n: &RawNode, root: bool, out: &mut Vec<String>) {
        let body = n.text.as_ref().map_or("", one);
        // A Markdown heading without numbering has no ordinal: its line is its title.
        if n.ordinal.is_none() && !root {
            out.push(one(&n.title).to_string());
        }
        if let Some(ordinal) = &n.ordinal {
            let runs_on = body
                .lines()
                .next()
                .and_then(numbering::parse)
                .is_some_and(|p| p.marker == ordinal);
            if !runs_on {
                out.push(format!("{ordinal}{}", one(&n.title)));
            }
        }
        out.extend(body.lines().map(str::to_string));
        for c in &n.children {
            walk(c, false, out);
        }
    }
    let mut out = Vec::new();
    walk(&file.document, true, &mut out);
    out.join("\n")
}
