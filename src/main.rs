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
use yijian::model::{self, FolderProblem, Library, Limits};
use yijian::search::Index;
use yijian::session::{self, Session};
use yijian::state::State;
use yijian::terminal;
use yijian::ui::{self, ViewState, Words};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return argument_error(e),
    };
    let code = match run(args) {
        Ok(code) => code,
        Err(message) => {
            say_err(&format!("yijian: {message}"));
            exit::ERROR
        }
    };
    ExitCode::from(code as u8)
}

/// The files and folders to open: the PATH arguments and every `--file`.
fn paths(args: &Cli) -> Vec<PathBuf> {
    args.paths.iter().chain(&args.file).cloned().collect()
}

/// The interface's words for messages before the browser starts: `--ui-lang`, else the locale.
fn words(args: &Cli) -> &'static Words {
    ui::words(
        args.ui_lang
            .unwrap_or_else(|| ui::ui_lang_from_env(|k| std::env::var(k).ok())),
    )
}

/// The library to work on: the embedded document, or every document the paths hold, with the
/// messages of the files that could not be opened (each also said on stderr; the others open).
/// A path that cannot be reached at all is said in the reader's language; what is wrong inside
/// a file (schema diagnostics, for the file's author) is said as `check` says it. `Err` when
/// nothing could be opened.
fn load(args: &Cli) -> Result<(Library, Vec<String>), String> {
    let paths = paths(args);
    if paths.is_empty() {
        let doc = model::load_embedded().map_err(|e| e.to_string())?;
        return Ok((Library::single(model::EMBEDDED_NAME, doc), Vec::new()));
    }
    let w = words(args);
    let mut messages = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let shown = yijian::text::visible(&path.display().to_string()).into_owned();
        match std::fs::metadata(&path) {
            Err(e) => messages.push((w.file_problem)(
                &shown,
                &(w.io_reason)(e.kind(), &e.to_string()),
            )),
            Ok(m) if m.is_dir() => match model::policy_files(&path) {
                Ok(found) => files.extend(found),
                Err(problem) => {
                    let why = match problem {
                        FolderProblem::Unreadable(kind, e) => (w.io_reason)(kind, &e),
                        FolderProblem::NoPolicyFiles => w.no_policy_files.to_string(),
                        FolderProblem::TooLarge => (w.folder_too_large)(model::MAX_ENTRIES),
                    };
                    messages.push((w.file_problem)(&shown, &why));
                }
            },
            Ok(_) => files.push(path),
        }
    }
    let opened = model::open_paths(&files, &Limits::default());
    // An imported document's numbering mistakes: it opened anyway.
    for w in &opened.warnings {
        say_err(&format!("yijian: {w}"));
    }
    messages.extend(opened.refused.iter().map(|e| e.to_string()));
    match opened.library {
        Some(library) => {
            for m in &messages {
                say_err(&format!("yijian: {m}"));
            }
            Ok((library, messages))
        }
        None => Err(messages.join("\nyijian: ")),
    }
}

