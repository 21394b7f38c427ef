//! The link between the projector's terminal and the presenter view, as the app sees it: which
//! terminal this is, the other end joining or leaving, the projector's slide state taken by the
//! presenter view, and a slide asked for by it. The socket and the messages are the
//! `presenter` module's; these are the changes of state they ask for, made here.

use super::{Action, App, LinkNews, Overlay, Role, Screen};
use crate::prefs::LangMode;

/// The projector's slide state, as the presenter view takes it ([`Action::Mirror`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mirror {
    /// Slides in the projector's deck: a deck of another length is another talk, not taken.
    pub slides: usize,
    /// The slide shown, 0-based index into the deck.
    pub at: usize,
    /// The continuation page shown, 0-based.
    pub page: usize,
    /// How many pages the slide takes at the projector's size.
    pub pages: usize,
    /// The document languages shown.
    pub lang: LangMode,
    /// What the projector's screen shows: the slide, the overview or a blank (never the find
    /// box, which is the presenter's own).
    pub screen: Screen,
    /// The projector's terminal, columns and rows, when it said.
    pub size: Option<(u16, u16)>,
}

impl App {
    /// Makes this the projector's terminal or the presenter view (`--present`, `--presenter`).
    pub fn set_role(&mut self, role: Role) {
        self.role = role;
    }

    /// Carries out the link's actions; `false` for any other action. Like frame measurements,
    /// they are not the reader's keys, so they leave the notice standing.
    pub(super) fn apply_link(&mut self, action: &Action) -> bool {
        match action {
            Action::Link(news) => self.note_link(*news),
            Action::Mirror(m) => self.mirror(m),
            Action::ShowSlide(at) => {
                let Overlay::Present(p) = &mut self.overlay.open else {
                    return true;
                };
                p.screen = Screen::Slide;
                self.go_to_slide(*at, false);
            }
            _ => return false,
        }
        true
    }

    fn note_link(&mut self, news: LinkNews) {
        if let Role::Projector(l) | Role::Presenter(l) = &mut self.role {
            match news {
                LinkNews::Joined => l.connected = true,
                LinkNews::Gone => {
                    l.connected = false;
                    l.page = None;
                    l.size = None;
                }
                LinkNews::OtherTalk => {}
            }
            l.news = Some(news);
        }
    }

    fn mirror(&mut self, m: &Mirror) {
        let Overlay::Present(p) = &self.overlay.open else {
            return;
        };
        if p.deck.len() != m.slides {
            if let Role::Presenter(l) = &mut self.role {
                l.news = Some(LinkNews::OtherTalk);
            }
            return;
        }
        self.go_to_slide(m.at, false);
        if let Role::Presenter(l) = &mut self.role {
            l.page = Some((m.page, m.pages));
            l.size = m.size;
        }
        self.overlay.scroll = m.page;
        self.lang = m.lang;
        // The presenter's own find box stays open over the projector's screen.
        if let Overlay::Present(p) = &mut self.overlay.open
            && !matches!(p.screen, Screen::Find(_))
        {
            p.screen = m.screen.clone();
        }
    }
}
