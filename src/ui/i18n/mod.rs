//! The interface's own words in Chinese and English, chosen by `--ui-lang` or the locale. Keys
//! that a config file can rebind are named by command, so help and footer show the real key.

mod en;
mod zh;

use crate::app::Command;
use crate::cli::{LangMode, UiLang};

/// How a key appears in the help and the footer.
#[derive(Debug, Clone, Copy)]
pub enum KeyLabel {
    /// A key that cannot be rebound, as written.
    Fixed(&'static str),
    /// Whatever keys the command is bound to.
    Cmd(Command),
}

pub type Keys = &'static [(KeyLabel, &'static str)];

pub struct Words {
    pub app: &'static str,
    pub lang_both: &'static str,
    pub lang_zh: &'static str,
    pub lang_en: &'static str,
    pub tree: &'static str,
    pub detail: &'static str,
    pub children: &'static str,
    pub related: &'static str,
    pub facts: &'static str,
    pub part_of: &'static str,
    pub issuer: &'static str,
    pub issued: &'static str,
    pub source: &'static str,
    pub published: &'static str,
    pub search_prompt: &'static str,
    pub no_match: &'static str,
    /// Why a search hit matched: the search's reason words (`pinyin`, `typo`, `partial`, …)
    /// and how they read in this language; empty when they read as they are.
    pub match_why: &'static [(&'static str, &'static str)],
    pub filter_on: &'static str,
    pub too_small: &'static str,
    pub help_title: &'static str,
    pub goto_prompt: &'static str,
    pub goto_none: &'static str,
    pub compare_title: &'static str,
    pub compare_clusters: &'static str,
    pub compare_hint: &'static str,
    pub slide: &'static str,
    pub copied: &'static str,
    pub copied_markdown: &'static str,
    pub chars: &'static str,
    pub cannot_copy: &'static str,
    pub mark_set: &'static str,
    pub no_mark: &'static str,
    pub history_empty: &'static str,
    pub nothing_to_compare: &'static str,
    pub state_problem: &'static str,
    pub pending_mark: &'static str,
    pub pending_jump: &'static str,
    pub footer_tree: Keys,
    pub footer_detail: Keys,
    pub footer_typing: Keys,
    pub footer_showing: Keys,
    pub footer_goto: Keys,
    pub footer_page: Keys,
    pub footer_present: Keys,
    pub help: Keys,
}

impl Words {
    pub fn lang_mode(&self, m: LangMode) -> &'static str {
        match m {
            LangMode::Both => self.lang_both,
            LangMode::Zh => self.lang_zh,
            LangMode::En => self.lang_en,
        }
    }
}

pub fn words(lang: UiLang) -> &'static Words {
    match lang {
        UiLang::Zh => &zh::ZH,
        UiLang::En => &en::EN,
    }
}

/// The interface language from the environment: Chinese when the locale says `zh`.
pub fn ui_lang_from_env(get: impl Fn(&str) -> Option<String>) -> UiLang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            return if v.to_ascii_lowercase().starts_with("zh") {
                UiLang::Zh
            } else {
                UiLang::En
            };
        }
    }
    UiLang::En
}
