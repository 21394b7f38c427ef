//! The imported text → the raw model of a policy file (schema 2, in the document's one language):
//! the root holds the title, what the document says about itself (as `meta` when it gives all of
//! issuer, date, source and its date, and as facts in any case) and the paragraphs before the
//! first heading; each heading is a `section` node whose id is its place (`2.1.3`).

use super::Imported;
use super::meta;
use super::numbering;
use super::structure::{self, Part};
use crate::model::{Kind, Lang, RawFact, RawFile, RawMeta, RawNode, RawText};
use crate::text::clean_owned;

/// What the document says about itself, as far as it says it.
#[derive(Default)]
struct About {
    number: Option<String>,
    issuer: Option<String>,
    issued: Option<String>,
    source: Option<String>,
    source_date: Option<String>,
}

/// Imports decoded text; `stem` names the document where its text does not; `marked` are the
/// lines (1-based) a Markdown file marks as headings, with their level.
pub fn import_text(text: &str, stem: &str, marked: &[(usize, u8)]) -> Imported {
    let cleaned: Vec<String> = text
        .lines()
        .map(|l| clean_owned(l.to_string(), false))
        .collect();
    let lines: Vec<(usize, &str)> = cleaned
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let english = is_english(text);
    let title_at = title_lines(&lines);
    let body: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !title_at.contains(i))
        .map(|(_, l)| *l)
        .collect();
    let joiner = if english { " " } else { "" };
    let title: Option<String> = (!title_at.is_empty()).then(|| {
        title_at
            .iter()
            .map(|&i| lines[i].1)
            .collect::<Vec<_>>()
            .join(joiner)
    });
    let about = about(&lines, &body, title.as_deref());
    let (parts, warnings) = structure::build(&body, marked, english);
    let title = title
        .or_else(|| {
            body.first()
                .and_then(|l| meta::first_book_title(l.1))
                .map(str::to_string)
        })
        .unwrap_or_else(|| stem.to_string());
    let say = |s: &str| text_in(s, english);
    let mut root = node(&parts, 0, root_id(stem), english);
    root.kind = Kind::Document;
    root.title = say(&title);
    if let About {
        issuer: Some(issuer),
        issued: Some(issued),
        source: Some(source),
        source_date: Some(source_date),
        ..
    } = &about
    {
        root.meta = Some(Box::new(RawMeta {
            issuer: say(issuer),
            issued: issued.clone(),
            source: say(source),
            source_date: source_date.clone(),
        }));
    }
    root.facts = facts(&about, english, root.meta.is_some());
    Imported {
        file: RawFile {
            schema: 2,
            document: root,
        },
        warnings,
        encoding: "UTF-8",
        english,
        title_lines: title_at.iter().map(|&i| lines[i].0).collect(),
    }
}

/// More Latin letters than Chinese characters.
fn is_english(text: &str) -> bool {
    let (mut latin, mut han) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) {
            han += 1;
        }
    }
    latin > han
}

/// The indices (into `lines`) of the title: the first run of short lines without sentence
/// punctuation before the first heading, passing over a document number above it. A line in
/// brackets (`（2020年5月18日通过）`) or with a date is not part of a title.
fn title_lines(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, (_, l)) in lines.iter().enumerate() {
        if meta::is_document_number(l) {
            // Above the title it is passed over; below it, the title has ended.
            if out.is_empty() {
                continue;
            }
            break;
        }
        let fits = meta::is_title_like(l)
            && numbering::parse(l).is_none()
            && meta::find_date(l).is_none()
            && !l.starts_with(['（', '(', '【', '['])
            && meta::source_line(l).is_none();
        if !fits {
            break;
        }
        out.push(i);
        if out.len() == 3 {
            break;
        }
    }
    out
}

