//! What a string's Chinese can be read as, in 256 bits, and what a pinyin query needs of it.
//!
//! A string's sketch holds the letters its characters' readings begin with, a hash of the
//! readings themselves, and a hash of the initials of each two neighbouring characters (`gr` for
//! 工人). A pinyin query lists the sketches a string must cover for it to match: one for reading
//! its letters as initials, one for each way of cutting them into syllables. A string whose
//! sketch covers none of them cannot match, and its characters need not be read: most of a
//! library's Chinese, for most letters typed. The hashes are 102 and 128 bits wide: a string of
//! a hundred characters has some seventy distinct readings, and fewer bits would be nearly all
//! set.

/// The letters' bits in [`Sketch::reads`]: bit 0 is `a`.
const LETTERS: u128 = (1 << 26) - 1;

/// The most ways of cutting a query into syllables worth listing; past it, only the first
/// letter is asked for (which every way needs).
const MOST_CUTS: usize = 32;

/// A summary of the readings of some Chinese characters; see the module's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sketch {
    /// The letters readings begin with (bits 0–25), and a bit for each whole reading.
    reads: u128,
    /// A bit for each two initials of neighbouring characters.
    pairs: u128,
}

impl Sketch {
    /// The sketch of one character with `readings`.
    pub fn of_readings(readings: &[&str]) -> Sketch {
        let reads = readings.iter().fold(0, |m, s| {
            m | letter(s.as_bytes().first().copied()) | syllable(s)
        });
        Sketch { reads, pairs: 0 }
    }

    /// A character's sketch kept as its [`Sketch::reads`] (one character has no pairs).
    pub fn of_reads(reads: u128) -> Sketch {
        Sketch { reads, pairs: 0 }
    }

    /// The letters and readings part of the sketch.
    pub fn reads(self) -> u128 {
        self.reads
    }

    /// The letters the readings begin with (bit 0 = `a`).
    pub fn firsts(self) -> u32 {
        (self.reads & LETTERS) as u32
    }

    /// Whether every bit of `need` is in `self`.
    fn covers(self, need: Sketch) -> bool {
        self.reads & need.reads == need.reads && self.pairs & need.pairs == need.pairs
    }
}

/// Builds the sketch of a string, one character's sketch after another (nothing for a character
/// that is not Chinese, which no match runs across).
#[derive(Default)]
pub struct Builder {
    sketch: Sketch,
    before: u32,
}

impl Builder {
    pub fn push(&mut self, c: Sketch) {
        let firsts = c.firsts();
        self.sketch.reads |= c.reads;
        // Nearly always one letter each: a pair without looping over sets.
        if self.before.is_power_of_two() && firsts.is_power_of_two() {
            let (a, b) = (self.before.trailing_zeros(), firsts.trailing_zeros());
            self.sketch.pairs |= pair(b'a' + a as u8, b'a' + b as u8);
        } else {
            for a in letters(self.before) {
                for b in letters(firsts) {
                    self.sketch.pairs |= pair(a, b);
                }
            }
        }
        self.before = firsts;
    }

    pub fn done(self) -> Sketch {
        self.sketch
    }
}

/// The letters (as `b'a'..=b'z'`) of a set of them, lowest first. Most characters have one:
/// this runs for every character of a library's Chinese when the index is built.
fn letters(mut set: u32) -> impl Iterator<Item = u8> {
    std::iter::from_fn(move || {
        let i = set.trailing_zeros();
        set &= set.wrapping_sub(1);
        (i < 26).then(|| b'a' + i as u8)
    })
}

/// `b` as a bit of a set of lower-case letters; nothing for anything else.
pub fn letter(b: Option<u8>) -> u128 {
    match b {
        Some(b @ b'a'..=b'z') => 1 << (b - b'a'),
        _ => 0,
    }
}

/// The bit a whole syllable sets: one of 102, by a hash of its letters.
fn syllable(s: &str) -> u128 {
    let h = s.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    1 << (26 + h % 102)
}

