//! The reader's defaults: a YAML file in the platform's config directory
//! (`$XDG_CONFIG_HOME/yijian/config.yaml`, else `~/.config/yijian/config.yaml`) setting the theme,
//! the language mode, the interface language and key overrides. Command-line options win over it.
//! A bad file is an error naming the file, the line and the key — never silently ignored.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::{Bindings, Command, parse_key};
use crate::prefs::{LangMode, ThemeName, UiLang};
use crate::text::visible;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Option<ThemeName>,
    pub lang: Option<LangMode>,
    pub ui_lang: Option<UiLang>,
    pub ambiguous_wide: Option<bool>,
    /// Command name → one key or a list of keys.
    #[serde(default)]
    pub keys: BTreeMap<String, KeySpec>,
    /// Read back from the file for error messages; not a setting.
    #[serde(skip)]
    source: Option<(PathBuf, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum KeySpec {
    One(String),
    Many(Vec<String>),
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
        Err(e) => return Err(format!("{shown}: cannot read the config file: {e}")),
    };
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    let mut config: Config = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg);
        format!("{shown}{at}: {}", visible(msg))
    })?;
    config.source = Some((path.to_path_buf(), text));
    // Check the keys now, so that a typo is reported before the screen changes.
    config.bindings()?;
    Ok(config)
}

impl Config {
    /// The default bindings with this file's overrides.
    pub fn bindings(&self) -> Result<Bindings, String> {
        let mut b = Bindings::default();
        for (name, spec) in &self.keys {
            let cmd = Command::from_name(name).ok_or_else(|| {
                let hint = Command::names()
                    .map(|n| (strsim::levenshtein(name, n), n))
                    .filter(|(d, _)| *d <= 3)
                    .min()
                    .map(|(_, n)| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default();
                let all: Vec<&str> = Command::names().collect();
                self.error(
                    name,
                    &format!("unknown command{hint}; commands: {}", all.join(", ")),
                )
            })?;
            let keys: Vec<&String> = match spec {
                KeySpec::One(k) => vec![k],
                KeySpec::Many(ks) => ks.iter().collect(),
            };
            let mut parsed = Vec::new();
            for k in keys {
                parsed.push(parse_key(k).ok_or_else(|| {
                    self.error(
                        name,
                        &format!(
                            "`{}` is not a key (write a character, Ctrl-x, F1…F12, Tab, \
                             Backspace, Space, Enter, Home or End)",
                            visible(k)
                        ),
                    )
                })?);
            }
            b.rebind(cmd, &parsed);
        }
        Ok(b)
    }

    /// "config.yaml:7: keys.serach: …" — the line is found by the key's name in the file.
    fn error(&self, key: &str, msg: &str) -> String {
        let Some((path, text)) = &self.source else {
            return format!("keys.{}: {msg}", visible(key));
        };
        let line = text
            .lines()
            .position(|l| {
                let l = l.trim_start().trim_start_matches(['"', '\'']);
                l.starts_with(key)
                    && l[key.len()..]
                        .trim_start_matches(['"', '\''])
                        .starts_with(':')
            })
            .map(|i| format!(":{}", i + 1))
            .unwrap_or_default();
        format!(
            "{}{line}: keys.{}: {msg}",
            visible(&path.display().to_string()),
            visible(key)
        )
    }
}
