//! What a scalar means: YAML 1.2 core-schema resolution of plain scalars (null, booleans,
//! integers in four bases, floats) and of the standard `!!` tags, exactly as serde_yaml 0.9
//! resolves them, since its rules decide both which files load and what the errors say.

use std::borrow::Cow;
use std::fmt;
use std::num::ParseIntError;

use serde::de::{Error as _, Expected, Unexpected, Visitor};

use super::Error;
use super::events::{Scalar, Style};
use super::stream::Event;

pub const NULL: &str = "tag:yaml.org,2002:null";
pub const BOOL: &str = "tag:yaml.org,2002:bool";
pub const INT: &str = "tag:yaml.org,2002:int";
pub const FLOAT: &str = "tag:yaml.org,2002:float";

type Result<T> = std::result::Result<T, Error>;
type Radix<T> = fn(&str, u32) -> std::result::Result<T, ParseIntError>;

pub fn parse_null(v: &str) -> bool {
    matches!(v, "null" | "Null" | "NULL" | "~")
}

pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

const BASES: [(&str, u32); 3] = [("0x", 16), ("0o", 8), ("0b", 2)];

fn signed(s: &str) -> bool {
    s.starts_with(['+', '-'])
}

pub fn parse_unsigned<T>(v: &str, from: Radix<T>) -> Option<T> {
    let unsigned = v.strip_prefix('+').unwrap_or(v);
    if let Some(found) = with_base(unsigned, None, from) {
        return found;
    }
    if signed(unsigned) || digits_but_not_number(v) {
        return None;
    }
    from(unsigned, 10).ok()
}

pub fn parse_signed<T>(v: &str, from: Radix<T>) -> Option<T> {
    let unsigned = match v.strip_prefix('+') {
        Some(u) if signed(u) => return None,
        Some(u) => u,
        None => v,
    };
    if let Some(found) = with_base(unsigned, Some(v), from) {
        return found;
    }
    if digits_but_not_number(v) {
        return None;
    }
    from(unsigned, 10).ok()
}

/// `unsigned` read in the base its prefix (`0x`, `0o`, `0b`) names, each base in turn, and with
/// `negative` (the scalar as written) also its `-0x…` form: `Some(None)` when a sign follows a
/// prefix, which makes the scalar no integer at all; `None` when no base applies.
fn with_base<T>(unsigned: &str, negative: Option<&str>, from: Radix<T>) -> Option<Option<T>> {
    for (prefix, radix) in BASES {
        if let Some(rest) = unsigned.strip_prefix(prefix) {
            if signed(rest) {
                return Some(None);
            }
            if let Ok(n) = from(rest, radix) {
                return Some(Some(n));
            }
        }
        if let Some(n) = negative.and_then(|v| negative_based(v, prefix, radix, from)) {
            return Some(Some(n));
        }
    }
    None
}

fn parse_negative<T>(v: &str, from: Radix<T>) -> Option<T> {
    for (prefix, radix) in BASES {
        if let Some(n) = negative_based(v, prefix, radix, from) {
            return Some(n);
        }
    }
    if digits_but_not_number(v) {
        return None;
    }
    from(v, 10).ok()
}

fn negative_based<T>(v: &str, prefix: &str, radix: u32, from: Radix<T>) -> Option<T> {
    let rest = v.strip_prefix('-')?.strip_prefix(prefix)?;
    from(&format!("-{rest}"), radix).ok()
}

