//! Entry point: parses arguments, loads the document, and runs a subcommand or the browser.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{CommandFactory, Parser};

use crossterm::event::{self, Event};

use yijian::app::{Action, Effect, Notice, Overlay, keymap};
use yijian::cli::{self, Cli, Command, ExportFormat, ShowFormat, exit};
use yijian::clipboard;
use yijian::model::{self, Document, Limits};
use yijian::search::Index;
use yijian::session::{self, Session, unknown_id};
use yijian::state::State;
use yijian::terminal;
use yijian::ui::{self, ViewState};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return argument_error(e),
    };
    // A large library is loaded on mimalloc; the embedded document and small files stay on the
    // system allocator, which a short process pays less to start (see `memory`).
    let library = match &args.command {
        Some(Command::Check { path: Some(path) }) => Some(path),
        _ => args.file.as_ref(),
    };
    if library
        .and_then(|p| std::fs::metadata(p).ok())
        .is_some_and(|m| m.len() >= yijian::memory::LARGE_FILE)
    {
        yijian::memory::for_large_library();
    }
    let code = match run(args) {
        Ok(code) => code,
        Err(message) => {
            say_err(&format!("yijian: {message}"));
            exit::ERROR
        }
    };
    ExitCode::from(code as u8)
}

fn load(args: &Cli) -> Result<Document, String> {
    let loaded = match &args.file {
        Some(path) => model::load_path(path, &Limits::default()),
        None => model::load_embedded(),
    };
    loaded.map_err(|e| e.to_string())
}

fn run(args: Cli) -> Result<i32, String> {
    match &args.command {
        Some(Command::Check { path }) => {
            return match path.as_ref().or(args.file.as_ref()) {
                Some(p) => Ok(check(p)),
                None => Err("check needs a file: `yijian check PATH` (or --file PATH)".into()),
            };
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = Cli::command();
            clap_complete::generate(*shell, &mut cmd, "yijian", &mut io::stdout());
            return Ok(exit::OK);
        }
        Some(Command::Man) => {
            return clap_mangen::Man::new(Cli::command())
                .render(&mut io::stdout())
                .map(|_| exit::OK)
                .map_err(|e| format!("cannot write output: {e}"));
        }
        _ => {}
    }
    let doc = Arc::new(load(&args)?);
    let stdout = io::stdout();
    // Whole documents go out in few writes.
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let code = match &args.command {
        None => {
            drop(out);
            return yijian_tui(&args, doc);
        }
        Some(Command::Tree) => cli::tree(&doc, &mut out).map(|_| exit::OK),
        Some(Command::Show { id, lang, format }) => {
            let node = doc.find(id).ok_or_else(|| unknown_id(id))?;
            match format {
                ShowFormat::Text => cli::show(&doc, node, *lang, &mut out),
                ShowFormat::Markdown => {
                    // Model text is already cleaned of controls at load time.
                    let md = yijian::quote::markdown(&doc, node, *lang);
                    out.write_all(md.as_bytes())
                }
            }
            .map(|_| exit::OK)
        }
        Some(Command::Search { query, json, limit }) => {
            let index = Index::build(&doc);
            let code = cli::search(&doc, &index, query, *json, *limit, &mut out);
            // As below: the process ends now.
            std::mem::forget(index);
            code
        }
        Some(Command::Export { format, node, talk }) => {
            let root = match node {
                Some(id) => doc.find(id).ok_or_else(|| unknown_id(id))?,
                None => doc.root(),
            };
            if talk.is_some() && *format != ExportFormat::Html {
                return Err("--talk goes with --format html (a handout of the talk)".into());
            }
            let talk = talk
                .as_deref()
                .map(|p| yijian::talk::load(p, &doc))
                .transpose()?;
            match format {
                ExportFormat::Json => cli::export_json(&doc, root, &mut out),
                ExportFormat::Markdown => cli::export_markdown(&doc, root, &mut out),
                ExportFormat::Html => cli::export_html(&doc, root, talk.as_ref(), &mut out),
            }
            .map(|_| exit::OK)
        }
        Some(Command::Check { .. } | Command::Completions { .. } | Command::Man) => {
            unreachable!("handled before loading")
        }
    };
    // The process ends now: handing a large library's nodes back to the allocator one by one
    // would take longer than printing them.
    std::mem::forget(doc);
    match code.and_then(|c| out.flush().map(|_| c)) {
        Ok(c) => Ok(c),
        // A closed pipe (`yijian tree | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(exit::OK),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

/// Help and version go out as clap writes them; an error echoes what the reader typed, which can
/// hold terminal controls, so it is printed plain and made visible.
fn argument_error(e: clap::Error) -> ExitCode {
    if e.use_stderr() {
        let text = yijian::text::clean(&e.render().to_string(), true);
        say_err(text.trim_end());
    } else {
        let _ = e.print();
    }
    ExitCode::from(e.exit_code() as u8)
}

/// A line on stderr. Unlike `eprintln!` it never panics: stderr may be a terminal that has just
/// gone away, and the exit code still tells what happened.
fn say_err(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

fn check(path: &std::path::Path) -> i32 {
    match model::load_path(path, &Limits::default()) {
        Ok(doc) => {
            let counts: Vec<String> = doc
                .kind_counts()
                .iter()
                .map(|(k, c)| format!("{c} {k}"))
                .collect();
            // A closed pipe is the reader's choice: nothing to report.
            let _ = writeln!(
                io::stdout(),
                "{}: ok — {} nodes ({})",
                yijian::text::visible(&path.display().to_string()),
                doc.len(),
                counts.join(", ")
            );
            // As in `run`: the process ends now, and freeing the nodes would only delay it.
            std::mem::forget(doc);
            exit::OK
        }
        Err(e) => {
            say_err(&e.to_string());
            exit::ERROR
        }
    }
}

fn yijian_tui(args: &Cli, doc: Arc<Document>) -> Result<i32, String> {
    let env = |k: &str| std::env::var(k).ok();
    // The state file keeps marks per document: the embedded one, or a file by its full path.
    let doc_key = match &args.file {
        Some(p) => std::fs::canonicalize(p)
            .unwrap_or_else(|_| p.clone())
            .display()
            .to_string(),
        None => "embedded".to_string(),
    };
    let mut session = session::prepare(args, doc, doc_key, env)?;
    if let Some(why) = terminal::unusable(env("TERM").as_deref()) {
        return Err(why);
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
    let mut term =
        terminal::init(on_signal).map_err(|e| format!("cannot set up the terminal: {e}"))?;
    let result = event_loop(&mut term, &mut session, &pending, link.as_mut());
    drop(link);
    terminal::restore();
    let saved = session.save();
    result.map_err(|e| format!("terminal error: {e}"))?;
    match saved {
        Ok(()) => Ok(exit::OK),
        Err(e) => {
            say_err(&format!("yijian: {e}"));
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
    while !session.app.quit {
        let mut measured = None;
        let (app, display) = (&session.app, &session.display);
        {
            let _drawing = terminal::output_lock();
            term.draw(|f| measured = Some(ui::draw(f, app, display, &mut view)))?;
        }
        if let Some(m) = measured {
            session.app.apply(m);
        }
        if let Some(l) = link.as_deref_mut() {
            l.publish(&session.app);
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
            Event::Mouse(m) => ui::mouse_action(m, &view, session.app.overlay != Overlay::None),
            _ => None,
        };
        if let Some(a) = action {
            if let Some(l) = link.as_deref_mut() {
                l.forward(&session.app, &a);
            }
            let before = session.app.selected;
            session.app.apply(a);
            if session.app.selected != before {
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
