//! Which words sharing a typed word's Snowball stem are forms of it, and how close.
//!
//! The Snowball stemmer cuts derivational suffixes as well as inflections, so one stem holds
//! the word's inflections (`emerge`, `emerges`, `emerged`, `emerging`), its derivations
//! (`emergence`, `standardization` for `standardized`) and, now and then, words of another
//! meaning (`emergency`, `organ` for `organization`). A reader expects the first ranked with what
//! was typed, the second after it, and the third not at all. A rule on the suffixes tells the
//! first from the others — two words are inflections of each other when stripping an
//! inflectional ending (`-s`, `-es`, `-ies`, `-ed`, `-ing`, with `e` restored and a doubled
//! consonant undone) gives both one base — and a small data list, `data/overstemmed.txt`, parts
//! the few families of meaning no suffix rule can tell apart (`emergence` from `emergency`).

use std::sync::OnceLock;

/// How a word of the index sharing the stem of the word typed relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// Another inflection of the same word (`targets` for `target`).
    Inflection,
    /// A word derived from the same one (`standardization` for `standardized`).
    Derived,
    /// A word of another meaning the stemmer happens to merge (`emergency` for `emerging`).
    Unrelated,
}

/// A form of the word typed found among the index's words, as it is searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub text: String,
    /// [`Relation::Inflection`] or [`Relation::Derived`].
    pub relation: Relation,
    /// For a derived form, its [`distance`] from the word typed; 0 for an inflection.
    pub distance: u8,
    /// Searched as a whole word: as a word prefix it would also find words of another
    /// relation or meaning (`emerge` begins `emergency`, `car` begins `carry`).
    pub whole: bool,
}

/// The relation of `other` to `typed`, two lower-case words with one Snowball stem.
pub fn relation(typed: &str, other: &str) -> Relation {
    if family(typed) != family(other) {
        Relation::Unrelated
    } else if bases(typed).iter().any(|b| bases(other).contains(b)) {
        Relation::Inflection
    } else {
        Relation::Derived
    }
}

/// How far a derived `other` is from `typed`: the letters of `typed` after the part they share
/// (`standardized`: 2 for `standardization`, 4 for `standard`), at most 7. The closer ranks first.
pub fn distance(typed: &str, other: &str) -> u8 {
    let shared = typed
        .bytes()
        .zip(other.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    (typed.len() - shared).min(7) as u8
}

/// `word` and what taking an inflectional ending off it may leave: `policies` → `policy`,
/// `emerging` → `emerg`, `emerge`; `planned` → `plann`, `planne`, `plan`. Some are no words;
/// two inflections of one word share one of them.
fn bases(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let mut add = |s: String| {
        if s.len() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    let undoubled = |s: &str| {
        let b = s.as_bytes();
        let n = b.len();
        (n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]))
            .then(|| s[..n - 1].to_string())
    };
    if let Some(s) = word
        .strip_suffix("ies")
        .or_else(|| word.strip_suffix("ied"))
    {
        add(format!("{s}y"));
    }
    if let Some(s) = word.strip_suffix("es") {
        add(s.to_string());
        add(format!("{s}e"));
    }
    if let Some(s) = word.strip_suffix('s')
        && !s.ends_with('s')
    {
        add(s.to_string());
    }
    for ending in ["ed", "ing"] {
        if let Some(s) = word.strip_suffix(ending) {
            add(s.to_string());
            add(format!("{s}e"));
            if let Some(u) = undoubled(s) {
                add(u);
            }
        }
    }
    out
}

