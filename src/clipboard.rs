//! Copying through the terminal: the OSC 52 escape sequence, which reaches the reader's own
//! clipboard even over SSH. Inside tmux or GNU screen the sequence is also wrapped for
//! pass-through. This module only builds bytes; `main` writes them.

use base64::Engine;

/// Terminals and multiplexers cap OSC 52 payloads (xterm and tmux near 100 kB); beyond this the
/// copy would be dropped silently, so it is refused with a message instead.
pub const MAX_PAYLOAD: usize = 100_000;

/// Why a copy cannot be made; the view words it (`ui::Words::cannot_copy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClipboardError {
    /// The terminal (`TERM`'s value) has no clipboard to reach: the Linux console, `dumb`.
    /// The terminal (`TERM`) cannot take OSC 52 clipboard data.
    NoClipboard {
        /// The terminal's name, as `TERM` gives it.
        term: String,
    },
    /// The text (`bytes` of UTF-8) is more than terminals take in one sequence.
    /// The text, encoded, is more `bytes` than a terminal takes at once.
    TooLarge {
        /// The size of the encoded text.
        bytes: usize,
    },
}

/// The bytes that put `text` on the clipboard, or why this terminal cannot take them.
/// `env` reads environment variables (TERM, TMUX, STY).
pub fn osc52(text: &str, env: impl Fn(&str) -> Option<String>) -> Result<Vec<u8>, ClipboardError> {
    let term = env("TERM").unwrap_or_default();
    if term == "linux" || term == "dumb" {
        return Err(ClipboardError::NoClipboard { term });
    }
    let payload = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    if payload.len() > MAX_PAYLOAD {
        return Err(ClipboardError::TooLarge { bytes: text.len() });
    }
    let plain = format!("\x1b]52;c;{payload}\x07");
    let mut out = plain.clone().into_bytes();
    if env("TMUX").is_some_and(|v| !v.is_empty()) {
        // tmux passes a sequence through when `allow-passthrough` is on; its own `set-clipboard`
        // takes the plain one. Either may be set, so both are sent.
        out.extend(format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b")).bytes());
    } else if env("STY").is_some_and(|v| !v.is_empty()) {
        out = format!("\x1bP{plain}\x1b\\").into_bytes();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn plain_terminal_gets_one_osc52_sequence() {
        let bytes = osc52("半导体 ok", env(&[("TERM", "xterm-256color")])).unwrap();
        // base64 of the UTF-8 bytes of "半导体 ok"
        assert_eq!(bytes, b"\x1b]52;c;5Y2K5a+85L2TIG9r\x07");
    }

    #[test]
    fn tmux_gets_the_plain_and_the_wrapped_sequence() {
        let bytes = osc52("hi", env(&[("TERM", "screen"), ("TMUX", "/tmp/t,1,0")])).unwrap();
        assert_eq!(
            bytes,
            b"\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\".to_vec()
        );
    }

    #[test]
    fn screen_gets_a_dcs_wrapper() {
        let bytes = osc52("hi", env(&[("TERM", "screen"), ("STY", "1.pts")])).unwrap();
        assert_eq!(bytes, b"\x1bP\x1b]52;c;aGk=\x07\x1b\\".to_vec());
    }

    #[test]
    fn consoles_and_huge_texts_are_refused_with_a_reason() {
        let e = osc52("x", env(&[("TERM", "linux")])).unwrap_err();
        assert_eq!(
            e,
            ClipboardError::NoClipboard {
                term: "linux".into()
            }
        );
        let big = "字".repeat(40_000);
        let e = osc52(&big, env(&[("TERM", "xterm")])).unwrap_err();
        assert_eq!(e, ClipboardError::TooLarge { bytes: 120_000 });
    }
}
