//! The interface's own words in Chinese and English, chosen by `--ui-lang` or the locale: one
//! table per language ([`zh`], [`en`]), the same keys in both. Keys that a config file can rebind
//! are named by command, so help and footer show the real key. Messages that carry a value (an id,
//! a count, a file) are functions in the table, so each language orders its own sentence.
//!
//! What stays English, for people writing files rather than reading them: `check`'s schema
//! diagnostics, the argument parser's errors and the manual page.

mod en;
mod help;
mod slides;
#[cfg(test)]
mod tests;
mod zh;

pub use slides::SlideWords;

use crate::app::Command;
use crate::clipboard::ClipboardError;
use crate::model::{Kind, Lang};
use crate::prefs::{LangMode, UiLang};
use crate::state::Warning;

/// How a key appears in the help and the footer.
#[derive(Debug, Clone, Copy)]
pub enum KeyLabel {
    /// A key that cannot be rebound, as written.
    Fixed(&'static str),
    /// Whatever keys the command is bound to.
    Cmd(Command),
}

pub type Keys = &'static [(KeyLabel, &'static str)];

/// Declares [`Words`] and the lists its tests walk, so a key added here is a key both tables
/// must fill (the compiler refuses a table without it) and the tests read.
macro_rules! words {
    (
        strings { $($s:ident),* $(,)? }
        keys { $($k:ident),* $(,)? }
        others { $($m:ident : $t:ty),* $(,)? }
    ) => {
        /// The interface's words in one language: every label, message and key hint the views show.
        /// The project wrote both tables; the document's own text never comes from here.
        pub struct Words {
            $(
                #[doc = concat!("The `", stringify!($s), "` label or message, as the views show it.")]
                pub $s: &'static str,
            )*
            $(
                #[doc = concat!("The `", stringify!($k), "` key hints: (key, what it does), in the order shown.")]
                pub $k: Keys,
            )*
            $(
                #[doc = concat!("The `", stringify!($m), "` words: a value or a function that fills in the parts it is given.")]
                pub $m: $t,
            )*
        }

        impl Words {
            /// Every plain string of the table, by key.
            pub fn strings(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($s), self.$s)),*]
            }

            /// Every key list of the table, by key.
            pub fn key_lists(&self) -> Vec<(&'static str, Keys)> {
                vec![$((stringify!($k), self.$k)),*]
            }
        }
    };
}

words! {
    strings {
        app, lang_both, lang_zh, lang_en, lang_only_zh, lang_only_en, tree, detail, children, related, facts, part_of,
        colon, open_paren, close_paren, list_sep,
        search_prompt, no_match, filter_on, help_title, goto_prompt, goto_none,
        not_a_policy_file, compare_title, compare_clusters, copied, copied_markdown, history_empty,
        nothing_to_compare, pending_mark, pending_jump, paste_ignored, no_match_for,
        no_search, esc_closes, warning_title, no_policy_files, no_presenter_view,
        files_title, files_not_opened, files_warned, no_file_notes, import_warning,
        pending_fold, results_title, order_rank, order_document,
        field_title, field_label, field_alias, field_fact, field_text, marks_title, no_marks,
        kind_document, kind_section, kind_part, kind_cluster_group, kind_cluster, kind_goal,
        kind_principle, kind_measure_group, kind_measure, kind_glossary, kind_term, key_space,
    }
    keys {
        footer_tree, footer_detail, footer_typing, footer_showing, footer_goto, footer_page,
        footer_present, footer_results, footer_marks, help,
    }
    others {
        lang: Lang,
        match_why: &'static [(&'static str, &'static str)],
        chars: fn(usize) -> String,
        // The window is (columns, rows) and needs at least (columns, rows).
        too_small: fn((u16, u16), (u16, u16)) -> String,
        issuer_line: fn(&str, &str) -> String,
        source_line: fn(&str, &str) -> String,
        slide_of: fn(usize, usize) -> String,
        compare_hint: fn(&str) -> String,
        mark_set: fn(char) -> String,
        no_mark: fn(char) -> String,
        cannot_copy: fn(&ClipboardError) -> String,
        warning: fn(&Warning) -> String,
        io_reason: fn(std::io::ErrorKind, &str) -> String,
        unknown_id: fn(&str, &str) -> String,
        did_you_mean: fn(&[String]) -> String,
        ambiguous_id: fn(&str, &[String]) -> String,
        to_before_from: fn(&str, &str) -> String,
        file_problem: fn(&str, &str) -> String,
        folder_too_large: fn(usize) -> String,
        // Files not opened, files opened with warnings, and the key that lists them.
        files_notice: fn(usize, usize, &str) -> String,
        // The footer's reminder beside the files key: (not opened, with warnings).
        files_hint: fn(usize, usize) -> String,
        // On stderr, after a subcommand over imported files with numbering warnings: how many.
        warned_hint: fn(usize) -> String,
        // Where in a file a problem is, before it in the files' list: (line, column), "" for none.
        place: fn(Option<usize>, Option<usize>) -> String,
        config_problem: fn(&str) -> String,
        terminal_problem: fn(&str) -> String,
        unusable: fn(crate::terminal::Unusable) -> String,
    }
}

impl Words {
    /// The presentation's words in this interface language.
    pub fn slides(&self) -> &'static SlideWords {
        if std::ptr::eq(self, &zh::ZH) {
            &zh::SLIDES
        } else {
            &en::SLIDES
        }
    }

    /// What the header says of a document written in `lang` alone, whatever the mode: `中文 only`.
    pub fn lang_only(&self, lang: crate::model::Lang) -> &'static str {
        match lang {
            crate::model::Lang::Zh => self.lang_only_zh,
            crate::model::Lang::En => self.lang_only_en,
        }
    }

    /// The name of language mode `m`, for the footer and help.
    pub fn lang_mode(&self, m: LangMode) -> &'static str {
        match m {
            LangMode::Both => self.lang_both,
            LangMode::Zh => self.lang_zh,
            LangMode::En => self.lang_en,
        }
    }

    /// What a node is, in the interface language: `产业集群`, `Cluster`.
    pub fn kind(&self, k: Kind) -> &'static str {
        match k {
            Kind::Document => self.kind_document,
            Kind::Section => self.kind_section,
            Kind::Part => self.kind_part,
            Kind::ClusterGroup => self.kind_cluster_group,
            Kind::Cluster => self.kind_cluster,
            Kind::Goal => self.kind_goal,
            Kind::Principle => self.kind_principle,
            Kind::MeasureGroup => self.kind_measure_group,
            Kind::Measure => self.kind_measure,
            Kind::Glossary => self.kind_glossary,
            Kind::Term => self.kind_term,
        }
    }

    /// `发文机关：…`, `Issued by: …`: a label and its value, punctuated as the label's language does.
    pub fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.colon)
    }

    /// `（…）`, ` (…)`: an aside after text in the interface language.
    pub fn aside(&self, inner: &str) -> String {
        format!("{}{inner}{}", self.open_paren, self.close_paren)
    }

    /// An ISO date as the interface language writes it.
    pub fn date(&self, iso: &str) -> String {
        crate::text::numbers::date(iso, self.lang)
    }
}

/// `：`, `: ` — the colon after a label in `lang` (facts are named in the document's languages).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => zh::ZH.colon,
        Lang::En => en::EN.colon,
    }
}

/// The interface's words in `lang`.
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
