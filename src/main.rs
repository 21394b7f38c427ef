//! Entry point: parses the arguments, runs a subcommand (see [`cli::run`]), or sets up the
//! terminal for the browser and runs its event loop: events become actions, actions change the
//! app, the app is drawn, and what the app asks of the world (clipboard, state file) is done.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::Parser;

use crossterm::event::{self, Event};

use yijian::app::{Action, Effect, FileNote, Notice, Overlay, keymap};
use yijian::cli::session::{self, Session};
use yijian::cli::{self, Cli, Outcome, exit, say_err};
use yijian::clipboard;
use yijian::library::Library;
use yijian::state::State;
use yijian::terminal;
use yijian::ui::{self, ViewState};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return cli::argument_error(e),
    };
    let code = match cli::run(&args).and_then(|outcome| match outcome {
        Outcome::Done(code) => Ok(code),
        Outcome::Browse { library, notes } => yijian_tui(&args, library, notes),
    }) {
        Ok(code) => code,
        Err(message) => {
            say_err(&format!("yijian: {message}"));
            exit::ERROR
        }
    };
    ExitCode::from(code as u8)
}

fn yijian_tui(args: &Cli, doc: Arc<Library>, notes: Vec<FileNote>) -> Result<i32, String> {
    let env = |k: &str| std::env::var(k).ok();
    let key = session::library_key(&doc);
    let mut session = session::prepare(args, doc, key, env)?;
    let w = session.display.words;
    session.app.apply(Action::NoteFiles(notes));
    if let Some(why) = terminal::unusable(env("TERM").as_deref()) {
        return Err((w.unusable)(why));
    }
    // What a signal should save: kept current by the event loop, written by the signal thread.
    let pending: Arc<Mutex<Option<(PathBuf, State)>>> = Arc::new(Mutex::new(session.snapshot()));
    let on_signal = {
        let pending = Arc::clone(&pending);
        move || {
            let snapshot = pending.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some((path, state)) = snapshot {
                let _ = session::write(&path, &state);
            }
        }
    };
    // The projector and the presenter view meet through a socket (see `presenter`).
    let mut link = yijian::presenter::start(
        args.present,
        args.presenter,
        &mut session.app,
        env("XDG_RUNTIME_DIR").as_deref(),
    )?;
    let mut term = terminal::init(on_signal).map_err(|e| (w.terminal_problem)(&e.to_string()))?;
    let result = event_loop(&mut term, &mut session, &pending, link.as_mut());
    drop(link);
    terminal::restore();
    let saved = session.save();
    result.map_err(|e| format!("terminal error: {e}"))?;
    match saved {
        Ok(()) => Ok(exit::OK),
        Err(e) => {
            say_err(&format!(
                "yijian: {}",
                yijian::text::visible(&(w.warning)(&e))
            ));
            Ok(exit::OK)
        }
    }
}

fn event_loop(
    term: &mut terminal::Term,
    session: &mut Session,
    pending: &Mutex<Option<(PathBuf, State)>>,
    mut link: Option<&mut yijian::presenter::Link>,
) -> io::Result<()> {
    let mut view = ViewState::default();
    while !session.app.quit_requested() {
        let mut measured = None;
        let mut size = (0, 0);
        let (app, display) = (&session.app, &session.display);
        {
            let _drawing = terminal::output_lock();
            term.draw(|f| {
                size = (f.area().width, f.area().height);
                measured = Some(ui::draw(f, app, display, &mut view));
            })?;
        }
        if let Some(m) = measured {
            session.app.apply(m);
        }
        if let Some(l) = link.as_deref_mut() {
            l.publish(&session.app, size);
        }
        // Blocks until something happens: an idle browser uses no CPU. With a second terminal
        // it also wakes to hear from it and to move the presenter view's clock.
        let event = match link {
            None => Some(event::read()?),
            Some(_) if event::poll(std::time::Duration::from_millis(200))? => Some(event::read()?),
            Some(_) => None,
        };
        if let Some(l) = link.as_deref_mut()
            && let Some(change) = l.poll(&mut session.app)
        {
            yijian::presenter::note(&mut session.app, change);
        }
        let Some(event) = event else {
            continue;
        };
        let action = match event {
            Event::Key(key) => {
                // Debug builds only: lets the end-to-end tests check the terminal after a panic.
                #[cfg(debug_assertions)]
                if std::env::var_os("YIJIAN_TEST_PANIC_ON_KEY").is_some() {
                    panic!("panic requested by YIJIAN_TEST_PANIC_ON_KEY");
                }
                keymap::action_for(&session.app, key)
            }
            // A paste is text for the open box, never keys (bracketed paste is on).
            Event::Paste(text) => Some(Action::Paste(text)),
            Event::Mouse(m) => ui::mouse_action(m, &view, *session.app.overlay() != Overlay::None),
            _ => None,
        };
        if let Some(a) = action {
            if let Some(l) = link.as_deref_mut() {
                l.forward(&session.app, &a);
            }
            let before = session.app.selected();
            session.app.apply(a);
            if session.app.selected() != before {
                *pending.lock().unwrap_or_else(|e| e.into_inner()) = session.snapshot();
            }
        }
        for effect in session.app.take_effects() {
            let notice = carry_out(effect, term, session, pending)?;
            if let Some(n) = notice {
                session.app.apply(Action::Notify(n));
            }
        }
    }
    Ok(())
}

/// Does what the app asked for and says how it went.
fn carry_out(
    effect: Effect,
    term: &mut terminal::Term,
    session: &mut Session,
    pending: &Mutex<Option<(PathBuf, State)>>,
) -> io::Result<Option<Notice>> {
    Ok(match effect {
        Effect::Copy { text, markdown } => {
            match clipboard::osc52(&text, |k| std::env::var(k).ok()) {
                Ok(bytes) => {
                    let _writing = terminal::output_lock();
                    let out = term.backend_mut();
                    out.write_all(&bytes)?;
                    out.flush()?;
                    Some(Notice::Copied {
                        chars: text.chars().count(),
                        markdown,
                    })
                }
                Err(why) => Some(Notice::ClipboardUnavailable(why)),
            }
        }
        // A mark set should survive a crash, so it is written at once.
        Effect::SaveState => {
            let result = session.save().err().map(Notice::State);
            *pending.lock().unwrap_or_else(|e| e.into_inner()) = session.snapshot();
            result
        }
    })
}
