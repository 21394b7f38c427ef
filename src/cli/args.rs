//! Command-line arguments, with examples in every `--help`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::prefs::{LangMode, ThemeName, UiLang};

pub(crate) const EXAMPLES: &str = "\
Examples:
  yijian                              open the interactive browser
  yijian --open clusters.emerging.7   open it at one node
  yijian --search 半导体              open it with a search already run
  yijian --ui-lang zh --lang zh       the interface and the text in Chinese
  yijian tree                         print the outline with ids
  yijian show goals.1 --lang en       print one node in full
  yijian search 'growth target'       find nodes (exit 1 when nothing matches)
  yijian export --format json         the whole document as JSON
  yijian check my-policy.yaml         validate a policy file
  yijian import 通知.txt -o notice.yaml
                                      turn a document (.txt, .md, .docx) into a policy file
  yijian import plan.docx --dry-run   print the outline an import would give
  yijian downloads/                   open every document in a folder (*.yaml, *.txt, *.md, *.docx)
  yijian plans/ notices/              open every policy file in two folders
  yijian --present --from clusters.pillar --to clusters.emerging.10
                                      present the twenty clusters as slides
  yijian --presenter                  in a second terminal: notes, next slide, timer
  yijian --present --talk talk.yaml   the trainer's own slides and notes
  yijian completions bash > ~/.local/share/bash-completion/completions/yijian
  yijian man > yijian.1               the manual page";

/// yijian — browse the 2020 Guangdong Opinions on strategic industry clusters, in Chinese and English.
#[derive(Debug, Parser)]
#[command(
    name = "yijian",
    version,
    about,
    after_help = EXAMPLES,
    subcommand_precedence_over_arg = true
)]
#[command(group(clap::ArgGroup::new("slides").args(["present", "presenter"]).multiple(false)))]
pub struct Cli {
    /// Policy files to open instead of the embedded document, documents to import on the fly
    /// (.txt, .md, .docx), and folders whose files of these kinds (at any depth, sorted) are
    /// opened; each document is a root of the outline.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// A policy file or folder to open, as a PATH argument (may be given more than once).
    #[arg(long, global = true, value_name = "PATH")]
    pub file: Vec<PathBuf>,

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

    /// Start in presentation mode: one full-screen slide per node.
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

    /// Neither read nor write the state file (marks and last position). Taken by every
    /// subcommand too, none of which touches the state file, so that an alias may carry it.
    #[arg(long)]
    pub no_state: bool,

    /// Read settings from this file instead of the usual config file (checked by every subcommand).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Language of the interface's own words: labels, notices and errors met while reading
    /// (default: from LC_ALL / LC_MESSAGES / LANG).
    #[arg(long, value_enum, global = true)]
    pub ui_lang: Option<UiLang>,

    /// For terminals set to draw East Asian ambiguous-width characters (quotes, dashes, box
    /// drawing) two cells wide: draws ASCII borders and swaps such punctuation for unambiguous forms.
    #[arg(long)]
    pub ambiguous_wide: bool,

    /// The subcommand; none opens the browser.
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The options given that only the browser reads (`--open`, `--search`, `--present`…), as
    /// typed; a subcommand given with any of them is an error rather than a silent ignore.
    pub fn browser_options(&self) -> Vec<&'static str> {
        [
            ("--open", self.open.is_some()),
            ("--search", self.search.is_some()),
            ("--lang", self.lang.is_some()),
            ("--theme", self.theme.is_some()),
            ("--present", self.present),
            ("--presenter", self.presenter),
            ("--ambiguous-wide", self.ambiguous_wide),
        ]
        .into_iter()
        .filter_map(|(name, given)| given.then_some(name))
        .collect()
    }
}

impl Command {
    /// The subcommand's name as typed (`tree`, `show`…).
    pub fn name(&self) -> &'static str {
        match self {
            Command::Tree { .. } => "tree",
            Command::Show { .. } => "show",
            Command::Search { .. } => "search",
            Command::Export { .. } => "export",
            Command::Check { .. } => "check",
            Command::Import { .. } => "import",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
        }
    }
}

