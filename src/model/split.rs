//! Reading a large policy file as two parts at once, one on each core: the YAML parser is most of
//! a load's time and works through the text strictly in order, so a 50 MB file is cut in two
//! near the middle, before one of the top-level sections (a `- id:` entry of a `children` list
//! that runs to the end of the file), and the tail's nodes are joined to the head's tree.
//!
//! The result is used only when the YAML layer proves the cut sound (see `yaml::cut`) and both
//! parts read without error within the load's limits; otherwise the file is read whole, so every
//! message is the one the whole reading gives.

use std::sync::atomic::AtomicBool;

use super::Limits;
use super::budget;
use super::raw::{RawFile, RawNode};
use super::yaml;

/// From this size on, a file is read in two parts when it can be cut.
const SPLIT_FROM: usize = 1 << 20;

/// The file's raw tree read in two parts, or None when it is to be read whole.
pub fn read(src: &str, limits: &Limits, stop: &AtomicBool) -> Option<RawFile> {
    if src.len() < SPLIT_FROM {
        return None;
    }
    read_at(src, cut(src)?, limits, stop)
}

/// Reads `src[..at]` and `src[at..]` at once and joins them.
pub(super) fn read_at(src: &str, at: usize, limits: &Limits, stop: &AtomicBool) -> Option<RawFile> {
    let (head, tail) = src.split_at_checked(at)?;
    let column = (tail.len() - tail.trim_start_matches(' ').len()) as u64;
    // Each part may expand to half of what one load may, so that the two at once never hold
    // more than that (an alias bomb in either is stopped as soon, and then read whole).
    let half = Limits {
        text_bytes: limits.text_bytes / 2,
        nodes: limits.nodes / 2,
        ..*limits
    };
    let (head, tail) = std::thread::scope(|s| {
        let tail = std::thread::Builder::new()
            .name("yaml tail".into())
            .spawn_scoped(s, || {
                let _budget = budget::start(&half);
                yaml::from_tail_until::<RawNode>(tail, column, stop)
            })
            .ok()?;
        let _budget = budget::start(&half);
        let head = yaml::from_head_until::<RawFile>(head, column, stop);
        let tail = tail.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        Some((head, tail))
    })?;
    let (Ok((mut file, Some(joint))), Ok(Some((nodes, levels)))) = (head, tail) else {
        return None;
    };
    if !joint.has_room_for(levels) {
        return None;
    }
    // Every sequence left open at the cut is a `children` list (nothing else in a node holds
    // nodes), the last entry of each holding the next.
    let mut node = &mut file.document;
    for _ in 1..joint.sequences {
        node = node.children.last_mut()?;
    }
    node.children.extend(nodes);
    Some(file)
}

/// Where to cut: the start of the line nearest the middle that is a sequence entry (`- `)
/// indented by some k > 0 spaces, with no line after it (blank lines and comments aside)
/// indented less than k, so that the sequence runs to the end of the file. Only a cut in the
/// middle three fifths is worth making.
fn cut(src: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let (low, aim, high) = (
        bytes.len() / 5,
        bytes.len() / 2,
        bytes.len() - bytes.len() / 5,
    );
    let mut least = usize::MAX;
    let mut after_aim = None;
    let mut end = bytes.len();
    for newline in memchr::memrchr_iter(b'\n', bytes) {
        let start = newline + 1;
        let line = &bytes[start..end];
        end = newline;
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        let rest = &line[indent..];
        if rest
            .first()
            .is_none_or(|&b| b == b'#' || b.is_ascii_whitespace())
        {
            continue;
        }
        least = least.min(indent);
        let entry = rest.starts_with(b"- ") || rest == b"-" || rest == b"-\r";
        if entry && indent == least && indent > 0 && start <= high {
            if start >= aim {
                after_aim = Some(start);
            } else {
                let before = (start >= low).then_some(start);
                return match (before, after_aim) {
                    (Some(b), Some(a)) => Some(if aim - b < a - aim { b } else { a }),
                    (b, a) => b.or(a),
                };
            }
        }
        if start < low {
            break;
        }
    }
    after_aim
}

#[cfg(test)]
mod tests;
