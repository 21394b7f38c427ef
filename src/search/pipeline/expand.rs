//! Stage 3, expand: each word's alternatives, each tagged with why it stands for the word.
//!
//! The word as typed comes first; the match stage reads it as text, word prefix, pinyin and
//! pinyin initials, in traditional, variant and regional Chinese too (see `normalize`,
//! `simplify`, `regional`). Then, each from its own module: Chinese numerals as digits
//! ([`numerals`]), British and American spellings ([`spelling`]), other forms of the same English
//! word (a Snowball stemmer over the index's own words, [`Vocab::forms`]), synonyms and acronyms
//! ([`synonyms`]), and, for a word found nowhere in the index, its typos ([`Vocab::typos`]).

use super::super::normalize::{is_han, normalize};
use super::super::query::acronym;
use super::super::query::number_phrase;
use super::super::regional::mainland;
use super::super::simplify::{folded, traditional_to_simplified};
use super::forms::{Form, Relation};
use super::{Alt, Vocab, Why, numerals, pinyin_typos, spelling, synonyms};

/// Most alternatives of one kind kept for a word (each costs a search).
const MAX_EACH: usize = 4;

/// The alternatives of `word` that need no index: as typed, and its numbers the other way
/// (Chinese numerals as digits, digits as Chinese numerals).
pub fn without_index(word: &str) -> Vec<Alt> {
    let mut alts = vec![Alt::new(word, Why::AsTyped)];
    if let Some(digits) = numerals::digits(word) {
        alts.push(Alt::new(&digits, Why::Numeral));
    }
    for numerals in numerals::chinese(word) {
        alts.push(Alt::new(&numerals, Why::Numeral));
    }
    alts
}