/// The scriptable subcommands; each writes to standard output and exits with [`super::exit`] codes.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the outline: one node per line, indented, with its id and both titles.
    #[command(after_help = "Examples:\n  yijian tree | grep cluster\n  yijian tree policies/")]
    Tree {
        /// Files and folders to open (as when given before the command).
        paths: Vec<PathBuf>,
    },
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
        /// Chinese, English words, pinyin (`bandaoti`, `bdt`) or traditional characters; several
        /// words need no quotes (`yijian search growth target`).
        #[arg(required = true, num_args = 1.., value_name = "QUERY", value_parser = non_empty)]
        query: Vec<String>,
        /// Print the hits as JSON.
        #[arg(long)]
        json: bool,
        /// At most this many hits (1 or more); how many more there are goes to stderr.
        #[arg(long, default_value_t = 20, value_name = "N", value_parser = at_least_one)]
        limit: usize,
    },
    /// Print the whole document as JSON or Markdown, or as a handout page to print (HTML).
    #[command(
        after_help = "Examples:\n  yijian export --format json > opinions.json\n  yijian export --format markdown > opinions.md\n  yijian export --format markdown --node clusters > clusters.md\n  yijian export --format html > handout.html"
    )]
    Export {
        /// JSON (the stable contract) or Markdown.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Export only this node and everything under it.
        #[arg(long, value_name = "ID")]
        node: Option<String>,
        /// With --format html: the handout of a talk file's slides, in its order, phrases marked.
        #[arg(long, value_name = "FILE")]
        talk: Option<PathBuf>,
        /// Files and folders to open (as when given before the command).
        paths: Vec<PathBuf>,
    },
    /// Validate policy files: a summary for each good one, the problems of each bad one; exit 2
    /// when any file has a problem.
    #[command(
        after_help = "Examples:\n  yijian check docs/examples/minimal.yaml\n  yijian check policies/\n  yijian --file my-policy.yaml check"
    )]
    Check {
        /// Files and folders to validate (default: those given before the command or with --file).
        paths: Vec<PathBuf>,
    },
    /// Turn a document (plain text in UTF-8 or GB18030/GBK, Markdown, Word .docx) into a policy
    /// file: a node per numbered heading (一、 （一） 1. （1）, 第一章 第一条, I. 1. (1)), every
    /// paragraph kept verbatim. Numbering mistakes are warnings on stderr.
    #[command(
        after_help = "Examples:\n  yijian import notice.txt -o notice.yaml\n  yijian import plan.docx --dry-run\n  yijian import old.txt --encoding gbk > old.yaml"
    )]
    Import {
        /// The document: .txt (or any other name) is plain text, .md Markdown, .docx Word.
        file: PathBuf,
        /// Write the policy file here instead of to standard output (never over the document
        /// itself; over another existing file only with --force).
        #[arg(short, long, value_name = "OUT.yaml")]
        output: Option<PathBuf>,
        /// Let -o replace a file that exists.
        #[arg(long, requires = "output")]
        force: bool,
        /// The text's encoding (utf-8, gb18030, gbk, big5, …) [default: UTF-8 if the bytes are
        /// UTF-8, else GB18030].
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
        /// Print the outline the import would give, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  yijian completions bash > ~/.local/share/bash-completion/completions/yijian\n  yijian completions zsh > ~/.zfunc/_yijian\n  yijian completions fish > ~/.config/fish/completions/yijian.fish"
    )]
    Completions {
        /// The shell to write the completion script for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), generated from these definitions.
    #[command(after_help = "Example:\n  yijian man > yijian.1 && man ./yijian.1")]
    Man,
}

/// A query word must hold something to look for: `search ''` is a mistake, not "no match".
fn non_empty(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("the query is empty: give a word to look for".into())
    } else {
        Ok(s.to_string())
    }
}

/// `--limit 0` would always print nothing: a mistake, not "no match".
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("the limit must be 1 or more (0 would show no hits)".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not a number of hits")),
    }
}

/// How `show` prints a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Plain text, the shown languages one after the other.
    Text,
    /// Markdown with the breadcrumb and a citation line.
    Markdown,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The node and its subtree as JSON (see the README for the contract).
    Json,
    /// A heading or list item per node, both languages.
    Markdown,
    /// One self-contained page to print for the room: both languages side by side.
    Html,
}

#[cfg(test)]
mod tests {
    use super::EXAMPLES;
    use crate::text::display_width;

    /// The descriptions of the examples start in one column on screen, whatever the commands
    /// hold (`半导体` is three characters and six columns).
    #[test]
    fn example_descriptions_line_up_by_display_width() {
        let columns: Vec<usize> = EXAMPLES
            .lines()
            .filter(|l| l.starts_with("  "))
            .filter_map(|l| {
                let at = l.trim_start().find("   ")? + l.len() - l.trim_start().len();
                let gap = l[at..].len() - l[at..].trim_start().len();
                Some(display_width(&l[..at + gap]))
            })
            .collect();
        assert!(columns.len() >= 8, "{columns:?}");
        assert!(columns.iter().all(|&c| c == columns[0]), "{columns:?}");
    }
}
