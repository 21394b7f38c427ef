//! The events of the one YAML document a file holds, as the deserializer asks for them: straight
//! from the parser, or replayed from a recording where an alias (`*name`) repeats an anchored node
//! (`&name`). Only anchored nodes are recorded, so a file without anchors keeps no events at all,
//! however large it is; this is what keeps a load's memory close to the size of what it builds.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Error;
use super::cut::Trail;
use super::events::{Mark, Raw, Scalar};
use super::source::Events;

#[derive(Debug, Clone)]
pub enum Event<'a> {
    /// Where the anchored node starts in the recording.
    Alias(usize),
    Scalar(Scalar<'a>),
    SequenceStart(Option<Box<str>>),
    SequenceEnd,
    MappingStart(Option<Box<str>>),
    MappingEnd,
    /// A stream with no document at all.
    Void,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    InDocument,
    /// The document ended (or the stream was empty): nothing more to read in it.
    Ended,
}

pub struct Stream<'a> {
    events: Events<'a>,
    stop: &'a AtomicBool,
    state: State,
    peeked: Option<(Event<'a>, Mark)>,
    /// Events of anchored nodes, with those of anchored nodes inside them shared, not repeated.
    tape: Vec<(Event<'a>, Mark)>,
    anchors: HashMap<Box<str>, usize>,
    /// For each anchored node still open, the nesting depth it started at.
    open: Vec<usize>,
    depth: usize,
    /// Events of the document read so far.
    count: usize,
    jumps: usize,
    /// The parser stops at its first error, so every later read returns it again.
    failed: Option<Error>,
    /// The least nesting room a reader had left (serde_yaml's guard counts down from 128).
    pub(super) least_room: u8,
    /// Kept only when reading the first part of a cut file (see `cut`).
    pub(super) trail: Option<Trail>,
}

impl<'a> Stream<'a> {
    pub fn new(events: Events<'a>, stop: &'a AtomicBool) -> Stream<'a> {
        Stream {
            events,
            stop,
            state: State::InDocument,
            peeked: None,
            tape: Vec::new(),
            anchors: HashMap::new(),
            open: Vec::new(),
            depth: 0,
            count: 0,
            jumps: 0,
            failed: None,
            least_room: super::reader::ROOM,
            trail: None,
        }
    }

    /// The next event without taking it: from the parser (`at` is None) or a recording.
    pub fn peek(&mut self, at: Option<usize>) -> Result<(&Event<'a>, Mark), Error> {
        if let Some(pos) = at {
            return match self.tape.get(pos) {
                Some((event, mark)) => Ok((event, *mark)),
                None => Err(self.off_the_tape()),
            };
        }
        if self.peeked.is_none() {
            self.peeked = Some(self.pull()?);
        }
        let (event, mark) = self.peeked.as_ref().expect("just filled");
        Ok((event, *mark))
    }

    pub fn next(&mut self, at: Option<&mut usize>) -> Result<(Event<'a>, Mark), Error> {
        if let Some(pos) = at {
            let found = self.tape.get(*pos).cloned();
            *pos += 1;
            return found.ok_or_else(|| self.off_the_tape());
        }
        match self.peeked.take() {
            Some(next) => Ok(next),
            None => self.pull(),
        }
    }

    /// Gives back the event just taken, to be read again.
    pub fn unread(&mut self, at: Option<&mut usize>, event: Event<'a>, mark: Mark) {
        match at {
            Some(pos) => *pos -= 1,
            None => self.peeked = Some((event, mark)),
        }
    }

    /// Counts an alias being followed. serde_yaml allows 100 jumps per event of the document;
    /// a stream does not know its document's length until the end, so the limit grows with the
    /// events read so far (which only makes it stricter for aliases that come early).
    pub fn jump(&mut self) -> Result<(), Error> {
        self.jumps += 1;
        if self.jumps > self.count * 100 {
            return Err(Error::new(super::ErrorKind::RepetitionLimitExceeded, None));
        }
        Ok(())
    }

    /// A replay can only run past what was recorded when an alias sits inside the node it
    /// repeats; serde_yaml would recurse there until its recursion limit.
    fn off_the_tape(&self) -> Error {
        let mark = self.tape.last().map(|(_, m)| *m);
        Error::new(super::ErrorKind::RecursionLimitExceeded, mark)
    }

    /// After the top-level value: the document must end without error, and be the only one.
    /// Gives where the stream ended.
    pub fn finish(&mut self) -> Result<Mark, Error> {
        // Whatever is left of the document (only its end, unless the parser fails) is skipped.
        while self.state == State::InDocument {
            if let Err(e) = self.pull()
                && self.state == State::InDocument
            {
                return Err(e);
            }
        }
        match self.events.next_event() {
            Ok((Raw::StreamEnd, mark)) => Ok(mark),
            _ => Err(Error::new(super::ErrorKind::MoreThanOneDocument, None)),
        }
    }

    fn pull(&mut self) -> Result<(Event<'a>, Mark), Error> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        if self.state == State::Ended {
            return Err(Error::new(super::ErrorKind::EndOfStream, None));
        }
        let pulled = self.read();
        if let Err(e) = &pulled
            && self.state == State::InDocument
        {
            self.failed = Some(e.clone());
        }
        pulled
    }

    fn read(&mut self) -> Result<(Event<'a>, Mark), Error> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(Error::new(super::ErrorKind::Stopped, None));
        }
        loop {
            let (raw, mark) = self.events.next_event().map_err(Error::parse)?;
            let (event, anchor) = match raw {
                Raw::StreamStart | Raw::DocumentStart => continue,
                Raw::DocumentEnd => {
                    self.state = State::Ended;
                    return Err(Error::new(super::ErrorKind::EndOfStream, None));
                }
                Raw::StreamEnd => {
                    self.state = State::Ended;
                    if self.count > 0 {
                        return Err(Error::new(super::ErrorKind::EndOfStream, None));
                    }
                    self.count = 1;
                    return Ok((Event::Void, mark));
                }
                Raw::Alias(name) => match self.anchors.get(&name) {
                    Some(&start) => (Event::Alias(start), None),
                    None => {
                        return Err(Error::new(super::ErrorKind::UnknownAnchor, Some(mark)));
                    }
                },
                Raw::Scalar(s, anchor) => (Event::Scalar(s), anchor),
                Raw::SequenceStart(anchor, tag) => (Event::SequenceStart(tag), anchor),
                Raw::MappingStart(anchor, tag) => (Event::MappingStart(tag), anchor),
                Raw::SequenceEnd => (Event::SequenceEnd, None),
                Raw::MappingEnd => (Event::MappingEnd, None),
            };
            self.count += 1;
            if let Some(trail) = &mut self.trail {
                trail.see(&event, mark);
            }
            self.record(&event, anchor, mark);
            return Ok((event, mark));
        }
    }

    fn record(&mut self, event: &Event<'a>, anchor: Option<Box<str>>, mark: Mark) {
        if let Some(name) = anchor {
            // A later anchor of the same name hides the earlier one, as in serde_yaml.
            self.anchors.insert(name, self.tape.len());
            self.open.push(self.depth);
        }
        if !self.open.is_empty() {
            self.tape.push((event.clone(), mark));
        }
        match event {
            Event::SequenceStart(_) | Event::MappingStart(_) => self.depth += 1,
            Event::SequenceEnd | Event::MappingEnd => self.depth -= 1,
            _ => {}
        }
        while self.open.last() == Some(&self.depth) {
            self.open.pop();
        }
    }
}
