//! British and American spellings as one: `labour`/`labor`, `optimise`/`optimize`,
//! `centre`/`center`, `programme`/`program`, `Macau`/`Macao`. The other spelling is only
//! searched when the index has it ([`super::expand`] checks).

/// Whole words spelt differently, both ways round.
const WORDS: &[(&str, &str)] = &[
    ("macau", "macao"),
    ("programme", "program"),
    ("aluminium", "aluminum"),
    ("tyre", "tire"),
    ("grey", "gray"),
    ("cheque", "check"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("practise", "practice"),
    ("licence", "license"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("ageing", "aging"),
];

/// Endings and inner letters spelt differently (British first), for the rest.
const PARTS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("elled", "eled"),
    ("elling", "eling"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("ouring", "oring"),
];

/// The other spellings of a lower-case word (none for most words).
pub fn variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for &(a, b) in WORDS {
        for (from, to) in [(a, b), (b, a)] {
            if let Some(rest) = word.strip_prefix(from) {
                out.push(format!("{to}{rest}"));
            }
        }
    }
    for &(a, b) in PARTS {
        for (from, to) in [(a, b), (b, a)] {
            // At least three letters before the ending: `four` is not `for`, `rise` not `rize`.
            if let Some(stem) = word.strip_suffix(from).filter(|s| s.len() >= 3) {
                out.push(format!("{stem}{to}"));
            }
            // Inside a word: `labourers`, `optimisation`'s `isation` is an ending already.
            if from == "our"
                && !word.ends_with(from)
                && let Some(i) = word.find(from).filter(|&i| i >= 3)
            {
                out.push(format!("{}{to}{}", &word[..i], &word[i + from.len()..]));
            }
        }
    }
    // `co-ordination`, `co-operation`: the hyphen British writing keeps.
    if let Some(rest) = word.strip_prefix("co-") {
        out.push(format!("co{rest}"));
    }
    out.sort();
    out.dedup();
    out.retain(|v| v != word);
    out
}

#[cfg(test)]
mod tests {
    use super::variants;

    #[test]
    fn both_ways_round() {
        assert!(variants("labour").contains(&"labor".to_string()));
        assert!(variants("labor").contains(&"labour".to_string()));
        assert!(variants("optimise").contains(&"optimize".to_string()));
        assert!(variants("optimization").contains(&"optimisation".to_string()));
        assert!(variants("macau").contains(&"macao".to_string()));
        assert!(variants("centre").contains(&"center".to_string()));
        assert!(variants("labourers").contains(&"laborers".to_string()));
        assert!(variants("four").is_empty());
        assert!(variants("organisations").contains(&"organizations".to_string()));
        assert!(variants("organiser").contains(&"organizer".to_string()));
        assert!(variants("co-ordination").contains(&"coordination".to_string()));
        assert!(variants("co-operation").contains(&"cooperation".to_string()));
    }
}
