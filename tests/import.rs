//! `yijian import` on real text: the seed, and a corpus of documents written for these tests in
//! the official styles (tests/import/: a notice, an opinions, a regulation, a plan in Markdown, a
//! Markdown guide whose `##` headings carry no numbers,
//! one in traditional characters, one in GBK, one in English, one with numbering mistakes) and a
//! Word file made here from the notice's text. Each tree is checked through its outline (insta
//! snapshots under tests/snapshots/), each import is loaded as a policy file, and each source's
//! text is rebuilt from the tree and compared, character for character.

#[path = "common/run.rs"]
mod run;

use std::path::{Path, PathBuf};

use yijian::import::{self, Format, Imported};
use yijian::library::open_paths;
use yijian::model::{Lang, Limits, load_str};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name)
}

fn imported(path: &Path) -> Imported {
    import::import_path(path, None, &Limits::default()).expect("imports")
}

/// Every character but white space (line breaks and indentation are layout, not text).
fn ink(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The source's text less its title lines, which the root's title holds, against the tree's.
fn assert_nothing_dropped(source: &str, imp: &Imported) {
    let body: Vec<&str> = source
        .lines()
        .enumerate()
        .filter(|(i, _)| !imp.title_lines.contains(&(i + 1)))
        .map(|(_, l)| l)
        .collect();
    assert_eq!(ink(&import::rebuild(&imp.file)), ink(&body.join("\n")));
    let title: String = imp
        .title_lines
        .iter()
        .map(|&l| source.lines().nth(l - 1).unwrap())
        .collect();
    if !title.is_empty() {
        let root = &imp.file.document.title;
        assert_eq!(
            ink(&title),
            ink(root.zh.as_ref().or(root.en.as_ref()).unwrap())
        );
    }
}

/// Loaded as the policy file it writes, as any file is.
fn assert_valid(imp: &Imported, name: &str) -> yijian::model::Document {
    let yaml = import::to_yaml(imp, name);
    load_str(&yaml, name, &Limits::default()).unwrap_or_else(|e| panic!("{e}\n{yaml}"))
}

fn check(name: &str) -> Imported {
    let path = corpus(name);
    let imp = imported(&path);
    let bytes = std::fs::read(&path).unwrap();
    let text = match Format::of(&path) {
        Some(Format::Markdown) => import::markdown_text(std::str::from_utf8(&bytes).unwrap()),
        _ if name.starts_with("gbk") => encoding_rs::GB18030.decode(&bytes).0.into_owned(),
        _ => String::from_utf8(bytes).unwrap(),
    };
    assert_nothing_dropped(&text, &imp);
    assert_valid(&imp, name);
    imp
}

fn outline(imp: &Imported) -> String {
    let mut s = import::outline(imp);
    for w in &imp.warnings {
        s.push_str(&format!("warning: line {}: {}\n", w.line, w.message));
    }
    s
}

#[test]
fn the_seed_gives_its_sections_clusters_goals_and_measures_in_order() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.txt");
    let imp = imported(&path);
    let source = std::fs::read_to_string(&path).unwrap();
    assert_nothing_dropped(&source, &imp);
    assert!(imp.warnings.is_empty(), "{:?}", imp.warnings);
    let doc = assert_valid(&imp, "seed.txt");
    let root = doc.node(doc.root());
    let sections: Vec<&str> = root
        .children
        .iter()
        .map(|&c| &*doc.node(c).title.zh)
        .collect();
    assert_eq!(
        sections,
        [
            "《意见》出台的意义是什么？",
            "战略性产业集群有什么特点？具体包括哪些产业？",
            "培育战略性产业集群的发展目标是什么？",
            "《意见》就培育战略性产业集群提出了哪些思路和举措？",
        ]
    );
    let text = |i: usize| {
        doc.node(root.children[i])
            .text
            .as_ref()
            .unwrap()
            .zh
            .to_string()
    };
    let clusters: Vec<String> = text(1).lines().map(str::to_string).collect();
    assert_eq!(clusters.len(), 2);
    assert!(clusters[0].starts_with("关于“十大”战略性支柱产业集群。"));
    assert!(clusters[1].starts_with("关于“十大”战略性新兴产业集群。"));
    let goals = &doc.node(root.children[2]).children;
    let goals: Vec<(&str, &str)> = goals
        .iter()
        .map(|&g| {
            (
                doc.node(g).ordinal.as_deref().unwrap(),
                &*doc.node(g).title.zh,
            )
        })
        .collect();
    assert_eq!(
        goals,
        [
            ("一是", "现代化产业体系更加完善"),
            ("二是", "供给侧结构性改革持续深化"),
            ("三是", "产业结构更加优化"),
            ("四是", "创新能力显著增强"),
            ("五是", "质量、品牌与标准化水平持续进步与提升"),
        ]
    );
    let measures: Vec<String> = text(3).lines().map(str::to_string).collect();
    assert!(measures[0].starts_with("在发展思路上，"));
    assert!(measures[1].starts_with("在具体举措上，一是改革创新集群治理方式。"));
    // The page's source line, kept where it stands, and read as the document's source.
    assert_eq!(measures[2], "来源： 广东省工业和信息化厅网站2020年06月17日");
    let meta = doc
        .meta
        .as_ref()
        .expect("the seed gives issuer, dates and source");
    assert_eq!(
        (
            &*meta.issuer.zh,
            &*meta.issued,
            &*meta.source.zh,
            &*meta.source_date
        ),
        (
            "广东省人民政府",
            "2020-05-18",
            "广东省工业和信息化厅网站",
            "2020-06-17"
        )
    );
    assert!(
        !root.title.has(Lang::En),
        "a Chinese document is written in Chinese only"
    );
    insta::assert_snapshot!("import_seed", outline(&imp));
}

