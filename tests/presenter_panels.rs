//! The presenter view's panels, drawn with ratatui's TestBackend: "Now" shows the page the
//! projector shows, with the projector's page boundaries and page numbers, whatever the two
//! terminals' sizes; "Full text" is padded and wrapped as the detail pane is.

#[path = "common/drive.rs"]
mod drive;

use crossterm::event::KeyCode;
use drive::{app_at, key, text_of};
use ratatui::layout::{Constraint, Layout, Rect};
use yijian::app::{Action, App, LinkState, Mirror, Overlay, Role, Screen};
use yijian::prefs::{LangMode, ThemeName, UiLang};

fn display(ui: UiLang) -> yijian::ui::Display {
    drive::display(ThemeName::Default, true, ui)
}

/// The rows and columns `area` covers of a screen's text (columns counted in cells).
fn region(screen: &str, area: Rect) -> Vec<String> {
    screen
        .lines()
        .skip(area.y as usize)
        .take(area.height as usize)
        .map(|line| {
            let mut out = String::new();
            let mut used = 0;
            for c in line.chars() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used >= area.x as usize && used + w <= area.right() as usize {
                    out.push(c);
                }
                used += w;
            }
            out
        })
        .collect()
}

fn ink(rows: &[String]) -> String {
    rows.concat()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The presenter view's four panels on a `w`×`h` screen: now, next, full text, notes.
fn panels(w: u16, h: u16) -> [Rect; 4] {
    let main = Rect::new(0, 0, w, h - 1);
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(main);
    let [now, next] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(top);
    let [text, notes] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(bottom);
    [now, next, text, notes]
}

fn presenter_at(id: &str) -> App {
    let mut app = app_at(id, LangMode::Both);
    app.set_role(Role::Presenter(LinkState {
        connected: true,
        news: None,
        started: std::time::SystemTime::now(),
        page: None,
        size: None,
    }));
    app.start_presenting();
    app
}

/// Each page of `id`'s slide on a projector of `size`: the page mark and the slide's text
/// (footer and mark left out).
fn projector_pages(id: &str, size: (u16, u16)) -> (usize, Vec<(String, String)>) {
    let mut app = app_at(id, LangMode::Both);
    app.start_presenting();
    let Overlay::Present(p) = app.overlay() else {
        panic!("not presenting")
    };
    let at = p.at;
    let d = display(UiLang::En);
    let mut out = Vec::new();
    loop {
        let screen = text_of(&drive::frame(&mut app, &d, size.0, size.1));
        let (page, pages) = app.slide_page();
        let mark = format!("{}/{pages}", page + 1);
        let body = region(&screen, Rect::new(0, 0, size.0, size.1 - 1));
        let text = ink(&body);
        let text = if pages > 1 {
            text.strip_suffix(&mark)
                .expect("the mark ends the page")
                .to_string()
        } else {
            text
        };
        out.push((mark, text));
        if page + 1 >= pages {
            return (at, out);
        }
        key(&mut app, KeyCode::Right);
    }
}

#[test]
fn now_shows_the_projectors_page_with_its_boundaries_and_number() {
    let d = display(UiLang::En);
    for id in ["clusters.emerging", "opinions"] {
        for projector in [(100, 30), (44, 14), (160, 48)] {
            let (at, pages) = projector_pages(id, projector);
            for (w, h) in [(120, 40), (80, 24)] {
                for (page, (mark, wall)) in pages.iter().enumerate() {
                    let mut app = presenter_at(id);
                    let Overlay::Present(p) = app.overlay() else {
                        panic!("not presenting")
                    };
                    let slides = p.deck.len();
                    app.apply(Action::Mirror(Mirror {
                        slides,
                        at,
                        page,
                        pages: pages.len(),
                        lang: LangMode::Both,
                        screen: Screen::Slide,
                        size: Some(projector),
                    }));
                    let screen = text_of(&drive::frame(&mut app, &d, w, h));
                    let now = panels(w, h)[0];
                    let what = format!("{id} page {mark} on {projector:?}, presenter {w}x{h}");
                    let head = region(&screen, Rect { height: 1, ..now }).concat();
                    if pages.len() > 1 {
                        assert!(head.contains(&format!("· {mark}")), "{what}: {head}");
                    }
                    let inside = Rect::new(now.x + 1, now.y + 1, now.width - 2, now.height - 2);
                    let rows = region(&screen, inside);
                    let mut shown = ink(&rows);
                    if pages.len() > 1 {
                        shown = shown
                            .strip_suffix(mark.as_str())
                            .unwrap_or_else(|| panic!("{what}: no mark {mark}\n{screen}"))
                            .to_string();
                    }
                    // Cut to the panel at the bottom (and said so), never elsewhere.
                    let cut = shown.ends_with('…');
                    let shown = shown.trim_end_matches('…');
                    assert!(
                        wall.starts_with(shown) && (cut || shown == wall.as_str()),
                        "{what}: the panel shows other text than the wall\nwall:  {wall}\npanel: {shown}\n{screen}"
                    );
                    assert!(
                        shown.chars().count() * 3 >= wall.chars().count().min(150),
                        "{what}: too little shown\n{screen}"
                    );
                }
            }
        }
    }
}

#[test]
fn now_shows_the_overview_when_the_room_sees_it() {
    let d = display(UiLang::Zh);
    let mut app = presenter_at("goals.4");
    let Overlay::Present(p) = app.overlay() else {
        panic!("not presenting")
    };
    let (slides, at) = (p.deck.len(), p.at);
    app.apply(Action::Mirror(Mirror {
        slides,
        at,
        page: 0,
        pages: 1,
        lang: LangMode::Both,
        screen: Screen::Overview,
        size: Some((100, 30)),
    }));
    let screen = text_of(&drive::frame(&mut app, &d, 120, 40));
    let now = region(&screen, panels(120, 40)[0]).join("\n");
    assert!(now.contains("总览 · 《意见》"), "{screen}");
    assert!(!now.contains("四是创新能力显著增强"), "{screen}");
}

#[test]
fn alone_the_presenter_view_steps_through_the_pages_it_shows() {
    let d = display(UiLang::En);
    let mut app = presenter_at("clusters.emerging");
    // The first line of the Now panel.
    let head = |app: &mut App| {
        let screen = text_of(&drive::frame(app, &d, 100, 30));
        let line = Rect {
            height: 1,
            ..panels(100, 30)[0]
        };
        region(&screen, line).concat()
    };
    let first = head(&mut app);
    let (_, pages) = app.slide_page();
    assert!(pages > 1, "{first}");
    assert!(first.contains(&format!("· 1/{pages}")), "{first}");
    key(&mut app, KeyCode::Right);
    let second = head(&mut app);
    assert!(second.contains(&format!("· 2/{pages}")), "{second}");
}

#[test]
fn full_text_is_padded_and_no_line_begins_with_closing_punctuation() {
    for ui in [UiLang::En, UiLang::Zh] {
        let d = display(ui);
        for id in ["clusters.emerging", "goals.1"] {
            for w in (80..=132).step_by(6) {
                let h = 40;
                let mut app = presenter_at(id);
                let screen = text_of(&drive::frame(&mut app, &d, w, h));
                let text = panels(w, h)[2];
                let inside = Rect::new(text.x + 1, text.y + 1, text.width - 2, text.height - 2);
                let rows = region(&screen, inside);
                assert!(rows.iter().any(|r| !r.trim().is_empty()), "{screen}");
                for row in &rows {
                    assert!(
                        row.starts_with(' ') && row.ends_with(' '),
                        "{id} at {w}: no padding: {row:?}\n{screen}"
                    );
                    let first = row.trim_start().chars().next();
                    assert!(
                        !first.is_some_and(|c| "：、，。；）”".contains(c)),
                        "{id} at {w}: a line begins with {first:?}: {row:?}\n{screen}"
                    );
                }
            }
        }
    }
}
