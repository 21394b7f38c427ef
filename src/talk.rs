//! A talk file (`--talk FILE.yaml`, docs/TALK.md): the trainer's slides in their own order by
//! node id, each with speaker notes and phrases to highlight on the slide.

use std::path::Path;

use serde_yaml::Value;

use crate::library::Library;
use crate::model::NodeId;
use crate::text::visible;

/// One slide of a talk file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkSlide {
    /// The node the slide shows.
    pub node: NodeId,
    /// Speaker notes, shown in the presenter view only.
    pub notes: String,
    /// Phrases marked wherever they appear on the slide.
    pub highlight: Vec<String>,
}

/// A loaded, validated talk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Talk {
    /// The talk's title, shown on the presenter view; `None` when the file gives none.
    pub title: Option<String>,
    /// The slides, in the talk's order.
    pub slides: Vec<TalkSlide>,
}

impl Talk {
    /// The slides' nodes in the talk's order.
    pub fn nodes(&self) -> Vec<NodeId> {
        self.slides.iter().map(|s| s.node).collect()
    }

    /// The talk's entry for `node`, if the talk has it.
    pub fn slide_for(&self, node: NodeId) -> Option<&TalkSlide> {
        self.slides.iter().find(|s| s.node == node)
    }
}

/// The keys a slide entry may have.
const KEYS: [&str; 3] = ["id", "notes", "highlight"];

/// The largest talk file read: a talk is a few pages of notes.
const MAX_BYTES: u64 = 4 << 20;

/// Reads and validates a talk file against `doc`. Errors are one line, `FILE:LINE: what`, with
/// a suggestion where a near name exists.
pub fn load(path: &Path, doc: &Library) -> Result<Talk, String> {
    let shown = path.display().to_string();
    let name = visible(&shown);
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{name}: cannot read the talk file: {e}"))?
        .len();
    if size > MAX_BYTES {
        return Err(format!("{name}: a talk file is at most 4 MiB"));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{name}: cannot read the talk file: {e}"))?;
    parse(&text, doc).map_err(|(line, msg)| match line {
        Some(l) => format!("{name}:{l}: {msg}"),
        None => format!("{name}: {msg}"),
    })
}

/// The lines (1-based) where the entries of the `slides:` list begin.
fn entry_lines(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut indent = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let depth = line.len() - trimmed.len();
        if depth == 0 {
            inside = trimmed.starts_with("slides:");
            continue;
        }
        if inside
            && (trimmed.starts_with("- ") || trimmed == "-")
            && *indent.get_or_insert(depth) == depth
        {
            out.push(i + 1);
        }
    }
    out
}

/// The closest of `names` to `word`, when it is close enough to be a likely typo.
fn suggest<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    names
        .map(|n| (strsim::levenshtein(word, n), n))
        .filter(|(d, n)| *d <= 3.max(n.len() / 4))
        .min()
        .map(|(_, n)| n)
}

fn strings(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Sequence(items) => items
            .iter()
            .map(|i| i.as_str().map(str::to_string))
            .collect(),
        _ => None,
    }
}

