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
    if is_plain_text(&s, multiline) {
        return s;
    }
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

/// Whether `s` is printable ASCII and common CJK only (line feeds too with `multiline`), which
/// nearly all policy text is; decided by bytes, without decoding the common characters.
fn is_plain_text(s: &str, multiline: bool) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' '..=b'~' => i += 1,
            b'\n' if multiline => i += 1,
            // Lead bytes of U+4000..=U+9FFF, all of which `is_plain_nfc` admits.
            0xE4..=0xE9 => i += 3,
            0x80.. => {
                let c = s[i..].chars().next().unwrap_or('\0');
                if !is_plain_nfc(c) {
                    return false;
                }
                i += c.len_utf8();
            }
            _ => return false,
        }
    }
    true
}

/// Characters that need no replacing, are NFC on their own and never combine with a neighbour
/// (canonical combining class 0, NFC quick check Yes), so that a string of them needs no change.
fn is_plain_nfc(c: char) -> bool {
    matches!(c,
        ' '..='~'
        // CJK Unified Ideographs and Extension A, with the Yijing hexagrams between them (not
        // the compatibility ideographs, which NFC changes).
        | '\u{3400}'..='\u{9FFF}'
        // Ideographic space and punctuation: 、。〈〉《》「」『』【】 …
        | '\u{3000}'..='\u{3029}'
        // Fullwidth ASCII: ，：；（）！？
        | '\u{FF01}'..='\u{FF5E}'
        // General punctuation: dashes, quotes, ellipsis, middle dot.
        | '\u{2010}'..='\u{2027}'
        | '\u{00B7}'
    )
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

/// `s` in Unicode normalisation form C, as a whole string, so that a decomposed `café` (e and a
/// combining accent) reads as the composed one the loaded text holds. Borrowed when it already is.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// `msg` with every value it quotes (`"…"` or `` `…` ``) cut to its first 40 characters when
/// longer than 48: a wrong file read as one long YAML string (`/etc/passwd`) is named, not
/// printed whole. Quotes are found as serde writes them; a `"` escaped inside a `"…"` value
/// (`\"`) does not end it.
pub fn shortened(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len().min(400));
    let mut rest = msg;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[open] as char;
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        // The closing quote; serde escapes one inside a `"…"` value as `\"`.
        let (mut close, mut escaped) = (rest.len(), false);
        for (i, c) in rest.char_indices() {
            if c == quote && !escaped {
                close = i;
                break;
            }
            escaped = c == '\\' && !escaped;
        }
        let value = &rest[..close];
        if value.chars().count() > 48 {
            out.extend(value.chars().take(40));
            out.push('…');
        } else {
            out.push_str(value);
        }
        rest = &rest[close..];
        if let Some(q) = rest.chars().next() {
            out.push(q);
            rest = &rest[q.len_utf8()..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_cut_and_short_ones_kept() {
        let long = "y".repeat(60);
        let cut = format!("{}…", &long[..40]);
        assert_eq!(
            shortened(&format!("unknown field `{long}`, expected `id` or `kind`")),
            format!("unknown field `{cut}`, expected `id` or `kind`")
        );
        // An escaped quote inside a value does not end it; an unclosed quote runs to the end.
        let inner = format!("a\\\"{long}");
        assert_eq!(
            shortened(&format!("string \"{inner}\", expected x")),
            format!("string \"a\\\"{}…\", expected x", &long[..37])
        );
        assert_eq!(shortened(&format!("`{long}")), format!("`{cut}"));
        assert_eq!(
            shortened("plain `ok` and \"fine\""),
            "plain `ok` and \"fine\""
        );
    }

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
    fn the_fast_path_admits_only_characters_the_full_checks_would_keep() {
        use unicode_normalization::char::canonical_combining_class;
        let mut n = 0;
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| is_plain_nfc(*c))
        {
            assert!(
                !needs_replacing(c) && !matches!(c, '\r' | '\t' | '\n'),
                "{c:?}"
            );
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let once = std::iter::once(c);
            assert_eq!(
                unicode_normalization::is_nfc_quick(once),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
            n += 1;
        }
        assert!(n > 20_000);
        let text = "广东省：“先进材料”（2020年）——见《意见》、第一条… ok".to_string();
        assert_eq!(clean_owned(text.clone(), false), clean(&text, false));
        assert!(is_plain_text(&text, false));
        for c in ['\u{4000}', '\u{9FFF}'] {
            assert!(is_plain_nfc(c));
        }
        for (text, multiline) in [
            ("a\nb", false),
            ("a\tb", true),
            ("Å", true),
            ("\u{F900}", true),
        ] {
            assert!(!is_plain_text(text, multiline), "{text:?}");
        }
        assert!(is_plain_text("a\nb", true));
    }

    #[test]
    fn clean_keeps_paragraphs_only_when_asked() {
        assert_eq!(clean("a\r\nb\tc", true), "a\nb c");
        assert_eq!(clean("a\nb", false), "a b");
        assert_eq!(clean("\u{1b}x", true), "␛x");
    }
}
