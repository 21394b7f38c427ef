//! The pattern matcher's own cases: mixed queries, regional wording, expanded characters,
//! highlights, and the kind told from the compact form.

use super::*;

fn find(q: &str, s: &str) -> Option<Match> {
    Query::parse(q).find(s)
}

fn texts<'s>(s: &'s str, m: &Match) -> Vec<&'s str> {
    m.ranges.iter().map(|r| &s[r.clone()]).collect()
}

#[test]
fn chinese_terms_of_a_mixed_query_must_all_match() {
    // The Chinese half used to be dropped, so `UHD 量子` found every UHD field.
    assert!(find("UHD 量子", "UHD video display 超高清视频显示").is_none());
    let s = "UHD video display 超高清视频显示";
    let m = find("UHD 视频", s).unwrap();
    assert_eq!(texts(s, &m), ["UHD", "视频"]);
    assert_eq!(m.kind, MatchKind::Prefix);
}

#[test]
fn chinese_terms_apart_match_apart() {
    let s = "半导体与集成电路";
    let m = find("集成电路 半导体", s).unwrap();
    assert_eq!(texts(s, &m), ["半导体", "集成电路"]);
    assert!(find("集成电路 量子", s).is_none());
}

#[test]
fn regional_wording_finds_mainland_text() {
    let s = "半导体与集成电路";
    let m = find("積體電路", s).unwrap();
    assert_eq!(texts(s, &m), ["集成电路"]);
    assert_eq!(m.kind, MatchKind::Contains);
    assert!(find("雷射", "激光与增材制造").is_some());
    assert!(find("半導體 積體電路", s).is_some());
}

#[test]
fn ranges_from_one_expanded_character_are_merged() {
    // NFKC makes `‥` two dots: two finds of `.` in one source character.
    let s = "等‥";
    let m = find(".", s).unwrap();
    assert_eq!(texts(s, &m), ["‥"]);
}

#[test]
fn highlight_covers_the_source_bytes() {
    let s = "年均增速10%以上";
    // The bytes of `10%`: 年均增速 is four three-byte characters.
    let ten_percent = 12..15;
    let want = std::slice::from_ref(&ten_percent);
    assert_eq!(find("10%", s).unwrap().ranges, want);
    assert_eq!(find("１０％", s).unwrap().ranges, want);
    let s = "到2025 年，";
    assert_eq!(texts(s, &find("2025年", s).unwrap()), ["2025 年"]);
}

#[test]
fn a_kind_told_from_the_compact_form_is_the_kind_matched() {
    let fields = [
        "产业集群",
        "产业",
        "集群产业",
        "“产业”集群",
        " 产业",
        "「产业」",
        "㈠产业",
        "產業集羣",
        "发展产业集群，产业",
        "①产业",
    ];
    let mut told = 0;
    for q in ["产业", "產業", "集群", "集羣", "产"] {
        let pattern = Query::parse(q);
        for s in fields {
            let mut compact = String::new();
            crate::search::normalize::compact_into(s, &mut compact);
            let first_alone = s
                .chars()
                .next()
                .is_some_and(|c| crate::search::normalize::is_fast(c) && !c.is_whitespace());
            if let Some(kind) = pattern.substring_kind(&compact, first_alone) {
                told += 1;
                let m = pattern.matches(&Prepared::new(s));
                assert_eq!(m.map(|m| m.kind), Some(kind), "{q} in {s}");
            }
        }
    }
    assert!(told > 20, "{told}");
}

#[test]
fn a_number_written_with_chinese_is_one_run() {
    for (q, field, found) in [
        (
            "10大",
            "“十大”战略性支柱产业集群营业收入年均增速10%以上",
            false,
        ),
        ("10大", "十大产业10大", true),
        ("2025年", "到2025年，集群规模", true),
        ("１０％以上", "增速10%以上", true),
        ("5G基站", "建设5G 通信基站", true),
    ] {
        assert_eq!(
            Query::parse(q).find(field).is_some(),
            found,
            "{q} in {field}"
        );
    }
    assert!(super::number_phrase("5000亿元"));
    assert!(!super::number_phrase("5G基站"));
    assert!(!super::number_phrase("2025"));
}

#[test]
fn an_acronym_in_capitals_is_a_whole_word_in_capitals() {
    // Not the start of a word, not a word in lower case, not pinyin initials.
    assert!(find("EV", "Make every effort").is_none());
    assert!(find("IT", "it is not part of it; It is").is_none());
    assert!(find("HK", "绿色发展和可持续发展").is_none());
    let s = "EV makers and EVs, not Evs";
    let m = find("EV", s).unwrap();
    assert_eq!(texts(s, &m), ["EV", "EVs"]);
    assert_eq!(m.kind, MatchKind::Prefix);
    let m = find("(UHD)", "UHD").unwrap();
    assert_eq!(m.kind, MatchKind::Exact);
    // Full-width capitals are ordinary letters.
    assert!(find("ＵＨＤ", "uhd video").is_some());
    // With other words, each must match.
    assert!(find("UHD 视频", "UHD video 超高清视频").is_some());
    assert!(find("UHD 量子", "UHD video 超高清视频").is_none());
    // Lower case, five letters or quoted: an ordinary word, pinyin included.
    assert!(find("ev", "Make every effort").is_some());
    assert!(find("\"EV\"", "Make every effort").is_some());
    assert!(find("jg", "激光与增材制造").is_some());
    assert!(find("ROBOT", "robots").is_some());
    // Capitals that read as pinyin syllables are read so.
    assert!(find("LUSE", "绿色石化").is_some());
    assert!(find("BAN", "半导体").is_some());
}

#[test]
fn a_token_joined_by_ampersand_or_plus_is_one_run() {
    let s = "such as R&D and design";
    let m = find("R&D", s).unwrap();
    assert_eq!(texts(s, &m), ["R&D"]);
    // Not its letters apart: r… and d… words.
    assert!(find("R&D", "Deeper supply-side structural reform").is_none());
    assert!(find("r&d", "S&T innovation").is_none());
    assert!(find("S&T", "strengthen S&T innovation").is_some());
    assert!(find("M+A", "M + A").is_some());
    assert!(joined("R&D") && joined("ｒ＆ｄ") && joined("C+1"));
    assert!(!joined("&") && !joined("C++"));
    // As such a name is typed: `R&` is the run `r&`, not every word beginning with r.
    assert!(joined("R&"));
    assert!(find("R&", "Deeper supply-side structural reform").is_none());
    assert!(find("R&", "such as R&D").is_some());
}
