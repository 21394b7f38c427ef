//! The index's match stage (one pattern) against the plainest possible search: every string of every node matched
//! from scratch with [`Query::find`], each node keeping its best match (rank, then the first of
//! its strings). The index skips strings, reads compact forms, defers pinyin and splits the work;
//! whatever it does, its hits must be these.

#[path = "common/search.rs"]
mod common;

use common::{class, fixture, texts};
use pinyin::ToPinyin;
use proptest::prelude::*;
use yijian::library::Library;
use yijian::model::{Lang, Limits, load_str};
use yijian::search::{Field, Hit, How, Index, MatchKind, Pattern as Query};

/// Every node's strings, in the order the index holds them, with what a hit in each reports.
fn strings(doc: &Library) -> Vec<(Hit, String)> {
    let mut out = Vec::new();
    for id in doc.ids() {
        let n = doc.node(id);
        let hit = |field, lang, item| Hit {
            node: id,
            field,
            lang,
            item,
            kind: MatchKind::Exact,
            how: How::plain(MatchKind::Exact),
            len: 0,
        };
        for lang in Lang::BOTH {
            out.push((
                hit(Field::Title, Some(lang), 0),
                n.title.get(lang).to_string(),
            ));
            if let Some(l) = &n.label {
                out.push((hit(Field::Label, Some(lang), 0), l.get(lang).to_string()));
            }
        }
        for (i, a) in n.aliases.iter().enumerate() {
            out.push((hit(Field::Alias, None, i), a.to_string()));
        }
        for (i, f) in n.facts.iter().enumerate() {
            for lang in Lang::BOTH {
                let s = format!("{} {}", f.name.get(lang), f.value.get(lang));
                out.push((hit(Field::Fact, Some(lang), i), s));
            }
        }
        if let Some(t) = &n.text {
            for lang in Lang::BOTH {
                out.push((hit(Field::Text, Some(lang), 0), t.get(lang).to_string()));
            }
        }
    }
    out
}

/// The search done the long way.
fn reference(q: &str) -> Vec<Hit> {
    reference_in(&fixture().0, q)
}

fn reference_in(doc: &Library, q: &str) -> Vec<Hit> {
    reference_of(doc, &Query::parse(q))
}

fn reference_of(doc: &Library, query: &Query) -> Vec<Hit> {
    let mut best: Vec<Hit> = Vec::new();
    for (hit, s) in strings(doc) {
        let Some(m) = query.find(&s) else { continue };
        let hit = Hit {
            kind: m.kind,
            how: How::plain(m.kind),
            len: hit.matched_text(doc).len() as u32,
            ..hit
        };
        match best.last_mut() {
            Some(b) if b.node == hit.node => {
                // Strictly better only: on a tie the node's earlier string stays.
                if (class(hit.field), hit.kind) < (class(b.field), b.kind) {
                    *b = hit;
                }
            }
            _ => best.push(hit),
        }
    }
    best.sort_by_key(|h| (class(h.field), h.kind, h.node));
    best
}

fn same(q: &str) -> Result<(), String> {
    let (doc, index) = fixture();
    same_in(doc, index, q)
}

fn same_in(doc: &Library, index: &Index, q: &str) -> Result<(), String> {
    same_of(doc, index, q, &Query::parse(q))
}

fn same_of(doc: &Library, index: &Index, q: &str, query: &Query) -> Result<(), String> {
    let found = index.search_pattern(query);
    let expected = reference_of(doc, query);
    if found == expected {
        Ok(())
    } else {
        let first = found.iter().zip(&expected).position(|(a, b)| a != b);
        Err(format!(
            "{q:?}: {} hits, {} expected; first difference at {first:?}: {:?} vs {:?}",
            found.len(),
            expected.len(),
            first.and_then(|i| found.get(i)),
            first.and_then(|i| expected.get(i)),
        ))
    }
}

