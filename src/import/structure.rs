//! Lines of a document → a tree of headings with the paragraphs under each: a heading nests
//! under the nearest open heading of a lower-ranked numbering style, every other line goes to the
//! heading above it, and numbering mistakes (a skipped number, a level left out) become warnings.

use std::collections::BTreeSet;

use super::numbering::{self, Style};

/// A heading as read: its numbering and the short title it is shown by.
#[derive(Debug, Clone)]
pub struct Heading {
    pub style: Style,
    pub number: u32,
    /// The numbering as written (`（一）`, `第三条`, `IV.`).
    pub marker: String,
    /// The heading's text, or for a heading that runs on into a sentence
    /// (`一是现代化产业体系更加完善。……`) its first sentence, shortened: the whole line is then the
    /// first paragraph of its text.
    pub title: String,
    /// 1-based line in the source.
    pub line: usize,
}

/// A node of the imported tree: the root (no heading) or a heading, with its paragraphs
/// (verbatim lines) and children as indices into the arena.
#[derive(Debug, Clone, Default)]
pub struct Part {
    pub heading: Option<Heading>,
    pub paragraphs: Vec<String>,
    pub children: Vec<usize>,
}

/// A numbering mistake, at the line it was found on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The source line it was found on (1-based).
    pub line: usize,
    /// What is wrong, in English (`` `（四）` follows `（二）`: `（三）` is missing ``).
    pub message: String,
    /// The same in Chinese (`` `（四）`接在`（二）`之后：缺少`（三）` ``).
    pub zh: String,
}

impl Warning {
    /// What is wrong, in the interface language `lang`.
    pub fn said_in(&self, lang: crate::model::Lang) -> &str {
        match lang {
            crate::model::Lang::Zh => &self.zh,
            crate::model::Lang::En => &self.message,
        }
    }
}

/// The tree of `lines` ((line number, trimmed non-empty text), in order); the root is index 0.
/// `marked` holds the lines a Markdown file marks as headings, with their level: those without
/// numbering of their own are headings all the same.
pub fn build(
    lines: &[(usize, &str)],
    marked: &[(usize, u8)],
    english: bool,
) -> (Vec<Part>, Vec<Warning>) {
    let mut parts = vec![Part::default()];
    let mut open: Vec<usize> = vec![0];
    let mut warnings = Vec::new();
    for &(line, text) in lines {
        let level = marked
            .iter()
            .find(|(l, _)| *l == line)
            .map(|(_, level)| *level);
        let numbered = numbering::parse(text).or_else(|| {
            level.map(|level| numbering::Numbered {
                style: Style::Markdown(level),
                number: 0,
                marker: "",
                rest: text,
            })
        });
        let Some(n) = numbered else {
            parts[*open.last().expect("the root stays open")]
                .paragraphs
                .push(text.to_string());
            continue;
        };
        while open.len() > 1 && style_of(&parts[*open.last().unwrap()]) >= Some(n.style) {
            open.pop();
        }
        let parent = *open.last().unwrap();
        // Articles are numbered through the whole regulation, across its chapters; every other
        // numbering starts again under each heading.
        let previous = if n.style == Style::Article {
            parts
                .iter()
                .rev()
                .filter_map(|p| p.heading.as_ref())
                .find(|h| h.style == n.style)
        } else {
            parts[parent]
                .children
                .iter()
                .rev()
                .filter_map(|&c| parts[c].heading.as_ref())
                .find(|h| h.style == n.style)
        };
        let expected = previous.map_or(1, |h| h.number + 1);
        let counted = !matches!(n.style, Style::Markdown(_));
        if counted && n.number != expected {
            let m = n.marker;
            let (message, zh) = match previous {
                Some(p) if n.number > expected => {
                    let (en, zh) = missing(n.style, expected, n.number, english);
                    let p = &p.marker;
                    (
                        format!("`{m}` follows `{p}`: {en} missing"),
                        format!("`{m}`接在`{p}`之后：缺少{zh}"),
                    )
                }
                Some(p) => (
                    format!("`{m}` follows `{}`: numbered out of order", p.marker),
                    format!("`{m}`接在`{}`之后：编号顺序有误", p.marker),
                ),
                None => {
                    let (en, zh) = missing(n.style, 1, n.number, english);
                    (
                        format!("`{m}` is the first of its level here: {en} missing"),
                        format!("`{m}`是此处该级的第一项：缺少{zh}"),
                    )
                }
            };
            warnings.push(Warning { line, message, zh });
        }
        let (title, runs_on) = match short_title(n.rest, english) {
            Some(t) => (t, true),
            None => (n.rest.to_string(), false),
        };
        let me = parts.len();
        parts.push(Part {
            heading: Some(Heading {
                style: n.style,
                number: n.number,
                marker: n.marker.to_string(),
                title,
                line,
            }),
            paragraphs: if runs_on {
                vec![text.to_string()]
            } else {
                Vec::new()
            },
            children: Vec::new(),
        });
        parts[parent].children.push(me);
        open.push(me);
    }
    warnings.extend(jumps(&parts));
    warnings.sort_by_key(|w| w.line);
    (parts, warnings)
}

fn style_of(part: &Part) -> Option<Style> {
    part.heading.as_ref().map(|h| h.style)
}

