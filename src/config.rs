//! The reader's defaults: a YAML file in the platform's config directory
//! (`$XDG_CONFIG_HOME/yijian/config.yaml`, else `~/.config/yijian/config.yaml`) setting the theme,
//! the language mode, the interface language and key overrides. Command-line options win over it.
//! A bad file is an error naming the file, the line and the key (`keys.filter`) and saying in
//! words what is wrong — never silently ignored, never the YAML parser's jargon alone.

mod keys;

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::Bindings;
use crate::prefs::{LangMode, ThemeName, UiLang};
use crate::text::visible;

/// The config file's settings; each is `None` when the file does not set it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The colour theme.
    pub theme: Option<ThemeName>,
    /// The languages of the text at start.
    pub lang: Option<LangMode>,
    /// The language of the interface's own words.
    pub ui_lang: Option<UiLang>,
    /// Whether the terminal draws ambiguous-width characters two cells wide.
    pub ambiguous_wide: Option<bool>,
    /// Command name → one key or a list of keys, as written (checked by [`Config::bindings`], which
    /// can then say what a value that is not a key was read as).
    #[serde(default)]
    pub keys: BTreeMap<String, serde_yaml::Value>,
    /// Read back from the file for error messages; not a setting.
    #[serde(skip)]
    source: Option<(PathBuf, String)>,
}

/// The config file's usual place.
pub fn default_path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    crate::dirs::xdg_file(env, "XDG_CONFIG_HOME", ".config", "config.yaml")
}

/// Reads the config at `path`. A missing file is fine unless `required` (it was named with
/// `--config`); every other problem is an error naming the file.
pub fn load(path: &Path, required: bool) -> Result<Config, String> {
    let shown = visible(&path.display().to_string()).into_owned();
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound && !required => {
            return Ok(Config::default());
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(format!("{shown}: no such config file (named by --config)"));
        }
        Err(e) => return Err(format!("{shown}: cannot read the config file: {e}")),
    };
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    let mut config: Config =
        serde_yaml::from_str(&text).map_err(|e| parse_error(&shown, &text, &e))?;
    config.source = Some((path.to_path_buf(), text));
    // Check the keys now, so that a mistake is reported before the screen changes.
    config.bindings()?;
    Ok(config)
}

/// "config.yaml:2: keys.help: `?` means something in YAML: write \"?\"" — the parser's message
/// for what it could not read, with the key it was reading and, where a character that YAML
/// reserves was written bare, what to write instead.
fn parse_error(shown: &str, text: &str, e: &serde_yaml::Error) -> String {
    let msg = e.to_string();
    let msg = visible(msg.split(" at line ").next().unwrap_or(&msg)).into_owned();
    if let Some(line) = keys::comment_in_flow(text) {
        let at = keys::path_at(text, line).map(|p| format!(" {}:", visible(&p)));
        return format!(
            "{shown}:{line}:{}: `#` starts a comment in YAML, which also hides the closing \
             bracket; write \"#\" to bind the # key",
            at.unwrap_or_default().trim_end_matches(':')
        );
    }
    let Some(loc) = e.location() else {
        return format!("{shown}: {msg}");
    };
    let (line, column) = (loc.line(), loc.column());
    let path = keys::path_at(text, line);
    let at = match &path {
        Some(p) => format!("{shown}:{line}:{column}: {}", visible(p)),
        None => format!("{shown}:{line}:{column}"),
    };
    // serde names the field itself ("theme: unknown variant…"); do not say it twice.
    let msg = match &path {
        Some(p) => msg
            .strip_prefix(&format!("{p}: "))
            .unwrap_or(&msg)
            .to_string(),
        None => msg,
    };
    match keys::bare_indicator(text, line) {
        Some(c) => format!(
            "{at}: `{c}` means something in YAML, so it cannot stand bare as a value: write \"{c}\""
        ),
        None => format!("{at}: {msg}"),
    }
}

impl Config {
    /// The default bindings with this file's overrides, or the first mistake in them.
    pub fn bindings(&self) -> Result<Bindings, String> {
        keys::bindings(&self.keys, self.source.as_ref())
    }
}