/// Parses a talk file's text; the error carries its line where known.
pub fn parse(text: &str, doc: &Library) -> Result<Talk, (Option<usize>, String)> {
    let root: Value = serde_yaml::from_str(text).map_err(|e| {
        (
            e.location().map(|l| l.line()),
            format!("not valid YAML: {e}"),
        )
    })?;
    let Value::Mapping(map) = root else {
        return Err((
            Some(1),
            "a talk file is a mapping with `slides:` (see docs/TALK.md)".into(),
        ));
    };
    for k in map.keys() {
        let k = k.as_str().unwrap_or("?");
        if !["title", "slides"].contains(&k) {
            let hint = suggest(k, ["title", "slides"].into_iter())
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            let line = text.lines().position(|l| l.starts_with(k)).map(|i| i + 1);
            return Err((line, format!("unknown key `{}`{hint}", visible(k))));
        }
    }
    let title = map.get("title").and_then(Value::as_str).map(str::to_string);
    let Some(Value::Sequence(items)) = map.get("slides") else {
        return Err((
            None,
            "`slides:` is missing or is not a list of node ids".into(),
        ));
    };
    let lines = entry_lines(text);
    let mut slides = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let line = lines.get(i).copied();
        let (id, notes, highlight) = match item {
            Value::String(id) => (id.clone(), String::new(), Vec::new()),
            Value::Mapping(m) => {
                for k in m.keys() {
                    let k = k.as_str().unwrap_or("?");
                    if !KEYS.contains(&k) {
                        let hint = suggest(k, KEYS.into_iter())
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default();
                        return Err((line, format!("unknown key `{}`{hint}", visible(k))));
                    }
                }
                let Some(id) = m.get("id").and_then(Value::as_str) else {
                    return Err((line, "a slide needs `id:`, a node id".into()));
                };
                let notes = match m.get("notes") {
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(s)) => s.clone(),
                    Some(_) => return Err((line, "`notes:` is text".into())),
                };
                let highlight = match m.get("highlight") {
                    None | Some(Value::Null) => Vec::new(),
                    Some(v) => strings(v)
                        .ok_or((line, "`highlight:` is a phrase or a list of phrases".into()))?,
                };
                (id.to_string(), notes, highlight)
            }
            _ => return Err((line, "a slide is a node id, or a mapping with `id:`".into())),
        };
        let Some(node) = doc.find(&id) else {
            let hint = suggest(&id, doc.nodes().iter().map(|n| &*n.id))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_else(|| " (see `yijian tree` for the ids)".into());
            return Err((line, format!("no node has the id `{}`{hint}", visible(&id))));
        };
        slides.push(TalkSlide {
            node,
            notes: crate::text::clean(&notes, true).trim_end().to_string(),
            highlight: highlight
                .iter()
                .map(|h| crate::text::clean(h, true))
                .collect(),
        });
    }
    if slides.is_empty() {
        return Err((None, "`slides:` lists no slides".into()));
    }
    Ok(Talk {
        title: title.map(|t| crate::text::clean(&t, true)),
        slides,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_embedded;

    #[test]
    fn slides_come_in_the_talk_order_with_notes_and_phrases() {
        let doc = crate::library::Library::from(load_embedded().unwrap());
        let t = parse(
            "title: 培训\nslides:\n  - goals.4\n  - id: clusters.emerging.1\n    notes: |\n      先讲芯片。\n    highlight: [半导体, semiconductors]\n",
            &doc,
        )
        .unwrap();
        assert_eq!(t.slides.len(), 2);
        assert_eq!(&*doc.node(t.slides[0].node).id, "goals.4");
        assert_eq!(t.slides[1].notes, "先讲芯片。");
        assert_eq!(t.slides[1].highlight, ["半导体", "semiconductors"]);
    }

    #[test]
    fn mistakes_name_their_line_and_suggest_the_near_name() {
        let doc = crate::library::Library::from(load_embedded().unwrap());
        let e = parse("slides:\n  - goals.4\n  - id: goals.9\n", &doc).unwrap_err();
        assert_eq!(e.0, Some(3));
        assert!(
            e.1.contains("`goals.9`") && e.1.contains("did you mean `goals."),
            "{}",
            e.1
        );
        let e = parse("slides:\n  - id: goals\n    note: hi\n", &doc).unwrap_err();
        assert_eq!(
            e,
            (Some(2), "unknown key `note` (did you mean `notes`?)".into())
        );
        let e = parse("slides:\n  - goals\n   bad: [\n", &doc).unwrap_err();
        assert!(e.0.is_some() && e.1.starts_with("not valid YAML"), "{e:?}");
        let e = parse("slide:\n  - goals\n", &doc).unwrap_err();
        assert_eq!(
            e,
            (
                Some(1),
                "unknown key `slide` (did you mean `slides`?)".into()
            )
        );
    }
}
