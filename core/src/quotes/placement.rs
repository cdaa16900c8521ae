//! Placement: the best candidates that neither repeat each other nor sit
//! next to each other or to a pull-quote the source placed itself.

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
///
/// A candidate is taken when it repeats none taken before and all taken
/// can still be placed, each after its own paragraph or up to
/// [`NEARBY`] blocks further, [`MIN_GAP_BLOCKS`] apart: a better quote
/// may move down a block to make room for another.
pub(super) fn place(body: &[Block], cands: Vec<Candidate>, max: usize) -> Vec<PlacedPullQuote> {
    // Best first; equal scores stay in body order.
    let cands = sorted_by_key(cands, |c| {
        (
            (i64::from(i32::MAX) - i64::from(c.score)).unsigned_abs(),
            c.order,
        )
    });

    let occupied: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::PullQuote { .. }))
        .map(|(i, _)| i)
        .collect();
    let mut chosen: Vec<Candidate> = Vec::new();
    let mut places: Vec<usize> = Vec::new();
    for cand in cands {
        if chosen.len() >= max {
            break;
        }
        let clash = chosen
            .iter()
            .any(|c| c.span == cand.span || near_duplicate(&c.words, &cand.words));
        if clash {
            continue;
        }
        chosen.push(cand);
        match assign(body, &chosen, &occupied) {
            Some(found) => places = found,
            None => {
                chosen.pop();
            }
        }
    }
    let placed: Vec<(usize, Candidate)> = places.into_iter().zip(chosen).collect();
    sorted_by_key(placed, |(after, _)| (*after as u64, 0))
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

/// Places for all of `chosen` (in their order), or `None` when they do
/// not fit. Taken in body order, each at the first free block from its
/// own: as every candidate may move the same few blocks, that fits them
/// whenever any placing does.
fn assign(body: &[Block], chosen: &[Candidate], occupied: &[usize]) -> Option<Vec<usize>> {
    // From the same block, the better quote (taken earlier) first.
    let order = sorted_by_key((0..chosen.len()).collect(), |&i| {
        (chosen.get(i).map_or(0, |c| c.block) as u64, i)
    });
    let mut places = vec![0; chosen.len()];
    let mut last: Option<usize> = None;
    for i in order {
        let block = chosen.get(i)?.block;
        let after = (block..=block.saturating_add(NEARBY)).find(|&a| {
            placeable(body, a, occupied)
                && last.is_none_or(|l| a >= l.saturating_add(MIN_GAP_BLOCKS))
        })?;
        *places.get_mut(i)? = after;
        last = Some(after);
    }
    Some(places)
}

/// `items` ordered by `key`, ties in their given order. Every caller sorts
/// the same type, `(u64, usize, usize)`, so the wasm holds one sort routine
/// instead of one per key and item type (2 to 3 KB each).
pub(super) fn sorted_by_key<T>(items: Vec<T>, key: impl Fn(&T) -> (u64, usize)) -> Vec<T> {
    let mut keys: Vec<(u64, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (first, second) = key(item);
            (first, second, i)
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.into_iter()
        .filter_map(|(_, _, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// Word overlap above [`DUPLICATE_OVERLAP_PERCENT`], or one quote inside the
/// other.
fn near_duplicate(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (sa, sb) = (distinct(a), distinct(b));
    let inter = sa.iter().filter(|w| sb.contains(w)).count();
    let union = sa.len() + sb.len() - inter;
    if union > 0 && inter * 100 > union * DUPLICATE_OVERLAP_PERCENT {
        return true;
    }
    let ja = format!(" {} ", a.join(" "));
    let jb = format!(" {} ", b.join(" "));
    ja.contains(&jb) || jb.contains(&ja)
}

/// The distinct words of a candidate, in order. A pull-quote is a few
/// dozen words, so a linear search is cheap, and the wasm needs no hash
/// set of `&str` for it.
fn distinct(words: &[String]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    for word in words {
        if !out.contains(&word.as_str()) {
            out.push(word);
        }
    }
    out
}

/// May a pull-quote go after block `after`? Not after the last block or a
/// heading (it would part the heading from its section), and apart from
/// the pull-quotes the source placed itself.
fn placeable(body: &[Block], after: usize, occupied: &[usize]) -> bool {
    after.saturating_add(1) < body.len()
        && !matches!(body.get(after), Some(Block::Heading { .. }))
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
