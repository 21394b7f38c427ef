//! yijian: an offline, keyboard-driven, bilingual browser for one policy document.
//!
//! Data flows one way: file → [`model`] → [`library`] (what the reader opened) → [`search`] index → [`app`] state → [`ui`] view.
//! [`cli`] holds the scriptable subcommands, [`terminal`] the set-up and restoring of the terminal.
#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod dirs;
pub mod import;
pub mod library;
pub mod model;
pub mod prefs;
pub mod presenter;
pub mod provenance;
pub mod quote;
pub mod search;
pub mod state;
pub mod talk;
pub mod terminal;
pub mod text;
pub mod ui;
