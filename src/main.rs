//! Entry point: parses arguments, loads the document, and runs a subcommand or the browser.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crossterm::event::{self, Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use yijian::app::{Action, App, keymap};
use yijian::cli::{self, Cli, Command, ExportFormat, exit};
use yijian::model::{self, Document, Limits};
use yijian::search::Index;
use yijian::terminal;
use yijian::ui::{self, Display, Glyphs, Theme, ViewState};

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

fn yijian_tui(args: &Cli, doc: Document) -> Result<i32, String> {
    let start = match &args.open {
        Some(id) => Some(doc.find(id).ok_or_else(|| unknown_id(id))?),
        None => None,
    };
    if let Some(why) = terminal::unusable(std::env::var("TERM").ok().as_deref()) {
        return Err(why);
    }
    let mut app = App::new(doc, args.lang);
    if let Some(id) = start {
        app.open_at(id);
    }
    if let Some(q) = &args.search {
        app.apply(Action::SearchOpen);
        for c in q.chars() {
            app.apply(Action::SearchInput(c));
        }
        app.apply(Action::SearchSubmit);
    }
    let env = |k: &str| std::env::var(k).ok();
    let ui_lang = args.ui_lang.unwrap_or_else(|| ui::ui_lang_from_env(env));
    let display = Display {
        theme: Theme::new(args.theme, env("NO_COLOR").is_some_and(|v| !v.is_empty())),
        words: ui::words(ui_lang),
        glyphs: Glyphs {
            ambiguous_wide: args.ambiguous_wide,
        },
    };
    let mut term = terminal::init().map_err(|e| format!("cannot set up the terminal: {e}"))?;
    let result = event_loop(&mut term, &mut app, &display);
    terminal::restore();
    result
        .map(|_| exit::OK)
        .map_err(|e| format!("terminal error: {e}"))
}

fn event_loop(term: &mut terminal::Term, app: &mut App, display: &Display) -> io::Result<()> {
    let mut view = ViewState::default();
    while !app.quit {
        let mut measured = None;
        term.draw(|f| measured = Some(ui::draw(f, app, display, &mut view)))?;
        if let Some(m) = measured {
            app.apply(m);
        }
        // Blocks until something happens: an idle browser uses no CPU.
        let action = match event::read()? {
            Event::Key(key) => keymap::action_for(app, key),
            Event::Mouse(m) => mouse_action(m, &view),
            _ => None,
        };
        if let Some(a) = action {
            app.apply(a);
        }
    }
    Ok(())
}

fn mouse_action(m: MouseEvent, view: &ViewState) -> Option<Action> {
    let pos = Position::new(m.column, m.row);
    let in_tree = view.tree_area.contains(pos);
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) if in_tree => {
            let id = *view.tree.rendered_at(pos)?.last()?;
            (id.0 != usize::MAX).then_some(Action::Click(id))
        }
        MouseEventKind::ScrollDown if in_tree => Some(Action::ScrollTree(3)),
        MouseEventKind::ScrollUp if in_tree => Some(Action::ScrollTree(-3)),
        MouseEventKind::ScrollDown if view.detail_area.contains(pos) => {
            Some(Action::ScrollDetail(3))
        }
        MouseEventKind::ScrollUp if view.detail_area.contains(pos) => {
            Some(Action::ScrollDetail(-3))
        }
        _ => None,
    }
}
