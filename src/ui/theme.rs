//! Colour themes: default (dark terminals), light, and high contrast for projectors. With NO_COLOR
//! only bold, underline and reverse remain, which is enough to read the structure.
//!
//! Contrast is measured with WCAG's formula against xterm's colours (tests/contrast.rs): default
//! and light keep text at 4.5:1 and borders at 3:1 on the background each is meant for; the
//! contrast theme and every slide keep 7:1 whatever the terminal's own colours, because they set
//! both foreground and background, in 256-colour codes 16–255 that terminals do not remap.

mod slides;

use ratatui::style::{Color, Modifier, Style};

use crate::model::Kind;
use crate::prefs::ThemeName;

/// Codes 16–255 are the same in every xterm-compatible terminal (0–15 follow the user's palette).
const BLACK: Color = Color::Indexed(16);
const WHITE: Color = Color::Indexed(231);
const YELLOW: Color = Color::Indexed(226);
const CYAN: Color = Color::Indexed(51);
/// The light theme's text and page.
const INK: Color = Color::Indexed(16);
const PAPER: Color = Color::Indexed(231);

/// The styles every view draws with, for one theme (`--theme`): default (light on the
/// terminal's dark background), light, or high contrast; monochrome with `NO_COLOR`.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Ordinary text.
    pub base: Style,
    /// Secondary text: ids, counts, the other language's labels.
    pub dim: Style,
    /// Titles and headings.
    pub title: Style,
    /// What draws the eye without being a title: kinds, ordinals, the search prompt.
    pub accent: Style,
    /// The border of a pane without the focus.
    pub border: Style,
    /// The border of the pane with the focus.
    pub border_focus: Style,
    /// The selected row in the pane with the focus.
    pub selected: Style,
    /// The selected row in a pane without the focus.
    pub selected_unfocused: Style,
    /// Search matches in the text.
    pub highlight: Style,
    /// Links the reader can follow: entries of the detail pane, clusters of the compare view.
    pub link: Style,
    /// The header and footer bars.
    pub bar: Style,
    /// Key names in the footer's hints and the help.
    pub key: Style,
    /// Warnings and errors.
    pub warn: Style,
    colours: bool,
    kinds: [Color; 4],
    /// Which slide look goes with this theme.
    look: slides::Look,
}

impl Theme {
    /// The styles of theme `name`; with `no_color` (the `NO_COLOR` convention) the monochrome
    /// theme, whatever the name: bold, reverse and underline only.
    pub fn new(name: ThemeName, no_color: bool) -> Self {
        if no_color {
            return Self::monochrome();
        }
        let bold = Modifier::BOLD;
        match name {
            ThemeName::Default => Theme {
                base: Style::new(),
                dim: Style::new().fg(Color::Gray),
                title: Style::new().fg(Color::White).add_modifier(bold),
                accent: Style::new().fg(Color::Cyan),
                border: Style::new().fg(Color::DarkGray),
                border_focus: Style::new().fg(Color::Cyan),
                selected: Style::new()
                    .bg(Color::Blue)
                    .fg(Color::White)
                    .add_modifier(bold),
                selected_unfocused: Style::new().bg(Color::Indexed(239)).fg(Color::White),
                highlight: Style::new().bg(Color::Yellow).fg(Color::Black),
                link: Style::new().fg(Color::Indexed(111)),
                bar: Style::new().bg(Color::Indexed(236)).fg(Color::White),
                key: Style::new().fg(Color::Yellow).add_modifier(bold),
                // xterm's light red (#ff0000) reads at 3.3:1 on the footer's grey; #ff8787 at 5.7:1.
                warn: Style::new().fg(Color::Indexed(210)).add_modifier(bold),
                colours: true,
                kinds: [
                    Color::LightCyan,
                    Color::LightGreen,
                    Color::LightYellow,
                    Color::LightMagenta,
                ],
                look: slides::Look::Dark,
            },
            ThemeName::Light => Theme {
                base: Style::new().fg(INK).bg(PAPER),
                dim: Style::new().fg(Color::Indexed(240)),
                title: Style::new().fg(INK).add_modifier(bold),
                accent: Style::new().fg(Color::Blue),
                border: Style::new().fg(Color::Indexed(244)),
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
                // Dark magenta: the footer's grey bar would take bright magenta under 4.5:1.
                key: Style::new().fg(Color::Indexed(90)).add_modifier(bold),
                warn: Style::new().fg(Color::Red).add_modifier(bold),
                colours: true,
                kinds: [Color::Blue, Color::Indexed(28), Color::Magenta, Color::Red],
                look: slides::Look::Light,
            },
            ThemeName::Contrast => Theme {
                base: Style::new().fg(WHITE).bg(BLACK),
                dim: Style::new().fg(WHITE),
                title: Style::new().fg(WHITE).add_modifier(bold),
                accent: Style::new().fg(YELLOW).add_modifier(bold),
                border: Style::new().fg(WHITE),
                border_focus: Style::new().fg(YELLOW).add_modifier(bold),
                selected: Style::new().bg(YELLOW).fg(BLACK).add_modifier(bold),
                selected_unfocused: Style::new().bg(WHITE).fg(BLACK).add_modifier(bold),
                highlight: Style::new().bg(CYAN).fg(BLACK).add_modifier(bold),
                link: Style::new()
                    .fg(CYAN)
                    .add_modifier(bold | Modifier::UNDERLINED),
                // Dark blue, not white: the header's title is white.
                bar: Style::new()
                    .bg(Color::Indexed(18))
                    .fg(WHITE)
                    .add_modifier(bold),
                key: Style::new().fg(YELLOW).add_modifier(bold),
                warn: Style::new().fg(BLACK).bg(YELLOW).add_modifier(bold),
                colours: true,
                kinds: [YELLOW, CYAN, Color::Indexed(120), Color::Indexed(219)],
                look: slides::Look::Contrast,
            },
        }
    }

    /// Slides are read from the back of a room: 7:1 whatever the chosen theme, light-on-dark for
    /// the default and contrast themes and dark-on-light for the light one (bright rooms wash
    /// dark slides out); still no colour when colour is off.
    pub fn for_slides(&self) -> Self {
        if self.colours {
            slides::theme(self.look)
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
            look: slides::Look::Dark,
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
