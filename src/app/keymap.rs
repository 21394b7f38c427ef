//! Keys to actions. Which action a key means depends on the mode: while a prompt is open,
//! printable keys are text; an overlay takes the keys it understands; in presentation mode the
//! arrows step through slides.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::backend::crossterm::to_input_request;

use super::line::Edit;
use super::{Action, App, Command, Overlay, Present, Screen};

/// The action `key` means in the app's present mode, or `None` for a key that means nothing
/// there (and for key releases). Open prompts take printable keys as text, overlays and
/// presentation mode have their own keys, and browsing goes through the reader's
/// [`super::Bindings`] for command keys.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('q')) {
        return Some(Action::Quit);
    }
    if app.pending.is_some() {
        return Some(match key.code {
            KeyCode::Char(c) if !ctrl => Action::Register(c),
            _ => Action::Escape,
        });
    }
    match &app.overlay.open {
        Overlay::None => {}
        Overlay::Files if app.bindings.command(key.code, key.modifiers) == Some(Command::Files) => {
            return Some(Action::ToggleFiles);
        }
        Overlay::Help | Overlay::Compare | Overlay::Files => return scrolling(key.code),
        Overlay::GoTo(_) => return goto(key),
        Overlay::Present(p) => return presenting(p, key),
        Overlay::Results { .. } => return results(app, key),
        Overlay::Marks { .. } => return marks(key),
    }
    if app.search.is_typing() {
        return typing(key);
    }
    if let Some(cmd) = app.bindings.command(key.code, key.modifiers) {
        return Some(cmd.action());
    }
    fixed(key.code, ctrl)
}

/// The browsing mode's fixed keys — movement, Enter, Space, section digits, Esc — which no config
/// file can rebind, so that the browser can always be driven. Ctrl-C and Ctrl-Q quit everywhere.
pub fn fixed(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Char('c' | 'q') if ctrl => Action::Quit,
        KeyCode::Esc => Action::Escape,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Enter => Action::Enter,
        KeyCode::Char(' ') => Action::ToggleOpen,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Char('u') if ctrl => Action::PageUp,
        KeyCode::Char('d') if ctrl => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        KeyCode::Char(c @ '1'..='9') => Action::Section(c as usize - '0' as usize),
        _ => return None,
    })
}

/// Help and compare: read-only pages that scroll.
fn scrolling(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('c') | KeyCode::Enter => Action::Escape,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp | KeyCode::Left | KeyCode::Char('h') => Action::PageUp,
        KeyCode::PageDown | KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => {
            Action::PageDown
        }
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        KeyCode::Char('t') => Action::CycleLang,
        _ => return None,
    })
}

/// The results list: move through hits, Enter goes, Esc returns; `n`/`N` and the order key as
/// bound in browsing.
fn results(app: &App, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if let Some(cmd) = app.bindings.command(key.code, key.modifiers) {
        use super::Command as C;
        match cmd {
            C::NextHit | C::PrevHit | C::HitOrder | C::Language | C::Quit | C::Results => {
                return Some(cmd.action());
            }
            _ => {}
        }
    }
    Some(match fixed(key.code, ctrl)? {
        Action::Enter | Action::Right => Action::Submit,
        Action::Left => Action::Escape,
        other => other,
    })
}

/// The marks list: arrows choose, Enter goes, a mark's letter goes to it, Delete removes.
fn marks(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Esc => Action::Escape,
        KeyCode::Enter => Action::Submit,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Home => Action::First,
        KeyCode::End => Action::Last,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Delete | KeyCode::Backspace => Action::DeleteMark,
        KeyCode::Char(c) if !ctrl => Action::Register(c),
        _ => return None,
    })
}

/// Slides: the keys presentation remotes and trainers' hands know (PowerPoint, reveal.js).
/// `q` and Esc leave the slides for the browser; only Ctrl+C ends the program.
fn presenting(p: &Present, key: KeyEvent) -> Option<Action> {
    match &p.screen {
        // Any key brings the slide back.
        Screen::Black | Screen::White => return Some(Action::Escape),
        // The find box edits as the go-to box does.
        Screen::Find(_) => return goto(key),
        Screen::Slide | Screen::Overview => {}
    }
    Some(match key.code {
        KeyCode::Char('q') | KeyCode::Esc => Action::Escape,
        KeyCode::Char('p') => Action::TogglePresent,
        KeyCode::Char(' ')
        | KeyCode::Right
        | KeyCode::Down
        | KeyCode::Char('l')
        | KeyCode::Char('j')
        | KeyCode::Char('n')
        | KeyCode::PageDown => Action::PageDown,
        KeyCode::Left | KeyCode::Up | KeyCode::Char('h') | KeyCode::Char('k') | KeyCode::PageUp => {
            Action::PageUp
        }
        KeyCode::Backspace => Action::DeleteBack,
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        KeyCode::Char('b') | KeyCode::Char('.') => Action::Blank { white: false },
        KeyCode::Char('w') | KeyCode::Char(',') => Action::Blank { white: true },
        KeyCode::Char('o') => Action::ToggleOverview,
        KeyCode::Char('/') | KeyCode::Char(':') => Action::SearchOpen,
        KeyCode::Char('t') => Action::CycleLang,
        KeyCode::Char('y') => Action::Copy,
        KeyCode::Char('Y') => Action::CopyMarkdown,
        KeyCode::Char(c @ '0'..='9') => Action::Input(c),
        KeyCode::Enter => Action::Submit,
        _ => return None,
    })
}

fn goto(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Esc => Action::Escape,
        KeyCode::Enter => Action::Submit,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Tab => Action::Complete,
        _ => return line_edit(key),
    })
}

fn typing(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Esc => Action::Escape,
        KeyCode::Enter => Action::Submit,
        KeyCode::Char('f') if ctrl => Action::ToggleFilter,
        KeyCode::Char('n') if ctrl => Action::NextHit,
        KeyCode::Char('p') if ctrl => Action::PrevHit,
        KeyCode::Up => Action::HistoryPrev,
        KeyCode::Down => Action::HistoryNext,
        KeyCode::Tab => Action::NextHit,
        KeyCode::BackTab => Action::PrevHit,
        _ => return line_edit(key),
    })
}

/// A shell's line-editing keys in a prompt: tui-input's map (Left/Right, Home/End, Ctrl-A/E/B/F,
/// Ctrl-W/U/K, Delete…), plus Alt-B/F/D and Alt-Backspace, which terminals send as Alt, where
/// tui-input looks for Meta.
fn line_edit(key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::ALT) && !key.modifiers.contains(KeyModifiers::CONTROL) {
        let edit = match key.code {
            KeyCode::Char('b') => Edit::GoToPrevWord,
            KeyCode::Char('f') => Edit::GoToNextWord,
            KeyCode::Char('d') => Edit::DeleteNextWord,
            KeyCode::Backspace => Edit::DeletePrevWord,
            KeyCode::Left => Edit::GoToPrevWord,
            KeyCode::Right => Edit::GoToNextWord,
            _ => return None,
        };
        return Some(Action::Edit(edit));
    }
    to_input_request(&Event::Key(key)).map(Action::Edit)
}