#[test]
fn typical_keystrokes_find_what_matching_every_string_finds() {
    let mut hits = 0;
    for q in [
        "s",
        "se",
        "sem",
        "g",
        "gr",
        "b",
        "ba",
        "ban",
        "bandaoti",
        "bdt",
        "jq",
        "jiguang",
        "a",
        "e",
        "o",
        "n",
        "zh",
        "growth target",
        "半",
        "半导体",
        "積體電路",
        "2025",
        "产值",
        "smart",
        "\"hidden champions\"",
        "机器人 smart",
        "x",
        "zhanlve",
    ] {
        same(q).unwrap();
        hits += reference(q).len();
    }
    // Not vacuous: the queries find many nodes, of every kind.
    assert!(hits > 500, "only {hits} hits");
}

/// Pinyin that needs a character's other reading (支 qí, 区 ōu, 行 háng, 给 jǐ), next to the same
/// letters read by common readings, and apostrophes ending syllables: the index tells the two
/// kinds apart in the same places as matching every string.
#[test]
fn other_readings_and_apostrophes_find_what_matching_every_string_finds() {
    let mut kinds = std::collections::BTreeSet::new();
    for q in [
        "qiche", "qich", "qi", "ok", "fod", "hangye", "hy", "gongji", "gj", "qc", "zz", "xi'an",
        "xian'jin", "xi'anjin", "zhi'neng", "chan'ye", "zhongda", "de", "shi",
    ] {
        same(q).unwrap();
        kinds.extend(reference(q).iter().map(|h| h.kind));
    }
    // Not vacuous: every kind of pinyin match is among them.
    for kind in [
        MatchKind::Pinyin,
        MatchKind::Initials,
        MatchKind::PinyinOtherReading,
        MatchKind::InitialsOtherReading,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} never found: {kinds:?}");
    }
}

/// Strings that open with a space or with punctuation a search looks through, and strings of
/// one word: the index decides where a match begins, and a one-letter query, from what it noted
/// of each string when it was built, without reading the string.
#[test]
fn strings_opening_with_punctuation_and_strings_of_one_word() {
    let titles = [
        ("“卡脖子”问题", "Industry"),
        ("《规划》产业集群", "s"),
        ("（一）产业", "“Smart” industry"),
        ("\u{3000}产业　规划", " spaced start"),
        ("产业", "S"),
        ("㍻产业", "(s) small"),
        ("业产", "industry 产业"),
        ("……产业", "…industry"),
    ];
    let (doc, index) = sections(titles.iter().map(|(zh, en)| {
        [
            zh.to_string(),
            en.to_string(),
            format!("{en}{zh}"),
            format!("{zh}{en}"),
        ]
    }));
    let letters = ('a'..='z').map(String::from);
    let chinese = ["产", "产业", "业", "规", "卡", "问题", "平", "平成", "成产"].map(String::from);
    let mut hits = 0;
    for q in letters
        .chain(chinese)
        .chain(["in", "sm", "industry"].map(String::from))
    {
        same_in(&doc, &index, &q).unwrap();
        hits += reference_in(&doc, &q).len();
    }
    assert!(hits > 40, "only {hits} hits");
}

/// English strings are kept once, as written, and their compact form (without whitespace) is
/// looked through there: queries of digits and punctuation match across the spaces of the
/// source as the full match does, and a word of them still begins a word.
#[test]
fn ascii_strings_match_digits_and_punctuation_across_spaces() {
    let titles = [
        "Growth of 10 % by 2025",
        "R&D spending",
        "5 G networks\nand 5G base stations",
        "x-ray  scans (2)",
        "2025",
        "Output: 1,000 billion",
    ];
    let (doc, index) = sections(titles.iter().enumerate().map(|(i, en)| {
        let en = en.replace('\n', "\\n");
        [
            format!("规划{i}"),
            en.clone(),
            "产业".into(),
            format!("{en} {en}"),
        ]
    }));
    let queries = [
        "10%", "10%by", "0%b", "5g", "5gn", "gbase", "r&d", "&", "2025", "202", "x-ray", "(2)",
        "y s", "1,000", "000b", "t:1", "%", "2", "g", "r",
    ];
    let mut hits = 0;
    for q in queries {
        same_in(&doc, &index, q).unwrap();
        hits += reference_in(&doc, q).len();
    }
    assert!(hits > 20, "only {hits} hits");
    let found = |q: &str| index.search_pattern(&Query::parse(q)).len();
    assert_eq!(found("10%by"), 1, "across the spaces of `10 % by`");
    assert_eq!(found("5gn"), 1, "across a line feed");
}

