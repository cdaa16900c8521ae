//! Scoring: how good a pull-quote a candidate makes.
//!
//! A candidate is first checked against hard limits (8 to 35 words, a
//! whole sentence when unattributed, no title of a work, nothing that
//! trails off in an ellipsis or only asks questions); then its score adds
//! the weights below. Attribution counts most (a quote with a speaker reads
//! as speech, not as the article's own words), then a readable length and
//! a whole sentence; quotations within, cuts and left-out sentences cost
//! points. Only the order of scores matters: the best scores are placed
//! first.

use super::attribution::Attr;
use super::candidates::{ends_terminal, Piece};
use super::marks::is_quote_char;
use super::tokens::Token;
use super::words;

// Lengths, in words.

/// Fewest words: shorter, a quote says too little to stand alone.
pub(super) const MIN_WORDS: usize = 8;
/// Most words shown: longer, a pull-quote stops being a glance.
pub(super) const MAX_WORDS: usize = 35;
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
/// Shorter than [`IDEAL_MIN`].
const SHORT_PENALTY: i32 = 8;
/// Within the preferred lengths, a point per this many words past
/// [`IDEAL_MIN`]: of two good quotes, the fuller statement.
const WORDS_PER_CONTENT_POINT: usize = 8;
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
/// Ends with a question: a statement tells the reader more.
const QUESTION_END_PENALTY: i32 = 6;
/// Cut inside a sentence: whole sentences are preferred.
const TRIMMED_PENALTY: i32 = 10;

/// How good a pull-quote this is, or `None` when it is not one.
pub(super) fn score(words: &[&Token], piece: &Piece, attr: &Attr) -> Option<i32> {
    let n = words.len();
    // “…,” she said: the speaker's sentence ends where the quotation does.
    let complete =
        !piece.trimmed && (ends_terminal(&piece.text) || (piece.whole_end && attr.attributed));
    let first = words.first()?;
    let upper = first.cap || first.core.chars().next().is_some_and(|c| c.is_numeric());
    if !(MIN_WORDS..=MAX_WORDS).contains(&n) {
        return None;
    }
    // “…and then…”: speech that trails off; “Why? Who pays?”: questions
    // alone, which ask the reader instead of telling them anything.
    if trails_off(&piece.text) || only_questions(&piece.text) {
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
    if piece
        .text
        .trim_end_matches(|c: char| is_quote_char(c) || c.is_whitespace())
        .ends_with('?')
    {
        s -= QUESTION_END_PENALTY;
    }
    Some(s)
}

/// Does `text` end in an ellipsis (closing marks aside)?
fn trails_off(text: &str) -> bool {
    let end = text.trim_end_matches(|c: char| is_quote_char(c) || c.is_whitespace());
    end.ends_with('…') || end.ends_with("..")
}

/// Is every sentence of `text` a question?
fn only_questions(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut questions = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let next = chars.get(i.saturating_add(1)).copied();
        let ends = next.is_none_or(|n| n.is_whitespace() || is_quote_char(n) || n == ')');
        if !ends {
            continue;
        }
        if c != '?' {
            return false;
        }
        questions += 1;
    }
    questions > 0 && ends_terminal(text)
}

/// The part of the score that rewards a readable length of `n` words.
fn length_score(n: usize) -> i32 {
    if n < IDEAL_MIN {
        -SHORT_PENALTY
    } else if n <= IDEAL_MAX {
        let points = n.saturating_sub(IDEAL_MIN) / WORDS_PER_CONTENT_POINT;
        i32::try_from(points).unwrap_or(0)
    } else {
        let over = i32::try_from(n.saturating_sub(IDEAL_MAX)).unwrap_or(i32::MAX);
        -LONG_PENALTY_PER_WORD.saturating_mul(over)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_off_and_questions_alone_are_no_pull_quotes() {
        assert!(trails_off("and we all know how those ended…"));
        assert!(trails_off("alles andere...“"));
        assert!(!trails_off("It ended."));
        assert!(only_questions("What happens then? Do we start again?"));
        assert!(only_questions("¿Y quién va a pagar los hospitales?"));
        assert!(only_questions("Qui aurait imaginé cela il y a dix ans ?"));
        assert!(!only_questions(
            "Half of my customers drive here. Where will they park?"
        ));
        assert!(!only_questions("Where will they park? Nobody knows."));
        assert!(!only_questions("We will watch the numbers closely"));
    }
}
