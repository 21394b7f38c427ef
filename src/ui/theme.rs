//! Colour themes: default (dark terminals), light, and high contrast for projectors. With NO_COLOR
//! only bold, underline and reverse remain, which is enough to read the structure.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Kind;
use crate::prefs::ThemeName;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub highlight: Style,
    pub link: Style,
    pub bar: Style,
    pub key: Style,
    pub warn: Style,
    colours: bool,
    kinds: [Color; 4],
}

impl Theme {
    pub fn new(name: ThemeName, no_color: bool) -> Self {
        if no_color {
            return Self::monochrome();
        }
        let bold = Modifier::BOLD;
        match name {
            ThemeName::Default => Theme {
                base: Style::new(),
                dim: Style::new().fg(Color::Gray).add_modifier(Modifier::DIM),
                title: Style::new().fg(Color::White).add_modifier(bold),
                accent: Style::new().fg(Color::Cyan),
                border: Style::new().fg(Color::DarkGray),
                border_focus: Style::new().fg(Color::Cyan),
                selected: Style::new()
                    .bg(Color::Blue)
                    .fg(Color::White)
                    .add_modifier(bold),
                selected_unfocused: Style::new().bg(Color::DarkGray).fg(Color::White),
                highlight: Style::new().bg(Color::Yellow).fg(Color::Black),
                link: Style::new().fg(Color::LightBlue),
                bar: Style::new().bg(Color::Indexed(236)).fg(Color::White),
                key: Style::new().fg(Color::Yellow).add_modifier(bold),
                warn: Style::new().fg(Color::LightRed).add_modifier(bold),
                colours: true,
                kinds: [
                    Color::LightCyan,
                    Color::LightGreen,
                    Color::LightYellow,
                    Color::LightMagenta,
                ],
            },
            ThemeName::Light => Theme {
                base: Style::new().fg(Color::Black).bg(Color::White),
                dim: Style::new().fg(Color::DarkGray),
                title: Style::new().fg(Color::Black).add_modifier(bold),
                accent: Style::new().fg(Color::Blue),
                border: Style::new().fg(Color::Gray),
                border_focus: Style::new().fg(Color::Blue),
                selected: Style::new()
                    .bg(Color::Blue)
                    .fg(Color::White)
                    .add_modifier(bold),
                selected_unfocused: Style::new().bg(Color::Gray).fg(Color::Black),
                highlight: Style::new().bg(Color::Yellow).fg(Color::Black),
                link: Style::new()
                    .fg(Color::Blue)
                    .add_modifier(Modifier::UNDERLINED),
                bar: Style::new().bg(Color::Gray).fg(Color::Black),
                key: Style::new().fg(Color::Magenta).add_modifier(bold),
                warn: Style::new().fg(Color::Red).add_modifier(bold),
                colours: true,
                kinds: [Color::Blue, Color::Green, Color::Magenta, Color::Red],
            },
            ThemeName::Contrast => Theme {
                base: Style::new().fg(Color::White).bg(Color::Black),
                dim: Style::new().fg(Color::White),
                title: Style::new().fg(Color::White).add_modifier(bold),
                accent: Style::new().fg(Color::Yellow).add_modifier(bold),
                border: Style::new().fg(Color::White),
                border_focus: Style::new().fg(Color::Yellow).add_modifier(bold),
                selected: Style::new()
                    .bg(Color::Yellow)
                    .fg(Color::Black)
                    .add_modifier(bold),
                selected_unfocused: Style::new()
                    .bg(Color::White)
                    .fg(Color::Black)
                    .add_modifier(bold),
                highlight: Style::new()
                    .bg(Color::Magenta)
                    .fg(Color::White)
                    .add_modifier(bold),
                link: Style::new()
                    .fg(Color::Cyan)
                    .add_modifier(bold | Modifier::UNDERLINED),
                bar: Style::new()
                    .bg(Color::White)
                    .fg(Color::Black)
                    .add_modifier(bold),
                key: Style::new().fg(Color::Yellow).add_modifier(bold),
                warn: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(bold | Modifier::REVERSED),
                colours: true,
                kinds: [Color::Yellow, Color::Cyan, Color::Green, Color::Magenta],
            },
        }
    }

    /// Slides are read from the back of a room: high contrast whatever the chosen theme, and
    /// still no colour when colour is off.
    pub fn for_slides(&self) -> Self {
        if self.colours {
            Theme::new(ThemeName::Contrast, false)
        } else {
            *self
        }
    }

    fn monochrome() -> Self {
        let plain = Style::new();
        Theme {
            base: plain,
            dim: plain,
            title: plain.add_modifier(Modifier::BOLD),
            accent: plain.add_modifier(Modifier::BOLD),
            border: plain,
            border_focus: plain.add_modifier(Modifier::BOLD),
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            highlight: plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            link: plain.add_modifier(Modifier::UNDERLINED),
            bar: plain.add_modifier(Modifier::REVERSED),
            key: plain.add_modifier(Modifier::BOLD),
            warn: plain.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            colours: false,
            kinds: [Color::Reset; 4],
        }
    }

    /// A quiet colour per family of node kinds, so the tree's structure shows at a glance.
    pub fn kind(&self, kind: Kind) -> Style {
        if !self.colours {
            return match kind {
                Kind::Document | Kind::Section => Style::new().add_modifier(Modifier::BOLD),
                _ => Style::new(),
            };
        }
        let c = match kind {
            Kind::Document | Kind::Section | Kind::Part | Kind::Glossary => return self.title,
            Kind::ClusterGroup | Kind::Cluster => self.kinds[0],
            Kind::Goal => self.kinds[1],
            Kind::Principle | Kind::MeasureGroup | Kind::Measure => self.kinds[2],
            Kind::Term => self.kinds[3],
        };
        Style::new().fg(c)
    }
}
