//! The config file's `keys:` section checked as a reader would want: every value must be a key
//! (a YAML number, yes/no or empty value is named as what it was read as), no key may be bound to
//! two commands, and the fixed movement keys cannot be taken; each mistake names the file, the
//! line and the key (`keys.search`).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde_yaml::Value;

use crate::app::{Action, Bindings, Command, Key, fixed_action, key_name, parse_key};
use crate::text::visible;

/// Checks `keys` and builds the bindings. `source` is the file's path and text, for line numbers.
pub fn bindings(
    keys: &BTreeMap<String, Value>,
    source: Option<&(PathBuf, String)>,
) -> Result<Bindings, String> {
    let error = |name: &str, msg: String| {
        let Some((path, text)) = source else {
            return format!("keys.{}: {msg}", visible(name));
        };
        let line = key_line(text, name)
            .map(|l| format!(":{l}"))
            .unwrap_or_default();
        format!(
            "{}{line}: keys.{}: {msg}",
            visible(&path.display().to_string()),
            visible(name)
        )
    };
    let mut chosen: Vec<(Command, Vec<Key>)> = Vec::new();
    for (name, value) in keys {
        let cmd = Command::from_name(name).ok_or_else(|| error(name, unknown_command(name)))?;
        let line = source.and_then(|(_, text)| key_line(text, name));
        let raw = source
            .zip(line)
            .map(|((_, text), l)| text.lines().nth(l - 1).unwrap_or(""));
        let mut parsed = Vec::new();
        for v in values(value) {
            parsed.push(key_of(v, raw).map_err(|m| error(name, m))?);
        }
        if let Some(&k) = parsed.iter().find(|&&k| fixed_action(k).is_some()) {
            return Err(error(
                name,
                format!(
                    "`{}` is a fixed key ({}) and cannot be bound to `{name}`; choose another key",
                    visible(&key_name(k)),
                    what_it_does(fixed_action(k).expect("checked"))
                ),
            ));
        }
        chosen.push((cmd, parsed));
    }
    // Every command's keys after the file: its own list, or its defaults.
    let mut owner: HashMap<Key, Command> = HashMap::new();
    let from_file = |c: Command| {
        chosen
            .iter()
            .find(|(cc, _)| *cc == c)
            .map(|(_, k)| k.clone())
    };
    // Commands the file names are checked last, so the message lands on the file's line.
    let order = Command::all()
        .filter(|&c| from_file(c).is_none())
        .chain(chosen.iter().map(|(c, _)| *c));
    for cmd in order {
        let own = from_file(cmd);
        for k in own.clone().unwrap_or_else(|| cmd.default_keys()) {
            if let Some(&other) = owner.get(&k).filter(|&&o| o != cmd) {
                let (k, a, b) = (visible(&key_name(k)).into_owned(), other.name(), cmd.name());
                let msg = if from_file(other).is_some() {
                    format!("`{k}` is bound to both `{a}` and `{b}`; give one of them another key")
                } else {
                    format!(
                        "`{k}` is already `{a}`'s key by default; bind `{a}` to another key too, \
                         or choose another key for `{b}`"
                    )
                };
                return Err(error(b, msg));
            }
            owner.insert(k, cmd);
        }
    }
    let mut b = Bindings::default();
    for (cmd, ks) in &chosen {
        b.rebind(*cmd, ks);
    }
    Ok(b)
}

/// What a fixed key does, in the README's words.
fn what_it_does(a: Action) -> String {
    match a {
        Action::Up => "it moves up".into(),
        Action::Down => "it moves down".into(),
        Action::Left => "it collapses, or goes to the parent".into(),
        Action::Right => "it expands, or goes to the first child".into(),
        Action::Enter => "it goes into the node".into(),
        Action::ToggleOpen => "it expands or collapses".into(),
        Action::PageUp | Action::PageDown => "it moves a page".into(),
        Action::First | Action::Last => "it goes to the first or last row".into(),
        Action::Section(n) => format!("it jumps to section {n}"),
        Action::Escape => "it closes what is open".into(),
        Action::Quit => "it quits".into(),
        other => format!("{other:?}"),
    }
}

fn unknown_command(name: &str) -> String {
    let hint = Command::names()
        .map(|n| (strsim::levenshtein(name, n), n))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, n)| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    let all: Vec<&str> = Command::names().collect();
    format!("unknown command{hint}; commands: {}", all.join(", "))
}

