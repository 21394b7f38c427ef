//! Presentation mode: the talk as a deck of slides (see [`deck`]). A node too tall for the screen
//! is shown as continuation pages, which the view counts and reports back; next and back step
//! through pages before slides. The screen can be blanked, show the overview, or search the
//! slides by title; leaving returns to the browser at the node last shown.

pub mod deck;
mod find;

pub use deck::Slide;
pub use find::Find;

use super::{Action, App, Overlay};
use crate::model::NodeId;

/// Which terminal of a talk this is: slides alone, the projector's with a presenter view
/// possibly connected, or the presenter view (`--presenter`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Slides on this terminal only, no presenter view.
    Alone,
    /// The projector's terminal, which a presenter view may join (`--present`).
    Projector(LinkState),
    /// The presenter view, which follows the projector and shows notes (`--presenter`).
    Presenter(LinkState),
}

/// How the link to the other terminal stands, for the footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkState {
    /// A terminal is connected at the other end of the link.
    pub connected: bool,
    /// A one-line notice of the last change (the other end joined or left), until a key.
    pub news: Option<LinkNews>,
    /// When the talk began, for the presenter view's elapsed time.
    pub started: std::time::SystemTime,
    /// The projector's continuation page and pages, as last reported (presenter view).
    pub page: Option<(usize, usize)>,
    /// The projector's terminal, columns and rows, as last reported (presenter view): the
    /// presenter view lays its copy of the slide out at this size.
    pub size: Option<(u16, u16)>,
}

/// A change of the link, shown once in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkNews {
    /// The other terminal connected.
    Joined,
    /// The other terminal went away.
    Gone,
    /// The projector shows another deck (other --talk, --from or --to): its state is not taken.
    OtherTalk,
}

/// What the slide screen shows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The current slide, or its continuation page.
    Slide,
    /// The document's structure, the current part highlighted (`o`).
    Overview,
    /// Nothing but black (`b`, `.`) or white (`w`); any key returns.
    Black,
    /// Nothing but white (`w`); any key returns.
    White,
    /// `/` or `:`: a slide by its title.
    Find(Find),
}

/// Presentation mode's state: the deck, the slide shown and what the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Present {
    /// The slides in the order shown: a talk file's order, or document order from `--from` to `--to`.
    pub deck: Vec<Slide>,
    /// Index into `deck`.
    pub at: usize,
    /// What the screen shows now: the slide, the overview, a blank or the find box.
    pub screen: Screen,
    /// Digits typed so far for a jump ("7" then Enter goes to slide 7).
    pub typed: String,
}

impl Present {
    /// The slide shown.
    pub fn current(&self) -> Slide {
        self.deck[self.at]
    }

    /// The node the slide shown is about.
    pub fn slide(&self) -> NodeId {
        self.current().node()
    }

    /// The slide after the one shown, if any.
    pub fn next(&self) -> Option<Slide> {
        self.deck.get(self.at + 1).copied()
    }
}

impl App {
    /// Limits the talk to `first..=last` in document order (`--from` / `--to`).
    pub fn set_slides(&mut self, first: NodeId, last: NodeId) {
        self.slides = (first.min(last), first.max(last));
    }

    /// Takes the trainer's talk file (`--talk`): its slides, in its order, are what `p` shows.
    pub fn set_talk(&mut self, talk: crate::talk::Talk) {
        self.talk = Some(talk);
    }

    /// The talk's slides: the talk file's when there is one, else the range's.
    pub fn deck(&self) -> Vec<Slide> {
        match &self.talk {
            Some(talk) => deck::from_nodes(&self.doc, &talk.nodes()),
            None => deck::build(&self.doc, self.slides.0, self.slides.1),
        }
    }

    /// Shows the selected node as a slide (a section with its overview first), or the talk's
    /// first slide if the node is not in the talk. Without a talk file the slides stay within one
    /// document: with the selection in another, that document is the talk.
    pub fn start_presenting(&mut self) {
        if self.talk.is_none()
            && self.doc.root_of(self.tree.selected) != self.doc.root_of(self.slides.0)
        {
            let source = self.doc.source_of(self.tree.selected);
            self.slides = (source.root, source.last);
        }
        let deck = self.deck();
        if deck.is_empty() {
            return;
        }
        let at = deck::position(&deck, self.tree.selected)
            .map(|i| match i.checked_sub(1).map(|j| deck[j]) {
                Some(Slide::Overview(n)) if n == self.tree.selected => i - 1,
                _ => i,
            })
            .unwrap_or(0);
        self.open_overlay(Overlay::Present(Present {
            deck,
            at,
            screen: Screen::Slide,
            typed: String::new(),
        }));
    }

