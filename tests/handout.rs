//! `yijian export --format html`: a self-contained handout, checked as text and, when Debian's
//! chromium is installed (`.ci/run` installs it), printed to PDF and captured as a screenshot in
//! a real headless browser, with the PDF's page count and text read back (poppler's `pdfinfo`
//! and `pdftotext`).

#[path = "common/run.rs"]
mod run;

use std::path::{Path, PathBuf};
use std::process::Command;

use run::{stderr, stdout, yijian};

fn handout(args: &[&str]) -> String {
    let mut all = vec!["export", "--format", "html"];
    all.extend_from_slice(args);
    let out = yijian(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

const TALK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/talk.yaml");

#[test]
fn the_handout_is_one_self_contained_page_with_everything_in_both_languages() {
    let html = handout(&[]);
    // The title heads the page once in Chinese, then in English.
    let header = &html[html.find("<header>").unwrap()..html.find("</header>").unwrap()];
    assert_eq!(
        header
            .matches("培育发展战略性支柱产业集群和战略性新兴产业集群的意见")
            .count(),
        1,
        "{header}"
    );
    assert!(
        header.contains("<p lang=\"en\">Opinions of the Guangdong"),
        "{header}"
    );
    for outside in ["<script", "<link", "src=", "url(", "@import", "href=\"http"] {
        assert!(
            !html.contains(outside),
            "loads something from elsewhere: {outside}"
        );
    }
    for id in [
        "goals.4",
        "clusters.emerging.7",
        "measures.5.4",
        "principles.2",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} missing");
        assert!(
            html.contains(&format!("href=\"#{id}\"")),
            "{id} not in the outline"
        );
    }
    for text in [
        "半导体与集成电路",
        "Semiconductors and integrated circuits",
        "卡脖子",
        "Chokepoint technologies",
        "来源：",
        "translated by the yijian project",
        "@page",
        "break-inside: avoid",
    ] {
        assert!(html.contains(text), "{text} missing");
    }
}

#[test]
fn a_talk_handout_has_the_talk_slides_in_order_with_phrases_marked() {
    let html = handout(&["--talk", TALK]);
    let at = |id: &str| {
        html.find(&format!("<section class=\"node\" id=\"{id}\""))
            .unwrap()
    };
    assert!(at("clusters.emerging") < at("clusters.emerging.1"));
    assert!(at("goals.4") < at("measures.2.1"));
    assert!(!html.contains("id=\"goals.1\""), "only the talk's nodes");
    assert!(html.contains("<mark>半导体与集成电路</mark>"));
    let out = yijian(&["export", "--format", "json", "--talk", TALK]);
    assert_eq!(out.status.code(), Some(2), "--talk is for the HTML handout");
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Prints `html` to PDF and a screenshot; the PDF's page count and text.
fn print(chromium: &Path, dir: &Path, name: &str, html: &str) -> (usize, String) {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    let png = dir.join(format!("{name}.png"));
    let url = format!("file://{}", page.display());
    for flag in [
        format!("--print-to-pdf={}", pdf.display()),
        format!("--screenshot={}", png.display()),
    ] {
        let out = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--window-size=1200,1600",
                &format!("--user-data-dir={}", dir.join("profile").display()),
                &flag,
                &url,
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let shot = std::fs::read(&png).unwrap();
    assert!(
        shot.starts_with(b"\x89PNG") && shot.len() > 10_000,
        "no screenshot"
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let pages = match on_path("pdfinfo") {
        Some(info) => {
            let out = Command::new(info).arg(&pdf).output().unwrap();
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .and_then(|n| n.trim().parse().ok())
                .unwrap()
        }
        None => String::from_utf8_lossy(&bytes)
            .matches("/Type /Page")
            .count()
            .saturating_sub(
                String::from_utf8_lossy(&bytes)
                    .matches("/Type /Pages")
                    .count(),
            ),
    };
    let text = on_path("pdftotext")
        .map(|t| {
            let out = Command::new(t).arg(&pdf).arg("-").output().unwrap();
            String::from_utf8_lossy(&out.stdout).into_owned()
        })
        .unwrap_or_default();
    (pages, text)
}

#[test]
fn the_handout_prints_in_a_real_browser() {
    let Some(chromium) = ["chromium", "chromium-browser"]
        .iter()
        .find_map(|n| on_path(n))
    else {
        eprintln!(
            "skipped: no chromium on PATH to print the handout with (.ci/run installs Debian's \
             chromium package)"
        );
        return;
    };
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (pages, text) = print(&chromium, dir.path(), "whole", &handout(&[]));
    // A4 with both languages side by side: the document takes a dozen pages or more, and the
    // page numbers are printed in the margin.
    assert!((10..=40).contains(&pages), "{pages} pages");
    let (talk_pages, talk_text) = print(&chromium, dir.path(), "talk", &handout(&["--talk", TALK]));
    assert!(
        talk_pages < pages / 2,
        "the talk's handout has {talk_pages} pages"
    );
    if on_path("pdftotext").is_some() {
        for t in [
            "半导体与集成电路",
            "Semiconductors and integrated circuits",
            "卡脖子",
        ] {
            assert!(text.contains(t), "{t} not in the PDF");
        }
        assert!(text.contains(&format!("1 / {pages}")), "no page numbers");
        assert!(
            talk_text.contains("Lasers and additive manufacturing")
                || talk_text.contains("Smart robots")
        );
    } else {
        eprintln!("pdftotext missing (poppler-utils): the PDF's text was not checked");
    }
}
