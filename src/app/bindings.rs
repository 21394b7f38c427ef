//! The browsing mode's command keys, which a config file may change. Movement keys (arrows,
//! h/j/k/l, PgUp/PgDn, Home/End, Enter, Space, digits, Esc) are fixed so that the browser can
//! always be driven; the letters and symbols that start commands can be rebound.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyModifiers};

use super::Action;

/// A command a key can be bound to, by the name a config file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Leave the program (`q`).
    Quit,
    /// Open or close the help (`?`, F1).
    Help,
    /// Open the search box (`/`).
    Search,
    /// Open the go-to box (`:`).
    GoTo,
    /// Go to the next search hit (`n`).
    NextHit,
    /// Go to the previous search hit (`N`).
    PrevHit,
    /// Show only the matches in the outline, or everything (`f`).
    Filter,
    /// Cycle the document language: both, Chinese, English (`t`).
    Language,
    /// Enter or leave presentation mode (`p`).
    Present,
    /// Open or close the comparison of the cluster groups (`c`).
    Compare,
    /// Copy the node's text (`y`).
    Copy,
    /// Copy the node as Markdown with breadcrumb and citation (`Y`).
    CopyMarkdown,
    /// Set a mark; the next letter names it (`m`).
    Mark,
    /// Jump to a mark; the next letter names it (`'`, `` ` ``).
    JumpToMark,
    /// Go back to the node before the last jump (Backspace, Ctrl-O).
    Back,
    /// Move the focus between outline and detail (Tab, Shift-Tab).
    Focus,
    /// Open the list of search results (`r`).
    Results,
    /// Show the hits in rank order or document order (`o`).
    HitOrder,
    /// Expand every node (`*`).
    ExpandAll,
    /// Collapse every node (`-`).
    CollapseAll,
    /// Expand the selected node and everything below it (`O`).
    ExpandSubtree,
    /// Collapse the outline down to the selected node's level (`C`).
    CollapseToLevel,
    /// Start a fold command; the next key says which (`z`).
    Fold,
    /// Move the split left: a narrower outline (`<`).
    NarrowOutline,
    /// Move the split right: a wider outline (`>`).
    WidenOutline,
    /// List the files not opened, or opened with import warnings (`!`).
    Files,
}

/// Every command with its config name and default keys.
const TABLE: &[(Command, &str, &[&str])] = &[
    (Command::Quit, "quit", &["q"]),
    (Command::Help, "help", &["?", "F1"]),
    (Command::Search, "search", &["/"]),
    (Command::GoTo, "goto", &[":"]),
    (Command::NextHit, "next_hit", &["n"]),
    (Command::PrevHit, "prev_hit", &["N"]),
    (Command::Filter, "filter", &["f"]),
    (Command::Language, "language", &["t"]),
    (Command::Present, "present", &["p"]),
    (Command::Compare, "compare", &["c"]),
    (Command::Copy, "copy", &["y"]),
    (Command::CopyMarkdown, "copy_markdown", &["Y"]),
    (Command::Mark, "mark", &["m"]),
    (Command::JumpToMark, "jump_to_mark", &["'", "`"]),
    (Command::Back, "back", &["Backspace", "Ctrl-O"]),
    (Command::Focus, "focus", &["Tab", "BackTab"]),
    (Command::Results, "results", &["r"]),
    (Command::HitOrder, "hit_order", &["o"]),
    (Command::ExpandAll, "expand_all", &["*"]),
    (Command::CollapseAll, "collapse_all", &["-"]),
    (Command::ExpandSubtree, "expand_subtree", &["O"]),
    (Command::CollapseToLevel, "collapse_to_level", &["C"]),
    (Command::Fold, "fold", &["z"]),
    (Command::NarrowOutline, "narrow_outline", &["<"]),
    (Command::WidenOutline, "widen_outline", &[">"]),
    (Command::Files, "files", &["!"]),
];

