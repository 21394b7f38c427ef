//! Entry point: parses arguments, loads the document, and runs a subcommand or the browser.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use yijian::cli::{self, Cli, Command, ExportFormat, exit};
use yijian::model::{self, Document, Limits};
use yijian::search::Index;

fn main() -> ExitCode {
    let args = Cli::parse();
    let code = match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("yijian: {message}");
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
    if let Some(Command::Check { path }) = &args.command {
        return Ok(check(path));
    }
    let doc = load(&args)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let code = match &args.command {
        None => {
            drop(out);
            return yijian_tui(&args, doc);
        }
        Some(Command::Tree) => cli::tree(&doc, &mut out).map(|_| exit::OK),
        Some(Command::Show { id, lang }) => {
            let node = doc.find(id).ok_or_else(|| unknown_id(id))?;
            cli::show(&doc, node, *lang, &mut out).map(|_| exit::OK)
        }
        Some(Command::Search { query, json, limit }) => {
            let index = Index::build(&doc);
            cli::search(&doc, &index, query, *json, *limit, &mut out)
        }
        Some(Command::Export { format }) => match format {
            ExportFormat::Json => cli::export_json(&doc, &mut out),
            ExportFormat::Markdown => cli::export_markdown(&doc, &mut out),
        }
        .map(|_| exit::OK),
        Some(Command::Check { .. }) => unreachable!("handled above"),
    };
    match code.and_then(|c| out.flush().map(|_| c)) {
        Ok(c) => Ok(c),
        // A closed pipe (`yijian tree | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(exit::OK),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

fn unknown_id(id: &str) -> String {
    format!(
        "no node has the id `{}` (see `yijian tree` for the ids)",
        yijian::text::visible(id)
    )
}

fn check(path: &std::path::Path) -> i32 {
    match model::load_path(path, &Limits::default()) {
        Ok(doc) => {
            let counts: Vec<String> = doc
                .kind_counts()
                .iter()
                .map(|(k, c)| format!("{c} {k}"))
                .collect();
            println!(
                "{}: ok — {} nodes ({})",
                yijian::text::visible(&path.display().to_string()),
                doc.len(),
                counts.join(", ")
            );
            exit::OK
        }
        Err(e) => {
            eprintln!("{e}");
            exit::ERROR
        }
    }
}

fn yijian_tui(_args: &Cli, _doc: Document) -> Result<i32, String> {
    Err("the interactive browser is not built yet; try `yijian --help`".into())
}
