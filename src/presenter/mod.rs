//! The projector (`--present`) and the presenter view (`--presenter`) in two terminals of one
//! user, kept in step over a local socket (see [`socket`]) with one JSON message a line.
//!
//! The projector listens and owns the slide state: it sends the whole state when a presenter
//! view connects and after every change. The presenter view sends what its keys ask for
//! ([`Command`]) and shows the state it is sent. Either may close; the other goes on alone and
//! says so in one line. The presenter view looks for the projector again every second.

mod protocol;
pub mod socket;

pub use protocol::{Command, Shown, shown};

use protocol::{Message, adopt_state, command_for, run};

use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::app::{Action, App};

/// Which end this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The terminal showing the slides (`--present`), which listens for a presenter view.
    Projector,
    /// The presenter view (`--presenter`), which connects to the projector and follows it.
    Presenter,
}

/// What changed on the link, for the footer's one-line notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The other end connected.
    Joined,
    /// The other end went away.
    Gone,
}

/// One end of the link between the projector's terminal and the presenter view: a Unix
/// socket in a directory only the user can enter, one JSON message a line (see `protocol`). The
/// projector listens, the presenter view connects; either may come and go during a talk.
pub struct Link {
    /// Which end this is.
    pub end: End,
    path: PathBuf,
    listener: Option<UnixListener>,
    peer: Option<(UnixStream, BufReader<UnixStream>)>,
    last_try: Option<Instant>,
    last_sent: Option<Shown>,
    /// The projector's state as last received (presenter view).
    pub remote: Option<Shown>,
}

impl Link {
    /// The projector's end: listens at `path`, replacing a socket left by a process that ended.
    pub fn listen(path: PathBuf) -> io::Result<Link> {
        if path.exists() && UnixStream::connect(&path).is_err() {
            let _ = std::fs::remove_file(&path);
        }
        let listener = UnixListener::bind(&path).map_err(|e| {
            if e.kind() == io::ErrorKind::AddrInUse {
                io::Error::new(
                    e.kind(),
                    "another `yijian --present` is already showing slides",
                )
            } else {
                e
            }
        })?;
        listener.set_nonblocking(true)?;
        Ok(Link {
            end: End::Projector,
            path,
            listener: Some(listener),
            peer: None,
            last_try: None,
            last_sent: None,
            remote: None,
        })
    }

    /// The presenter view's end: connects now or later.
    pub fn join(path: PathBuf) -> Link {
        Link {
            end: End::Presenter,
            path,
            listener: None,
            peer: None,
            last_try: None,
            last_sent: None,
            remote: None,
        }
    }

    /// The other end is connected now.
    pub fn connected(&self) -> bool {
        self.peer.is_some()
    }

    fn adopt(&mut self, stream: UnixStream) -> Option<Event> {
        // Only this user's processes: the directory's mode keeps others out, this makes sure.
        if !socket::same_user(&stream) || stream.set_nonblocking(true).is_err() {
            return None;
        }
        let reader = BufReader::new(stream.try_clone().ok()?);
        self.peer = Some((stream, reader));
        self.last_sent = None;
        Some(Event::Joined)
    }

    /// Accepts or makes the connection, reads what arrived and applies it to `app`. Returns a
    /// change of connection, if any.
    pub fn poll(&mut self, app: &mut App) -> Option<Event> {
        let mut event = None;
        if let Some(l) = &self.listener
            && let Ok((stream, _)) = l.accept()
        {
            // A new presenter view replaces an old one.
            event = self.adopt(stream);
        }
        if self.end == End::Presenter && self.peer.is_none() {
            let due = self
                .last_try
                .is_none_or(|t| t.elapsed() >= Duration::from_secs(1));
            if due {
                self.last_try = Some(Instant::now());
                if let Ok(stream) = UnixStream::connect(&self.path) {
                    event = self.adopt(stream);
                }
            }
        }
        let mut lines = Vec::new();
        let mut gone = false;
        if let Some((_, reader)) = &mut self.peer {
            loop {
                let mut line = String::new();
                match reader.read_line(&mut line) {
                    Ok(0) => {
                        gone = true;
                        break;
                    }
                    Ok(_) if line.ends_with('\n') => lines.push(line),
                    Ok(_) => break,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(_) => {
                        gone = true;
                        break;
                    }
                }
            }
        }
        for line in lines {
            match serde_json::from_str::<Message>(&line) {
                Ok(Message::Command(c)) if self.end == End::Projector => run(app, c),
                Ok(Message::Shown(s)) if self.end == End::Presenter => {
                    adopt_state(app, &s);
                    self.remote = Some(s);
                }
                _ => {}
            }
        }
        if gone {
            self.peer = None;
            self.remote = None;
            event = Some(Event::Gone);
        }
        event
    }

    fn send(&mut self, m: &Message) {
        let Some((stream, _)) = &mut self.peer else {
            return;
        };
        let mut line = serde_json::to_string(m).unwrap_or_default();
        line.push('\n');
        if stream.write_all(line.as_bytes()).is_err() {
            self.peer = None;
            self.remote = None;
        }
    }

    /// Projector: sends the slide state, shown on a terminal of `size` (columns, rows), when it
    /// differs from what the other end last got.
    pub fn publish(&mut self, app: &App, size: (u16, u16)) {
        if self.end != End::Projector {
            return;
        }
        let Some(s) = shown(app, size) else {
            return;
        };
        if self.last_sent.as_ref() != Some(&s) {
            self.send(&Message::Shown(s.clone()));
            self.last_sent = Some(s);
        }
    }

    /// Presenter view: hands a key's meaning to the projector. True when it was sent (the
    /// projector's answer then moves this view).
    pub fn forward(&mut self, app: &App, action: &Action) -> bool {
        if self.end != End::Presenter || !self.connected() {
            return false;
        }
        let Some(c) = command_for(app, action) else {
            return false;
        };
        self.send(&Message::Command(c));
        self.connected()
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        if self.listener.is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Sets up this terminal's end of a talk: the projector's (`--present`) or the presenter view's
/// (`--presenter`); `None` for neither. `runtime` is `$XDG_RUNTIME_DIR`. The projector goes on
/// alone if it cannot listen (another projector, say), with the reason as a notice.
pub fn start(
    present: bool,
    presenter: bool,
    app: &mut App,
    runtime: Option<&str>,
) -> Result<Option<Link>, String> {
    use crate::app::{LinkState, Role};
    if !present && !presenter {
        return Ok(None);
    }
    let state = LinkState {
        connected: false,
        news: None,
        started: std::time::SystemTime::now(),
        page: None,
        size: None,
    };
    let path = socket::path(runtime);
    if presenter {
        let path = path.map_err(|e| format!("cannot reach the slides: {e}"))?;
        app.set_role(Role::Presenter(state));
        return Ok(Some(Link::join(path)));
    }
    match path.and_then(Link::listen) {
        Ok(link) => {
            app.set_role(Role::Projector(state));
            Ok(Some(link))
        }
        Err(e) => {
            app.apply(Action::Notify(crate::app::Notice::NoPresenterView(
                e.to_string(),
            )));
            Ok(None)
        }
    }
}

/// Records a change of connection in the app, for the footers.
pub fn note(app: &mut App, event: Event) {
    app.apply(Action::Link(match event {
        Event::Joined => crate::app::LinkNews::Joined,
        Event::Gone => crate::app::LinkNews::Gone,
    }));
}