fn about(lines: &[(usize, &str)], body: &[(usize, &str)], title: Option<&str>) -> About {
    let mut a = About {
        number: lines
            .iter()
            .take(6)
            .find(|l| meta::is_document_number(l.1))
            .map(|l| l.1.to_string()),
        ..About::default()
    };
    // The signature: a line that is only a date, at the end, with the issuing body above it.
    let tail = &body[body.len().saturating_sub(4)..];
    for (k, (_, l)) in tail.iter().enumerate() {
        let bare = l.trim_matches(['（', '）', '(', ')']);
        if let Some((0, end, date)) = meta::find_date(bare)
            && end == bare.len()
            && k > 0
            && meta::is_title_like(tail[k - 1].1)
            && numbering::parse(tail[k - 1].1).is_none()
        {
            a.issuer = Some(tail[k - 1].1.to_string());
            a.issued = Some(date);
        }
    }
    for (_, l) in lines.iter().rev().take(4) {
        if let Some((source, date)) = meta::source_line(l) {
            a.source = Some(source.to_string());
            a.source_date = date;
        }
    }
    let first = body.first().map_or("", |l| l.1);
    if a.issued.is_none() {
        a.issued = meta::issued_in(first);
    }
    if a.issuer.is_none() {
        let named = title
            .map(str::to_string)
            .or_else(|| meta::first_book_title(first).map(str::to_string));
        a.issuer = named
            .as_deref()
            .and_then(meta::issuer_in_title)
            .map(str::to_string);
    }
    a
}

/// The facts of the root: the document number, and what `meta` does not already say.
fn facts(a: &About, english: bool, in_meta: bool) -> Vec<RawFact> {
    let none = &None;
    let unless_meta = |v| if in_meta { none } else { v };
    let rows = [
        ("document_number", "发文字号", "Document number", &a.number),
        ("issuer", "发文机关", "Issued by", unless_meta(&a.issuer)),
        ("issued", "成文日期", "Issued on", unless_meta(&a.issued)),
        ("source", "来源", "Source", unless_meta(&a.source)),
        (
            "source_date",
            "发布日期",
            "Published",
            unless_meta(&a.source_date),
        ),
    ];
    let lang = if english { Lang::En } else { Lang::Zh };
    rows.into_iter()
        .filter_map(|(key, zh, en, value)| {
            value.as_ref().map(|v| RawFact {
                key: key.into(),
                name: RawText {
                    zh: Some(zh.into()),
                    en: Some(en.into()),
                },
                // Facts are read as text: dates as the document's language writes them
                // (`2024年2月20日`, `20 February 2024`), not in the ISO form `meta` keeps.
                value: text_in(&crate::text::numbers::date(v, lang), english),
            })
        })
        .collect()
}

fn text_in(s: &str, english: bool) -> RawText {
    let (zh, en) = if english {
        (None, Some(s.to_string()))
    } else {
        (Some(s.to_string()), None)
    };
    RawText { zh, en }
}

/// The one language a raw text of an import is in.
pub(super) fn one(t: &RawText) -> &str {
    t.zh.as_deref().or(t.en.as_deref()).unwrap_or("")
}

