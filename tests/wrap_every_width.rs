//! No character of the text is lost to wrapping: every node's titles, text and facts, drawn in
//! the detail pane at every width from 16 to 120, with and without `--ambiguous-wide`, read back
//! from the cells as the terminal would show them, give the text (with its glyphs as swapped).

use yijian::app::App;
use yijian::model::{Lang, load_embedded};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::{self, Display, Glyphs, Theme, detail};

fn display(ambiguous_wide: bool) -> Display {
    Display {
        theme: Theme::new(ThemeName::Default, true),
        words: ui::words(UiLang::En),
        glyphs: Glyphs { ambiguous_wide },
    }
}

/// The characters the pane shows at `width`, row after row, without spaces: what a reader sees,
/// in reading order. Fails if a line is wider than the pane (its end would be cut off).
fn on_screen(app: &App, d: &Display, width: usize) -> String {
    let content = detail::content(app, d, width);
    let mut out = String::new();
    for line in content.lines {
        assert!(
            line.width() <= width,
            "{} at {width}: a line of {} cells overflows the pane: {line}",
            app.doc().node(app.selected()).id,
            line.width()
        );
        // A line no wider than the pane is drawn whole: its spans are what the cells show.
        for span in &line.spans {
            out.extend(span.content.chars().filter(|c| !c.is_whitespace()));
        }
    }
    out
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Below the side-by-side width both languages are stacked and checked in one drawing; from it
/// on they stand in columns, so each language is drawn alone to be read back in order (the
/// side-by-side drawing is still checked for overflow).
fn check_every_node_at_every_width(ambiguous_wide: bool) {
    let d = display(ambiguous_wide);
    let mut apps: Vec<(LangMode, App)> = [LangMode::Both, LangMode::Zh, LangMode::En]
        .into_iter()
        .map(|m| (m, App::new(load_embedded().unwrap(), m)))
        .collect();
    let doc = load_embedded().unwrap();
    for (i, n) in doc.nodes().iter().enumerate() {
        let id = yijian::model::NodeId(i);
        let wanted = |lang: Lang| {
            let mut w = vec![n.title.get(lang).to_string()];
            w.extend(n.text.as_ref().map(|t| t.get(lang).to_string()));
            for f in &n.facts {
                // A fact's name ends in the colon of its language.
                let colon = match lang {
                    Lang::Zh => "：",
                    Lang::En => ": ",
                };
                w.push(format!("{}{colon}{}", f.name.get(lang), f.value.get(lang)));
            }
            w.iter()
                .map(|w| squeezed(&d.glyphs.text(w)))
                .collect::<Vec<_>>()
        };
        for (_, app) in apps.iter_mut() {
            app.open_at(id);
        }
        for width in 16..=120 {
            for (mode, app) in &apps {
                let side_by_side = width >= 90 && n.text.is_some();
                let langs: &[Lang] = match mode {
                    LangMode::Both if side_by_side => &[],
                    LangMode::Zh | LangMode::En if !side_by_side => continue,
                    m => m.langs(),
                };
                let screen = on_screen(app, &d, width);
                for &lang in langs {
                    for w in wanted(lang) {
                        assert!(
                            screen.contains(w.as_str()),
                            "{} at width {width}, ambiguous-wide {ambiguous_wide}: \
                             characters lost from\n{w}\nscreen:\n{screen}",
                            n.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_node_wraps_without_losing_a_character_at_every_width() {
    check_every_node_at_every_width(false);
}

#[test]
fn every_node_wraps_without_losing_a_character_with_ambiguous_wide() {
    check_every_node_at_every_width(true);
}
