//! Root ids yijian made up for a document (an imported `.txt`, `.md` or `.docx` is named from its
//! file name) give way to the ids authors wrote: a reader cannot change an id that is in no file,
//! so a made-up id that another document already has is replaced by a free one instead of the
//! document being refused.

use std::collections::HashSet;

/// Who chose a document's root id, which decides what a clash of root ids comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootId {
    /// Written in the policy file by its author: a clash is an error naming both files.
    Written,
    /// Made up by yijian (from the file name of an imported document): a clash picks another id.
    Made,
}

/// A free id for a document whose made-up id is `made`, named `name` (its path): `made` itself
/// when no id in `taken` is the same, else `made` with the file's extension (`plan-md` for
/// `plan.md`), else that with `-2`, `-3`, … — the first free one, so the choice depends only on
/// the documents opened and their order, and the result is typable after `:` as `plan-md:1`.
pub fn free_id(made: &str, name: &str, taken: &HashSet<Box<str>>) -> String {
    if !taken.contains(made) {
        return made.to_string();
    }
    let ext: String = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let base = if ext.is_empty() {
        made.to_string()
    } else {
        format!("{made}-{ext}")
    };
    if base != made && !taken.contains(base.as_str()) {
        return base;
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !taken.contains(id.as_str()))
        .expect("a finite set leaves some number free")
}

#[cfg(test)]
mod tests {
    use super::free_id;
    use std::collections::HashSet;

    fn taken(ids: &[&str]) -> HashSet<Box<str>> {
        ids.iter().map(|&s| s.into()).collect()
    }

    #[test]
    fn a_free_id_is_kept_and_a_taken_one_gets_the_extension_then_a_number() {
        assert_eq!(free_id("plan", "d/plan.md", &taken(&["other"])), "plan");
        assert_eq!(free_id("plan", "d/plan.md", &taken(&["plan"])), "plan-md");
        assert_eq!(
            free_id("plan", "d/PLAN.Docx", &taken(&["plan"])),
            "plan-docx"
        );
        assert_eq!(
            free_id("plan", "d/plan.md", &taken(&["plan", "plan-md"])),
            "plan-md-2"
        );
        assert_eq!(
            free_id(
                "plan",
                "d/plan.md",
                &taken(&["plan", "plan-md", "plan-md-2"])
            ),
            "plan-md-3"
        );
        // A name without an extension (never opened as a document today) still finds one.
        assert_eq!(free_id("doc", "doc", &taken(&["doc"])), "doc-2");
    }
}