/// The bit of two neighbouring initials `a`, `b` (letters): one of 128.
fn pair(a: u8, b: u8) -> u128 {
    let x = u32::from(a.wrapping_sub(b'a')) * 26 + u32::from(b.wrapping_sub(b'a'));
    1 << (x.wrapping_mul(0x9E37_79B9) >> 25)
}

/// The sketches a string must cover for the letters `q` to match it: `q` as initials when every
/// letter begins some reading, and `q` cut into whole syllables of `syllables` (sorted), the last
/// perhaps only begun. Empty when `q` can be read neither way.
pub fn needs(q: &str, syllables: &[&str]) -> Needs {
    let initials = syllables
        .iter()
        .fold(0, |m, s| m | letter(s.as_bytes().first().copied()));
    let mut all = Vec::new();
    let b = q.as_bytes();
    if !q.is_empty() && b.iter().all(|&c| initials & letter(Some(c)) != 0) {
        all.push(Sketch {
            reads: b.iter().fold(0, |m, &c| m | letter(Some(c))),
            pairs: b.windows(2).fold(0, |m, w| m | pair(w[0], w[1])),
        });
    }
    let whole = |s: &str| syllables.binary_search(&s).is_ok();
    let begun = |s: &str| {
        let i = syllables.partition_point(|x| *x < s);
        syllables.get(i).is_some_and(|x| x.starts_with(s))
    };
    // finishes[at]: q[at..] can be cut into syllables (at 0, the first one whole). Worked out
    // first, so that listing the ways never follows a dead end: a query such as "eeee…x"
    // would otherwise be tried in exponentially many ways.
    let mut finishes = vec![false; q.len() + 1];
    finishes[q.len()] = true;
    for at in (0..q.len()).rev() {
        finishes[at] = (at > 0 && begun(&q[at..]))
            || (at + 1..=q.len()).any(|end| finishes[end] && whole(&q[at..end]));
    }
    let mut cuts = Vec::new();
    if finishes[0] {
        let mut cutter = Cutter {
            q,
            whole: &whole,
            begun: &begun,
            finishes: &finishes,
            out: &mut cuts,
        };
        cutter.cut(0, Sketch::default(), None);
    }
    let as_syllables = !cuts.is_empty();
    if cuts.len() > MOST_CUTS {
        cuts = vec![Sketch {
            reads: letter(b.first().copied()),
            pairs: 0,
        }];
    }
    all.extend(cuts);
    all.sort_unstable();
    all.dedup();
    Needs { all, as_syllables }
}

/// Lists the ways of cutting a query into syllables.
struct Cutter<'a, W, B> {
    q: &'a str,
    whole: &'a W,
    begun: &'a B,
    finishes: &'a [bool],
    out: &'a mut Vec<Sketch>,
}

impl<W: Fn(&str) -> bool, B: Fn(&str) -> bool> Cutter<'_, W, B> {
    /// Adds the sketch each way of cutting `q[at..]` needs, on top of `need` for the syllables
    /// before `at`, the last of which begins with `before`. Stops listing once there are more
    /// than [`MOST_CUTS`].
    fn cut(&mut self, at: usize, need: Sketch, before: Option<u8>) {
        if self.out.len() > MOST_CUTS {
            return;
        }
        let q = self.q.as_bytes();
        if at == q.len() {
            self.out.push(need);
            return;
        }
        let rest = &self.q[at..];
        // The next character neighbours the one before: their initials are a pair.
        let mut need = need;
        need.reads |= letter(Some(q[at]));
        if let Some(b) = before {
            need.pairs |= pair(b, q[at]);
        }
        // After a whole syllable the rest may be the beginning of one: any way that goes on with
        // whole syllables needs at least its first letter too, so this one way stands for them all.
        if at > 0 && (self.begun)(rest) {
            self.out.push(need);
            return;
        }
        for end in at + 1..=q.len() {
            let s = &self.q[at..end];
            if self.finishes[end] && (self.whole)(s) {
                let need = Sketch {
                    reads: need.reads | syllable(s),
                    ..need
                };
                self.cut(end, need, Some(q[at]));
            }
        }
    }
}

