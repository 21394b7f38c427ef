//! The messages between the two terminals, one JSON object a line: the projector's whole slide
//! state ([`Shown`]) one way, the presenter view's requests ([`Command`]) the other; and how each
//! end turns them into its own state.

use serde::{Deserialize, Serialize};

use crate::app::{Action, App, Mirror, Overlay, Screen};
use crate::prefs::LangMode;

/// What the presenter view asks the projector to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// The next page or slide.
    Next,
    /// The previous page or slide.
    Back,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Go to this slide (0-based index into the deck).
    Slide(usize),
    /// Blank the screen to black, or to white.
    Blank {
        /// `true` for white, `false` for black.
        white: bool,
    },
    /// Show or hide the overview of the document's structure.
    Overview,
    /// Any key on a blank screen: the slide again.
    Unblank,
    /// Show the next language mode.
    Lang,
}

/// The projector's slide state, sent whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// Slides in the deck: both ends must show the same talk.
    pub slides: usize,
    /// The slide shown, 0-based index into the deck.
    pub at: usize,
    /// Continuation page and pages, as the projector draws them.
    pub page: usize,
    /// How many pages the slide takes at the projector's size.
    pub pages: usize,
    /// "slide", "overview", "black" or "white".
    pub screen: String,
    /// "both", "zh" or "en".
    pub lang: String,
    /// The projector's terminal, columns and rows: the presenter view lays the slide out at
    /// this size, so that its pages are the projector's.
    #[serde(default)]
    pub size: (u16, u16),
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Message {
    Shown(Shown),
    Command(Command),
}

fn screen_name(s: &Screen) -> &'static str {
    match s {
        Screen::Overview => "overview",
        Screen::Black => "black",
        Screen::White => "white",
        Screen::Slide | Screen::Find(_) => "slide",
    }
}

/// The slide state of `app`, when it shows slides on a terminal of `size` (columns, rows).
pub fn shown(app: &App, size: (u16, u16)) -> Option<Shown> {
    let Overlay::Present(p) = app.overlay() else {
        return None;
    };
    let (page, pages) = app.slide_page();
    Some(Shown {
        slides: p.deck.len(),
        at: p.at,
        page: page.min(pages.saturating_sub(1)),
        pages,
        screen: screen_name(&p.screen).to_string(),
        lang: match app.lang() {
            LangMode::Both => "both",
            LangMode::Zh => "zh",
            LangMode::En => "en",
        }
        .to_string(),
        size,
    })
}

/// Shows the projector's state (when both show the same talk).
pub(super) fn adopt_state(app: &mut App, s: &Shown) {
    let lang = match s.lang.as_str() {
        "zh" => LangMode::Zh,
        "en" => LangMode::En,
        _ => LangMode::Both,
    };
    let screen = match s.screen.as_str() {
        "overview" => Screen::Overview,
        "black" => Screen::Black,
        "white" => Screen::White,
        _ => Screen::Slide,
    };
    app.apply(Action::Mirror(Mirror {
        slides: s.slides,
        at: s.at,
        page: s.page,
        pages: s.pages,
        lang,
        screen,
        size: (s.size.0 > 0 && s.size.1 > 0).then_some(s.size),
    }));
}

/// What a key in the presenter view asks of the projector.
pub(super) fn command_for(app: &App, action: &Action) -> Option<Command> {
    let Overlay::Present(p) = app.overlay() else {
        return None;
    };
    Some(match (&p.screen, action) {
        (Screen::Black | Screen::White, _) => Command::Unblank,
        (Screen::Find(f), Action::Submit) => Command::Slide(*f.candidates.get(f.chosen)?),
        (Screen::Find(_), _) => return None,
        (Screen::Overview, Action::Escape | Action::ToggleOverview) => Command::Overview,
        (_, Action::Submit) if !p.typed.is_empty() => {
            Command::Slide(p.typed.parse::<usize>().ok()?.checked_sub(1)?)
        }
        (_, Action::PageDown | Action::Down | Action::Right | Action::Submit) => Command::Next,
        (_, Action::PageUp | Action::Up | Action::Left) => Command::Back,
        (_, Action::DeleteBack) if p.typed.is_empty() => Command::Back,
        (_, Action::First) => Command::First,
        (_, Action::Last) => Command::Last,
        (_, Action::Blank { white }) => Command::Blank { white: *white },
        (_, Action::ToggleOverview) => Command::Overview,
        (_, Action::CycleLang) => Command::Lang,
        _ => return None,
    })
}

/// Carries out the presenter view's request on the projector.
pub(super) fn run(app: &mut App, c: Command) {
    let Overlay::Present(p) = app.overlay() else {
        return;
    };
    let blank = matches!(p.screen, Screen::Black | Screen::White);
    let action = match c {
        Command::Next => Action::PageDown,
        Command::Back => Action::PageUp,
        Command::First => Action::First,
        Command::Last => Action::Last,
        Command::Slide(at) => return app.apply(Action::ShowSlide(at)),
        Command::Blank { white } => Action::Blank { white },
        Command::Overview => Action::ToggleOverview,
        Command::Unblank if blank => Action::Escape,
        Command::Unblank => return,
        Command::Lang => Action::CycleLang,
    };
    if blank && c != Command::Unblank {
        // A blank screen comes back first, as a key on the projector would make it.
        app.apply(Action::Escape);
    }
    app.apply(action);
}