#[test]
fn a_notice_with_top_and_arabic_numbering() {
    let imp = check("notice.txt");
    let facts: Vec<(&str, &str)> = imp
        .file
        .document
        .facts
        .iter()
        .map(|f| (f.key.as_str(), f.value.zh.as_deref().unwrap()))
        .collect();
    assert_eq!(
        facts,
        [
            ("document_number", "粤工信函〔2024〕15号"),
            ("issuer", "广东省工业和信息化厅"),
            ("issued", "2024年2月20日"),
        ]
    );
    insta::assert_snapshot!("import_notice", outline(&imp));
}

#[test]
fn an_opinions_with_top_and_bracketed_numbering() {
    insta::assert_snapshot!("import_opinions", outline(&check("opinions.txt")));
}

#[test]
fn a_regulation_with_chapters_and_articles() {
    let imp = check("regulation.txt");
    assert!(imp.warnings.is_empty(), "articles run on across chapters");
    insta::assert_snapshot!("import_regulation", outline(&imp));
}

#[test]
fn a_plan_in_markdown_with_four_levels() {
    insta::assert_snapshot!("import_plan", outline(&check("plan.md")));
}

#[test]
fn markdown_headings_without_numbering_are_headings_above_the_numbered_ones() {
    let imp = check("guide.md");
    assert!(imp.warnings.is_empty(), "{:?}", imp.warnings);
    insta::assert_snapshot!("import_guide", outline(&imp));
}

#[test]
fn a_document_in_traditional_characters() {
    insta::assert_snapshot!("import_traditional", outline(&check("traditional.txt")));
}

#[test]
fn a_document_in_english() {
    let imp = check("english.txt");
    assert!(imp.english);
    assert!(imp.file.document.title.zh.is_none());
    insta::assert_snapshot!("import_english", outline(&imp));
}

#[test]
fn a_gbk_file_is_detected_and_read_like_its_utf8_twin() {
    let gbk = check("gbk_opinions.txt");
    assert_eq!(gbk.encoding, "gb18030");
    let utf8 = check("opinions.txt");
    let strip = |imp: &Imported| {
        outline(imp)
            .replace("推动工业设计发展", "X")
            .replace("推动制造业数字化转型", "X")
            .replace("〔2024〕9号", "N")
            .replace("〔2024〕8号", "N")
            .lines()
            .skip(1)
            .filter(|l| !l.contains("read as"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&gbk), strip(&utf8));
    // Named, the encoding is used as given: read as UTF-8, the GBK bytes are refused by line.
    let e = import::import_path(
        &corpus("gbk_opinions.txt"),
        Some("utf-8"),
        &Limits::default(),
    )
    .unwrap_err();
    assert!(e.starts_with("line 1: not valid UTF-8"), "{e}");
}

#[test]
fn numbering_mistakes_are_warned_with_their_line_and_the_import_succeeds() {
    let imp = check("mistakes.txt");
    let warned: Vec<usize> = imp.warnings.iter().map(|w| w.line).collect();
    assert_eq!(warned, [9, 13, 19]);
    insta::assert_snapshot!("import_mistakes", outline(&imp));
}

/// The notice as a Word file, one paragraph a line, made here with docx-rs.
fn notice_docx() -> Vec<u8> {
    let text = std::fs::read_to_string(corpus("notice.txt")).unwrap();
    let mut docx = docx_rs::Docx::new();
    for line in text.lines() {
        docx = docx
            .add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(line)));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

#[test]
fn a_word_file_gives_the_tree_of_its_text() {
    let from_word = import::import_bytes(&notice_docx(), Format::Docx, "notice", None).unwrap();
    assert_eq!(from_word.encoding, "docx");
    let from_text = imported(&corpus("notice.txt"));
    let without_encoding = |imp: &Imported| outline(imp).replace("read as docx", "read as UTF-8");
    assert_eq!(without_encoding(&from_word), outline(&from_text));
    assert_valid(&from_word, "notice.docx");
    let e = import::import_bytes(b"PK not a zip", Format::Docx, "x", None).unwrap_err();
    assert!(e.starts_with("not a readable Word file"), "{e}");
}

#[test]
fn a_folder_of_documents_opens_as_one_library() {
    let dir = run::scratch("folder");
    for name in ["notice.txt", "plan.md", "gbk_opinions.txt"] {
        std::fs::copy(corpus(name), dir.join(name)).unwrap();
    }
    std::fs::write(dir.join("word.docx"), notice_docx()).unwrap();
    std::fs::write(dir.join("notes.pdf"), "not opened").unwrap();
    let opened = open_paths(&[dir], &Limits::default());
    assert!(opened.refused.is_empty(), "{:?}", opened.refused);
    let library = opened.library.unwrap();
    let roots: Vec<&str> = library
        .sources()
        .iter()
        .map(|s| &*library.node(s.root).id)
        .collect();
    assert_eq!(roots, ["gbk_opinions", "notice", "plan", "word"]);
}
