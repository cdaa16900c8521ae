//! Scoring: how good a pull-quote a candidate makes.
//!
//! Attribution counts most (a quote with a speaker reads as speech, not as
//! the article's own words), then a readable length, then being a whole
//! sentence; nested and cut quotes lose a little.

use super::attribution::Attr;
use super::candidates::{ends_terminal, Piece};
use super::tokens::Token;
use super::words;

/// Fewest words for a quote that is a complete, attributed statement.
pub(super) const MIN_WORDS_COMPLETE: usize = 4;
/// Fewest words otherwise.
pub(super) const MIN_WORDS: usize = 6;
/// Most words shown.
pub(super) const MAX_WORDS: usize = 40;

/// The preferred length.
pub(super) const IDEAL_MIN: usize = 10;
pub(super) const IDEAL_MAX: usize = 25;

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
    // Titles of books, films, laws: mostly capitalised words.
    let caps = words.iter().filter(|t| t.cap).count();
    if n >= 4 && caps * 10 >= n * 7 {
        return None;
    }
    let n_i = i32::try_from(n).unwrap_or(i32::MAX);
    let mut s = match n {
        0..=5 => -25,
        6..=9 => -8,
        10..=25 => 0,
        _ => 25 - n_i,
    };
    if attr.attributed {
        s += 30;
    }
    if attr.speaker.is_some() {
        s += 15;
    }
    s += if upper { 8 } else { -8 };
    if complete {
        s += 8;
    }
    if conjunction {
        s -= 15;
    }
    if piece.nested {
        s -= 25;
    }
    s -= 3 * i32::try_from(piece.dropped).unwrap_or(100).min(100);
    if piece.trimmed {
        s -= 6;
    }
    Some(s)
}
