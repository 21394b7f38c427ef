//! The one place that calls into `unsafe-libyaml`: a parser that owns its libyaml state, borrows
//! its input, and hands each event out as plain Rust data, so that nothing above this file needs
//! `unsafe`. Scalars borrow from the input where their text is there verbatim (most are), so a
//! large file is not copied piece by piece.

use std::borrow::Cow;
use std::ffi::{CStr, c_char};
use std::mem::MaybeUninit;
use std::ptr::NonNull;

/// A position as libyaml counts it: line and column from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub line: u64,
    pub column: u64,
}

impl Mark {
    fn from_sys(m: &unsafe_libyaml::yaml_mark_t) -> Mark {
        Mark {
            line: m.line,
            column: m.column,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

#[derive(Debug, Clone)]
pub struct Scalar<'a> {
    pub value: Cow<'a, str>,
    pub tag: Option<Box<str>>,
    pub style: Style,
}

/// One parser event; `anchor` is the `&name` on a node, if any.
#[derive(Debug)]
pub enum Raw<'a> {
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    Alias(Box<str>),
    Scalar(Scalar<'a>, Option<Box<str>>),
    SequenceStart(Option<Box<str>>, Option<Box<str>>),
    SequenceEnd,
    MappingStart(Option<Box<str>>, Option<Box<str>>),
    MappingEnd,
}

/// What libyaml reported when it could not go on.
#[derive(Debug, Clone)]
pub struct ParseError {
    pub problem: String,
    pub problem_offset: u64,
    pub mark: Mark,
    pub context: Option<String>,
}

pub struct Parser<'a> {
    // A raw pointer to a heap allocation, not a Box: libyaml keeps a pointer to the parser
    // itself (its read handler's data), so the parser must neither move nor be claimed unique.
    sys: NonNull<unsafe_libyaml::yaml_parser_t>,
    input: &'a str,
}

impl<'a> Parser<'a> {
    pub fn new(input: &'a str) -> Parser<'a> {
        let p = Box::into_raw(Box::new(
            MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit(),
        ));
        let p = p.cast::<unsafe_libyaml::yaml_parser_t>();
        // SAFETY: `p` points to writable memory for a parser, which `yaml_parser_initialize`
        // fills in whole; the input pointer stays valid for 'a, which `Parser` cannot outlive,
        // and the parser is deleted (in Drop) before the borrow of the input ends.
        unsafe {
            if unsafe_libyaml::yaml_parser_initialize(p).fail {
                panic!("out of memory starting the YAML parser");
            }
            unsafe_libyaml::yaml_parser_set_encoding(p, unsafe_libyaml::YAML_UTF8_ENCODING);
            unsafe_libyaml::yaml_parser_set_input_string(p, input.as_ptr(), input.len() as u64);
        }
        let sys = NonNull::new(p).expect("Box::into_raw is never null");
        Parser { sys, input }
    }

    /// The next event. After an error, every call returns the same error again.
    pub fn next_event(&mut self) -> Result<(Raw<'a>, Mark), ParseError> {
        let p = self.sys.as_ptr();
        let mut event = MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
        // SAFETY: the parser was initialised in `new` and is only used through `&mut self`, so
        // the short-lived shared borrows below overlap no other access. `yaml_parser_parse`
        // either fails (leaving the event unset, which is never read) or fills the event in,
        // which `OwnedEvent` then deletes exactly once.
        let event = unsafe {
            if (&*p).error != unsafe_libyaml::YAML_NO_ERROR
                || unsafe_libyaml::yaml_parser_parse(p, event.as_mut_ptr()).fail
            {
                return Err(parse_error(&*p));
            }
            OwnedEvent(event.assume_init())
        };
        Ok((
            event.convert(self.input),
            Mark::from_sys(&event.0.start_mark),
        ))
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        let p = self.sys.as_ptr();
        // SAFETY: the parser was initialised in `new` and is deleted and freed only here, with
        // the layout `Box::new` gave it.
        unsafe {
            unsafe_libyaml::yaml_parser_delete(p);
            drop(Box::from_raw(
                p.cast::<MaybeUninit<unsafe_libyaml::yaml_parser_t>>(),
            ));
        }
    }
}

/// A filled-in event, freed when dropped.
struct OwnedEvent(unsafe_libyaml::yaml_event_t);

impl Drop for OwnedEvent {
    fn drop(&mut self) {
        // SAFETY: the event was filled in by a successful `yaml_parser_parse` and is freed once.
        unsafe { unsafe_libyaml::yaml_event_delete(&mut self.0) }
    }
}

impl OwnedEvent {
    fn convert<'a>(&self, input: &'a str) -> Raw<'a> {
        let e = &self.0;
        // SAFETY: libyaml sets the union member that matches `type_`, and each pointer in it is
        // either null or a NUL-terminated string (or, for a scalar's value, `length` bytes) that
        // lives until the event is deleted; everything is copied out before that.
        unsafe {
            match e.type_ {
                unsafe_libyaml::YAML_STREAM_START_EVENT => Raw::StreamStart,
                unsafe_libyaml::YAML_DOCUMENT_START_EVENT => Raw::DocumentStart,
                unsafe_libyaml::YAML_DOCUMENT_END_EVENT => Raw::DocumentEnd,
                unsafe_libyaml::YAML_ALIAS_EVENT => {
                    Raw::Alias(c_text(e.data.alias.anchor).unwrap_or_default())
                }
                unsafe_libyaml::YAML_SCALAR_EVENT => {
                    let s = &e.data.scalar;
                    let bytes = std::slice::from_raw_parts(s.value, s.length as usize);
                    let style = match s.style {
                        unsafe_libyaml::YAML_SINGLE_QUOTED_SCALAR_STYLE => Style::SingleQuoted,
                        unsafe_libyaml::YAML_DOUBLE_QUOTED_SCALAR_STYLE => Style::DoubleQuoted,
                        unsafe_libyaml::YAML_LITERAL_SCALAR_STYLE => Style::Literal,
                        unsafe_libyaml::YAML_FOLDED_SCALAR_STYLE => Style::Folded,
                        _ => Style::Plain,
                    };
                    let source = input.get(e.start_mark.index as usize..e.end_mark.index as usize);
                    let value = match borrowed(bytes, source, style) {
                        Some(v) => Cow::Borrowed(v),
                        None => Cow::Owned(String::from_utf8_lossy(bytes).into_owned()),
                    };
                    let tag = c_text(s.tag);
                    Raw::Scalar(Scalar { value, tag, style }, c_text(s.anchor))
                }
                unsafe_libyaml::YAML_SEQUENCE_START_EVENT => Raw::SequenceStart(
                    c_text(e.data.sequence_start.anchor),
                    c_text(e.data.sequence_start.tag),
                ),
                unsafe_libyaml::YAML_SEQUENCE_END_EVENT => Raw::SequenceEnd,
                unsafe_libyaml::YAML_MAPPING_START_EVENT => Raw::MappingStart(
                    c_text(e.data.mapping_start.anchor),
                    c_text(e.data.mapping_start.tag),
                ),
                unsafe_libyaml::YAML_MAPPING_END_EVENT => Raw::MappingEnd,
                // Only the end of the stream comes without an event (if asked for more).
                _ => Raw::StreamEnd,
            }
        }
    }
}

