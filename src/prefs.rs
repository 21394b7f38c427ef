//! The reader's choices that outlast a keystroke: which languages the text is shown in, the
//! colour theme and the language of the interface's own words. Set by options, the config file
//! and keys; read by the app, the views and the commands alike.

use clap::ValueEnum;

/// Which languages of the text are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangMode {
    /// Chinese and English, Chinese first.
    Both,
    /// Chinese only.
    Zh,
    /// English only.
    En,
}

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Light text on the terminal's dark background.
    Default,
    /// Dark text on a light background.
    Light,
    /// High contrast for projectors: both colours set, 7:1 or more.
    Contrast,
}

/// The language of the interface's own words (labels, notices, help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLang {
    /// Chinese.
    Zh,
    /// English.
    En,
}

impl LangMode {
    /// The languages shown, in the order they are shown.
    pub fn langs(self) -> &'static [crate::model::Lang] {
        use crate::model::Lang;
        match self {
            LangMode::Both => &[Lang::Zh, Lang::En],
            LangMode::Zh => &[Lang::Zh],
            LangMode::En => &[Lang::En],
        }
    }
}