/// What a pinyin query needs of a string's sketch.
pub struct Needs {
    /// The string must cover one of these.
    all: Vec<Sketch>,
    /// Whether the query can be cut into syllables at all.
    as_syllables: bool,
}

impl Needs {
    /// Whether a string with `sketch` may match.
    pub fn may_match(&self, sketch: Sketch) -> bool {
        self.all.iter().any(|&n| sketch.covers(n))
    }

    /// Whether nothing can match.
    pub fn never(&self) -> bool {
        self.all.is_empty()
    }

    /// Whether the query can match as syllables (else only as initials).
    pub fn as_syllables(&self) -> bool {
        self.as_syllables
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SYLLABLES: &[&str] = &["ba", "ban", "dao", "e", "se", "shi", "ti", "xian"];

    fn sketch(readings: &[&[&str]]) -> Sketch {
        let mut b = Builder::default();
        readings.iter().for_each(|r| b.push(Sketch::of_readings(r)));
        b.done()
    }

    #[test]
    fn a_string_with_the_readings_covers_what_the_query_needs() {
        let bandaoti = sketch(&[&["ban"], &["dao"], &["ti"]]);
        for q in ["ban", "band", "bandao", "bandaoti", "bdt", "bd"] {
            assert!(needs(q, SYLLABLES).may_match(bandaoti), "{q}");
        }
        // 半 alone reads ban: "bandao" needs a character reading dao, "bd" one beginning d,
        // "ba" one reading ba (or, as initials, one beginning a).
        let ban = sketch(&[&["ban"]]);
        for q in ["bandao", "bd", "bt", "ba"] {
            assert!(!needs(q, SYLLABLES).may_match(ban), "{q}");
        }
    }

    #[test]
    fn letters_of_a_set() {
        let set = (letter(Some(b'b')) | letter(Some(b'z')) | letter(Some(b'a'))) as u32;
        assert_eq!(letters(set).collect::<Vec<_>>(), b"abz");
        assert_eq!(letters(0).count(), 0);
    }

    #[test]
    fn initials_must_be_neighbours() {
        // 体 … 半 导: t and d are both there, but not side by side. (Pairs share 128 bits, so
        // some pairs are taken for others: t-b for b-d, for one.)
        let apart = sketch(&[&["ti"], &[], &["ban"], &["dao"]]);
        assert!(needs("bd", SYLLABLES).may_match(apart));
        assert!(!needs("td", SYLLABLES).may_match(apart));
        // A character with two readings neighbours with both.
        let two = sketch(&[&["ban", "se"], &["dao"]]);
        assert!(needs("sd", SYLLABLES).may_match(two));
        assert!(needs("sedao", SYLLABLES).may_match(two));
    }

    #[test]
    fn letters_that_are_neither_syllables_nor_initials_need_the_impossible() {
        // No syllable here begins with i, so "ti" is not initials; "xyz" is neither.
        let n = needs("xyz", SYLLABLES);
        assert!(n.never() && !n.as_syllables());
        let n = needs("ti", SYLLABLES);
        assert!(!n.never() && n.as_syllables());
        let n = needs("bd", SYLLABLES);
        assert!(!n.never() && !n.as_syllables());
    }

    #[test]
    fn a_query_with_too_many_cuts_needs_only_its_first_letter() {
        // "e" and "ee" cut forty e's in over a hundred million ways.
        let n = needs(&"e".repeat(40), &["e", "ee"]);
        assert!(n.as_syllables());
        assert!(n.may_match(Sketch::of_readings(&["e"])));
        // And as many dead ends are never followed.
        let n = needs(&("e".repeat(39) + "x"), &["e", "ee"]);
        assert!(n.never());
    }
}
