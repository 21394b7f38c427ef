//! What is official and what the yijian project wrote, said wherever text leaves the browser
//! (`y`, `Y`, `show --format markdown`, exports). The Chinese text is the official one, as
//! published; the English translation, the glossary's explanations (nodes of kind `term`), the
//! short labels (`label`) and the fact names are the project's own, and are marked as such.
//!
//! The source named is where the text was published: for a document whose opening text says it
//! interprets (解读) the policy — as the embedded one does, the Department of Industry and
//! Information Technology's interpretation of the Opinions — the interpretation, published on the
//! Department's website on `meta.source_date`; not the policy document itself.

use crate::library::Library;
use crate::model::{Kind, Lang, NodeId};

/// Something the project wrote that a quotation of a node can contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authored {
    /// The English text.
    Translation,
    /// A glossary entry's explanation (both languages).
    Explanation,
    /// The short labels that make up a breadcrumb or a section's name.
    Labels,
    /// The names of key facts (定义, Definition…).
    FactNames,
}

impl Authored {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Authored::Translation, Lang::Zh) => "英文译文",
            (Authored::Translation, Lang::En) => "the English translation",
            (Authored::Explanation, Lang::Zh) => "术语解释",
            (Authored::Explanation, Lang::En) => "the glossary explanation",
            (Authored::Labels, Lang::Zh) => "路径与章节的简称",
            (Authored::Labels, Lang::En) => "the short labels of the breadcrumb and section",
            (Authored::FactNames, Lang::Zh) => "要点名称",
            (Authored::FactNames, Lang::En) => "the fact names",
        }
    }
}

/// Whether the document `id` is in is an interpretation (解读) of the policy: its opening text
/// says so.
pub fn is_interpretation(doc: &Library, id: NodeId) -> bool {
    doc.node(doc.root_of(id))
        .text
        .as_ref()
        .is_some_and(|t| t.zh.contains("解读"))
}

/// What the project wrote among what a quotation of `id` in `langs` shows, with `crumbs` when a
/// breadcrumb or section label is part of it.
pub fn authored(doc: &Library, id: NodeId, langs: &[Lang], crumbs: bool) -> Vec<Authored> {
    let n = doc.node(id);
    let mut out = Vec::new();
    if n.kind == Kind::Term && n.text.is_some() {
        out.push(Authored::Explanation);
    }
    // The English is a translation where the Chinese stands beside it; a document given in
    // English only is its own original.
    let both = |t: &crate::model::Bilingual| t.has(Lang::Zh) && t.has(Lang::En);
    if langs.contains(&Lang::En) && (both(&n.title) || n.text.as_ref().is_some_and(both)) {
        out.push(Authored::Translation);
    }
    if crumbs && doc.path(id).len() > 1 {
        out.push(Authored::Labels);
    }
    if !n.facts.is_empty() {
        out.push(Authored::FactNames);
    }
    out
}

/// "Not official text: the English translation and the fact names, written by the yijian project."
pub fn note(items: &[Authored], lang: Lang) -> Option<String> {
    let names: Vec<&str> = items.iter().map(|a| a.name(lang)).collect();
    let (last, rest) = names.split_last()?;
    Some(match lang {
        Lang::Zh => format!("非官方文本：{}由 yijian 项目撰写。", names.join("、")),
        Lang::En => {
            let list = if rest.is_empty() {
                last.to_string()
            } else {
                format!("{} and {last}", rest.join(", "))
            };
            format!("Not official text: {list}, written by the yijian project.")
        }
    })
}

/// The published source of the document `id` is in, in one language: "《…意见》解读，广东省工业和信息化厅网站，2020-06-17" /
/// "the interpretation (解读) of the Opinions …, published on the website of … on 2020-06-17".
pub fn source(doc: &Library, id: NodeId, lang: Lang) -> String {
    let title = doc.node(doc.root_of(id)).title.get(lang);
    let title = title.trim_start_matches('《').trim_end_matches('》');
    let interp = is_interpretation(doc, id);
    let Some(m) = doc.meta_of(id) else {
        return match (lang, interp) {
            (Lang::Zh, true) => format!("《{title}》解读"),
            (Lang::Zh, false) => format!("《{title}》"),
            (Lang::En, true) => format!("the interpretation (解读) of the {title}"),
            (Lang::En, false) => title.to_string(),
        };
    };
    let site = m.source.get(lang);
    let date = crate::text::numbers::date(&m.source_date, lang);
    match (lang, interp) {
        (Lang::Zh, true) => format!("《{title}》解读，{site}，{date}"),
        (Lang::Zh, false) => format!("《{title}》，{site}，{date}"),
        (Lang::En, true) => {
            format!("the interpretation (解读) of the {title}, published on the {site} on {date}")
        }
        (Lang::En, false) => format!("{title}, published on the {site} on {date}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_embedded;

    #[test]
    fn the_embedded_document_is_cited_as_the_departments_interpretation() {
        let doc = Library::from(load_embedded().unwrap());
        let root = doc.first_root();
        assert!(is_interpretation(&doc, root));
        let en = source(&doc, root, Lang::En);
        assert!(
            en.starts_with("the interpretation (解读) of the Opinions"),
            "{en}"
        );
        assert!(en.ends_with("Department of Industry and Information Technology of Guangdong Province on 17 June 2020"), "{en}");
        let zh = source(&doc, root, Lang::Zh);
        assert!(
            zh.contains("的意见》解读，广东省工业和信息化厅网站，2020年6月17日"),
            "{zh}"
        );
    }

    #[test]
    fn notes_list_what_the_project_wrote() {
        use Authored::*;
        assert_eq!(note(&[], Lang::En), None);
        assert_eq!(
            note(&[Explanation, Translation], Lang::En).unwrap(),
            "Not official text: the glossary explanation and the English translation, written by the yijian project."
        );
        assert_eq!(
            note(&[Translation, FactNames], Lang::Zh).unwrap(),
            "非官方文本：英文译文、要点名称由 yijian 项目撰写。"
        );
    }
}
