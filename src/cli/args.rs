//! Command-line arguments, with examples in every `--help`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  yijian                              open the interactive browser
  yijian --open clusters.emerging.7   open it at one node
  yijian --search 半导体               open it with a search already run
  yijian tree                         print the outline with ids
  yijian show goals.1 --lang en       print one node in full
  yijian search 'growth target'       find nodes (exit 1 when nothing matches)
  yijian export --format json         the whole document as JSON
  yijian check my-policy.yaml         validate a policy file
  yijian --present --from clusters.pillar --to clusters.emerging.10
                                      present the twenty clusters as slides
  yijian --presenter                  in a second terminal: notes, next slide, timer
  yijian --present --talk talk.yaml   the trainer's own slides and notes
  yijian completions bash > ~/.local/share/bash-completion/completions/yijian
  yijian man > yijian.1               the manual page";

/// yijian — browse the 2020 Guangdong Opinions on strategic industry clusters, in Chinese and English.
#[derive(Debug, Parser)]
#[command(name = "yijian", version, about, after_help = EXAMPLES)]
#[command(group(clap::ArgGroup::new("slides").args(["present", "presenter"]).multiple(false)))]
pub struct Cli {
    /// Open another policy file (same schema as docs/SCHEMA.md) instead of the embedded document.
    #[arg(long, global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Start the browser with this node selected (an id such as `goals.4`).
    #[arg(long, value_name = "ID")]
    pub open: Option<String>,

    /// Start the browser with this search already run.
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,

    /// Languages shown in the detail pane [default: both, or the config file's].
    #[arg(long, value_enum)]
    pub lang: Option<LangMode>,

    /// Colour theme; `contrast` is made for projectors. NO_COLOR turns colour off whatever the
    /// theme [default: default, or the config file's].
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,

    /// Start in presentation mode: one node a full-screen slide.
    #[arg(long)]
    pub present: bool,

    /// With --present: the talk's first slide (an id); alone, its subtree is the talk.
    #[arg(long, value_name = "ID", requires = "slides")]
    pub from: Option<String>,

    /// With --present: the talk's last slide (an id; its subtree is included).
    #[arg(long, value_name = "ID", requires = "slides")]
    pub to: Option<String>,

    /// The presenter view, for a second terminal on the laptop while `--present` shows the
    /// slides on the projector: current and next slide, full text, notes, elapsed time and clock.
    /// Either terminal drives; they meet through a socket in $XDG_RUNTIME_DIR.
    #[arg(long)]
    pub presenter: bool,

    /// With --present or --presenter: the slides in the trainer's order, with notes and phrases
    /// to highlight (a YAML file; see docs/TALK.md).
    #[arg(long, value_name = "FILE", requires = "slides")]
    pub talk: Option<PathBuf>,

    /// Neither read nor write the state file (marks and last position).
    #[arg(long)]
    pub no_state: bool,

    /// Read settings from this file instead of the usual config file.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Language of the interface's own words (default: from LC_ALL / LC_MESSAGES / LANG).
    #[arg(long, value_enum)]
    pub ui_lang: Option<UiLang>,

    /// For terminals set to draw East Asian ambiguous-width characters (quotes, dashes, box
    /// drawing) two cells wide: draws ASCII borders and swaps such punctuation for unambiguous forms.
    #[arg(long)]
    pub ambiguous_wide: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the outline: one node a line, indented, with its id and both titles.
    #[command(after_help = "Example:\n  yijian tree | grep cluster")]
    Tree,
    /// Print one node in full, with its breadcrumb, children and related nodes.
    #[command(
        after_help = "Examples:\n  yijian show goals.1\n  yijian show clusters.emerging.7 --lang zh\n  yijian show goals.4 --format markdown"
    )]
    Show {
        /// The node's id (see `yijian tree`).
        id: String,
        /// Which languages to print.
        #[arg(long, value_enum, default_value_t = LangMode::Both)]
        lang: LangMode,
        /// Plain text, or Markdown with breadcrumb and a citation line.
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// Search titles and texts in both languages; exit 1 when nothing matches.
    #[command(
        after_help = "Examples:\n  yijian search 半导体\n  yijian search bdt\n  yijian search '\"hidden champions\"' --json\n  yijian search robot --limit 3"
    )]
    Search {
        /// Chinese, English words, pinyin (`bandaoti`, `bdt`) or traditional characters.
        query: String,
        /// Print the hits as JSON.
        #[arg(long)]
        json: bool,
        /// At most this many hits.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
    },
    /// Print the whole document as JSON or Markdown.
    #[command(
        after_help = "Examples:\n  yijian export --format json > opinions.json\n  yijian export --format markdown > opinions.md\n  yijian export --format markdown --node clusters > clusters.md\n  yijian export --format html > handout.html"
    )]
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Export only this node and everything under it.
        #[arg(long, value_name = "ID")]
        node: Option<String>,
        /// With --format html: the handout of a talk file's slides, in its order, phrases marked.
        #[arg(long, value_name = "FILE")]
        talk: Option<PathBuf>,
    },
    /// Validate a policy file: exit 0 with a summary, or exit 2 with the problems.
    #[command(
        after_help = "Examples:\n  yijian check docs/examples/minimal.yaml\n  yijian --file my-policy.yaml check"
    )]
    Check {
        /// The file to validate (default: the one given with --file).
        path: Option<PathBuf>,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  yijian completions bash > ~/.local/share/bash-completion/completions/yijian\n  yijian completions zsh > ~/.zfunc/_yijian\n  yijian completions fish > ~/.config/fish/completions/yijian.fish"
    )]
    Completions { shell: clap_complete::Shell },
    /// Print the manual page (roff), generated from these definitions.
    #[command(after_help = "Example:\n  yijian man > yijian.1 && man ./yijian.1")]
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangMode {
    Both,
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Markdown,
    /// One self-contained page to print for the room: both languages side by side.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    Default,
    Light,
    Contrast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLang {
    Zh,
    En,
}

impl LangMode {
    pub fn langs(self) -> &'static [crate::model::Lang] {
        use crate::model::Lang;
        match self {
            LangMode::Both => &[Lang::Zh, Lang::En],
            LangMode::Zh => &[Lang::Zh],
            LangMode::En => &[Lang::En],
        }
    }
}
