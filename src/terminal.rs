//! Taking over the terminal and always giving it back: on quit, on error, on panic, on
//! SIGTERM / SIGHUP (a closed window or a lost SSH session), and when the terminal hangs up
//! without a signal (a terminal that is not the controlling one, closed under the program).

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::{Arc, Mutex};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal the browser draws on.
pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Why the browser cannot start here (`ui::Words::unusable` words it for the reader).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// Input or output is a pipe or a file, not a terminal.
    NotATerminal,
    /// `TERM=dumb`: no cursor movement, no screen to draw on.
    Dumb,
}

/// Why the browser cannot start here; `None` when it can.
pub fn unusable(term_var: Option<&str>) -> Option<Unusable> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Some(Unusable::NotATerminal);
    }
    if term_var == Some("dumb") {
        return Some(Unusable::Dumb);
    }
    None
}

/// Raw mode, alternate screen, mouse, bracketed paste (a paste arrives as one event, so its
/// line breaks and letters are never read as keys); with a panic hook, signal handlers and a hang-up watch that
/// undo them all. `on_signal` runs when SIGTERM, SIGHUP or SIGQUIT ends the program, or the
/// terminal hangs up, before the terminal is restored (to save what should survive it).
pub fn init(on_signal: impl FnOnce() + Send + 'static) -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let farewell: Farewell = Arc::new(Mutex::new(Some(Box::new(on_signal))));
    // Signals and hang-ups are Unix's; elsewhere the panic hook and the normal exit restore.
    #[cfg(unix)]
    {
        watch_signals(Arc::clone(&farewell))?;
        watch_hangup(farewell)?;
    }
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(e) = execute!(
        stdout,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    ) {
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
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// What to do before the program is ended from outside; run once, by whichever of the signal
/// thread and the hang-up watch comes first.
type Farewell = Arc<Mutex<Option<Box<dyn FnOnce() + Send>>>>;

/// Runs the farewell, restores the terminal and exits with `code`.
fn leave(farewell: &Farewell, code: i32) -> ! {
    let last_words = farewell.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(f) = last_words {
        f();
    }
    // Held until the process ends: no frame can be drawn over the restored terminal.
    let _quiet = output_lock();
    restore();
    std::process::exit(code);
}

#[cfg(unix)]
fn watch_signals(farewell: Farewell) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                leave(&farewell, 128 + sig);
            }
        })?;
    Ok(())
}

/// Ends the program when the terminal on standard input hangs up. A hang-up of the controlling
/// terminal also sends SIGHUP, but a terminal that is not the controlling one (or a session that
/// lost it) only hangs up — and crossterm then retries the failing read forever, at full CPU.
#[cfg(unix)]
fn watch_hangup(farewell: Farewell) -> io::Result<()> {
    std::thread::Builder::new()
        .name("hangup".into())
        .spawn(move || {
            if hangup::wait(0) {
                leave(&farewell, 128 + signal_hook::consts::SIGHUP);
            }
        })?;
    Ok(())
}

/// `poll(2)` with no events asked for: it returns only when the descriptor hangs up, fails or is
/// closed, so the watching thread sleeps in the kernel and takes no input from the browser.
#[cfg(unix)]
mod hangup {
    use std::io;
    use std::os::raw::c_int;

    /// Blocks until `fd` hangs up (true) or cannot be watched (false).
    pub fn wait(fd: c_int) -> bool {
        loop {
            let mut p = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid, initialised pollfd, and the count says one.
            let n = unsafe { libc::poll(&mut p, 1, -1) };
            if n > 0 && p.revents != 0 {
                // With no events asked for, only POLLHUP, POLLERR or POLLNVAL can be reported.
                return true;
            }
            if n < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return false;
            }
        }
    }
}