    /// The shown slide's number (1-based) and the talk's length.
    pub fn slide_position(&self) -> Option<(usize, usize)> {
        let Overlay::Present(p) = &self.overlay.open else {
            return None;
        };
        Some((p.at + 1, p.deck.len()))
    }

    /// The continuation page shown (0-based) and how many the slide has, as last drawn.
    pub fn slide_page(&self) -> (usize, usize) {
        (self.overlay.scroll, self.overlay.max_scroll + 1)
    }

    /// Goes to slide `at` (clamped), at its first page, or its last when stepping back.
    pub(super) fn go_to_slide(&mut self, at: usize, from_end: bool) {
        let Overlay::Present(p) = &mut self.overlay.open else {
            return;
        };
        p.at = at.min(p.deck.len() - 1);
        p.typed.clear();
        // The new slide's pages are counted by the next frame; "last page" is kept as a large
        // number that the frame's measurement clamps.
        self.overlay.scroll = if from_end { usize::MAX } else { 0 };
        self.overlay.max_scroll = 0;
    }

    /// Next page, or the next slide.
    fn forward(&mut self) {
        let Overlay::Present(p) = &self.overlay.open else {
            return;
        };
        if self.overlay.scroll < self.overlay.max_scroll {
            self.overlay.scroll += 1;
        } else if p.at + 1 < p.deck.len() {
            let at = p.at + 1;
            self.go_to_slide(at, false);
        }
    }

    /// Previous page, or the previous slide at its last page.
    fn backward(&mut self) {
        let Overlay::Present(p) = &self.overlay.open else {
            return;
        };
        let page = self.overlay.scroll.min(self.overlay.max_scroll);
        if page > 0 {
            self.overlay.scroll = page - 1;
        } else if p.at > 0 {
            let at = p.at - 1;
            self.go_to_slide(at, true);
        }
    }

    /// Leaves the slides for the browser, at the node last shown.
    fn leave_slides(&mut self) {
        let Overlay::Present(p) = &self.overlay.open else {
            return;
        };
        let node = p.slide();
        self.overlay.open = Overlay::None;
        self.jump(node);
    }

    pub(super) fn apply_present(&mut self, action: Action) {
        let Overlay::Present(p) = &mut self.overlay.open else {
            return;
        };
        match &p.screen {
            // Any key brings the slide back; nothing else happens.
            Screen::Black | Screen::White => {
                p.screen = Screen::Slide;
                return;
            }
            Screen::Find(_) => return self.apply_find(action),
            Screen::Overview if matches!(action, Action::Escape | Action::ToggleOverview) => {
                p.screen = Screen::Slide;
                return;
            }
            Screen::Slide | Screen::Overview => {}
        }
        match action {
            Action::Escape if !p.typed.is_empty() => p.typed.clear(),
            Action::Escape | Action::TogglePresent => self.leave_slides(),
            Action::CycleLang => self.cycle_lang(),
            Action::Copy | Action::CopyMarkdown => {
                let node = p.slide();
                self.copy(node, action == Action::CopyMarkdown);
            }
            Action::Blank { white } => p.screen = if white { Screen::White } else { Screen::Black },
            Action::ToggleOverview => p.screen = Screen::Overview,
            Action::SearchOpen | Action::GoToOpen => p.screen = Screen::Find(Find::default()),
            Action::PageDown | Action::Down | Action::Right => self.forward(),
            Action::PageUp | Action::Up | Action::Left => self.backward(),
            Action::First => self.go_to_slide(0, false),
            Action::Last => self.go_to_slide(usize::MAX, false),
            Action::Input(c) if c.is_ascii_digit() && p.typed.len() < 9 => p.typed.push(c),
            Action::DeleteBack if !p.typed.is_empty() => {
                p.typed.pop();
            }
            Action::DeleteBack => self.backward(),
            Action::Submit if p.typed.is_empty() => self.forward(),
            Action::Submit => match p.typed.parse::<usize>() {
                Ok(n) if n >= 1 => self.go_to_slide(n - 1, false),
                _ => p.typed.clear(),
            },
            _ => {}
        }
    }
}