fn run(args: Cli) -> Result<i32, String> {
    // A config file named on the command line is checked whatever the subcommand, so that a
    // missing or mistaken file gives the same error everywhere (the browser reads it again).
    if let Some(path) = &args.config {
        yijian::config::load(path, true)?;
    }
    match &args.command {
        Some(Command::Check { paths: given }) => {
            let all: Vec<PathBuf> = given.iter().cloned().chain(paths(&args)).collect();
            return if all.is_empty() {
                Err("check needs a file: `yijian check PATH…` (or --file PATH)".into())
            } else {
                Ok(check(&all))
            };
        }
        Some(Command::Import {
            file,
            output,
            encoding,
            dry_run,
        }) => {
            let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
            let (output, encoding) = (output.as_deref(), encoding.as_deref());
            return cli::import(file, output, encoding, *dry_run, &mut out, &mut err);
        }
        // Both are made whole in memory (clap_complete panics on a failed write), then written
        // as every output is: a closed pipe ends them quietly.
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "yijian", &mut script);
            return written(io::stdout().lock().write_all(&script));
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            cli::man(&mut page).map_err(|e| format!("cannot write output: {e}"))?;
            return written(io::stdout().lock().write_all(&page));
        }
        _ => {}
    }
    let (doc, refused) = load(&args)?;
    let doc = Arc::new(doc);
    let stdout = io::stdout();
    // Whole documents go out in few writes.
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let code = match &args.command {
        None => {
            drop(out);
            return yijian_tui(&args, doc, &refused);
        }
        Some(Command::Tree) => cli::tree(&doc, &mut out).map(|_| exit::OK),
        Some(Command::Show { id, lang, format }) => {
            let node = session::find(&doc, id, words(&args))?;
            match format {
                ShowFormat::Text => cli::show(&doc, node, *lang, words(&args), &mut out),
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
            let query = query.join(" ");
            let code = cli::search(
                &doc,
                &index,
                &query,
                *json,
                *limit,
                &mut out,
                &mut io::stderr(),
            );
            // As below: the process ends now.
            std::mem::forget(index);
            code
        }
        Some(Command::Export { format, node, talk }) => {
            // One subtree, or every document: a JSON list of roots when there are several.
            let roots: Vec<_> = match node {
                Some(id) => vec![session::find(&doc, id, words(&args))?],
                None => doc.roots().collect(),
            };
            if talk.is_some() && *format != ExportFormat::Html {
                return Err("--talk goes with --format html (a handout of the talk)".into());
            }
            let talk = talk
                .as_deref()
                .map(|p| yijian::talk::load(p, &doc))
                .transpose()?;
            match (format, roots.as_slice()) {
                (ExportFormat::Json, [root]) => cli::export_json(&doc, *root, &mut out),
                (ExportFormat::Json, _) => cli::export_json_list(&doc, &roots, &mut out),
                (ExportFormat::Markdown, _) => roots
                    .iter()
                    .try_for_each(|&root| cli::export_markdown(&doc, root, &mut out)),
                // A handout is of one document: the one named, or the first.
                (ExportFormat::Html, _) => {
                    cli::export_html(&doc, roots[0], talk.as_ref(), &mut out)
                }
            }
            .map(|_| exit::OK)
        }
        Some(
            Command::Check { .. }
            | Command::Completions { .. }
            | Command::Man
            | Command::Import { .. },
        ) => {
            unreachable!("handled before loading")
        }
    };
    match code.and_then(|c| out.flush().map(|_| c)) {
        Ok(c) => Ok(c),
        Err(e) => written(Err(e)),
    }
}

/// What writing a command's output comes to: a closed pipe (`yijian tree | head`) is the reader's
/// choice, not an error; any other failure is.
fn written(result: io::Result<()>) -> Result<i32, String> {
    match result {
        Ok(()) => Ok(exit::OK),
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

/// `check`: a line for each good document, the problems of each bad file; 2 when any is bad.
fn check(paths: &[PathBuf]) -> i32 {
    let opened = model::open_paths(paths, &Limits::default());
    if let Some(library) = &opened.library {
        for source in library.sources() {
            let counts: Vec<String> = library
                .kind_counts(source.root)
                .iter()
                .map(|(k, c)| format!("{c} {k}"))
                .collect();
            // A closed pipe is the reader's choice: nothing to report.
            let _ = writeln!(
                io::stdout(),
                "{}: ok — {} nodes ({})",
                yijian::text::visible(&source.name),
                source.last.0 - source.root.0 + 1,
                counts.join(", ")
            );
        }
    }
    for w in &opened.warnings {
        say_err(w);
    }
    for e in &opened.refused {
        say_err(&e.to_string());
    }
    if opened.refused.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    }
}

fn yijian_tui(args: &Cli, doc: Arc<Library>, refused: &[String]) -> Result<i32, String> {
    let env = |k: &str| std::env::var(k).ok();
    // The state file keeps marks per library: the embedded document, or the files opened, by
    // their full paths.
    let doc_key = if doc.sources().len() == 1 && doc.sources()[0].name == model::EMBEDDED_NAME {
        "embedded".to_string()
    } else {
        let mut names: Vec<String> = doc
            .sources()
            .iter()
            .map(|s| {
                std::fs::canonicalize(&s.name)
                    .map_or_else(|_| s.name.clone(), |p| p.display().to_string())
            })
            .collect();
        names.sort();
        names.join("\n")
    };
    let mut session = session::prepare(args, doc, doc_key, env)?;
    let w = session.display.words;
    if !refused.is_empty() {
        session
            .app
            .apply(Action::Notify(Notice::Refused(refused.join("; "))));
    }
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
