//! The serde `Deserializer` over the stream of events. Each method reads the events of one value
//! and follows aliases into their recordings; which events each type accepts, and where an error
//! is placed (at the event being read, with the path to it), follow serde_yaml 0.9 method by
//! method, because those choices are what the reader sees in a message.

use serde::de::{self, Unexpected, Visitor};

use super::events::Style;
use super::reader::{Ahead, De};
use super::scalar::{self, BOOL, FLOAT, INT, NULL, invalid_type, parse_null, visit_str};
use super::stream::Event;
use super::{Error, ErrorKind};

type Result<T> = std::result::Result<T, Error>;

macro_rules! forward {
    ($($method:ident => $to:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.$to(visitor)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &mut De<'de, '_> {
    type Error = Error;

    forward! {
        deserialize_i8 => deserialize_i64, deserialize_i16 => deserialize_i64,
        deserialize_i32 => deserialize_i64, deserialize_u8 => deserialize_u64,
        deserialize_u16 => deserialize_u64, deserialize_u32 => deserialize_u64,
        deserialize_f32 => deserialize_f64, deserialize_char => deserialize_str,
        deserialize_string => deserialize_str, deserialize_identifier => deserialize_str,
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let tagged_already = self.current_enum.is_some();
        let (next, mark) = self.next()?;
        let tag = match &next {
            Event::Scalar(s) => s.tag.as_deref(),
            Event::SequenceStart(t) | Event::MappingStart(t) => t.as_deref(),
            _ => None,
        };
        match scalar::enum_tag(tag)
            .filter(|_| !tagged_already)
            .map(Box::from)
        {
            Some(tag) => {
                // The tagged node is read again as the variant's value.
                self.stream.unread(self.pos.as_deref_mut(), next, mark);
                visitor.visit_enum(super::access::EnumAccess::new(self, None, tag))
            }
            None => match next {
                Event::Alias(mut pos) => self.jump(&mut pos)?.deserialize_any(visitor),
                Event::Scalar(s) => scalar::visit_scalar(visitor, &s, tagged_already),
                Event::SequenceStart(_) => self.visit_sequence(visitor, mark),
                Event::MappingStart(_) => self.visit_mapping(visitor, mark),
                Event::Void => visitor.visit_none(),
                other => Err(invalid_type(&other, &visitor)),
            },
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.number(visitor, BOOL, scalar::parse_bool, |v, b| v.visit_bool(b))
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let parse = |s: &str| scalar::parse_signed(s, i64::from_str_radix);
        self.number(visitor, INT, parse, |v, n| v.visit_i64(n))
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let parse = |s: &str| scalar::parse_signed(s, i128::from_str_radix);
        self.number(visitor, INT, parse, |v, n| v.visit_i128(n))
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let parse = |s: &str| scalar::parse_unsigned(s, u64::from_str_radix);
        self.number(visitor, INT, parse, |v, n| v.visit_u64(n))
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let parse = |s: &str| scalar::parse_unsigned(s, u128::from_str_radix);
        self.number(visitor, INT, parse, |v, n| v.visit_u128(n))
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.number(visitor, FLOAT, scalar::parse_f64, |v, f| v.visit_f64(f))
    }

    /// Any scalar is a string, whatever its tag or what it would resolve to.
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let (next, mark) = self.next()?;
        match next {
            Event::Scalar(s) => visit_str(visitor, &s.value),
            Event::Alias(mut pos) => self.jump(&mut pos)?.deserialize_str(visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error::new(ErrorKind::BytesUnsupported, None))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error::new(ErrorKind::BytesUnsupported, None))
    }

    /// `~`, `null` and an empty plain scalar are None; quoted, they are strings. (serde_yaml
    /// leaves an error here unplaced, so the enclosing value's position is reported.)
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let tagged_already = self.current_enum.is_some();
        let (event, _) = self.peek()?;
        let some = match event {
            Event::Alias(pos) => {
                let mut pos = *pos;
                self.next()?;
                return self.jump(&mut pos)?.deserialize_option(visitor);
            }
            Event::Scalar(s) if s.style != Style::Plain => true,
            Event::Scalar(s) => match s.tag.as_deref() {
                Some(NULL) if !tagged_already && parse_null(&s.value) => false,
                Some(NULL) if !tagged_already => {
                    let v = Unexpected::Str(&s.value);
                    return Err(de::Error::invalid_value(v, &"null"));
                }
                Some(_) if !tagged_already => true,
                _ => !s.value.is_empty() && !parse_null(&s.value),
            },
            Event::Void => false,
            _ => true,
        };
        if some {
            visitor.visit_some(self)
        } else {
            self.next()?;
            visitor.visit_none()
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let tagged_already = self.current_enum.is_some();
        let (next, mark) = self.next()?;
        match next {
            Event::Scalar(s) => {
                let null = match s.tag.as_deref() {
                    _ if s.style != Style::Plain => false,
                    Some(tag) if !tagged_already => tag == NULL && parse_null(&s.value),
                    _ => s.value.is_empty() || parse_null(&s.value),
                };
                if null {
                    visitor.visit_unit()
                } else {
                    Err(de::Error::invalid_value(Unexpected::Str(&s.value), &"null"))
                }
            }
            Event::Alias(mut pos) => self.jump(&mut pos)?.deserialize_unit(visitor),
            Event::Void => visitor.visit_unit(),
            other => Err(invalid_type(&other, &visitor)),
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &str, visitor: V) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        let (_, mark) = self.peek()?;
        self.recursion_check(mark, |de| visitor.visit_newtype_struct(de))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let (next, mark) = self.next()?;
        match next {
            Event::Alias(mut pos) => self.jump(&mut pos)?.deserialize_seq(visitor),
            Event::SequenceStart(_) => self.visit_sequence(visitor, mark),
            other if De::is_empty(&other) => visitor.visit_seq(self.empty_seq()),
            other => Err(invalid_type(&other, &visitor)),
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let (next, mark) = self.next()?;
        match next {
            Event::Alias(mut pos) => self.jump(&mut pos)?.deserialize_map(visitor),
            Event::MappingStart(_) => self.visit_mapping(visitor, mark),
            other if De::is_empty(&other) => visitor.visit_map(self.empty_map()),
            other => Err(invalid_type(&other, &visitor)),
        }
        .map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    /// A unit variant is a plain scalar (`kind: section`); other variants need a tag.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let (event, mark) = self.peek()?;
        let ahead = Ahead::of(event);
        let result = if let Some(current) = &self.current_enum {
            if let Ok(Ahead::Scalar { empty: false, .. }) = ahead {
                visitor.visit_enum(super::access::UnitVariantAccess { de: self })
            } else {
                let (tag, message) = (&current.tag, "from YAML is not supported yet");
                Err(de::Error::custom(match current.name {
                    Some(name) => format!("deserializing nested enum in {name}::{tag} {message}"),
                    None => format!("deserializing nested enum in !{tag} {message}"),
                }))
            }
        } else {
            match ahead? {
                Ahead::Alias(mut pos) => {
                    self.next()?;
                    self.jump(&mut pos)?
                        .deserialize_enum(name, variants, visitor)
                }
                Ahead::Scalar { tag: Some(tag), .. } | Ahead::Collection(_, Some(tag)) => {
                    // serde_yaml leaves errors from here unplaced.
                    let access = super::access::EnumAccess::new(self, Some(name), tag);
                    return visitor.visit_enum(access);
                }
                Ahead::Scalar { tag: None, .. } => {
                    visitor.visit_enum(super::access::UnitVariantAccess { de: self })
                }
                Ahead::Collection(what, None) => Err(de::Error::invalid_type(
                    what,
                    &"a YAML tag starting with '!'",
                )),
                Ahead::Void => Err(Error::new(ErrorKind::EndOfStream, None)),
            }
        };
        result.map_err(|e| e.fix(mark, &self.path))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ignore_any()?;
        visitor.visit_unit()
    }
}
