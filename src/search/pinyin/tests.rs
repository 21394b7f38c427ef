//! The matchers on readings of real characters: syllables, initials, polyphones and apostrophes.

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

#[test]
fn a_common_reading_and_the_others() {
    // 支 reads zhī first, qí too; 行 xíng, then háng; 绿 lǜ (as lv and lu).
    assert_eq!(common_readings('支'), ["zhi"]);
    assert!(readings('支').contains(&"qi"));
    assert_eq!(common_readings('行'), ["xing"]);
    assert_eq!(readings('行')[0], "xing");
    assert!(readings('行').contains(&"hang"));
    assert_eq!(common_readings('绿'), ["lv", "lu"]);
    assert!(common_readings('a').is_empty());
    let common = |s: &str| -> Vec<_> { s.chars().map(common_readings).collect() };
    // 支撑 reads qi + che(ng) only by 支's other reading.
    assert_eq!(match_syllables(&r("支撑"), 0, "qiche"), Some(2));
    assert_eq!(match_syllables(&common("支撑"), 0, "qiche"), None);
    assert_eq!(match_syllables(&common("汽车"), 0, "qiche"), Some(2));
    assert_eq!(match_syllables(&common("银行"), 0, "yinhang"), None);
    assert_eq!(match_initials(&common("区块"), 0, "ok"), None);
    assert_eq!(match_initials(&r("区块"), 0, "ok"), Some(2));
    // The table gives the same.
    let mut seen = Seen::default();
    "支行绿".chars().for_each(|c| seen.see(c));
    let table = HanTable::new(&seen);
    for c in "支行绿".chars() {
        assert_eq!(table.get_common(c), common_readings(c), "{c}");
        assert_eq!(table.get(c), readings(c), "{c}");
    }
}

#[test]
fn an_apostrophe_ends_a_syllable() {
    // 先 reads xian; 西安 xi + an.
    assert_eq!(match_syllables(&r("先进"), 0, "xianjin"), Some(2));
    assert_eq!(match_syllables(&r("先进"), 0, "xi'anjin"), None);
    assert_eq!(match_syllables(&r("先进"), 0, "xian'jin"), Some(2));
    assert_eq!(match_syllables(&r("西安"), 0, "xi'an"), Some(2));
    assert_eq!(match_syllables(&r("西安"), 0, "xi'a"), Some(2));
    assert_eq!(match_syllables(&r("先"), 0, "xi'an"), None);
    // Never initials: an apostrophe separates whole syllables.
    assert_eq!(match_initials(&r("先进"), 0, "x'j"), None);
}