impl Command {
    /// The name a config file uses.
    pub fn name(self) -> &'static str {
        TABLE
            .iter()
            .find(|(c, _, _)| *c == self)
            .map_or("", |(_, n, _)| n)
    }

    /// The keys bound to this command when no config file changes them.
    pub fn default_keys(self) -> Vec<Key> {
        TABLE
            .iter()
            .filter(|(c, _, _)| *c == self)
            .flat_map(|(_, _, keys)| {
                keys.iter()
                    .map(|k| parse_key(k).expect("default keys parse"))
            })
            .collect()
    }

    /// Every command, in the order of the bindings table.
    pub fn all() -> impl Iterator<Item = Command> {
        TABLE.iter().map(|(c, _, _)| *c)
    }

    /// Every command's config-file name (`quit`, `next_hit`, …), in the same order as [`Command::all`].
    pub fn names() -> impl Iterator<Item = &'static str> {
        TABLE.iter().map(|(_, name, _)| *name)
    }

    /// The command a config file names, or `None` for a name no command has.
    pub fn from_name(name: &str) -> Option<Command> {
        TABLE
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(c, _, _)| *c)
    }

    /// The action the command's key produces in the browsing mode.
    pub fn action(self) -> Action {
        match self {
            Command::Quit => Action::Quit,
            Command::Help => Action::ToggleHelp,
            Command::Search => Action::SearchOpen,
            Command::GoTo => Action::GoToOpen,
            Command::NextHit => Action::NextHit,
            Command::PrevHit => Action::PrevHit,
            Command::Filter => Action::ToggleFilter,
            Command::Language => Action::CycleLang,
            Command::Present => Action::TogglePresent,
            Command::Compare => Action::ToggleCompare,
            Command::Copy => Action::Copy,
            Command::CopyMarkdown => Action::CopyMarkdown,
            Command::Mark => Action::MarkPrefix,
            Command::JumpToMark => Action::JumpPrefix,
            Command::Back => Action::Back,
            Command::Focus => Action::SwitchFocus,
            Command::Results => Action::ResultsOpen,
            Command::HitOrder => Action::ToggleOrder,
            Command::ExpandAll => Action::ExpandAll,
            Command::CollapseAll => Action::CollapseAll,
            Command::ExpandSubtree => Action::ExpandSubtree,
            Command::CollapseToLevel => Action::CollapseToLevel,
            Command::Fold => Action::FoldPrefix,
            Command::NarrowOutline => Action::MoveSplit(-SPLIT_STEP),
            Command::WidenOutline => Action::MoveSplit(SPLIT_STEP),
            Command::Files => Action::ToggleFiles,
        }
    }
}

/// How far `<` and `>` move the split, in tenths of a percent of the screen (5%).
pub const SPLIT_STEP: i16 = 50;

/// A key as the bindings see it: the code and whether Ctrl was held.
pub type Key = (KeyCode, bool);

/// What a fixed key does, if `key` is one (see [`super::keymap::fixed`]); such a key cannot be
/// bound to a command.
pub fn fixed_action(key: Key) -> Option<Action> {
    match key {
        (KeyCode::Char(c), true) if !matches!(c, 'c' | 'q' | 'u' | 'd') => None,
        (code, ctrl) => super::keymap::fixed(code, ctrl),
    }
}

/// The name a config file uses for `key` (as [`parse_key`] reads it).
pub fn key_name((code, ctrl): Key) -> String {
    let name = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if ctrl {
        format!("Ctrl-{}", name.to_uppercase())
    } else {
        name
    }
}

/// Reads a key as written in a config file: `x`, `Ctrl-x`, `F1`…`F12`, `Tab`, `BackTab`,
/// `Backspace`, `Space`, `Enter`, `Home`, `End`.
pub fn parse_key(s: &str) -> Option<Key> {
    if let Some(rest) = s.strip_prefix("Ctrl-") {
        let mut chars = rest.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => {
                Some((KeyCode::Char(c.to_ascii_lowercase()), true))
            }
            _ => None,
        };
    }
    let code = match s {
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Backspace" => KeyCode::Backspace,
        "Space" => KeyCode::Char(' '),
        "Enter" => KeyCode::Enter,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        _ if s.starts_with('F') && s.len() > 1 => {
            let n: u8 = s[1..].parse().ok()?;
            (1..=12).contains(&n).then_some(KeyCode::F(n))?
        }
        _ => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => KeyCode::Char(c),
                _ => return None,
            }
        }
    };
    Some((code, false))
}

/// Which command each key starts in the browsing mode: the defaults of every command, with
/// the rebindings of the config file applied. A key starts at most one command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bindings {
    keys: HashMap<Key, Command>,
}

impl Default for Bindings {
    fn default() -> Self {
        let mut keys = HashMap::new();
        for (cmd, _, defaults) in TABLE {
            for k in *defaults {
                keys.insert(parse_key(k).expect("default keys parse"), *cmd);
            }
        }
        Bindings { keys }
    }
}

impl Bindings {
    /// Binds `keys` to `cmd` instead of its defaults; a key taken from another command moves.
    pub fn rebind(&mut self, cmd: Command, keys: &[Key]) {
        self.keys.retain(|_, c| *c != cmd);
        for k in keys {
            self.keys.insert(*k, cmd);
        }
    }

    /// The command bound to this key, or `None`. Ctrl with a letter is matched case-blind
    /// (terminals differ in what they send); other modifiers than Ctrl are ignored.
    pub fn command(&self, code: KeyCode, modifiers: KeyModifiers) -> Option<Command> {
        let ctrl = modifiers.contains(KeyModifiers::CONTROL);
        let code = match code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        self.keys.get(&(code, ctrl)).copied()
    }

    /// The keys bound to `cmd`, as the help and footer show them.
    pub fn keys_for(&self, cmd: Command) -> Vec<String> {
        let mut out: Vec<String> = self
            .keys
            .iter()
            .filter(|(_, c)| **c == cmd)
            .map(|(key, _)| key_name(*key))
            .collect();
        out.sort_by_key(|k| (k.len(), k.clone()));
        out
    }
}
