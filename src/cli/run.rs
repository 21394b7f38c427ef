//! Running a command line: the scriptable subcommands, each to stdout with its exit code, and
//! the loading of the library the browser opens; how output and argument errors end.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::CommandFactory;

use super::open::{load, paths, words};
use super::session;
use super::{Cli, Command, ExportFormat, ShowFormat, exit};
use crate::library::{self, Library};
use crate::model::Limits;
use crate::search::Index;

/// What a command line comes to.
pub enum Outcome {
    /// A subcommand ran: exit with this code.
    Done(i32),
    /// No subcommand: browse `library`; `notes` says which files could not be opened and why
    /// (already said on stderr) and which opened with import warnings, for the browser to list.
    Browse {
        /// The documents opened.
        library: Arc<Library>,
        /// One note per file not opened or opened with warnings.
        notes: Vec<crate::app::FileNote>,
    },
}

/// Runs the subcommand `args` names; with none, opens the library for the browser, which is
/// `main`'s to run (it owns the terminal).
///
/// # Errors
///
/// A message for stderr (without the `yijian: ` prefix) when the config file named, an id, an
/// option or every file given is bad; the exit code is then [`exit::ERROR`].
pub fn run(args: &Cli) -> Result<Outcome, String> {
    // A config file named on the command line is checked whatever the subcommand, so that a
    // missing or mistaken file gives the same error everywhere (the browser reads it again).
    if let Some(path) = &args.config {
        crate::config::load(path, true).map_err(|e| (words(args).config_problem)(&e))?;
    }
    if let Some(command) = &args.command {
        let ignored = args.browser_options();
        if !ignored.is_empty() {
            return Err(format!(
                "{} {} for the browser; `yijian {}` does not take {}",
                ignored.join(", "),
                if ignored.len() == 1 { "is" } else { "are" },
                command.name(),
                if ignored.len() == 1 { "it" } else { "them" },
            ));
        }
    }
    match &args.command {
        Some(Command::Check { paths: given }) => {
            let all: Vec<PathBuf> = given.iter().cloned().chain(paths(args)).collect();
            return if all.is_empty() {
                Err("check needs a file: `yijian check PATH…` (or --file PATH)".into())
            } else {
                Ok(Outcome::Done(check(&all, words(args))))
            };
        }
        Some(Command::Import {
            file,
            output,
            force,
            encoding,
            dry_run,
        }) => {
            let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
            let (output, encoding) = (output.as_deref(), encoding.as_deref());
            let output = output.map(|path| super::import_cmd::Output {
                path,
                force: *force,
            });
            return Ok(Outcome::Done(super::import(
                file,
                output,
                encoding,
                *dry_run,
                words(args),
                &mut out,
                &mut err,
            )?));
        }
        // Both are made whole in memory (clap_complete panics on a failed write), then written
        // as every output is: a closed pipe ends them quietly.
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "yijian", &mut script);
            return written(io::stdout().lock().write_all(&script)).map(Outcome::Done);
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            super::man(&mut page).map_err(|e| format!("cannot write output: {e}"))?;
            return written(io::stdout().lock().write_all(&page)).map(Outcome::Done);
        }
        _ => {}
    }
    let (doc, notes) = load(args)?;
    let doc = Arc::new(doc);
    let stdout = io::stdout();
    // Whole documents go out in few writes.
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let code = match &args.command {
        None => {
            return Ok(Outcome::Browse {
                library: doc,
                notes,
            });
        }
        Some(Command::Tree { .. }) => super::tree(&doc, &mut out).map(|_| exit::OK),
        Some(Command::Show { id, lang, format }) => {
            let node = session::find(&doc, id, words(args))?;
            match format {
                ShowFormat::Text => super::show(&doc, node, *lang, words(args), &mut out),
                ShowFormat::Markdown => {
                    // Model text is already cleaned of controls at load time.
                    let md = crate::quote::markdown(&doc, node, *lang);
                    out.write_all(md.as_bytes())
                }
            }
            .map(|_| exit::OK)
        }
        Some(Command::Search { query, json, limit }) => {
            let index = Index::build(&doc);
            let query = query.join(" ");
            let code = super::search(
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
        Some(Command::Export {
            format, node, talk, ..
        }) => {
            // One subtree, or every document: a JSON list of roots when there are several.
            let roots: Vec<_> = match node {
                Some(id) => vec![session::find(&doc, id, words(args))?],
                None => doc.roots().collect(),
            };
            if talk.is_some() && *format != ExportFormat::Html {
                return Err("--talk goes with --format html (a handout of the talk)".into());
            }
            let talk = talk
                .as_deref()
                .map(|p| crate::talk::load(p, &doc))
                .transpose()?;
            match (format, roots.as_slice()) {
                (ExportFormat::Json, [root]) => super::export_json(&doc, *root, &mut out),
                (ExportFormat::Json, _) => super::export_json_list(&doc, &roots, &mut out),
                (ExportFormat::Markdown, _) => roots
                    .iter()
                    .try_for_each(|&root| super::export_markdown(&doc, root, &mut out)),
                // A handout is of one document: the one named, or the first.
                (ExportFormat::Html, _) => {
                    super::export_html(&doc, roots[0], talk.as_ref(), &mut out)
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
        Ok(c) => Ok(Outcome::Done(c)),
        Err(e) => written(Err(e)).map(Outcome::Done),
    }
}

/// What writing a command's output comes to: a closed pipe (`yijian tree | head`) is the reader's
/// choice, not an error; any other failure is.
pub fn written(result: io::Result<()>) -> Result<i32, String> {
    match result {
        Ok(()) => Ok(exit::OK),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(exit::OK),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

/// Help and version go out as clap writes them; an error echoes what the reader typed, which can
/// hold terminal controls, so it is printed plain and made visible.
pub fn argument_error(e: clap::Error) -> ExitCode {
    if e.use_stderr() {
        let text = crate::text::clean(&e.render().to_string(), true);
        say_err(text.trim_end());
    } else {
        let _ = e.print();
    }
    ExitCode::from(e.exit_code() as u8)
}

/// A line on stderr. Unlike `eprintln!` it never panics: stderr may be a terminal that has just
/// gone away, and the exit code still tells what happened.
pub fn say_err(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// `check`: a line for each good document, the problems of each bad file; 2 when any is bad.
fn check(paths: &[PathBuf], w: &crate::ui::Words) -> i32 {
    let opened = library::open_paths(paths, &Limits::default());
    if let Some(library) = &opened.library {
        for source in library.sources() {
            let counts: Vec<String> = library
                .kind_counts(source.root)
                .iter()
                .map(|(k, c)| format!("{k}: {c}"))
                .collect();
            // A closed pipe is the reader's choice: nothing to report.
            let _ = writeln!(
                io::stdout(),
                "{}: ok — {} nodes ({})",
                crate::text::visible(&source.name),
                source.last.0 - source.root.0 + 1,
                counts.join(", ")
            );
        }
    }
    for line in opened
        .warnings
        .iter()
        .flat_map(|x| x.lines(w.lang, w.import_warning))
    {
        say_err(&line);
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
