//! Tokens a reader types that are names, not words to match letter by letter: an acronym typed
//! in capitals (`EV`, `HK`, `GBA`) is a whole word written in capitals, never a prefix (`every`)
//! nor pinyin initials (和可); a token joined by `&` or `+` (`R&D`, `M&A`) is one run, matched as
//! written, never its letters apart.

use unicode_normalization::UnicodeNormalization;

use crate::search::pinyin::is_syllable;

/// Whether `token` (no whitespace) is an acronym typed in capitals: two to four ASCII capital
/// letters (`EV`, `HK`, `GBA`), punctuation around it aside (`(EV)`). Full-width capitals
/// (`ＵＨＤ`, typed in a Chinese input method's full-width mode) are ordinary letters.
/// Lower case is no acronym: `jg`, `bdt` are pinyin initials, `ev` begins `every`; nor are
/// capitals that read as whole pinyin syllables (`AI`, `LÜSE`, `BAN`).
pub(in crate::search) fn acronym(token: &str) -> bool {
    let letters = token.trim_matches(|c: char| !c.is_alphanumeric());
    (2..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !syllables(&letters.to_ascii_lowercase())
}

/// Whether `s` (lower case) is whole pinyin syllables, one after another.
fn syllables(s: &str) -> bool {
    // ok[i]: the first i letters are whole syllables.
    let mut ok = vec![false; s.len() + 1];
    ok[0] = true;
    for end in 1..=s.len() {
        ok[end] =
            (end.saturating_sub(6)..end).any(|start| ok[start] && is_syllable(&s[start..end]));
    }
    ok[s.len()]
}

/// Whether `token` (no whitespace) joins letters or digits with `&` or `+` (`R&D`, `M&A`,
/// `S&T`), or ends with one after a letter or digit as such a name does while it is typed
/// (`R&`): a name written so, matched as written.
pub(in crate::search) fn joined(token: &str) -> bool {
    let t: Vec<char> = token.nfkc().collect();
    let join = |c: char| matches!(c, '&' | '+');
    t.windows(3)
        .any(|w| join(w[1]) && w[0].is_alphanumeric() && w[2].is_alphanumeric())
        || matches!(t[..], [.., a, b] if a.is_alphanumeric() && join(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_tokens_are_acronyms() {
        for a in ["EV", "HK", "IT", "GBA", "UHD", "(EV)", "ICT"] {
            assert!(acronym(a), "{a}");
        }
        // Lower case, mixed case, longer, one letter, full-width, digits, pinyin in capitals.
        for not in [
            "ev",
            "Ev",
            "ROBOT",
            "A",
            "ＵＨＤ",
            "5G",
            "AI",
            "LUSE",
            "BAN",
            "ZHONG",
        ] {
            assert!(!acronym(not), "{not}");
        }
    }

    #[test]
    fn which_tokens_are_joined() {
        for j in ["R&D", "M&A", "R&", "S&T)", "1+1"] {
            assert!(joined(j), "{j}");
        }
        for not in ["&", "R", "a-b", "&D", "R &"] {
            assert!(!joined(not), "{not}");
        }
    }
}
