//! Placement: the best candidates that neither repeat each other nor sit
//! next to each other or to a pull-quote the source placed itself.

use std::collections::HashSet;

use super::candidates::Candidate;
use crate::model::{Block, PlacedPullQuote, PullQuote};

/// How many blocks after its paragraph a pull-quote may move.
const NEARBY: usize = 2;

/// Fewest blocks from one pull-quote's place to the next (so at least one
/// block stands between them): two in a row read as one.
const MIN_GAP_BLOCKS: usize = 2;

/// Two quotes sharing more than this share (in percent) of their distinct
/// words say the same thing.
const DUPLICATE_OVERLAP_PERCENT: usize = 60;

/// Up to `max` of `cands`, best first, placed in body order.
pub(super) fn place(body: &[Block], mut cands: Vec<Candidate>, max: usize) -> Vec<PlacedPullQuote> {
    // Stable: equal scores stay in body order.
    cands.sort_by(|a, b| b.score.cmp(&a.score).then(a.order.cmp(&b.order)));

    let occupied: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::PullQuote { .. }))
        .map(|(i, _)| i)
        .collect();
    // First every quote right after its own paragraph, then the rest moved
    // down a little where that keeps them apart.
    let mut chosen: Vec<(usize, Candidate)> = Vec::new();
    let mut left: Vec<Candidate> = Vec::new();
    for reach in [0, NEARBY] {
        for cand in std::mem::take(&mut cands) {
            if chosen.len() >= max {
                break;
            }
            let clash = chosen
                .iter()
                .any(|(_, c)| c.span == cand.span || near_duplicate(&c.words, &cand.words));
            if clash {
                continue;
            }
            let place = (cand.block..=cand.block.saturating_add(reach))
                .find(|&a| placeable(body, a, &chosen, &occupied));
            match place {
                Some(after) => chosen.push((after, cand)),
                None => left.push(cand),
            }
        }
        cands = std::mem::take(&mut left);
    }
    chosen.sort_by_key(|(after, _)| *after);
    chosen
        .into_iter()
        .map(|(after, c)| PlacedPullQuote {
            after,
            quote: PullQuote {
                text: c.text,
                speaker: c.speaker,
                repeats_body: true,
            },
        })
        .collect()
}

/// Word overlap above [`DUPLICATE_OVERLAP_PERCENT`], or one quote inside the
/// other.
fn near_duplicate(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let sa: HashSet<&str> = a.iter().map(String::as_str).collect();
    let sb: HashSet<&str> = b.iter().map(String::as_str).collect();
    let inter = sa.intersection(&sb).count();
    let union = sa.union(&sb).count();
    if union > 0 && inter * 100 > union * DUPLICATE_OVERLAP_PERCENT {
        return true;
    }
    let ja = format!(" {} ", a.join(" "));
    let jb = format!(" {} ", b.join(" "));
    ja.contains(&jb) || jb.contains(&ja)
}

/// May a pull-quote go after block `after`? Not after the last block or a
/// heading (it would part the heading from its section), and apart from
/// the others.
fn placeable(
    body: &[Block],
    after: usize,
    chosen: &[(usize, Candidate)],
    occupied: &[usize],
) -> bool {
    after.saturating_add(1) < body.len()
        && !matches!(body.get(after), Some(Block::Heading { .. }))
        && chosen
            .iter()
            .all(|(a, _)| a.abs_diff(after) >= MIN_GAP_BLOCKS)
        && occupied.iter().all(|o| o.abs_diff(after) >= MIN_GAP_BLOCKS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_duplicates_by_overlap_or_containment() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let a = words("sovereignty is not for sale");
        let b = words(
            "no the territory is sacrosanct sovereignty is not for sale sovereignty is loved",
        );
        assert!(near_duplicate(&a, &b));
        let c = words("we will not go back to work until every worker is paid");
        let d = words("we will not go back to work until every single worker is paid a fair wage");
        assert!(near_duplicate(&c, &d));
        let e = words("the river will be dry within ten years");
        assert!(!near_duplicate(&c, &e));
        assert!(!near_duplicate(&[], &e));
    }
}
