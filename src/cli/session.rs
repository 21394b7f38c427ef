//! A browsing session put together from the command line, the config file and the state file:
//! which document position to start at, which languages, theme and keys, which slides; and, at
//! the end, what to remember. Files are read and written here; the terminal is `main`'s.

use std::path::PathBuf;
use std::sync::Arc;

use super::Cli;
use crate::app::{Action, App, Notice};
use crate::config::{self, Config};
use crate::library::{Library, Lookup};
use crate::model::NodeId;
use crate::prefs::{LangMode, ThemeName};
use crate::state::{self, DocState, State};
use crate::text::visible;
use crate::ui::{self, Display, Glyphs, Theme, Words};

/// A browsing session: the app state, how it is drawn, and where its state is kept.
pub struct Session {
    /// The app state, changed only through actions.
    pub app: App,
    /// Theme, words and glyphs for drawing.
    pub display: Display,
    /// Where state is kept, what it held, and this document's key in it; `None` with --no-state.
    state: Option<(PathBuf, State, String)>,
}

/// The key of `doc`'s marks and position in the state file: `embedded` for the embedded
/// document, else the full paths of the files opened (as given when a path cannot be resolved),
/// sorted, one a line, so that the same files opened in any order share their state.
pub fn library_key(doc: &Library) -> String {
    if doc.sources().len() == 1 && doc.sources()[0].name == crate::model::EMBEDDED_NAME {
        return "embedded".to_string();
    }
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
}

/// "no node has the id `x`; did you mean `y`?", for every option that takes an id, in the
/// interface language.
pub fn unknown_id(doc: &Library, id: &str, w: &Words) -> String {
    let near = nearest_ids(doc, id);
    let hint = if near.is_empty() {
        String::new()
    } else {
        (w.did_you_mean)(&near)
    };
    (w.unknown_id)(&visible(id), &hint)
}

/// The ids closest to `id` by edit distance, ignoring case (a typo, a wrong number, a capital
/// letter), at most three, all equally close; none when nothing is within a third of the id's
/// length of it. Ids are written as they name the node (`DOC:ID` where the id is shared).
pub fn nearest_ids(doc: &Library, id: &str) -> Vec<String> {
    let wanted = id.to_lowercase();
    let reach = (wanted.chars().count() / 3).max(1);
    let mut near: Vec<(usize, usize, String)> = doc
        .ids()
        .map(|i| doc.qualified_id(i))
        .filter_map(|cand| {
            let d = strsim::levenshtein(&wanted, &cand.to_lowercase());
            (d <= reach).then_some((d, cand.len().abs_diff(id.len()), cand))
        })
        .collect();
    near.sort();
    let best = near.first().map(|n| n.0);
    near.into_iter()
        .take_while(|n| Some(n.0) == best)
        .take(3)
        .map(|(_, _, c)| c)
        .collect()
}

/// The node `id` (or `DOC:ID`) names; the error, in the interface language, suggests the
/// nearest ids or says which documents share an ambiguous one.
pub fn find(doc: &Library, id: &str, w: &Words) -> Result<NodeId, String> {
    match doc.lookup(id) {
        Lookup::Found(n) => Ok(n),
        Lookup::Missing => Err(unknown_id(doc, id, w)),
        Lookup::Ambiguous(nodes) => {
            let choices: Vec<String> = nodes
                .iter()
                .map(|&n| format!("{}:{id}", doc.node(doc.root_of(n)).id))
                .collect();
            Err((w.ambiguous_id)(&visible(id), &choices))
        }
    }
}

