//! Pinyin matching: a Latin-letter query against the readings of consecutive Chinese characters.
//!
//! Two forms, both without tones: full syllables (`bandaoti`, spaces already removed; the last
//! syllable may be cut short while typing) and initials (`bdt`). Every reading of a polyphonic
//! character counts. Readings come from the `pinyin` crate's data.

use pinyin::ToPinyinMulti;

/// The toneless readings of a character; `ü` is offered as both `v` and `u`.
pub fn readings(c: char) -> &'static [&'static str] {
    // Interned per character: a big document has millions of Chinese characters but only a few
    // thousand distinct ones, and each keeps one shared list instead of a vector of its own. The
    // shared table is leaked once per character; each thread keeps a lock-free copy in front of it.
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static SHARED: OnceLock<Mutex<HashMap<char, &'static [&'static str]>>> = OnceLock::new();
    thread_local! {
        static LOCAL: std::cell::RefCell<HashMap<char, &'static [&'static str]>> =
            std::cell::RefCell::new(HashMap::new());
    }
    LOCAL.with(|local| {
        *local.borrow_mut().entry(c).or_insert_with(|| {
            let mut shared = SHARED
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            *shared
                .entry(c)
                .or_insert_with(|| Box::leak(compute(c).into_boxed_slice()))
        })
    })
}

fn compute(c: char) -> Vec<&'static str> {
    let Some(multi) = c.to_pinyin_multi() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in multi {
        let plain = p.plain();
        let variants: &[&'static str] = match plain {
            "lü" | "lv" => &["lv", "lu"],
            "nü" | "nv" => &["nv", "nu"],
            "lüe" | "lve" => &["lve", "lue"],
            "nüe" | "nve" => &["nve", "nue"],
            _ => &[],
        };
        if variants.is_empty() {
            if !out.contains(&plain) {
                out.push(plain);
            }
        } else {
            for v in variants {
                if !out.contains(v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// Full-syllable match of `q` starting at character `start`; returns the end (exclusive) character.
pub fn match_syllables(
    readings: &[&'static [&'static str]],
    start: usize,
    q: &str,
) -> Option<usize> {
    syllables_from(readings, start, q, false)
}

fn syllables_from(
    readings: &[&'static [&'static str]],
    i: usize,
    q: &str,
    after_one: bool,
) -> Option<usize> {
    if q.is_empty() {
        return Some(i);
    }
    for s in readings.get(i)?.iter() {
        if let Some(rest) = q.strip_prefix(s) {
            if let Some(end) = syllables_from(readings, i + 1, rest, true) {
                return Some(end);
            }
        } else if after_one && s.starts_with(q) {
            // The query ends part-way through this syllable: the reader is still typing.
            return Some(i + 1);
        }
    }
    None
}

/// Initials match of `q` starting at character `start`: one letter per character.
pub fn match_initials(
    readings: &[&'static [&'static str]],
    start: usize,
    q: &str,
) -> Option<usize> {
    let mut i = start;
    for letter in q.bytes() {
        let r = readings.get(i)?;
        if !r.iter().any(|s| s.as_bytes().first() == Some(&letter)) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Vec<&'static [&'static str]> {
        s.chars().map(readings).collect()
    }

    #[test]
    fn syllables_and_initials() {
        let rd = r("半导体");
        assert_eq!(match_syllables(&rd, 0, "bandaoti"), Some(3));
        assert_eq!(match_syllables(&rd, 0, "bandao"), Some(2));
        assert_eq!(match_syllables(&rd, 0, "banda"), Some(2));
        assert_eq!(match_syllables(&rd, 0, "bandaotix"), None);
        assert_eq!(match_initials(&rd, 0, "bdt"), Some(3));
        assert_eq!(match_initials(&rd, 0, "bdx"), None);
    }

    #[test]
    fn polyphones_and_u_umlaut() {
        // 行 reads xing and hang; 绿 reads lü.
        assert_eq!(match_syllables(&r("银行"), 0, "yinhang"), Some(2));
        assert_eq!(match_syllables(&r("绿色"), 0, "lvse"), Some(2));
        assert_eq!(match_syllables(&r("绿色"), 0, "luse"), Some(2));
    }
}
