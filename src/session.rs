//! A browsing session put together from the command line, the config file and the state file:
//! which document position to start at, which languages, theme and keys, which slides; and, at
//! the end, what to remember. Files are read and written here; the terminal is `main`'s.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::{Action, App, Notice};
use crate::cli::{Cli, LangMode, ThemeName};
use crate::config::{self, Config};
use crate::model::{Document, NodeId};
use crate::state::{self, DocState, State};
use crate::text::visible;
use crate::ui::{self, Display, Glyphs, Theme};

pub struct Session {
    pub app: App,
    pub display: Display,
    /// Where state is kept, what it held, and this document's key in it; `None` with --no-state.
    state: Option<(PathBuf, State, String)>,
}

/// "no node has the id `x`", for every option that takes an id.
pub fn unknown_id(id: &str) -> String {
    format!(
        "no node has the id `{}` (see `yijian tree` for the ids)",
        visible(id)
    )
}

fn find(doc: &Document, id: &str) -> Result<NodeId, String> {
    doc.find(id).ok_or_else(|| unknown_id(id))
}

/// The talk's first and last slide from `--from` / `--to`; a node stands for its whole subtree.
fn slides(
    doc: &Document,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(NodeId, NodeId), String> {
    let first = from.map(|f| find(doc, f)).transpose()?;
    let last = to.map(|t| find(doc, t)).transpose()?;
    let range = match (first, last) {
        (Some(f), Some(l)) => (f, doc.subtree_end(l)),
        (Some(f), None) => (f, doc.subtree_end(f)),
        (None, Some(l)) => (doc.root(), doc.subtree_end(l)),
        (None, None) => (doc.root(), NodeId(doc.len() - 1)),
    };
    if range.1 < range.0 {
        return Err(format!(
            "--to `{}` comes before --from `{}` in the document",
            visible(to.unwrap_or_default()),
            visible(from.unwrap_or_default())
        ));
    }
    Ok(range)
}

/// Builds the session. `doc_key` names the document in the state file; `env` reads variables.
pub fn prepare(
    args: &Cli,
    doc: Arc<Document>,
    doc_key: String,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Session, String> {
    let config = match &args.config {
        Some(path) => config::load(path, true)?,
        None => match config::default_path(&env) {
            Some(path) => config::load(&path, false)?,
            None => Config::default(),
        },
    };
    let open = args.open.as_deref().map(|id| find(&doc, id)).transpose()?;
    let talk = slides(&doc, args.from.as_deref(), args.to.as_deref())?;
    let lang = args.lang.or(config.lang).unwrap_or(LangMode::Both);
    let theme = args.theme.or(config.theme).unwrap_or(ThemeName::Default);
    let ui_lang = args
        .ui_lang
        .or(config.ui_lang)
        .unwrap_or_else(|| ui::ui_lang_from_env(&env));
    let display = Display {
        theme: Theme::new(theme, env("NO_COLOR").is_some_and(|v| !v.is_empty())),
        words: ui::words(ui_lang),
        glyphs: Glyphs {
            ambiguous_wide: args.ambiguous_wide || config.ambiguous_wide.unwrap_or(false),
        },
    };

    let mut app = App::new(doc, lang);
    app.bindings = config.bindings()?;
    app.set_slides(talk.0, talk.1);

    let mut state = None;
    if !args.no_state
        && let Some(path) = state::default_path(&env)
    {
        let (saved, warning) = state::load(&path);
        let mine = saved.documents.get(&doc_key).cloned().unwrap_or_default();
        let marks: Vec<(char, String)> = mine.marks.into_iter().collect();
        app.restore_marks(&marks);
        let resume = mine.last.and_then(|id| app.doc.find(&id));
        if let (Some(id), None, None) = (resume, open, &args.search) {
            app.open_at(id);
        }
        if let Some(w) = warning {
            app.apply(Action::Notify(Notice::State(w)));
        }
        state = Some((path, saved, doc_key));
    }
    if let Some(id) = open {
        app.open_at(id);
    }
    if let Some(q) = &args.search {
        app.apply(Action::SearchOpen);
        for c in q.chars() {
            app.apply(Action::Input(c));
        }
        app.apply(Action::Submit);
    }
    if let Some(path) = &args.talk {
        app.talk = Some(crate::talk::load(path, &app.doc)?);
    }
    if args.present || args.presenter {
        if args.from.is_some() && args.open.is_none() {
            app.open_at(talk.0);
        }
        if let Some(first) = app.talk.as_ref().and_then(|t| t.slides.first())
            && args.open.is_none()
        {
            app.open_at(first.node);
        }
        app.start_presenting();
    }
    Ok(Session {
        app,
        display,
        state,
    })
}

impl Session {
    /// What the state file should hold now, and where: marks and the current position. `None`
    /// with --no-state.
    pub fn snapshot(&self) -> Option<(PathBuf, State)> {
        let (path, saved, key) = self.state.as_ref()?;
        let mut next = saved.clone();
        next.version = state::VERSION;
        next.documents.insert(
            key.clone(),
            DocState {
                last: Some(self.app.doc.node(self.app.selected).id.to_string()),
                marks: self.app.marks_by_id().into_iter().collect(),
            },
        );
        Some((path.clone(), next))
    }

    /// Writes marks and the current position; the error is a one-line message for the reader.
    pub fn save(&mut self) -> Result<(), String> {
        let Some((path, next)) = self.snapshot() else {
            return Ok(());
        };
        let result = write(&path, &next);
        if let Some((_, saved, _)) = &mut self.state {
            *saved = next;
        }
        result
    }
}

/// Writes a snapshot; the error is a one-line message naming the file.
pub fn write(path: &std::path::Path, state: &State) -> Result<(), String> {
    state::save(path, state)
        .map_err(|e| format!("cannot write {}: {e}", visible(&path.display().to_string())))
}
