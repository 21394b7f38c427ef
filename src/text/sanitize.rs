//! Makes text from a file harmless to print: no control character, escape sequence or bidi override
//! from a policy file ever reaches the terminal as it is.
//!
//! C0 controls become their visible Unicode "control pictures" (ESC → `␛`), C1 controls and bidi
//! overrides become U+FFFD. Line feeds survive where a caller allows multi-line text.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

fn needs_replacing(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
    )
}

fn replacement(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Replaces every control character (line feeds included) with a visible symbol.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_replacing) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if needs_replacing(c) {
                    replacement(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// [`clean`] for an owned string: most text needs no change, and is then kept without a copy.
pub fn clean_owned(s: String, multiline: bool) -> String {
    let plain = s.chars().all(|c| match c {
        '\n' => multiline,
        '\r' | '\t' => false,
        c => !needs_replacing(c),
    });
    if plain
        && unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        s
    } else {
        clean(&s, multiline)
    }
}

/// Prepares file text for the model: NFC, CRLF and tabs folded, other controls made visible.
/// With `multiline`, line feeds are kept as paragraph breaks.
pub fn clean(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        match c {
            '\r' => {}
            '\n' if multiline => out.push('\n'),
            '\n' | '\t' => out.push(' '),
            c if needs_replacing(c) => out.push(replacement(c)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a␛[2Jb");
        assert_eq!(visible("\u{1b}]0;title\u{7}"), "␛]0;title␇");
        assert_eq!(visible("x\u{9b}y"), "x\u{FFFD}y");
        assert_eq!(visible("\u{202E}abc"), "\u{FFFD}abc");
        assert_eq!(visible("a\u{2067}b\u{200F}c"), "a\u{FFFD}b\u{FFFD}c");
        assert!(matches!(visible("半导体 ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_keeps_paragraphs_only_when_asked() {
        assert_eq!(clean("a\r\nb\tc", true), "a\nb c");
        assert_eq!(clean("a\nb", false), "a b");
        assert_eq!(clean("\u{1b}x", true), "␛x");
    }
}