/// Acronyms typed in capitals and tokens joined by `&` or `+`: the index's cheaper checks must
/// not let through, or drop, what the full match decides (a whole word written in capitals, a
/// run as written).
#[test]
fn acronyms_and_joined_tokens_find_what_matching_every_string_finds() {
    let titles = [
        ("电动车EV", "EV makers and EVs"),
        ("和可持续", "Make every effort; evs"),
        ("港口HK", "HK and hk, Hong Kong"),
        ("信息技术", "It is IT, it is"),
        ("研发", "R&D spending; r and d"),
        ("超高清 UHD 视频", "UHD video (UHD)"),
        ("并购", "M&A, M & A, m&a"),
        ("粤港澳", "the GBA's cities"),
    ];
    let (doc, index) = sections(titles.iter().map(|(zh, en)| {
        [
            zh.to_string(),
            en.to_string(),
            format!("{zh}{en}"),
            format!("{en} {zh}"),
        ]
    }));
    let queries = [
        "EV",
        "EVs",
        "(EV)",
        "HK",
        "IT",
        "UHD",
        "UHD 视频",
        "视频 UHD",
        "R&D",
        "r&d",
        "M&A",
        "GBA",
        "EV 电动车",
        "E",
        "ev",
        "hk",
        "it",
        "uhd",
    ];
    let mut hits = 0;
    for q in queries {
        same_in(&doc, &index, q).unwrap();
        hits += reference_in(&doc, q).len();
    }
    assert!(hits > 20, "only {hits} hits");
    let found = |q: &str| index.search_pattern(&Query::parse(q)).len();
    assert_eq!(found("EV"), 1, "EV and EVs, not every nor evs");
    assert_eq!(found("HK"), 1, "not 和可 nor hk");
    assert_eq!(found("IT"), 1, "not it");
    assert_eq!(found("R&D"), 1, "not r and d");
    // Typed in the embedded document's fields too.
    for q in [
        "EV",
        "HK",
        "IT",
        "UHD",
        "UHD 视频",
        "R&D",
        "S&T",
        "GBA",
        "R&D 研发",
    ] {
        same(q).unwrap();
    }
}

