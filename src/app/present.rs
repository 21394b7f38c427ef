//! Presentation mode: one node a slide, in document order within the talk's range. A slide taller
//! than the screen scrolls inside itself before the next one comes.

use super::{Action, App, Overlay};
use crate::model::NodeId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Present {
    pub slide: NodeId,
    /// Digits typed so far for a jump ("7" then Enter goes to slide 7).
    pub typed: String,
}

impl App {
    /// Limits the talk to `first..=last` in document order (`--from` / `--to`).
    pub fn set_slides(&mut self, first: NodeId, last: NodeId) {
        self.slides = (first.min(last), first.max(last));
    }

    /// Shows the selected node as a slide, or the talk's first slide if it lies outside the talk.
    /// A talk stays within one document: with the selection in another, that document is the talk.
    pub fn start_presenting(&mut self) {
        if self.doc.root_of(self.selected) != self.doc.root_of(self.slides.0) {
            let source = self.doc.source_of(self.selected);
            self.slides = (source.root, source.last);
        }
        let (first, last) = self.slides;
        let slide = if (first..=last).contains(&self.selected) {
            self.selected
        } else {
            first
        };
        self.open_overlay(Overlay::Present(Present {
            slide,
            typed: String::new(),
        }));
    }

    /// The shown slide's number (1-based) and the talk's length.
    pub fn slide_position(&self) -> Option<(usize, usize)> {
        let Overlay::Present(p) = &self.overlay else {
            return None;
        };
        let (first, last) = self.slides;
        Some((p.slide.0 - first.0 + 1, last.0 - first.0 + 1))
    }

    pub(super) fn apply_present(&mut self, action: Action) {
        let Overlay::Present(p) = &mut self.overlay else {
            return;
        };
        let (first, last) = self.slides;
        let page = self.overlay_rows.saturating_sub(1).max(1);
        let (scroll, max) = (self.overlay_scroll, self.overlay_max_scroll);
        let go = |p: &mut Present, to: NodeId| {
            p.slide = to.clamp(first, last);
            p.typed.clear();
        };
        match action {
            Action::Escape if !p.typed.is_empty() => p.typed.clear(),
            Action::Escape | Action::TogglePresent => {
                let slide = p.slide;
                self.overlay = Overlay::None;
                self.jump(slide);
                return;
            }
            Action::CycleLang => {
                self.cycle_lang();
                return;
            }
            Action::Copy | Action::CopyMarkdown => {
                let slide = p.slide;
                self.copy(slide, action == Action::CopyMarkdown);
                return;
            }
            Action::PageDown if scroll < max => {
                self.overlay_scroll = (scroll + page).min(max);
                return;
            }
            Action::PageDown if p.slide < last => go(p, NodeId(p.slide.0 + 1)),
            Action::PageUp if scroll > 0 => {
                self.overlay_scroll = scroll.saturating_sub(page);
                return;
            }
            Action::PageUp if p.slide > first => go(p, NodeId(p.slide.0 - 1)),
            Action::Down => {
                self.overlay_scroll = (scroll + 1).min(max);
                return;
            }
            Action::Up => {
                self.overlay_scroll = scroll.saturating_sub(1);
                return;
            }
            Action::First => go(p, first),
            Action::Last => go(p, last),
            Action::Input(c) if c.is_ascii_digit() && p.typed.len() < 9 => {
                p.typed.push(c);
                return;
            }
            Action::DeleteBack => {
                p.typed.pop();
                return;
            }
            Action::Submit => match p.typed.parse::<usize>() {
                Ok(n) if n >= 1 => go(p, NodeId(first.0 + n - 1)),
                _ => {
                    p.typed.clear();
                    return;
                }
            },
            _ => return,
        }
        // A new slide starts at its top.
        self.overlay_scroll = 0;
    }
}
