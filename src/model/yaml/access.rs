//! How serde walks into sequences, mappings and enum variants: one reader per element, key or
//! value, each knowing its path (`children[3]`, `title`) for the messages, and the checks at the
//! end of a collection (that nothing was left unread) that serde_yaml makes.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Expected, IgnoredAny, Unexpected, Visitor};

use super::events::Mark;
use super::reader::{CurrentEnum, De};
use super::stream::Event;
use super::{Error, ErrorKind, Path};

type Result<T> = std::result::Result<T, Error>;

pub struct SeqAccess<'de, 'a, 'b> {
    empty: bool,
    de: &'b mut De<'de, 'a>,
    len: usize,
}

pub struct MapAccess<'de, 'a, 'b> {
    empty: bool,
    de: &'b mut De<'de, 'a>,
    len: usize,
    key: Option<Cow<'de, str>>,
}

impl<'de, 'a> De<'de, 'a> {
    pub(super) fn empty_seq(&mut self) -> SeqAccess<'de, 'a, '_> {
        SeqAccess {
            empty: true,
            de: self,
            len: 0,
        }
    }

    pub(super) fn empty_map(&mut self) -> MapAccess<'de, 'a, '_> {
        MapAccess {
            empty: true,
            de: self,
            len: 0,
            key: None,
        }
    }

    pub(super) fn visit_sequence<V: Visitor<'de>>(&mut self, v: V, mark: Mark) -> Result<V::Value> {
        let (value, len) = self.recursion_check(mark, |de| {
            let mut seq = SeqAccess {
                empty: false,
                de,
                len: 0,
            };
            let value = v.visit_seq(&mut seq)?;
            Ok((value, seq.len))
        })?;
        let mut seq = SeqAccess {
            empty: false,
            de: self,
            len,
        };
        while de::SeqAccess::next_element::<IgnoredAny>(&mut seq)?.is_some() {}
        let total = seq.len;
        self.end(total, len, "sequence of", ("element", "elements"))?;
        Ok(value)
    }

    pub(super) fn visit_mapping<V: Visitor<'de>>(&mut self, v: V, mark: Mark) -> Result<V::Value> {
        let (value, len) = self.recursion_check(mark, |de| {
            let mut map = MapAccess {
                empty: false,
                de,
                len: 0,
                key: None,
            };
            let value = v.visit_map(&mut map)?;
            Ok((value, map.len))
        })?;
        let mut map = MapAccess {
            empty: false,
            de: self,
            len,
            key: None,
        };
        while de::MapAccess::next_entry::<IgnoredAny, IgnoredAny>(&mut map)?.is_some() {}
        let total = map.len;
        self.end(total, len, "map containing", ("entry", "entries"))?;
        Ok(value)
    }

    /// Takes the end of a collection of `total` items of which the visitor read `read`.
    fn end(&mut self, total: usize, read: usize, what: &str, noun: (&str, &str)) -> Result<()> {
        match self.next()?.0 {
            Event::SequenceEnd | Event::MappingEnd | Event::Void => {}
            _ => return Err(Error::new(ErrorKind::EndOfStream, None)),
        }
        if total == read {
            return Ok(());
        }
        struct Count<'s>(usize, &'s str, (&'s str, &'s str));
        impl Expected for Count<'_> {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                let noun = if self.0 == 1 { self.2.0 } else { self.2.1 };
                write!(f, "{} {} {noun}", self.1, self.0)
            }
        }
        Err(de::Error::invalid_length(total, &Count(read, what, noun)))
    }

    /// Skips one value without following its aliases.
    pub(super) fn ignore_any(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.next()?.0 {
                Event::SequenceStart(_) | Event::MappingStart(_) => depth += 1,
                Event::SequenceEnd | Event::MappingEnd => {
                    depth = depth
                        .checked_sub(1)
                        .ok_or_else(|| Error::new(ErrorKind::EndOfStream, None))?;
                }
                Event::Alias(_) | Event::Scalar(_) | Event::Void => {}
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'de, '_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.empty {
            return Ok(None);
        }
        match self.de.peek()?.0 {
            Event::SequenceEnd | Event::Void => Ok(None),
            _ => {
                let index = self.len;
                self.len += 1;
                let mut element = self.de.child(|parent| Path::Seq { parent, index });
                seed.deserialize(&mut element).map(Some)
            }
        }
    }
}

impl<'de> de::MapAccess<'de> for MapAccess<'de, '_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.empty {
            return Ok(None);
        }
        self.key = match self.de.peek()?.0 {
            Event::MappingEnd | Event::Void => return Ok(None),
            Event::Scalar(s) => Some(s.value.clone()),
            _ => None,
        };
        self.len += 1;
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let key = self.key.as_deref();
        let mut value = self.de.child(|parent| match key {
            Some(key) => Path::Map { parent, key },
            None => Path::Unknown { parent },
        });
        seed.deserialize(&mut value)
    }
}

/// A variant named by a tag (`!name value`), whose value is the tagged node read again.
pub struct EnumAccess<'de, 'a, 'b> {
    de: &'b mut De<'de, 'a>,
    name: Option<&'static str>,
    tag: Box<str>,
}

impl<'de, 'a, 'b> EnumAccess<'de, 'a, 'b> {
    pub fn new(de: &'b mut De<'de, 'a>, name: Option<&'static str>, tag: Box<str>) -> Self {
        EnumAccess { de, name, tag }
    }
}

impl<'de, 'b> de::EnumAccess<'de> for EnumAccess<'de, '_, 'b> {
    type Error = Error;
    type Variant = De<'de, 'b>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self::Variant)> {
        let variant = seed.deserialize(de::value::StrDeserializer::<Error>::new(&self.tag))?;
        let de = self.de;
        let path = de.path;
        let mut value = de.child(|_| path);
        value.current_enum = Some(CurrentEnum {
            name: self.name,
            tag: self.tag,
        });
        Ok((variant, value))
    }
}

impl<'de> de::VariantAccess<'de> for De<'de, '_> {
    type Error = Error;

    fn unit_variant(mut self) -> Result<()> {
        de::Deserialize::deserialize(&mut self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(mut self, seed: T) -> Result<T::Value> {
        seed.deserialize(&mut self)
    }

    fn tuple_variant<V: Visitor<'de>>(mut self, _: usize, v: V) -> Result<V::Value> {
        de::Deserializer::deserialize_seq(&mut self, v)
    }

    fn struct_variant<V: Visitor<'de>>(
        mut self,
        f: &'static [&'static str],
        v: V,
    ) -> Result<V::Value> {
        de::Deserializer::deserialize_struct(&mut self, "", f, v)
    }
}

/// A variant named by a plain scalar: only unit variants can be written so.
pub struct UnitVariantAccess<'de, 'a, 'b> {
    pub de: &'b mut De<'de, 'a>,
}

impl<'de> de::EnumAccess<'de> for UnitVariantAccess<'de, '_, '_> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        Ok((seed.deserialize(&mut *self.de)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariantAccess<'de, '_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"newtype variant",
        ))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"tuple variant",
        ))
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"struct variant",
        ))
    }
}
