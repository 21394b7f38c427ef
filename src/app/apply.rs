//! The dispatch of actions: [`App::apply`] hands each action to the state it is for, by the
//! mode the app is in (a pending prefix key, an open overlay, the search box, the focused pane).

use super::{Action, App, Focus, GoTo, Notice, Overlay, Pending, Role};
use crate::prefs::LangMode;

impl App {
    /// Carries out `action`: the only way the app's state changes. What an action does depends
    /// on the mode, checked in this order: the presenter link's actions ([`Action::Link`],
    /// [`Action::Mirror`], [`Action::ShowSlide`]), frame measurements ([`Action::Measured`])
    /// and notices ([`Action::Notify`]) are recorded whatever is open; Esc first dismisses a state-file
    /// warning; split moves and drags come next; any other action clears the last notice. Then
    /// a pending prefix key (`m`, `'`, `z`) takes the action as its letter, an open overlay
    /// (help, compare, go-to, results, marks, slides) takes it, an open search box takes it as
    /// editing, and otherwise it acts on the outline or detail pane with the focus. Actions that
    /// mean nothing in the present mode are ignored; nothing here fails or touches the terminal.
    /// What needs the outside world is queued: see [`App::take_effects`].
    pub fn apply(&mut self, action: Action) {
        if self.apply_link(&action) {
            return;
        }
        if let Action::Measured {
            tree_rows,
            detail_rows,
            detail_max_scroll,
            detail_shown,
            overlay_rows,
            overlay_max_scroll,
        } = action
        {
            self.detail.shown = detail_shown;
            // Where the pane brought a match into view stays put when the search ends.
            if !self.detail.moved {
                self.detail.scroll = detail_shown;
            }
            self.overlay.rows = overlay_rows.max(1);
            self.overlay.max_scroll = overlay_max_scroll;
            self.overlay.scroll = self.overlay.scroll.min(overlay_max_scroll);
            self.tree.rows = tree_rows.max(1);
            self.detail.rows = detail_rows.max(1);
            self.detail.max_scroll = detail_max_scroll;
            self.detail.scroll = self.detail.scroll.min(detail_max_scroll);
            return;
        }
        if let Action::NoteFiles(notes) = action {
            self.note_files(notes);
            return;
        }
        if let Action::Notify(n) = action {
            match n {
                Notice::State(w) => self.warning = Some(w),
                other => self.notice = Some(other),
            }
            return;
        }
        // A warning stays until Esc dismisses it (that Esc does nothing else).
        if self.warning.is_some() && action == Action::Escape {
            self.warning = None;
            return;
        }
        // Split moves and drags come before the message is cleared: the release of every click
        // is a drag's end, and must not wipe what the click said.
        if self.apply_split(&action) {
            return;
        }
        // A message stays until the reader does something else.
        self.notice = None;
        if let Role::Projector(l) | Role::Presenter(l) = &mut self.role {
            l.news = None;
        }
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if let Action::Paste(text) = action {
            self.paste(&text);
            return;
        }
        if let Some(p) = self.pending.take() {
            if let Action::Register(c) = action {
                self.register(p, c);
            }
            return;
        }
        if let Action::FollowLink(id) = action {
            // Links are clickable in the detail pane and the compare view, which it closes.
            if matches!(self.overlay.open, Overlay::None | Overlay::Compare) {
                self.overlay.open = Overlay::None;
                self.jump(id);
            }
            return;
        }
        if self.overlay.open != Overlay::None {
            self.apply_overlay(action);
            return;
        }
        if self.search.is_typing() {
            self.apply_typing(action);
            return;
        }
        match action {
            Action::Escape => self.escape(),
            Action::ToggleHelp => self.open_overlay(Overlay::Help),
            Action::ToggleCompare => self.open_compare(),
            Action::ToggleFiles => self.open_files(),
            Action::TogglePresent => self.start_presenting(),
            Action::GoToOpen => self.open_overlay(Overlay::GoTo(GoTo::default())),
            Action::SwitchFocus => self.switch_focus(),
            Action::CycleLang => self.cycle_lang(),
            Action::Section(n) => {
                if let Some(&s) = self.sections().get(n.wrapping_sub(1)) {
                    self.jump(s);
                    self.tree.opened.insert(s);
                    self.focus = Focus::Tree;
                }
            }
            Action::Click(id) => {
                self.focus = Focus::Tree;
                if id == self.tree.selected {
                    self.toggle(id);
                } else {
                    self.jump(id);
                }
            }
            Action::ScrollDetail(d) => self.scroll_detail(d),
            Action::ScrollTree(d) => self.move_rows(d),
            Action::SearchOpen => self.open_search(),
            Action::NextHit | Action::PrevHit => self.step_hit(action == Action::NextHit),
            Action::ToggleFilter => self.toggle_filter(),
            Action::ResultsOpen => self.open_results(),
            Action::ToggleOrder => self.toggle_order(),
            Action::ExpandAll => self.expand_all(),
            Action::CollapseAll => self.collapse_all(),
            Action::ExpandSubtree => self.expand_subtree(),
            Action::CollapseToLevel => self.collapse_to_level(),
            Action::FoldPrefix => self.pending = Some(Pending::Fold),
            Action::Back => self.go_back(),
            Action::MarkPrefix => self.pending = Some(Pending::Mark),
            Action::JumpPrefix => self.pending = Some(Pending::Jump),
            Action::Copy | Action::CopyMarkdown => {
                self.copy(self.tree.selected, action == Action::CopyMarkdown)
            }
            other => match self.focus {
                Focus::Tree => self.tree_key(other),
                Focus::Detail => self.detail_key(other),
            },
        }
    }

    pub(super) fn cycle_lang(&mut self) {
        self.lang = match self.lang {
            LangMode::Both => LangMode::Zh,
            LangMode::Zh => LangMode::En,
            LangMode::En => LangMode::Both,
        }
    }
}