/// `（三）` or `（三）–（五）` (what a warning says is missing), in English (with its verb) and in
/// Chinese.
fn missing(style: Style, from: u32, to: u32, english: bool) -> (String, String) {
    let first = numbering::marker(style, from, english);
    if to - from == 1 {
        (format!("`{first}` is"), format!("`{first}`"))
    } else {
        let last = numbering::marker(style, to - 1, english);
        (
            format!("`{first}`–`{last}` are"),
            format!("`{first}`至`{last}`"),
        )
    }
}

/// Headings whose level leaves out one the document uses elsewhere between it and its parent
/// (a `1.` directly under a `一、` where other sections have `（一）`).
fn jumps(parts: &[Part]) -> Vec<Warning> {
    let used: BTreeSet<Style> = parts.iter().filter_map(style_of).collect();
    let level = |s: Option<Style>| s.map_or(0, |s| used.range(..s).count() + 1);
    let mut out = Vec::new();
    for parent in parts {
        for &c in &parent.children {
            let h = parts[c].heading.as_ref().expect("children are headings");
            let (lp, lc) = (level(style_of(parent)), level(Some(h.style)));
            if lc > lp + 1 {
                let skipped: Vec<String> = used
                    .iter()
                    .filter(|s| (lp + 1..lc).contains(&level(Some(**s))))
                    .map(|s| format!("`{}`", numbering::marker(*s, 1, false)))
                    .collect();
                let under = parent.heading.as_ref().map(|p| format!("`{}`", p.marker));
                let m = &h.marker;
                out.push(Warning {
                    line: h.line,
                    message: format!(
                        "`{m}` comes directly under {}, leaving out the level of {} used elsewhere",
                        under.as_deref().unwrap_or("the start of the document"),
                        skipped.join(", ")
                    ),
                    zh: format!(
                        "`{m}`直接位于{}之下，跳过了文中别处使用的{}这一级",
                        under.as_deref().unwrap_or("文件开头"),
                        skipped.join("、")
                    ),
                });
            }
        }
    }
    out
}

/// The short title of a heading that runs on into a sentence, or `None` for a heading that is a
/// title already (`战略性产业集群有什么特点？具体包括哪些产业？` is one: questions are titles).
fn short_title(rest: &str, english: bool) -> Option<String> {
    let first = if english {
        let end = rest.find(". ").or_else(|| {
            (rest.ends_with('.') && rest.split_whitespace().count() > 8).then(|| rest.len() - 1)
        })?;
        &rest[..end]
    } else {
        let end = rest.find(['。', '；', '：', ':', '！'])?;
        &rest[..end]
    };
    let limit = if english { 80 } else { 24 };
    let mut title = first;
    if title.chars().count() > limit
        && let Some(comma) = title.find(['，', ','])
        && comma > 0
    {
        title = &title[..comma];
    }
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    Some(if title.chars().count() > limit {
        // The project's shortening of an over-long first clause.
        let cut: String = title.chars().take(limit).collect();
        format!("{cut}…")
    } else {
        title.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(src: &str) -> (Vec<Part>, Vec<Warning>) {
        let lines: Vec<(usize, &str)> = src
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        build(&lines, &[], false)
    }

    #[test]
    fn headings_nest_by_style_and_paragraphs_stay_under_them() {
        let (parts, warnings) =
            tree("前言。\n一、总体要求\n（一）指导思想。坚持。\n正文\n二、任务\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(parts[0].paragraphs, ["前言。"]);
        assert_eq!(parts[0].children, [1, 3]);
        assert_eq!(parts[1].children, [2]);
        assert_eq!(parts[2].heading.as_ref().unwrap().title, "指导思想");
        assert_eq!(parts[2].paragraphs, ["（一）指导思想。坚持。", "正文"]);
    }

    #[test]
    fn skipped_numbers_and_left_out_levels_are_warned_with_their_line() {
        let (_, w) = tree("一、甲\n（一）乙\n（二）丙\n（四）丁\n二、戊\n1.己\n");
        assert_eq!(
            w,
            [
                Warning {
                    line: 4,
                    message: "`（四）` follows `（二）`: `（三）` is missing".into(),
                    zh: "`（四）`接在`（二）`之后：缺少`（三）`".into(),
                },
                Warning {
                    line: 6,
                    message: "`1.` comes directly under `二、`, leaving out the level of `（一）` used elsewhere".into(),
                    zh: "`1.`直接位于`二、`之下，跳过了文中别处使用的`（一）`这一级".into(),
                },
            ]
        );
        let (_, w) = tree("第一章 甲\n第一条 乙。\n第二章 丙\n第二条 丁。\n第四条 戊。\n");
        assert_eq!(w.len(), 1, "articles run on across chapters: {w:?}");
        assert_eq!(
            w[0].message,
            "`第四条` follows `第二条`: `第三条` is missing"
        );
        let (_, w) = tree("二、甲\n三、乙\n");
        assert_eq!(
            w[0].message,
            "`二、` is the first of its level here: `一、` is missing"
        );
    }

    #[test]
    fn long_first_sentences_are_cut_at_a_comma() {
        assert_eq!(
            short_title("把握发展方向，确立重点领域。要求如下。", false).unwrap(),
            "把握发展方向，确立重点领域"
        );
        assert_eq!(
            short_title(
                "为了规范省级战略性产业集群专项资金管理，提高资金使用效益，制定本办法。",
                false
            )
            .unwrap(),
            "为了规范省级战略性产业集群专项资金管理"
        );
        assert_eq!(short_title("《意见》出台的意义是什么？", false), None);
        assert_eq!(
            short_title("Scope. These measures apply to…", true).unwrap(),
            "Scope"
        );
    }
}
