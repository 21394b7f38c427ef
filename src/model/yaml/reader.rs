//! Where the deserializer is in the events: one reader per value being read, with its path for
//! messages, its place (the parser, or a recording when it follows an alias) and serde_yaml's
//! guards on nesting and on alias repetition.

use serde::de::{Unexpected, Visitor};

use super::events::{Mark, Style};
use super::scalar::{self, invalid_type};
use super::stream::{Event, Stream};
use super::{Error, ErrorKind, Path};

type Result<T> = std::result::Result<T, Error>;

/// How deep serde_yaml lets collections nest.
pub(super) const ROOM: u8 = 128;

/// Reads one value at `pos` in a recording, or from the parser when `pos` is None.
pub struct De<'de, 'a> {
    pub(super) stream: &'a mut Stream<'de>,
    pub(super) pos: Option<&'a mut usize>,
    pub(super) path: Path<'a>,
    /// serde_yaml's guard against deep nesting (and against an alias inside its own anchor).
    pub(super) remaining_depth: u8,
    /// Set while reading the value of a variant named by a tag (`!name value`).
    pub(super) current_enum: Option<CurrentEnum>,
}

#[derive(Clone)]
pub struct CurrentEnum {
    pub name: Option<&'static str>,
    pub tag: Box<str>,
}

impl<'de, 'a> De<'de, 'a> {
    pub fn root(stream: &'a mut Stream<'de>) -> Self {
        De {
            stream,
            pos: None,
            path: Path::Root,
            remaining_depth: ROOM,
            current_enum: None,
        }
    }

    /// A reader for a value inside this one, at the same place in the events.
    pub(super) fn child<'b>(
        &'b mut self,
        path: impl FnOnce(&'b Path<'a>) -> Path<'b>,
    ) -> De<'de, 'b> {
        De {
            stream: &mut *self.stream,
            pos: self.pos.as_deref_mut(),
            path: path(&self.path),
            remaining_depth: self.remaining_depth,
            current_enum: None,
        }
    }

    pub(super) fn peek(&mut self) -> Result<(&Event<'de>, Mark)> {
        let at = self.pos.as_deref().copied();
        self.stream.peek(at)
    }

    pub(super) fn next(&mut self) -> Result<(Event<'de>, Mark)> {
        let next = self.stream.next(self.pos.as_deref_mut())?;
        self.current_enum = None;
        Ok(next)
    }

    /// Follows an alias: a reader of the anchored node's recording, starting at `pos`.
    pub(super) fn jump<'b>(&'b mut self, pos: &'b mut usize) -> Result<De<'de, 'b>> {
        self.stream.jump()?;
        Ok(De {
            stream: &mut *self.stream,
            pos: Some(pos),
            path: Path::Alias { parent: &self.path },
            remaining_depth: self.remaining_depth,
            current_enum: None,
        })
    }

    pub(super) fn recursion_check<T>(
        &mut self,
        mark: Mark,
        f: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<T> {
        let previous = self.remaining_depth;
        self.remaining_depth = previous
            .checked_sub(1)
            .ok_or_else(|| Error::new(ErrorKind::RecursionLimitExceeded, Some(mark)))?;
        self.stream.least_room = self.stream.least_room.min(self.remaining_depth);
        let result = f(self);
        self.remaining_depth = previous;
        result
    }

    /// A number or boolean: plain scalars (or literal ones tagged with `tag`) that `parse` takes.
    pub(super) fn number<V: Visitor<'de>, T>(
        &mut self,
        visitor: V,
        tag: &str,
        parse: fn(&str) -> Option<T>,
        visit: fn(V, T) -> Result<V::Value>,
    ) -> Result<V::Value> {
        let tagged_already = self.current_enum.is_some();
        let (next, mark) = self.next()?;
        match &next {
            Event::Alias(pos) => self.jump(&mut { *pos })?.number(visitor, tag, parse, visit),
            Event::Scalar(s) if scalar::plain_or_tagged_literal(tag, s, tagged_already) => {
                match parse(&s.value) {
                    Some(n) => visit(visitor, n),
                    None => Err(invalid_type(&next, &visitor)),
                }
            }
            _ => Err(invalid_type(&next, &visitor)),
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    /// Whether the next value is empty where a sequence or mapping was expected, which
    /// serde_yaml reads as an empty one.
    pub(super) fn is_empty(event: &Event) -> bool {
        match event {
            Event::Void => true,
            Event::Scalar(s) => s.value.is_empty() && s.style == Style::Plain,
            _ => false,
        }
    }
}
/// What `deserialize_enum` and `deserialize_option` need to know of the next event.
pub enum Ahead {
    Alias(usize),
    Scalar { empty: bool, tag: Option<Box<str>> },
    Collection(Unexpected<'static>, Option<Box<str>>),
    Void,
}

impl Ahead {
    pub fn of(event: &Event) -> Result<Ahead> {
        let tag = |t: &Option<Box<str>>| scalar::enum_tag(t.as_deref()).map(Box::from);
        Ok(match event {
            Event::Alias(pos) => Ahead::Alias(*pos),
            Event::Scalar(s) => Ahead::Scalar {
                empty: s.value.is_empty(),
                tag: tag(&s.tag),
            },
            Event::SequenceStart(t) => Ahead::Collection(Unexpected::Seq, tag(t)),
            Event::MappingStart(t) => Ahead::Collection(Unexpected::Map, tag(t)),
            Event::Void => Ahead::Void,
            Event::SequenceEnd | Event::MappingEnd => {
                return Err(Error::new(ErrorKind::EndOfStream, None));
            }
        })
    }
}
