//! `yijian show ID`: one node in full, as plain text, labelled in the interface language with the
//! same words as the browser's detail pane.

use std::io::{self, Write};

use crate::library::Library;
use crate::model::{Lang, NodeId};
use crate::prefs::LangMode;
use crate::text::numbers::numbered;
use crate::ui::Words;
use crate::ui::detail::meta_lines;

/// Writes node `id` of `doc` to `out` in full, as plain text: its breadcrumb first,
/// then what the detail pane shows of it, in the languages of `mode`, labelled with `w`'s words.
///
/// # Errors
///
/// A failed write to `out`.
///
/// # Panics
///
/// If `id` is not a node of `doc`.
pub fn show(
    doc: &Library,
    id: NodeId,
    mode: LangMode,
    w: &Words,
    out: &mut dyn Write,
) -> io::Result<()> {
    let n = doc.node(id);
    let langs = mode.langs();
    let crumb_lang = if mode == LangMode::En {
        Lang::En
    } else {
        Lang::Zh
    };
    writeln!(out, "{}", doc.breadcrumb(id, crumb_lang))?;
    writeln!(out, "{} ∙ {}", w.kind(n.kind), n.id)?;
    writeln!(out)?;
    // A language the node does not give is left out, not printed as the other one again.
    for lang in n.title.shown(langs) {
        writeln!(out, "{}", numbered(doc, id, lang))?;
    }
    if let (Some(m), None) = (doc.meta_of(id), n.parent) {
        writeln!(out)?;
        for line in meta_lines(m, &m.issuer.shown(langs), w) {
            writeln!(out, "{line}")?;
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
                let colon = crate::ui::colon(lang);
                writeln!(out, "- {}{colon}{}", f.name.get(lang), f.value.get(lang))?;
            }
        }
    }
    list(doc, w, w.children, &n.children, langs, out)?;
    list(doc, w, w.related, &doc.related(id), langs, out)?;
    Ok(())
}

fn list(
    doc: &Library,
    w: &Words,
    heading: &str,
    ids: &[NodeId],
    langs: &[Lang],
    out: &mut dyn Write,
) -> io::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{heading}{}", w.colon.trim_end())?;
    for &c in ids {
        let shown = doc.node(c).title.shown(langs);
        let titles: Vec<String> = shown.iter().map(|&l| numbered(doc, c, l)).collect();
        writeln!(out, "  {:<22} {}", doc.node(c).id, titles.join(" | "))?;
    }
    Ok(())
}