pub fn parse_f64(v: &str) -> Option<f64> {
    let unsigned = match v.strip_prefix('+') {
        Some(u) if signed(u) => return None,
        Some(u) => u,
        None => v,
    };
    match (unsigned, v) {
        (".inf" | ".Inf" | ".INF", _) => return Some(f64::INFINITY),
        (_, "-.inf" | "-.Inf" | "-.INF") => return Some(f64::NEG_INFINITY),
        (_, ".nan" | ".NaN" | ".NAN") => return Some(f64::NAN.copysign(1.0)),
        _ => {}
    }
    unsigned.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Leading zeros followed by digits make a string in YAML 1.2, not a number.
fn digits_but_not_number(v: &str) -> bool {
    let v = v.strip_prefix(['-', '+']).unwrap_or(v);
    v.len() > 1 && v.starts_with('0') && v[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Gives the visitor back when `v` is no integer.
fn visit_int<'de, V: Visitor<'de>>(
    visitor: V,
    v: &str,
) -> std::result::Result<Result<V::Value>, V> {
    if let Some(n) = parse_unsigned(v, u64::from_str_radix) {
        return Ok(visitor.visit_u64(n));
    }
    if let Some(n) = parse_negative(v, i64::from_str_radix) {
        return Ok(visitor.visit_i64(n));
    }
    if let Some(n) = parse_unsigned(v, u128::from_str_radix) {
        return Ok(visitor.visit_u128(n));
    }
    if let Some(n) = parse_negative(v, i128::from_str_radix) {
        return Ok(visitor.visit_i128(n));
    }
    Err(visitor)
}

pub fn visit_str<'de, V: Visitor<'de>>(visitor: V, v: &Cow<'de, str>) -> Result<V::Value> {
    match v {
        Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
        Cow::Owned(s) => visitor.visit_str(s),
    }
}

/// A scalar whatever type it turns out to be (`tagged_already`: its tag named an enum variant).
pub fn visit_scalar<'de, V: Visitor<'de>>(
    visitor: V,
    s: &Scalar<'de>,
    tagged_already: bool,
) -> Result<V::Value> {
    let v: &str = &s.value;
    match s.tag.as_deref() {
        Some(tag) if !tagged_already => match tag {
            BOOL => match parse_bool(v) {
                Some(b) => visitor.visit_bool(b),
                None => Err(Error::invalid_value(Unexpected::Str(v), &"a boolean")),
            },
            INT => match visit_int(visitor, v) {
                Ok(result) => result,
                Err(_) => Err(Error::invalid_value(Unexpected::Str(v), &"an integer")),
            },
            FLOAT => match parse_f64(v) {
                Some(f) => visitor.visit_f64(f),
                None => Err(Error::invalid_value(Unexpected::Str(v), &"a float")),
            },
            NULL if parse_null(v) => visitor.visit_unit(),
            NULL => Err(Error::invalid_value(Unexpected::Str(v), &"null")),
            _ if tag.starts_with('!') && s.style == Style::Plain => visit_untagged(visitor, s),
            _ => visit_str(visitor, &s.value),
        },
        _ if s.style == Style::Plain => visit_untagged(visitor, s),
        _ => visit_str(visitor, &s.value),
    }
}

fn visit_untagged<'de, V: Visitor<'de>>(visitor: V, s: &Scalar<'de>) -> Result<V::Value> {
    let v: &str = &s.value;
    if v.is_empty() || parse_null(v) {
        return visitor.visit_unit();
    }
    if let Some(b) = parse_bool(v) {
        return visitor.visit_bool(b);
    }
    let visitor = match visit_int(visitor, v) {
        Ok(result) => return result,
        Err(visitor) => visitor,
    };
    if !digits_but_not_number(v)
        && let Some(f) = parse_f64(v)
    {
        return visitor.visit_f64(f);
    }
    visit_str(visitor, &s.value)
}

/// Whether a scalar may be read as a number or boolean of type `tag`.
pub fn plain_or_tagged_literal(expected: &str, s: &Scalar, tagged_already: bool) -> bool {
    match (s.style, s.tag.as_deref(), tagged_already) {
        (Style::Plain, _, _) => true,
        (Style::Literal, Some(tag), false) => tag == expected,
        _ => false,
    }
}

/// The error for an event that is not what `exp` wanted, naming what the event resolves to
/// (`invalid type: string "x", expected …`).
pub fn invalid_type(event: &Event, exp: &dyn Expected) -> Error {
    struct Refuse<'a>(&'a dyn Expected);
    impl Visitor<'_> for Refuse<'_> {
        type Value = std::convert::Infallible;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.0.fmt(f)
        }
    }
    match event {
        Event::Scalar(s) => match visit_scalar(Refuse(exp), s, false) {
            Ok(never) => match never {},
            Err(e) => e,
        },
        Event::SequenceStart(_) => Error::invalid_type(Unexpected::Seq, exp),
        Event::MappingStart(_) => Error::invalid_type(Unexpected::Map, exp),
        Event::Void | Event::Alias(_) | Event::SequenceEnd | Event::MappingEnd => {
            Error::new(super::ErrorKind::EndOfStream, None)
        }
    }
}

/// A local tag (`!name`) as the name of an enum variant; `!` alone stays `!`.
pub fn enum_tag(tag: Option<&str>) -> Option<&str> {
    let rest = tag?.strip_prefix('!')?;
    Some(if rest.is_empty() { "!" } else { rest })
}
