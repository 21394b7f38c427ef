//! The slides' colours: every pair of foreground and background is set explicitly and keeps
//! 7:1 or more (WCAG AAA), whatever the terminal's own colours, in three looks.

use ratatui::style::{Color, Modifier, Style};

use super::Theme;

/// Light-on-dark for dark rooms, dark-on-light for bright ones, pure black and white for old or
/// washed-out projectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Dark,
    Light,
    Contrast,
}

/// Text, page, caption, accent (numbers, progress, the current box) and what lies on the accent.
struct Palette {
    ink: u8,
    page: u8,
    caption: u8,
    accent: u8,
}

/// Ratios against the page, from xterm's colour cube (tests/contrast.rs measures them drawn):
/// Dark: ink 255 13.6, caption 250 8.3, accent 221 11.2; Light: ink 16 21, caption 238 9.7,
/// accent 18 15.6; Contrast: 231 and 226 on 16, 21 and 19.6.
fn palette(look: Look) -> Palette {
    match look {
        Look::Dark => Palette {
            ink: 255,
            page: 235,
            caption: 250,
            accent: 221,
        },
        Look::Light => Palette {
            ink: 16,
            page: 231,
            caption: 238,
            accent: 18,
        },
        Look::Contrast => Palette {
            ink: 231,
            page: 16,
            caption: 231,
            accent: 226,
        },
    }
}

pub(super) fn theme(look: Look) -> Theme {
    let p = palette(look);
    let (ink, page) = (Color::Indexed(p.ink), Color::Indexed(p.page));
    let base = Style::new().fg(ink).bg(page);
    let bold = Modifier::BOLD;
    let caption = base.fg(Color::Indexed(p.caption));
    let accent = base.fg(Color::Indexed(p.accent)).add_modifier(bold);
    // Black on yellow reads at 19.6:1 on every look.
    let marked = Style::new()
        .fg(Color::Indexed(16))
        .bg(Color::Indexed(226))
        .add_modifier(bold);
    let inverse = Style::new()
        .fg(page)
        .bg(Color::Indexed(p.accent))
        .add_modifier(bold);
    Theme {
        base,
        dim: caption,
        title: base.add_modifier(bold),
        accent,
        border: caption,
        border_focus: accent,
        selected: inverse,
        selected_unfocused: inverse,
        highlight: marked,
        link: base.add_modifier(Modifier::UNDERLINED),
        bar: base,
        key: accent,
        warn: marked,
        colours: true,
        kinds: [ink; 4],
        look,
    }
}
