//! Reading a file cut in two at the start of a line, each part on its own thread, with what it
//! takes to prove that the two parts give the same values as the whole would.
//!
//! The cut is made before a sequence entry (`    - id: …`) of a block sequence that runs to the
//! end of the file. The head (everything before the cut) is read as a document of its own, in
//! which the end of the text closes that sequence and everything around it; the tail is read as a
//! document whose top level is a sequence of its own. The two are the whole file's values only if
//! the sequence the head left open at the cut is the tail's, so the head keeps a trail of the
//! collections it closes last, and both report what serde_yaml's nesting guard would have seen.
//! When anything does not fit, the caller reads the file whole, as before.

use std::sync::atomic::AtomicBool;

use serde::Deserialize;

use super::Error;
use super::events::{Mark, Parser};
use super::reader::{De, ROOM};
use super::source::{Events, with_events};
use super::stream::{Event, Stream};

/// Where the tail joins the head: the sequence left open at the cut, seen from the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Joint {
    /// Collections around the sequence (the file's top-level mapping among them).
    pub enclosing: usize,
    /// Sequences from the top down to this one, itself included.
    pub sequences: usize,
}

impl Joint {
    /// Whether a tail that took `levels` of nesting, read here, stays within serde_yaml's guard.
    pub fn has_room_for(&self, levels: usize) -> bool {
        self.enclosing + levels <= usize::from(ROOM)
    }
}

/// The collections a reading has open, and those it closed since it last read anything else.
#[derive(Default)]
pub struct Trail {
    /// Whether each is a sequence, and the column it starts at.
    open: Vec<(bool, u64)>,
    /// Innermost first, with where each was closed.
    closed: Vec<(bool, u64, Mark)>,
}

impl Trail {
    pub fn see(&mut self, event: &Event, mark: Mark) {
        match event {
            Event::SequenceStart(_) | Event::MappingStart(_) => {
                self.closed.clear();
                let sequence = matches!(event, Event::SequenceStart(_));
                self.open.push((sequence, mark.column));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((sequence, column)) = self.open.pop() {
                    self.closed.push((sequence, column, mark));
                }
            }
            _ => self.closed.clear(),
        }
    }

    /// The block sequence at `column` that only the end of the text (at `end`) closed, if the
    /// head ended inside one.
    fn joint(&self, column: u64, end: Mark) -> Option<Joint> {
        let at = self
            .closed
            .iter()
            .position(|&(sequence, c, _)| sequence && c == column)?;
        // Closed earlier than the very end (by `...`, say), it was not open at the cut.
        let around = &self.closed[at..];
        if !self.open.is_empty() || around.iter().any(|&(_, _, m)| m != end) {
            return None;
        }
        Some(Joint {
            enclosing: around.len() - 1,
            sequences: around.iter().filter(|c| c.0).count(),
        })
    }
}

/// Reads the head of a cut file as a `T`, and where a tail whose sequence starts at `column`
/// joins it (None when it cannot).
pub fn from_head_until<'de, T: Deserialize<'de>>(
    src: &'de str,
    column: u64,
    stop: &'de AtomicBool,
) -> Result<(T, Option<Joint>), Error> {
    with_events(src, |events| {
        let mut stream = Stream::new(events, stop);
        stream.trail = Some(Trail::default());
        let value = T::deserialize(&mut De::root(&mut stream))?;
        let end = stream.finish()?;
        let joint = stream.trail.as_ref().and_then(|t| t.joint(column, end));
        Ok((value, joint))
    })
}

/// Reads the tail of a cut file, on the calling thread, as the elements of the sequence that
/// starts at `column` on its first line; also gives how many levels of nesting they took
/// (the sequence's own included). None when the tail is not such a sequence.
pub fn from_tail_until<'de, T: Deserialize<'de>>(
    src: &'de str,
    column: u64,
    stop: &'de AtomicBool,
) -> Result<Option<(Vec<T>, usize)>, Error> {
    let mut stream = Stream::new(Events::Here(Parser::new(src)), stop);
    match stream.peek(None)? {
        (Event::SequenceStart(None), mark) if mark.line == 0 && mark.column == column => {}
        _ => return Ok(None),
    }
    let values = Vec::<T>::deserialize(&mut De::root(&mut stream))?;
    stream.finish()?;
    Ok(Some((values, usize::from(ROOM - stream.least_room))))
}