/// The scalar's text as it stands in the input, when the parsed value is exactly that text (no
/// escapes, no folded lines): the same test serde_yaml uses to lend out input text.
fn borrowed<'a>(value: &[u8], source: Option<&'a str>, style: Style) -> Option<&'a str> {
    let source = source?;
    let quote = match style {
        Style::Plain => 0,
        Style::SingleQuoted | Style::DoubleQuoted => 1,
        Style::Literal | Style::Folded => return None,
    };
    let end = source.len().checked_sub(quote)?;
    let text = source.get(end.checked_sub(value.len())?..end)?;
    (text.as_bytes() == value).then_some(text)
}

/// SAFETY (for callers): `ptr` is null or points to a NUL-terminated string.
unsafe fn c_text(ptr: *const u8) -> Option<Box<str>> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: as the caller guarantees.
    let c = unsafe { CStr::from_ptr(ptr as *const c_char) };
    Some(c.to_string_lossy().into())
}

/// SAFETY (for callers): the parser has failed, so its problem fields are set.
unsafe fn parse_error(p: &unsafe_libyaml::yaml_parser_t) -> ParseError {
    // SAFETY: libyaml's problem and context are null or static NUL-terminated strings.
    let text = |ptr: *const c_char| unsafe { c_text(ptr as *const u8) }.map(String::from);
    ParseError {
        problem: text(p.problem)
            .unwrap_or_else(|| "libyaml parser failed but there is no error".into()),
        problem_offset: p.problem_offset,
        mark: Mark::from_sys(&p.problem_mark),
        context: text(p.context),
    }
}
