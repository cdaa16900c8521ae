//! Scoring: how good a pull-quote a candidate makes.
//!
//! A candidate is first checked against hard limits (length, a whole
//! sentence when unattributed, no titles of works); then its score adds
//! the weights below. Attribution counts most (a quote with a speaker reads
//! as speech, not as the article's own words), then a readable length and
//! a whole sentence; quotations within, cuts and left-out sentences cost
//! points. Only the order of scores matters: the best scores are placed
//! first.

use super::attribution::Attr;
use super::candidates::{ends_terminal, Piece};
use super::tokens::Token;
use super::words;

// Lengths, in words.

/// Fewest words for a quote that is a complete, attributed statement.
pub(super) const MIN_WORDS_COMPLETE: usize = 4;
/// Fewest words otherwise.
pub(super) const MIN_WORDS: usize = 6;
/// Most words shown: longer, a pull-quote stops being a glance.
pub(super) const MAX_WORDS: usize = 40;
/// Shortest of the preferred lengths.
pub(super) const IDEAL_MIN: usize = 10;
/// Longest of the preferred lengths; longer quotations are also offered
/// cut at a clause.
pub(super) const IDEAL_MAX: usize = 25;
/// Longest a quotation cut at a clause may be when no cut lands within
/// the preferred lengths.
pub(super) const MAX_CUT_WORDS: usize = 30;

// What is no pull-quote.

/// Fewest words for the title test below to apply.
const TITLE_CASE_MIN_WORDS: usize = 4;
/// A quote with at least this share (in percent) of capitalised words is
/// the title of a book, film or law, not speech.
const TITLE_CASE_PERCENT: usize = 70;

// Weights: added to or taken from a score that starts at 0.

/// Attributed to a verb of saying: it reads as someone's words, not the
/// article's. Weighs most.
const ATTRIBUTED_BONUS: i32 = 30;
/// The speaker is named, so the pull-quote can say who.
const NAMED_SPEAKER_BONUS: i32 = 15;
/// Shorter than [`MIN_WORDS`] (only a complete, attributed statement gets
/// this far): a last resort.
const TOO_SHORT_PENALTY: i32 = 25;
/// Shorter than [`IDEAL_MIN`].
const SHORT_PENALTY: i32 = 8;
/// Per word beyond [`IDEAL_MAX`].
const LONG_PENALTY_PER_WORD: i32 = 1;
/// Starts like a sentence, with a capital or a digit.
const SENTENCE_START_BONUS: i32 = 8;
/// Starts in the middle of a sentence.
const MID_SENTENCE_START_PENALTY: i32 = 8;
/// Ends where its sentence ends.
const COMPLETE_SENTENCE_BONUS: i32 = 8;
/// Starts with a conjunction ("And …"): it leans on what came before.
const CONJUNCTION_START_PENALTY: i32 = 15;
/// Holds a quotation of its own: speech reported inside speech is hard to
/// follow out of context.
const NESTED_PENALTY: i32 = 25;
/// Per sentence of the quotation left out: the whole quotation, or most
/// of it, wins over a piece.
const DROPPED_SENTENCE_PENALTY: i32 = 3;
/// Left-out sentences counted at most, so the penalty cannot overflow.
const DROPPED_SENTENCES_COUNTED: u8 = 100;
/// Cut inside a sentence (it ends with an ellipsis).
const TRIMMED_PENALTY: i32 = 6;

/// How good a pull-quote this is, or `None` when it is not one.
pub(super) fn score(words: &[&Token], piece: &Piece, attr: &Attr) -> Option<i32> {
    let n = words.len();
    let complete = !piece.trimmed && ends_terminal(&piece.text);
    let first = words.first()?;
    let upper = first.cap || first.core.chars().next().is_some_and(|c| c.is_numeric());
    if !(MIN_WORDS_COMPLETE..=MAX_WORDS).contains(&n) {
        return None;
    }
    if n < MIN_WORDS && !(complete && attr.attributed) {
        return None;
    }
    // Unattributed, it must at least be a whole sentence; attributed, a
    // short piece of a sentence is still a fragment.
    let sentence = upper && complete;
    if !attr.attributed && !sentence {
        return None;
    }
    if !upper && !complete && n < IDEAL_MIN {
        return None;
    }
    // “… and here it ends,” he added: the tail of a longer quotation.
    let conjunction = words::is_conjunction(&first.lower);
    if !upper && conjunction {
        return None;
    }
    let caps = words.iter().filter(|t| t.cap).count();
    if n >= TITLE_CASE_MIN_WORDS && caps * 100 >= n * TITLE_CASE_PERCENT {
        return None;
    }
    let mut s = length_score(n);
    if attr.attributed {
        s += ATTRIBUTED_BONUS;
    }
    if attr.speaker.is_some() {
        s += NAMED_SPEAKER_BONUS;
    }
    s += if upper {
        SENTENCE_START_BONUS
    } else {
        -MID_SENTENCE_START_PENALTY
    };
    if complete {
        s += COMPLETE_SENTENCE_BONUS;
    }
    // Reached only capitalised: "And …" may still stand alone, barely.
    if conjunction {
        s -= CONJUNCTION_START_PENALTY;
    }
    if piece.nested {
        s -= NESTED_PENALTY;
    }
    let dropped = u8::try_from(piece.dropped).unwrap_or(u8::MAX);
    s -= DROPPED_SENTENCE_PENALTY * i32::from(dropped.min(DROPPED_SENTENCES_COUNTED));
    if piece.trimmed {
        s -= TRIMMED_PENALTY;
    }
    Some(s)
}

/// The part of the score that rewards a readable length of `n` words.
fn length_score(n: usize) -> i32 {
    if n < MIN_WORDS {
        -TOO_SHORT_PENALTY
    } else if n < IDEAL_MIN {
        -SHORT_PENALTY
    } else if n <= IDEAL_MAX {
        0
    } else {
        let over = i32::try_from(n.saturating_sub(IDEAL_MAX)).unwrap_or(i32::MAX);
        -LONG_PENALTY_PER_WORD.saturating_mul(over)
    }
}
