//! Contrast ratios (WCAG 2.x) of every character drawn, from the colours written into the frame
//! buffer, resolved as xterm resolves them; the terminal's own default colours are taken dark
//! (#e5e5e5 on black) and light (black on white) in turn.
//!
//! - `--theme contrast`, every screen, and every slide in every theme: 7:1 whatever the defaults.
//! - default (dark terminals) and light (light terminals): text 4.5:1, box drawing 3:1.

#[path = "common/drive.rs"]
mod drive;

use drive::{app_at, frame};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use yijian::app::{Action, App, Fate, FileNote, LinkNews, LinkState, Reason, Role};
use yijian::prefs::{LangMode, ThemeName, UiLang};
use yijian::ui::Display;

type Rgb = (u8, u8, u8);

const BASE16: [u32; 16] = [
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5, 0x7f7f7f,
    0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
];

fn xterm(n: u8) -> Rgb {
    let n = n as u32;
    let v = if n < 16 {
        BASE16[n as usize]
    } else if n < 232 {
        let lv = [0, 95, 135, 175, 215, 255];
        let k = n - 16;
        (lv[(k / 36) as usize] << 16) | (lv[((k / 6) % 6) as usize] << 8) | lv[(k % 6) as usize]
    } else {
        let g = 8 + 10 * (n - 232);
        (g << 16) | (g << 8) | g
    };
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

/// A ratatui colour as the terminal shows it; `None` for the terminal's default.
fn rgb(c: Color) -> Option<Rgb> {
    let named = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        Color::Reset => None,
        Color::Indexed(n) => Some(xterm(n)),
        Color::Rgb(r, g, b) => Some((r, g, b)),
        named_colour => Some(xterm(
            named.iter().position(|&n| n == named_colour).unwrap() as u8,
        )),
    }
}

fn luminance((r, g, b): Rgb) -> f64 {
    let ch = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
}

fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[derive(Clone, Copy, Debug)]
enum Defaults {
    Dark,
    Light,
}

/// The lowest ratio of a character on screen, and where; box drawing is measured separately.
struct Measure {
    text: (f64, String),
    borders: (f64, String),
}

fn measure(buf: &Buffer, defaults: Defaults) -> Measure {
    let (dfg, dbg) = match defaults {
        Defaults::Dark => ((0xe5, 0xe5, 0xe5), (0, 0, 0)),
        Defaults::Light => ((0, 0, 0), (0xff, 0xff, 0xff)),
    };
    let mut m = Measure {
        text: (99.0, String::new()),
        borders: (99.0, String::new()),
    };
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let sym = cell.symbol();
            if sym.trim().is_empty() {
                continue;
            }
            let (mut f, mut b) = (rgb(cell.fg).unwrap_or(dfg), rgb(cell.bg).unwrap_or(dbg));
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut f, &mut b);
            }
            assert!(
                !cell.modifier.contains(Modifier::DIM),
                "{x},{y} {sym:?}: faint text has no measurable contrast"
            );
            let r = ratio(f, b);
            let border = sym.chars().all(|c| ('\u{2500}'..='\u{257f}').contains(&c));
            let slot = if border { &mut m.borders } else { &mut m.text };
            if r < slot.0 {
                *slot = (r, format!("{sym:?} at {x},{y}: {f:?} on {b:?}"));
            }
        }
    }
    m
}

fn display(theme: ThemeName, ui_lang: UiLang) -> Display {
    drive::display(theme, false, ui_lang)
}

fn at(id: &str) -> App {
    app_at(id, LangMode::Both)
}

/// Types `s` into the open box directly, whatever the keys are bound to.
fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.apply(Action::Input(c));
    }
}

