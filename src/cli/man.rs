//! `yijian man`: the manual page, generated — the name, synopsis, options and commands from the
//! argument definitions (through clap_mangen), and the KEYS section from the same key table as
//! the help overlay and the README, so the three cannot drift. Sections clap_mangen would get
//! wrong are written here: one page for every command (no `yijian-tree(1)` pages that do not
//! exist), and the examples kept as lines rather than reflowed into a paragraph.

use std::io::{self, Write};

use clap::CommandFactory;
use roff::{Roff, bold, italic, roman};

use super::args::EXAMPLES;
use super::{Cli, exit};
use crate::app::Bindings;
use crate::prefs::UiLang;
use crate::ui;

/// Writes the page as roff.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    let cmd = Cli::command();
    let page = clap_mangen::Man::new(cmd.clone());
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    page.render_options_section(out)?;
    let mut r = Roff::new();
    commands(&mut r, cmd);
    keys(&mut r);
    examples(&mut r);
    files(&mut r);
    environment(&mut r);
    exit_status(&mut r);
    r.to_writer(out)?;
    page.render_version_section(out)
}

fn commands(r: &mut Roff, mut cmd: clap::Command) {
    r.control("SH", ["COMMANDS"]);
    cmd.build();
    // clap's own `help` subcommand is what --help already is.
    for sub in cmd.get_subcommands_mut().filter(|s| s.get_name() != "help") {
        let usage = sub.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage:").trim();
        r.control("TP", []);
        r.text([bold(usage)]);
        if let Some(about) = sub.get_about() {
            r.text([roman(about.to_string())]);
        }
    }
}

fn keys(r: &mut Roff) {
    r.control("SH", ["KEYS"]);
    r.text([roman(
        "In the browser. Command keys can be changed in the config file (see FILES); \
         movement keys, Enter, Space, the section digits and Esc are fixed.",
    )]);
    for (key, what) in ui::key_rows(ui::words(UiLang::En), &Bindings::default()) {
        r.control("TP", []);
        r.text([bold(key)]);
        r.text([roman(what)]);
    }
}

fn examples(r: &mut Roff) {
    r.control("SH", ["EXAMPLES"]);
    // Each example on its own line, its comment aligned as written.
    r.control("nf", []);
    for line in EXAMPLES.lines().skip_while(|l| l.ends_with(':')) {
        r.text([roman(line)]);
    }
    r.control("fi", []);
}

fn files(r: &mut Roff) {
    r.control("SH", ["FILES"]);
    let items: [(&str, &str); 3] = [
        (
            "$XDG_CONFIG_HOME/yijian/config.yaml",
            "Settings: theme, lang, ui_lang, ambiguous_wide, and keys (command name: key or list \
             of keys). Without XDG_CONFIG_HOME, ~/.config/yijian/config.yaml. --config names \
             another file, which must exist. A mistake is an error naming the file, line and key.",
        ),
        (
            "$XDG_STATE_HOME/yijian/state.json",
            "Marks and the last position, per document. Without XDG_STATE_HOME, \
             ~/.local/state/yijian/state.json. --no-state neither reads nor writes it.",
        ),
        (
            "$XDG_STATE_HOME/yijian/state.json.corrupt, state.json.corrupt.2, …",
            "A damaged state file, set aside under a name of its own so that nothing it held is \
             lost; the browser says so until Esc.",
        ),
    ];
    for (path, what) in items {
        r.control("TP", []);
        r.text([italic(path)]);
        r.text([roman(what)]);
    }
}

fn environment(r: &mut Roff) {
    r.control("SH", ["ENVIRONMENT"]);
    let items: [(&str, &str); 7] = [
        (
            "XDG_CONFIG_HOME",
            "Where the config file is looked for (see FILES).",
        ),
        (
            "XDG_STATE_HOME",
            "Where the state file is kept (see FILES).",
        ),
        (
            "HOME",
            "The base of the default config and state directories.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colours are drawn, whatever the theme.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The first one set chooses the interface language: Chinese when it starts with zh, \
             English otherwise; --ui-lang overrides it.",
        ),
        (
            "TERM",
            "TERM=dumb cannot show the browser (the subcommands still work); it also decides \
             whether copying to the clipboard (OSC 52) is tried.",
        ),
        (
            "TMUX, STY",
            "Inside tmux or screen, clipboard copies are wrapped so that they reach the outer \
             terminal.",
        ),
    ];
    for (name, what) in items {
        r.control("TP", []);
        r.text([bold(name)]);
        r.text([roman(what)]);
    }
}

fn exit_status(r: &mut Roff) {
    r.control("SH", ["EXIT STATUS"]);
    let items = [
        (exit::OK.to_string(), "Success."),
        (
            exit::NO_MATCH.to_string(),
            "yijian search found nothing, as grep does.",
        ),
        (
            exit::ERROR.to_string(),
            "An error: a bad argument, an unknown id, a missing or mistaken file (the message \
             names the file, line and key).",
        ),
        (
            "129, 131, 143".to_string(),
            "The browser was ended by SIGHUP (or its terminal closing), SIGQUIT or SIGTERM, \
             after restoring the terminal and saving marks and position.",
        ),
    ];
    for (code, what) in items {
        r.control("TP", []);
        r.text([bold(code)]);
        r.text([roman(what)]);
    }
}