/// The line of `data/overstemmed.txt` holding `word` or one of its [`bases`], if any.
fn family(word: &str) -> Option<usize> {
    static LINES: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let lines = LINES.get_or_init(|| {
        include_str!("../data/overstemmed.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split_whitespace().collect())
            .collect()
    });
    let bases = bases(word);
    lines
        .iter()
        .position(|line| line.iter().any(|w| bases.iter().any(|b| b == w)))
}

#[cfg(test)]
mod tests {
    use super::super::vocab::stem;
    use super::super::vocab::tests::vocab;
    use super::*;

    fn texts(forms: &[Form]) -> Vec<&str> {
        forms.iter().map(|f| &*f.text).collect()
    }

    #[test]
    fn inflections_share_a_base() {
        for (a, b) in [
            ("emerging", "emerge"),
            ("emerging", "emerged"),
            ("emerging", "emerges"),
            ("policies", "policy"),
            ("targets", "target"),
            ("standards", "standard"),
            ("planned", "plan"),
            ("planning", "plans"),
            ("cities", "city"),
            ("supplied", "supply"),
            ("taxes", "tax"),
            ("changes", "changing"),
            ("developing", "develops"),
        ] {
            assert_eq!(relation(a, b), Relation::Inflection, "{a} {b}");
        }
    }

    #[test]
    fn derivations_are_related_but_not_inflections() {
        for (a, b) in [
            ("emerging", "emergence"),
            ("standardized", "standardization"),
            ("standardized", "standard"),
            ("developing", "development"),
            ("industry", "industrial"),
            ("organization", "organize"),
            ("innovating", "innovation"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
            assert_eq!(relation(a, b), Relation::Derived, "{a} {b}");
        }
        assert!(distance("standardized", "standardization") < distance("standardized", "standard"));
    }

    #[test]
    fn each_line_of_the_list_parts_words_the_stemmer_merges() {
        let cases = [
            ("emergency", "emerging"),
            ("emergencies", "emerge"),
            ("university", "universe"),
            ("universities", "universal"),
            ("universe", "universal"),
            ("organ", "organization"),
            ("organic", "organization"),
            ("organism", "organize"),
            ("goods", "good"),
            ("firmly", "firms"),
            ("important", "imports"),
            ("intern", "international"),
            ("internal", "international"),
            ("customer", "custom"),
            ("customs", "custom"),
            ("providence", "provide"),
            ("position", "positive"),
            ("relatively", "related"),
            ("ration", "rational"),
            ("securities", "security"),
            ("morale", "moral"),
            ("competent", "compete"),
            ("conference", "confer"),
            ("contention", "content"),
            ("experiment", "experience"),
            ("objectives", "objects"),
            ("informal", "information"),
            ("accession", "access"),
            ("engineering", "engines"),
            ("lightly", "light"),
            ("united", "units"),
            ("additive", "addition"),
            ("shortly", "short"),
            ("designated", "design"),
            ("procession", "process"),
            ("opportune", "opportunity"),
            ("format", "formation"),
        ];
        for (listed, other) in cases {
            assert_eq!(stem(listed), stem(other), "{listed} {other}: no collision");
            assert_eq!(relation(other, listed), Relation::Unrelated, "{listed}");
            assert_eq!(relation(listed, other), Relation::Unrelated, "{listed}");
        }
        // Every line is held by a case above.
        let lines = include_str!("../data/overstemmed.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        for line in 0..lines {
            let held =
                (cases.iter()).any(|&(a, b)| family(a) == Some(line) || family(b) == Some(line));
            assert!(held, "line {line} of the list has no case");
        }
    }

    #[test]
    fn inflections_before_derived_words_and_no_word_of_another_meaning() {
        let v = vocab(
            "emerge emerged emergence emergency emergencies emerging standard standards standardization",
        );
        let forms = v.forms("emerges", false);
        // `emerge` begins `emergence` and `emergency`: searched whole; `emerged` by its prefix.
        let want = [
            ("emerge", Relation::Inflection, 0, true),
            ("emerged", Relation::Inflection, 0, false),
            ("emerging", Relation::Inflection, 0, false),
            ("emergence", Relation::Derived, 1, false),
        ];
        let got: Vec<(&str, Relation, u8, bool)> = (forms.iter())
            .map(|f| (&*f.text, f.relation, f.distance, f.whole))
            .collect();
        assert_eq!(got, want);
        // The closer derived word first, each searched apart.
        let forms = v.forms("standardized", false);
        assert_eq!(texts(&forms), ["standardization", "standard"]);
    }

    #[test]
    fn a_word_completes_into_words_not_its_inflections() {
        let v = vocab("car cars carry carbon chip chips robot robotics emerge emergency");
        assert!(v.completes("car"));
        assert!(v.completes("emerge"));
        assert!(!v.completes("robot"));
        assert!(!v.completes("chip"));
        assert!(!v.completes("chips"));
        assert!(!v.completes("carry"));
        // Searched whole, a word's forms include those it begins.
        let v = vocab("robot robots robotics rob");
        assert!(v.forms("robot", false).is_empty());
        let forms = v.forms("robot", true);
        assert_eq!(texts(&forms), ["robots", "robotics"]);
    }
}