/// The talk's first and last slide from `--from` / `--to`; a node stands for its whole subtree.
fn slides(
    doc: &Library,
    from: Option<&str>,
    to: Option<&str>,
    w: &Words,
) -> Result<(NodeId, NodeId), String> {
    let first = from.map(|f| find(doc, f, w)).transpose()?;
    let last = to.map(|t| find(doc, t, w)).transpose()?;
    let range = match (first, last) {
        (Some(f), Some(l)) => (f, doc.subtree_end(l)),
        (Some(f), None) => (f, doc.subtree_end(f)),
        (None, Some(l)) => (doc.root_of(l), doc.subtree_end(l)),
        (None, None) => {
            let first = &doc.sources()[0];
            (first.root, first.last)
        }
    };
    if range.1 < range.0 {
        return Err((w.to_before_from)(
            &visible(to.unwrap_or_default()),
            &visible(from.unwrap_or_default()),
        ));
    }
    Ok(range)
}

/// Builds the session. `doc_key` names the document in the state file; `env` reads variables.
pub fn prepare(
    args: &Cli,
    doc: Arc<Library>,
    doc_key: String,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Session, String> {
    // Until the config file is read, the interface language is the option's or the locale's.
    let early = ui::words(args.ui_lang.unwrap_or_else(|| ui::ui_lang_from_env(&env)));
    let config = match &args.config {
        Some(path) => config::load(path, true),
        None => match config::default_path(&env) {
            Some(path) => config::load(&path, false),
            None => Ok(Config::default()),
        },
    }
    .map_err(|e| (early.config_problem)(&e))?;
    let ui_lang = args
        .ui_lang
        .or(config.ui_lang)
        .unwrap_or_else(|| ui::ui_lang_from_env(&env));
    let w = ui::words(ui_lang);
    let open = args
        .open
        .as_deref()
        .map(|id| find(&doc, id, w))
        .transpose()?;
    let talk = slides(&doc, args.from.as_deref(), args.to.as_deref(), w)?;
    let lang = args.lang.or(config.lang).unwrap_or(LangMode::Both);
    let theme = args.theme.or(config.theme).unwrap_or(ThemeName::Default);
    let display = Display {
        theme: Theme::new(theme, env("NO_COLOR").is_some_and(|v| !v.is_empty())),
        words: w,
        glyphs: Glyphs {
            ambiguous_wide: args.ambiguous_wide || config.ambiguous_wide.unwrap_or(false),
        },
    };

    let mut app = App::new(doc, lang);
    app.set_bindings(config.bindings().map_err(|e| (w.config_problem)(&e))?);
    app.set_slides(talk.0, talk.1);

    let mut state = None;
    if !args.no_state
        && let Some(path) = state::default_path(&env)
    {
        let (saved, warning) = state::load(&path);
        let mine = saved.documents.get(&doc_key).cloned().unwrap_or_default();
        let marks: Vec<(char, String)> = mine.marks.into_iter().collect();
        app.restore_marks(&marks);
        app.set_split(saved.split.unwrap_or(0));
        let resume = mine.last.and_then(|id| app.doc().find(&id));
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
        app.apply(Action::Paste(q.clone()));
        app.apply(Action::Submit);
    }
    if let Some(path) = &args.talk {
        let talk = crate::talk::load(path, app.doc())?;
        app.set_talk(talk);
    }
    if args.present || args.presenter {
        if args.from.is_some() && args.open.is_none() {
            app.open_at(talk.0);
        }
        if let Some(first) = app.talk().and_then(|t| t.slides.first())
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
        next.split = (self.app.split() != 0).then_some(self.app.split());
        next.documents.insert(
            key.clone(),
            DocState {
                last: Some(self.app.doc().qualified_id(self.app.selected())),
                marks: self.app.marks_by_id().into_iter().collect(),
            },
        );
        Some((path.clone(), next))
    }

    /// Writes marks and the current position.
    pub fn save(&mut self) -> Result<(), state::Warning> {
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

/// Writes a snapshot; the error names the file.
pub fn write(path: &std::path::Path, state: &State) -> Result<(), state::Warning> {
    state::save(path, state).map_err(|e| state::Warning::Unwritable {
        path: path.to_path_buf(),
        kind: e.kind(),
        error: e.to_string(),
    })
}
