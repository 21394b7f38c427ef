//! Traditional → simplified Chinese with fast2s, variants folded after it (OpenCC's data), and a quick answer to whether a text has
//! anything fast2s could change at all: nearly every text of a mainland policy library is
//! simplified already, and asking fast2s character by character (three table look-ups each)
//! was a quarter of building a large index.
//!
//! fast2s changes a character by its table, or by its neighbours for a few characters it lists
//! in its source; [`learn`] finds the first kind by asking fast2s about every character once,
//! and the second kind is named here (pinned to fast2s 0.3.1 in Cargo.toml for that reason).

use std::borrow::Cow;
use std::sync::OnceLock;

/// The characters fast2s changes only beside certain others (its special and excluded cases),
/// or may leave alone beside them: always given to fast2s.
const BY_NEIGHBOURS: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";

/// Characters of the Basic Multilingual Plane that fast2s may change (one bit each); fast2s
/// leaves every other character as it is.
static CHANGING: OnceLock<Box<[u64]>> = OnceLock::new();

/// Works out [`CHANGING`] (a few milliseconds, once), so that [`simplified`] can skip texts
/// fast2s would return unchanged; worth it before indexing a large library. Results are the same
/// either way.
pub fn learn() {
    CHANGING.get_or_init(changing);
}

fn changing() -> Box<[u64]> {
    let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
    let mut set = |c: char| bits[c as usize / 64] |= 1 << (c as usize % 64);
    // fast2s reads only characters of three UTF-8 bytes; each is asked alone, between spaces.
    let chars: Vec<char> = (0x800..0x10000).filter_map(char::from_u32).collect();
    let spaced: String = chars.iter().flat_map(|&c| [c, ' ']).collect();
    for (&c, converted) in chars.iter().zip(fast2s::convert(&spaced).split(' ')) {
        if converted.chars().ne([c]) {
            set(c);
        }
    }
    BY_NEIGHBOURS.chars().for_each(&mut set);
    // Variants are folded after fast2s: a text holding one is not to be skipped either.
    variants().iter().for_each(|p| set(p.0));
    bits
}

/// Whether fast2s could change something in `s`; always yes until [`learn`] has run.
fn may_change(s: &str, changing: Option<&[u64]>) -> bool {
    let Some(bits) = changing else {
        return true;
    };
    s.chars().any(|c| {
        let u = c as usize;
        u < 0x10000 && bits[u / 64] >> (u % 64) & 1 == 1
    })
}

/// `s` in simplified characters, as fast2s writes it.
pub fn simplified(s: &str) -> Cow<'_, str> {
    // Left alone by fast2s only when the learnt bits, which include the variants, say so.
    match simplified_with(s, CHANGING.get().map(|b| &b[..])) {
        Cow::Borrowed(b) => Cow::Borrowed(b),
        Cow::Owned(o) => Cow::Owned(folded(&o).into_owned()),
    }
}

/// `s` converted by fast2s alone, without folding variants (to tell the two apart in reports).
pub fn traditional_to_simplified(s: &str) -> String {
    fast2s::convert(s)
}

/// The variant characters of `s` folded to their mainland form (OpenCC's variant data, see
/// `data/variants.txt`); one character for one, so offsets by character stay valid.
pub fn folded(s: &str) -> Cow<'_, str> {
    let table = variants();
    if !s
        .chars()
        .any(|c| table.binary_search_by_key(&c, |p| p.0).is_ok())
    {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match table.binary_search_by_key(&c, |p| p.0) {
                Ok(i) => table[i].1,
                Err(_) => c,
            })
            .collect(),
    )
}

/// `data/variants.txt` as pairs sorted by variant.
fn variants() -> &'static [(char, char)] {
    static TABLE: OnceLock<Vec<(char, char)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut pairs: Vec<(char, char)> = include_str!("data/variants.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cs = l.chars().filter(|c| !c.is_whitespace());
                Some((cs.next()?, cs.next()?))
            })
            .collect();
        pairs.sort_unstable();
        pairs
    })
}

fn simplified_with<'s>(s: &'s str, changing: Option<&[u64]>) -> Cow<'s, str> {
    if may_change(s, changing) {
        Cow::Owned(fast2s::convert(s))
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_quick_answer_agrees_with_fast2s_in_its_own_special_cases() {
        let bits = changing();
        // Each case of fast2s's own on its own, so that no other character gives it away.
        let cases = "看著 苧麻 藉口 憑藉 闔家 鍾書 校讎 讎定 仇讎 計畫 企畫 兒寬 答覆 批覆 回覆 甚夥 \
                     慰藉 狼藉 瞭望 幺麽 樊於 乾隆 乾坤 乾卦";
        for s in cases.split_whitespace().chain([
            "乾隆的乾兒子一邊乾淨利落地擲出了一個乾卦，一邊嘴裡嚼着芒果乾。",
            "樊於期 甚夥 答覆 瞭望 幺麽 慰藉 狼藉 兒寬",
            "半導體 發展 產業集群 「引號」",
            "半导体 发展 产业集群，粤港澳大湾区。",
        ]) {
            assert_eq!(simplified_with(s, Some(&bits)), fast2s::convert(s), "{s}");
        }
        // Simplified text is left alone without asking fast2s.
        assert!(!may_change(
            "培育发展战略性支柱产业集群，是提升经济竞争力的内在要求。",
            Some(&bits)
        ));
        assert!(may_change("產業", Some(&bits)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn the_quick_answer_never_skips_a_change(
            s in proptest::collection::vec(
                prop_oneof![
                    0x4e00u32..0xa000,
                    0x3000u32..0x3040,
                    0xff00u32..0xff60,
                    Just(0x8457u32), // 著
                    Just(0x770bu32), // 看
                    Just(0x85c9u32), // 藉
                    Just(0x53e3u32), // 口
                ],
                0..40,
            )
        ) {
            static BITS: OnceLock<Box<[u64]>> = OnceLock::new();
            let bits = BITS.get_or_init(changing);
            let s: String = s.into_iter().filter_map(char::from_u32).collect();
            prop_assert_eq!(simplified_with(&s, Some(bits)), fast2s::convert(&s));
        }
    }
}