type Screen = (&'static str, Box<dyn Fn() -> App>);

fn opened(id: &'static str, then: impl Fn(&mut App) + 'static) -> Box<dyn Fn() -> App> {
    Box::new(move || {
        let mut app = at(id);
        then(&mut app);
        app
    })
}

/// The browser's screens: outline, detail with focus, a search, help, compare, the go-to box.
fn browser_screens() -> Vec<Screen> {
    vec![
        ("outline", opened("opinions", |_| {})),
        (
            "detail",
            opened("goals.4", |a| a.apply(Action::SwitchFocus)),
        ),
        (
            "search",
            opened("opinions", |a| {
                a.apply(Action::SearchOpen);
                typed(a, "半导体");
            }),
        ),
        ("help", opened("opinions", |a| a.apply(Action::ToggleHelp))),
        ("files notice", opened("opinions", note_files)),
        (
            "files reminder",
            opened("opinions", |a| {
                note_files(a);
                a.apply(Action::Down);
            }),
        ),
        (
            "files list",
            opened("opinions", |a| {
                note_files(a);
                a.apply(Action::ToggleFiles);
            }),
        ),
        (
            "compare",
            opened("clusters", |a| a.apply(Action::ToggleCompare)),
        ),
        (
            "goto",
            opened("opinions", |a| {
                a.apply(Action::GoToOpen);
                typed(a, "goals");
            }),
        ),
        (
            "presenter view",
            opened("goals.4", |a| {
                a.set_role(Role::Presenter(LinkState {
                    connected: false,
                    news: Some(LinkNews::Gone),
                    started: std::time::SystemTime::now(),
                    page: Some((1, 3)),
                    size: Some((100, 30)),
                }));
                a.apply(Action::TogglePresent);
            }),
        ),
    ]
}

/// A file not opened and one opened with warnings, as the command line notes them.
fn note_files(a: &mut App) {
    let note = |fate, file: &str, line| FileNote {
        fate,
        file: file.into(),
        reasons: vec![Reason {
            line,
            column: None,
            text: "what is wrong".into(),
        }],
    };
    a.apply(Action::NoteFiles(vec![
        note(Fate::NotOpened, "broken.yaml", None),
        note(Fate::Warned, "通知.txt", Some(5)),
    ]));
}

/// One slide of each kind, the overview and the slide search.
fn slide_screens() -> Vec<Screen> {
    let mut out: Vec<Screen> = [
        "opinions",
        "goals",
        "clusters.pillar",
        "clusters.emerging.7",
        "goals.4",
        "principles.2",
        "measures.1",
        "measures.2.1",
        "glossary.chokepoint",
    ]
    .into_iter()
    .map(|id| -> Screen { (id, opened(id, |a| a.apply(Action::TogglePresent))) })
    .collect();
    out.extend(extra_slide_screens());
    out
}

const SIZES: [(u16, u16); 4] = [(120, 40), (100, 30), (80, 24), (40, 12)];

/// Every screen at every size in both interface languages holds the ratios; the failures are
/// listed together.
fn check(screens: Vec<Screen>, theme: ThemeName, defaults: &[Defaults], text: f64, borders: f64) {
    let mut failures = Vec::new();
    let mut lowest = 99.0f64;
    for ui_lang in [UiLang::En, UiLang::Zh] {
        let d = display(theme, ui_lang);
        for (name, make) in &screens {
            for (w, h) in SIZES {
                let mut app = make();
                let buf = frame(&mut app, &d, w, h);
                for &def in defaults {
                    let m = measure(&buf, def);
                    lowest = lowest.min(m.text.0);
                    if m.text.0 < text {
                        failures.push(format!(
                            "{name} {w}x{h} {ui_lang:?} {def:?}: text {:.2} {}",
                            m.text.0, m.text.1
                        ));
                    }
                    if m.borders.0 < borders {
                        failures.push(format!(
                            "{name} {w}x{h} {ui_lang:?} {def:?}: border {:.2} {}",
                            m.borders.0, m.borders.1
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{theme:?}:\n{}", failures.join("\n"));
    eprintln!("{theme:?}: lowest text ratio {lowest:.2}");
}

const BOTH: &[Defaults] = &[Defaults::Dark, Defaults::Light];

#[test]
fn contrast_theme_holds_7_to_1_everywhere_whatever_the_terminal_colours() {
    let mut screens = browser_screens();
    screens.extend(slide_screens());
    check(screens, ThemeName::Contrast, BOTH, 7.0, 7.0);
}

#[test]
fn slides_hold_7_to_1_in_every_theme_whatever_the_terminal_colours() {
    for theme in [ThemeName::Default, ThemeName::Light] {
        check(slide_screens(), theme, BOTH, 7.0, 7.0);
    }
}

#[test]
fn default_theme_reads_on_a_dark_terminal() {
    check(
        browser_screens(),
        ThemeName::Default,
        &[Defaults::Dark],
        4.5,
        3.0,
    );
}

#[test]
fn light_theme_reads_on_a_light_terminal() {
    check(
        browser_screens(),
        ThemeName::Light,
        &[Defaults::Light],
        4.5,
        3.0,
    );
}

#[test]
fn the_measure_matches_wcag_reference_values() {
    assert!((ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((ratio((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    assert_eq!(rgb(Color::Indexed(196)), Some((255, 0, 0)));
    assert_eq!(rgb(Color::Indexed(244)), Some((128, 128, 128)));
}

/// The overview, the title search with its matches, and a continuation page.
fn extra_slide_screens() -> Vec<Screen> {
    vec![
        (
            "overview",
            opened("measures.2.1", |a| {
                a.apply(Action::TogglePresent);
                a.apply(Action::ToggleOverview);
            }),
        ),
        (
            "find",
            opened("goals", |a| {
                a.apply(Action::TogglePresent);
                a.apply(Action::SearchOpen);
                typed(a, "ji");
            }),
        ),
        (
            "page 2",
            opened("clusters.emerging", |a| {
                a.apply(Action::TogglePresent);
                a.apply(Action::Measured {
                    tree_rows: 1,
                    detail_rows: 1,
                    detail_max_scroll: 0,
                    detail_shown: 0,
                    overlay_rows: 1,
                    overlay_max_scroll: 1,
                });
                a.apply(Action::PageDown);
            }),
        ),
    ]
}