/// One value, or each of a list.
fn values(v: &Value) -> Vec<&Value> {
    match v {
        Value::Sequence(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// The key a value names, or what is wrong with it in words. `raw` is the value's line as written.
fn key_of(v: &Value, raw: Option<&str>) -> Result<Key, String> {
    const KEYS: &str = "write a character, Ctrl-x, F1…F12, Tab, BackTab, Backspace, Home or End";
    match v {
        Value::String(s) => {
            parse_key(s).ok_or_else(|| format!("`{}` is not a key ({KEYS})", visible(s)))
        }
        Value::Null => {
            let after = raw
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim_start());
            if after.is_some_and(|v| v.starts_with('#') || v.contains(" #")) {
                Err(
                    "no key given: `#` starts a comment in YAML, so the rest of the line is \
                     ignored; write \"#\" to bind the # key"
                        .into(),
                )
            } else {
                Err(format!("no key given ({KEYS})"))
            }
        }
        Value::Number(n) => Err(format!(
            "`{n}` is read as a number; write \"{n}\" in quotes to bind that key"
        )),
        Value::Bool(b) => Err(format!(
            "`{b}` is read as yes/no; write the key in quotes (\"{b}\" is not a key: {KEYS})"
        )),
        Value::Sequence(_) | Value::Mapping(_) | Value::Tagged(_) => {
            Err(format!("write one key or a list of keys ({KEYS})"))
        }
    }
}

/// The 1-based line where `name:` is written under `keys:` (block or flow style).
fn key_line(text: &str, name: &str) -> Option<usize> {
    let mut under_keys = false;
    for (i, line) in text.lines().enumerate() {
        let top = !line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if top {
            under_keys = line.starts_with("keys:");
        }
        if (under_keys || line.starts_with("keys:")) && names_key(line, name) {
            return Some(i + 1);
        }
    }
    None
}

/// Whether `line` has `name:` (quoted or not) as a mapping key.
fn names_key(line: &str, name: &str) -> bool {
    let mut rest = line;
    while let Some(p) = rest.find(name) {
        let before = rest[..p].trim_end_matches(['"', '\'']);
        let after = rest[p + name.len()..].trim_start_matches(['"', '\'']);
        let starts = before.is_empty()
            || before.ends_with([' ', '\t', '{', ','])
            || before.ends_with("keys:");
        if starts && after.trim_start().starts_with(':') {
            return true;
        }
        rest = &rest[p + name.len()..];
    }
    false
}

/// The dotted key written on a 1-based line (`keys.help`, `theme`), if any.
pub fn path_at(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)?)?;
    let key = |l: &str| {
        let l = l.trim_start().trim_start_matches('{').trim_start();
        l.split_once(':')
            .map(|(k, _)| k.trim().trim_matches(['"', '\'']).to_string())
            .filter(|k| !k.is_empty() && !k.contains([' ', '{', '[']))
    };
    if !here.starts_with([' ', '\t']) {
        // A flow mapping on the top line: `keys: {filter: #}`.
        let (top, rest) = here.split_once(':')?;
        let inner = rest.trim_start().strip_prefix('{').and_then(key);
        return Some(match inner {
            Some(k) => format!("{}.{k}", top.trim()),
            None => top.trim().to_string(),
        });
    }
    let parent = lines[..line - 1]
        .iter()
        .rev()
        .find(|l| !l.starts_with([' ', '\t']) && !l.trim().is_empty())
        .and_then(|l| key(l));
    match (parent, key(here)) {
        (Some(p), Some(k)) => Some(format!("{p}.{k}")),
        (p, k) => p.or(k),
    }
}

/// The first line where a `#` after `key:` inside a flow mapping or list (`{filter: #}`) made the
/// rest of the line a comment, taking the closing bracket with it.
pub fn comment_in_flow(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.contains(['{', '['])
                && [": #", ":#", "[#", ", #", "[ #"]
                    .iter()
                    .any(|p| l.find(p).is_some_and(|i| l[i..].contains(['}', ']'])))
        })
        .map(|i| i + 1)
}

/// A character YAML reserves (`?`, `@`, `` ` ``, `%`, `!`, `&`, `*`, `|`, `>`) written bare as the
/// value on a 1-based line; the reason a parse of that line failed.
pub fn bare_indicator(text: &str, line: usize) -> Option<char> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (_, value) = l.rsplit_once(':')?;
    let v = value.trim().trim_end_matches('}').trim();
    let mut chars = v.chars();
    let c = chars.next()?;
    (chars.next().is_none() && "?@`%!&*|>".contains(c)).then_some(c)
}