/// A word found nowhere in any form, cut into parts `found` says the index finds: a run of
/// Chinese characters (three or more) into its longest found parts from where the last ended,
/// at least two characters each (a character no part of two covers is left out: `新能源汽车` →
/// `新能源`, `汽车`); a number written with Chinese into its number and its Chinese, cut so
/// (`20个集群` → `20`, `集群`). `None` for anything else, or when fewer than two parts are found.
pub fn chinese_parts(word: &str, found: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    if !chinese_run(word) {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for run in script_runs(word) {
        let chars: Vec<char> = run.chars().collect();
        if !chars.iter().all(|&c| is_han(c)) {
            parts.extend(found(&run).then_some(run));
            continue;
        }
        let mut from = 0;
        while from + 1 < chars.len() {
            let longest = (from + 2..=chars.len())
                .rev()
                .map(|to| chars[from..to].iter().collect::<String>())
                .find(|part| found(part));
            match longest {
                Some(part) => {
                    from += part.chars().count();
                    parts.push(part);
                }
                None => from += 1,
            }
        }
    }
    (parts.len() > 1).then_some(parts)
}

/// `word` cut where it changes between Chinese and anything else (`2025目标` → `2025`, `目标`).
fn script_runs(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last = None;
    for c in word.chars() {
        let han = is_han(c);
        match out.last_mut() {
            Some(run) if last == Some(han) || !c.is_alphanumeric() => run.push(c),
            _ => out.push(c.to_string()),
        }
        if c.is_alphanumeric() {
            last = Some(han);
        }
    }
    out
}

/// Whether [`chinese_parts`] may cut `word`: a run of three or more Chinese characters, or a
/// number written with Chinese.
pub fn chinese_run(word: &str) -> bool {
    (word.chars().count() >= 3 && word.chars().all(is_han)) || number_phrase(word)
}

/// Every alternative of `word`, with those found through the index's words.
pub fn with_index(word: &super::Word, vocab: &Vocab) -> Vec<Alt> {
    let mut alts = word.alts.clone();
    let text = word.text.as_str();
    let push = |alts: &mut Vec<Alt>, t: &str, why: Why| {
        if !alts.iter().any(|a| a.text == t) {
            alts.push(Alt::new(t, why));
        }
    };
    let latin = text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && text.chars().any(|c| c.is_ascii_alphabetic());
    let synonyms = synonyms::of(text, vocab);
    // A word the thesaurus knows as English is read as English: `chip` is not also the pinyin
    // `chi` + `p…` (a search of every string's Chinese, for nothing the reader meant). Typed
    // whole (it is a word the thesaurus knows), it is looked for as a whole word with its forms
    // (`robots`, `robotics` for `robot`) before its synonyms, and as the beginning of longer
    // words after them: `car` finds `car`, then `automobile`, then `carry` (`Why::Completion`).
    let lower = text.to_ascii_lowercase();
    let completions = latin && !synonyms.is_empty() && !acronym(text) && vocab.completes(&lower);
    if latin && !synonyms.is_empty() {
        alts[0].english_only();
    }
    if completions {
        alts[0].whole_words();
    }
    let mut derived = Vec::new();
    if latin {
        // Inflections now; derived words after the spellings (they rank after them).
        let (inflections, others): (Vec<Form>, Vec<Form>) = (vocab.forms(&lower, completions))
            .into_iter()
            .partition(|f| f.relation == Relation::Inflection);
        for f in inflections.iter().take(MAX_EACH) {
            push_form(&mut alts, f, Why::WordForm);
        }
        derived = others;
        for s in spelling::variants(&lower) {
            // The other spelling as it is when the index has it, else its inflections there.
            if vocab.has_prefix(&s) {
                push(&mut alts, &s, Why::Spelling);
                continue;
            }
            let forms = vocab.forms(&s, false).into_iter();
            for f in forms
                .filter(|f| f.relation == Relation::Inflection)
                .take(MAX_EACH)
            {
                push_form(&mut alts, &f, Why::Spelling);
            }
        }
    }
    for f in derived.iter().take(MAX_EACH) {
        push_form(&mut alts, f, Why::Derived);
    }
    for s in synonyms.into_iter().take(2 * MAX_EACH) {
        push(&mut alts, &s, Why::Synonym);
    }
    if completions {
        let mut rest = Alt::new(text, Why::Completion);
        rest.english_only();
        alts.push(rest);
    }
    // The match stage searches these only when the rest find nothing (a pinyin word such as
    // `banda` is no English word, but is found).
    if latin && alts.len() == 1 && !vocab.has_prefix(&text.to_ascii_lowercase()) {
        for (t, edits) in vocab
            .typo_edits(&text.to_ascii_lowercase())
            .into_iter()
            .take(MAX_EACH)
        {
            if !alts.iter().any(|a| a.text == t) {
                alts.push(Alt::typo(&t, edits));
            }
        }
    }
    // A mistyped syllable: what the letters were meant to read as (searched, like the English
    // typos, only when nothing else is found).
    if latin
        && alts
            .iter()
            .all(|a| matches!(a.why, Why::AsTyped | Why::Typo))
    {
        let lower = text.to_ascii_lowercase();
        let typos = pinyin_typos::corrections(&lower);
        for t in typos.into_iter().chain(pinyin_typos::retroflex(&lower)) {
            if !alts.iter().any(|a| a.text == t) {
                alts.push(Alt::typo(&t, 1));
            }
        }
    }
    alts
}

/// Adds form `f` of the word as an alternative, unless one of the same text is there.
fn push_form(alts: &mut Vec<Alt>, f: &Form, why: Why) {
    if !alts.iter().any(|a| a.text == f.text) {
        alts.push(Alt::form(f, why));
    }
}

/// How a Chinese word as typed differs from the document's mainland simplified form, if it does:
/// `regional wording` (`產業叢集`), `traditional` (`半導體`), `variant` (`集羣`).
pub fn chinese_form(word: &str) -> Option<&'static str> {
    if !word.chars().any(is_han) {
        return None;
    }
    let norm: String = normalize(word).iter().map(|n| n.c).collect();
    let plain = traditional_to_simplified(word);
    if mainland(&norm).is_some() {
        Some("regional wording")
    } else if folded(&plain) != plain {
        Some("variant")
    } else if plain != word {
        Some("traditional")
    } else {
        None
    }
}
