//! Runs the real binary as a command, the way a script would: no terminal, no input, no colour,
//! the English interface (the locale decides it), and config and state folders that hold nothing,
//! so that no test reads the real home directory. One runner for every test file that drives
//! `yijian` from the command line; tests/common/pty.rs is the one for the terminal.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The folder whose `config/` and `state/` every run gets (nothing is written there: runs that
/// keep state are given `--no-state` or a folder of their own).
pub fn home() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("empty-home")
}

/// The environment as `session::prepare` asks for it, with `home`'s `config/` and `state/` as
/// the XDG folders and nothing else set: the same folders a run of the binary gets.
pub fn xdg(home: &Path) -> impl Fn(&str) -> Option<String> + use<> {
    let config = home.join("config").display().to_string();
    let state = home.join("state").display().to_string();
    move |key| match key {
        "XDG_CONFIG_HOME" => Some(config.clone()),
        "XDG_STATE_HOME" => Some(state.clone()),
        _ => None,
    }
}

/// `yijian ARGS` with the settings above, to add variables or pipes to before it runs.
pub fn command(args: &[&str]) -> Command {
    let home = home();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_yijian"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .stdin(Stdio::null());
    cmd
}

/// Runs `yijian ARGS` to its end.
pub fn yijian(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

/// What the run wrote to standard output (which must be UTF-8).
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("standard output is UTF-8")
}

/// What the run wrote to standard error (which must be UTF-8).
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("standard error is UTF-8")
}

/// A fresh, empty folder `name` of this test file's own, under Cargo's scratch folder.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(env!("CARGO_CRATE_NAME"))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// A fresh folder `name` in this test file's scratch space, holding `files` (relative path,
/// contents).
pub fn folder(name: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = scratch(name);
    for (path, content) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }
    dir
}

/// `text` written to the file `name` in this test file's scratch folder (each test names its
/// own files; the folder is not emptied).
pub fn file(name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(env!("CARGO_CRATE_NAME"));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("a scratch file");
    path
}

/// A browser session prepared in-process as `yijian ARGS` would prepare it, over the embedded
/// document, with `home`'s `config/` and `state/` as its folders (see [`xdg`]): the start-up
/// path without a terminal. `Err` is the message the program would print before exiting 2.
pub fn session(home: &Path, args: &[&str]) -> Result<yijian::cli::session::Session, String> {
    use clap::Parser;
    let argv = std::iter::once("yijian").chain(args.iter().copied());
    let cli = yijian::cli::Cli::try_parse_from(argv).expect("the arguments parse");
    let doc = yijian::model::load_embedded().expect("the embedded document loads");
    yijian::cli::session::prepare(&cli, doc.into(), "embedded".into(), xdg(home))
}