/// A pinyin reading stops at a clause break (、，。；：！？ and a line feed), though a search of
/// the characters looks through it: the index agrees with the full match, and `xlss` does not
/// read 信息、绿色石化's 息、绿色石.
/// Words matched whole (a word form that also begins words of other meanings, `emerge` in
/// `emergency`), as every fast path of the index reads them: one letter, several words, a
/// phrase, words in Chinese text.
#[test]
fn whole_words_find_what_matching_every_string_finds() {
    let (doc, index) = fixture();
    let mut failures = Vec::new();
    let mut hits = 0;
    for q in [
        "a",
        "c",
        "car",
        "carry",
        "standard",
        "growth target",
        "weak",
        "\"weak area\"",
        "\"weak areas\"",
        "uhd",
        "emerging",
        "s",
        "in",
        "robot",
        "robots",
        "5g",
    ] {
        let query = Query::parse(q).whole_words();
        hits += index.search_pattern(&query).len();
        failures.extend(same_of(doc, index, q, &query).err());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(hits > 50, "{hits}");
    // Whole: `carry` is no hit of `car`, `standards` one of `standard`.
    let car = index.search_pattern(&Query::parse("car").whole_words());
    assert!(car.is_empty(), "{car:?}");
    let standard = index.search_pattern(&Query::parse("standard").whole_words());
    let standards = index.search_pattern(&Query::parse("standard"));
    assert!(!standard.is_empty() && standard.len() < standards.len());
}

#[test]
fn pinyin_stops_at_clause_breaks() {
    // (A title's line feed is read as a space; a text keeps its paragraphs.)
    let titles = [
        "信息、绿色石化",
        "合作，支持发展",
        "上一段\\n下一段",
        "“卡脖子”问题",
    ];
    let (doc, index) = sections((titles.iter().enumerate()).map(|(i, zh)| {
        [
            format!("标题{i}"),
            format!("Title {i}"),
            zh.to_string(),
            format!("Text {i}"),
        ]
    }));
    let queries = [
        "xlss",
        "xxls",
        "xinxilvse",
        "xinxi",
        "lvse",
        "lsshh",
        "hzzc",
        "hezuozhichi",
        "zc",
        "hz",
        "zcfz",
        "sydxyd",
        "xiayi",
        "kbz",
        "kabozi",
        "kbzwt",
        "信息绿色",
        "合作支持",
        "x",
        "xl",
    ];
    for q in queries {
        same_in(&doc, &index, q).unwrap();
    }
    let found = |q: &str| index.search_pattern(&Query::parse(q)).len();
    assert_eq!(found("xlss"), 0, "across 、");
    assert_eq!(found("hezuozhichi"), 0, "across ，");
    assert_eq!(found("sydxyd"), 0, "across a line feed (of a text)");
    assert_eq!(found("lvse"), 1);
    assert_eq!(found("kbzwt"), 1, "quotes are no clause break");
    assert_eq!(found("信息绿色"), 1, "the characters are looked through");
}

/// A library of one document whose sections are `[title zh, title en, text zh, text en]`, each
/// written into a double-quoted YAML string as given, and its index.
fn sections(sections: impl Iterator<Item = [String; 4]>) -> (std::sync::Arc<Library>, Index) {
    let mut yaml = String::from(
        "schema: 1\ndocument:\n  id: plan\n  kind: document\n  title: {zh: 规划, en: Plan}\n  children:\n",
    );
    for (i, [tz, te, xz, xe]) in sections.enumerate() {
        yaml += &format!(
            "    - id: s{i}\n      kind: section\n      title: {{zh: \"{tz}\", en: \"{te}\"}}\n      text: {{zh: \"{xz}\", en: \"{xe}\"}}\n"
        );
    }
    let doc: std::sync::Arc<Library> = load_str(&yaml, "t.yaml", &Limits::default())
        .expect("loads")
        .into();
    let index = Index::build(&doc);
    (doc, index)
}

/// A few letters of a word of the English text, or the pinyin letters of a run of the Chinese:
/// what a reader types first.
fn typed(texts: &[&str], i: usize, start: usize, len: usize, pinyin: bool) -> String {
    let t = texts[i % texts.len()];
    let chars: Vec<char> = t.chars().collect();
    let start = start % chars.len();
    let run: String = chars[start..(start + len).min(chars.len())]
        .iter()
        .collect();
    if pinyin {
        run.as_str()
            .to_pinyin()
            .flatten()
            .map(|p| p.plain())
            .collect::<String>()
            .chars()
            .take(len)
            .collect()
    } else {
        run
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn slices_and_pinyin_of_the_text(i: usize, start in 0usize..300, len in 1usize..10, pinyin: bool) {
        let texts = texts();
        let zh: Vec<&str> = texts.iter().copied().filter(|t| !t.is_ascii()).collect();
        let q = typed(if pinyin { &zh } else { &texts }, i, start, len, pinyin);
        same(&q).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn letters_and_mixed_text(q in "[a-z]{1,4}( [a-z]{1,3})?|[a-z0-9半导体集成电路與體積 \"-]{1,6}") {
        same(&q).map_err(TestCaseError::fail)?;
    }
}