/// The document's id, from the file name: its letters and digits, Chinese characters written in
/// pinyin without tones (`粤府函-2020-82.txt` gives `yuefuhan-2020-82`, `关于做好集群工作的通知.txt`
/// `guanyuzuohaojiqungongzuodetongzhi`), at most 40 characters; `doc` when the name has none, and
/// `doc-` before a name of digits and dots, which the sections' ids (`1`, `1.2`) are made of.
/// A longer name keeps its first syllables and a short hash of the whole name, so that the many
/// notices of one sender (`广东省人民政府关于印发…的通知`) keep ids of their own.
fn root_id(stem: &str) -> String {
    use pinyin::ToPinyin;
    const MAX: usize = 40;
    const KEPT: usize = 32;
    let mut id = String::new();
    // Where each character's letters end in `id`: the places a long id may be cut.
    let mut ends = Vec::new();
    let mut last_han = false;
    for c in stem.chars() {
        let piece = match c.to_pinyin() {
            Some(p) => {
                // Letters after a Chinese run start a new word, and the other way round.
                if !last_han && !id.is_empty() && !id.ends_with('-') {
                    id.push('-');
                }
                last_han = true;
                p.plain().to_string()
            }
            None if c.is_ascii_alphanumeric() || c == '_' || c == '.' => {
                if last_han {
                    id.push('-');
                }
                last_han = false;
                c.to_ascii_lowercase().to_string()
            }
            None => {
                last_han = false;
                if !id.is_empty() && !id.ends_with('-') {
                    id.push('-');
                }
                continue;
            }
        };
        id.push_str(&piece);
        ends.push(id.len());
    }
    if id.trim_matches('-').len() > MAX {
        // Cut at the end of a whole syllable or character, never inside one.
        let cut = ends
            .iter()
            .rev()
            .find(|&&e| e <= KEPT)
            .copied()
            .unwrap_or(0);
        id.truncate(cut);
        // FNV-1a: stable across runs and builds, unlike the standard library's hasher.
        let hash = stem.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        id = format!("{}-{:06x}", id.trim_matches('-'), hash as u32 & 0xff_ffff);
    }
    match id.trim_matches('-') {
        "" => "doc".into(),
        // Digits and dots alone (`1.txt`, `2.1.txt`) would be the id of one of its own sections.
        id if id.bytes().all(|b| b.is_ascii_digit() || b == b'.') => format!("doc-{id}"),
        id => id.into(),
    }
}

/// The raw node of `parts[at]` and everything under it; `id` is its id.
fn node(parts: &[Part], at: usize, id: String, english: bool) -> RawNode {
    let part = &parts[at];
    let text = (!part.paragraphs.is_empty()).then(|| text_in(&part.paragraphs.join("\n"), english));
    let children = part
        .children
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let child_id = if at == 0 {
                (k + 1).to_string()
            } else {
                format!("{id}.{}", k + 1)
            };
            node(parts, c, child_id, english)
        })
        .collect();
    let heading = part.heading.as_ref();
    RawNode {
        id,
        kind: Kind::Section,
        ordinal: heading.map(|h| h.marker.clone()).filter(|m| !m.is_empty()),
        title: text_in(heading.map_or("", |h| h.title.as_str()), english),
        label: None,
        text,
        facts: Vec::new(),
        aliases: Vec::new(),
        refs: Vec::new(),
        meta: None,
        children,
    }
}

#[cfg(test)]
mod root_id_tests {
    use super::root_id;

    #[test]
    fn ids_from_file_names_read_as_pinyin() {
        assert_eq!(root_id("粤府函-2020-82"), "yuefuhan-2020-82");
        assert_eq!(
            root_id("关于做好集群工作的通知"),
            "guanyuzuohaojiqungongzuodetongzhi"
        );
        assert_eq!(
            root_id("广州市行动计划2024"),
            "guangzhoushixingdongjihua-2024"
        );
        assert_eq!(root_id("Plan 2024 (draft)"), "plan-2024-draft");
        assert_eq!(root_id("seed"), "seed");
        assert_eq!(root_id("——"), "doc");
        assert_eq!(root_id("1"), "doc-1");
        assert_eq!(root_id("2.1"), "doc-2.1");
        assert_eq!(root_id("2024-1"), "2024-1");
        // Long names keep whole syllables and a hash of the whole name, within 40 characters.
        let a = root_id("广东省人民政府关于印发广东省制造业高质量发展规划的通知");
        let b = root_id("广东省人民政府关于印发广东省数字经济发展规划的通知");
        assert_eq!(&a[..a.len() - 7], "guangdongshengrenminzhengfuguan");
        assert!(a.len() <= 40 && b.len() <= 40, "{a} {b}");
        assert_ne!(a, b);
    }
}
