//! Where the parser's events come from: for a large file, a second thread runs libyaml and sends
//! its events over in batches, so that scanning the text (the larger part of a load) overlaps with
//! building values from it; a small file is parsed on the calling thread. The events, and so the
//! results and errors, are the same either way.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use super::events::{Mark, ParseError, Parser, Raw};

pub type Item<'a> = Result<(Raw<'a>, Mark), ParseError>;

/// Below this many bytes a thread costs more than it saves.
pub const THREAD_FROM: usize = 256 * 1024;
const BATCH: usize = 1024;
/// Batches in flight (about 90 KB each): enough to smooth out the two sides' pace, few enough to
/// keep memory small.
const IN_FLIGHT: usize = 8;

pub enum Events<'a> {
    Here(Parser<'a>),
    Elsewhere {
        batches: Receiver<Vec<Item<'a>>>,
        /// Emptied batches go back to be filled again: freeing them here, in memory the other
        /// thread allocated, made glibc consolidate that thread's heap every time.
        spare: SyncSender<Vec<Item<'a>>>,
        /// The current batch, last event first.
        batch: Vec<Item<'a>>,
        failed: Option<ParseError>,
    },
}

impl<'a> Events<'a> {
    /// The next event; after an error, the same error again.
    pub fn next_event(&mut self) -> Item<'a> {
        let (batches, spare, batch, failed) = match self {
            Events::Here(parser) => return parser.next_event(),
            Events::Elsewhere {
                batches,
                spare,
                batch,
                failed,
            } => (batches, spare, batch, failed),
        };
        if let Some(e) = failed {
            return Err(e.clone());
        }
        loop {
            match batch.pop() {
                Some(Err(e)) => {
                    *failed = Some(e.clone());
                    return Err(e);
                }
                Some(event) => return event,
                None => match batches.recv() {
                    Ok(next) => {
                        let empty = std::mem::replace(batch, next);
                        // Dropped instead when the other side has enough spares or has finished.
                        let _ = spare.try_send(empty);
                    }
                    // The parser thread stops after the end of the stream, as libyaml does.
                    Err(_) => return Ok((Raw::StreamEnd, Mark { line: 0, column: 0 })),
                },
            }
        }
    }
}

/// Runs `f` on the events of `src`, parsed on another thread when `src` is large.
pub fn with_events<'a, T>(src: &'a str, f: impl FnOnce(Events<'a>) -> T) -> T {
    if src.len() < THREAD_FROM {
        return f(Events::Here(Parser::new(src)));
    }
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel(IN_FLIGHT);
        // Room for every batch, so that none is freed on this side (see `Events::Elsewhere`).
        let (spare_tx, spare_rx) = sync_channel(IN_FLIGHT + 2);
        let spawned = std::thread::Builder::new()
            .name("yaml parser".into())
            .spawn_scoped(scope, move || produce(src, tx, spare_rx));
        match spawned {
            Ok(_) => f(Events::Elsewhere {
                batches: rx,
                spare: spare_tx,
                batch: Vec::new(),
                failed: None,
            }),
            Err(_) => f(Events::Here(Parser::new(src))),
        }
        // `f` has dropped the receiver, so the parser thread stops at its next send if it has
        // not finished; the scope waits for it.
    })
}

fn produce<'a>(src: &'a str, tx: SyncSender<Vec<Item<'a>>>, spare: Receiver<Vec<Item<'a>>>) {
    let mut parser = Parser::new(src);
    let mut batch = Vec::with_capacity(BATCH);
    loop {
        let item = parser.next_event();
        let last = matches!(item, Err(_) | Ok((Raw::StreamEnd, _)));
        batch.push(item);
        if last || batch.len() == BATCH {
            let next = spare
                .try_recv()
                .unwrap_or_else(|_| Vec::with_capacity(BATCH));
            // Spares beyond the one needed (left from the first checks' backlog) are freed here,
            // where they were allocated, instead of being held to the end.
            while let Ok(extra) = spare.try_recv() {
                drop(extra);
            }
            let mut full = std::mem::replace(&mut batch, next);
            // Taken from the end on the other side.
            full.reverse();
            if tx.send(full).is_err() || last {
                return;
            }
        }
    }
}
