//! The index's work split over threads: contiguous runs of nodes, one per core, searched side
//! by side, their hits put in order of rank in one linear pass.

use super::{Hit, MatchKind};

/// `hits`, in document order, in order of rank: by field class and match kind (14 ranks), then
/// document order, which a stable pass by the first two keeps. Linear: the first letters of a
/// query find tens of thousands of hits, whose sort took a tenth of the search.
pub(super) fn ranked(hits: Vec<Hit>) -> Vec<Hit> {
    debug_assert!(hits.windows(2).all(|w| w[0].node < w[1].node));
    const KINDS: usize = MatchKind::InitialsOtherReading as usize + 1;
    let bucket = |h: &Hit| usize::from(h.field.class()) * KINDS + h.kind as usize;
    let mut starts = [0usize; 2 * KINDS + 1];
    for h in &hits {
        starts[bucket(h) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out = hits.clone();
    for h in hits {
        let at = &mut starts[bucket(&h)];
        out[*at] = h;
        *at += 1;
    }
    out
}

/// Threads for building and searching: the machine's cores, at most eight.
fn workers() -> usize {
    // Asked once: on Linux the answer comes from reading cgroup files, which would cost more
    // than a small search.
    static WORKERS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WORKERS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)))
}

/// Runs `work` on each part on its own scoped thread (the first on this one); results in order.
/// From this many nodes on, the index first learns which characters fast2s changes (a few
/// milliseconds) to skip it on text it would leave alone.
pub(super) const LEARN_FROM: usize = 2_000;

pub(super) fn in_parallel<T: Sync, R: Send>(parts: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let Some((first, rest)) = parts.split_first() else {
        return Vec::new();
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = rest.iter().map(|p| scope.spawn(|| work(p))).collect();
        let mut out = vec![work(first)];
        out.extend(
            handles
                .into_iter()
                .map(|h| h.join().expect("a search thread panicked")),
        );
        out
    })
}

/// `items` cut into one contiguous part per worker; small inputs stay whole, as a thread would
/// cost more than it saves.
pub(super) fn split<T>(items: &[T], min_per_part: usize) -> Vec<&[T]> {
    let n = workers().min(items.len() / min_per_part.max(1)).max(1);
    items.chunks(items.len().div_ceil(n).max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeId;
    use crate::search::{Field, How};

    #[test]
    fn ranked_is_a_sort_by_rank() {
        let fields = [
            Field::Title,
            Field::Text,
            Field::Alias,
            Field::Fact,
            Field::Label,
        ];
        let kinds = [
            MatchKind::Exact,
            MatchKind::Prefix,
            MatchKind::Contains,
            MatchKind::Pinyin,
            MatchKind::Initials,
            MatchKind::PinyinOtherReading,
            MatchKind::InitialsOtherReading,
        ];
        // Document order, every field and kind, in a scrambled pattern.
        let hits: Vec<Hit> = (0..500)
            .map(|n| Hit {
                node: NodeId(n * 3),
                field: fields[n * 7 % 5],
                lang: None,
                item: 0,
                kind: kinds[n * 11 % 13 % 7],
                how: How::plain(kinds[n * 11 % 13 % 7]),
                len: 0,
            })
            .collect();
        let mut sorted = hits.clone();
        sorted.sort_by_key(Hit::rank);
        assert_eq!(ranked(hits), sorted);
    }
}
