//! Taking over the terminal and always giving it back: on quit, on error, on panic, and on
//! SIGTERM / SIGHUP (a closed window or a lost SSH session).

use std::io::{self, IsTerminal, Stdout, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Why the browser cannot start here, as a message for the reader; `None` when it can.
pub fn unusable(term_var: Option<&str>) -> Option<String> {
    const USE_CLI: &str = "use the subcommands instead: `yijian tree`, `yijian show ID`, \
                           `yijian search QUERY`, `yijian export` (see `yijian --help`)";
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Some(format!(
            "the interactive browser needs a terminal, but input or output is not one; {USE_CLI}"
        ));
    }
    if term_var == Some("dumb") {
        return Some(format!(
            "TERM=dumb cannot show the interactive browser; {USE_CLI}"
        ));
    }
    None
}

/// Raw mode, alternate screen, mouse; with a panic hook and signal handlers that undo all three.
/// `on_signal` runs when SIGTERM, SIGHUP or SIGQUIT ends the program, before the terminal is
/// restored (to save what should survive it).
pub fn init(on_signal: impl FnOnce() + Send + 'static) -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    watch_signals(on_signal)?;
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(e) = execute!(stdout, EnterAlternateScreen, EnableMouseCapture) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(stdout))
}

/// Taken while a frame or any other output goes to the terminal, and by the signal thread before it
/// restores the terminal, so the two never interleave.
pub fn output_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Gives the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

fn watch_signals(on_signal: impl FnOnce() + Send + 'static) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                on_signal();
                // Held until the process ends: no frame can be drawn over the restored terminal.
                let _quiet = output_lock();
                restore();
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}
