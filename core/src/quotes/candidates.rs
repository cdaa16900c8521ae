//! Candidates: the stretches of each quotation that could stand alone as a
//! pull-quote, verbatim: runs of whole sentences (around any quotation
//! within it, which is offered only whole), and a quotation cut at a
//! clause where no whole sentence fits.

use super::attribution::{span_attribution, Attr, Ctx};
use super::marks::{is_quote_char, is_quote_mark_at};
use super::scoring::{score, IDEAL_MAX, IDEAL_MIN, MAX_CUT_WORDS, MAX_WORDS, MIN_WORDS};
use super::tokens::{collapse, token_text, tokens_inside, Para, Token};

/// Longest run of sentences looked at when trimming.
const MAX_WINDOW_WORDS: usize = 60;

/// Sentences of one quote a pull-quote may start at.
const MAX_SENTENCES: usize = 40;

/// Bounds on one stretch looked at, so that odd input (runs of
/// punctuation or white space) cannot make the work quadratic.
const MAX_WINDOW_SENTENCES: usize = 6;
const MAX_WINDOW_TOKENS: usize = 200;
const MAX_WINDOW_CHARS: usize = 1500;

#[derive(Debug)]
pub(super) struct Candidate {
    pub(super) block: usize,
    /// (paragraph, quotation): one pull-quote per quotation.
    pub(super) span: (usize, usize),
    pub(super) order: usize,
    pub(super) score: i32,
    pub(super) text: String,
    pub(super) speaker: Option<String>,
    pub(super) words: Vec<String>,
}

/// A stretch of a quotation considered as a pull-quote.
pub(super) struct Piece {
    /// Token range, inclusive.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) text: String,
    /// Sentences of the quotation left out.
    pub(super) dropped: usize,
    /// Ends inside a sentence.
    pub(super) trimmed: bool,
    /// Ends where the quotation ends and its speech stops (“…,” she
    /// said): a whole sentence even without a full stop.
    pub(super) whole_end: bool,
    pub(super) nested: bool,
}

/// Every candidate in the paragraphs `paras` (indices into `ctx.paras`),
/// in body order.
pub(super) fn candidates(ctx: &Ctx, paras: std::ops::Range<usize>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for pi in paras {
        paragraph_candidates(ctx, pi, &mut out);
    }
    out
}

/// The candidates of paragraph `pi`, quotation by quotation: each is
/// attributed knowing the attributions before it (a quotation may go on
/// with the previous one's speaker).
fn paragraph_candidates(ctx: &Ctx, pi: usize, out: &mut Vec<Candidate>) {
    let Some(para) = ctx.paras.get(pi) else {
        return;
    };
    let mut attrs: Vec<Attr> = Vec::with_capacity(para.spans.len());
    for si in 0..para.spans.len() {
        let attr = span_attribution(ctx, pi, si, &attrs);
        span_candidates(para, (pi, si), &attr, out);
        attrs.push(attr);
    }
}

/// Drops a dangling comma (or colon, semicolon, dash). A cut is never
/// marked with an ellipsis: pull-quotes do not trail off.
fn tidy_end(text: &str) -> String {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-')
    })
    .to_string()
}

/// The candidates of one quotation: runs of its sentences (those holding
/// a quotation of their own left out), each also cut at a clause when
/// long, and the quotation whole when it holds one.
fn span_candidates(para: &Para, key: (usize, usize), attr: &Attr, out: &mut Vec<Candidate>) {
    let Some(span) = para.spans.get(key.1) else {
        return;
    };
    let toks = &para.tokens;
    let (lo, hi) = tokens_inside(toks, span);
    let total_words = (lo..hi)
        .filter(|&k| toks.get(k).is_some_and(|t| t.word))
        .count();
    if total_words < MIN_WORDS {
        return;
    }
    let last_tok = hi.saturating_sub(1);

    // Does the sentence go on in the next quotation (“…,” she said, “and…”)?
    let goes_on = span.next.and_then(|n| para.spans.get(n)).is_some_and(|n| {
        let between_end = toks.partition_point(|t| t.start < n.open);
        let from = toks.partition_point(|t| t.start <= span.close);
        let no_stop = (from..between_end).all(|k| toks.get(k).is_none_or(|t| !t.ends_sentence));
        let (nlo, nhi) = tokens_inside(toks, n);
        let lower = (nlo..nhi)
            .find_map(|k| toks.get(k).filter(|t| t.word))
            .is_some_and(|t| !t.cap);
        no_stop && lower
    });

    // Quote marks within: a quotation of its own, or marks that pair with
    // nothing. Either way the quotation is offered whole, and its
    // sentences only where they hold no mark.
    let marked = |from: usize, to: usize| (from..to).any(|i| is_quote_mark_at(&para.chars, i));
    if marked(span.open.saturating_add(1), span.close) {
        push_whole(para, key, attr, (lo, last_tok), goes_on, out);
    }
    let overlaps_marks = |first: usize, last: usize| {
        let from = toks.get(first).map_or(0, |t| t.start);
        let to = toks.get(last).map_or(0, |t| t.end);
        marked(from, to)
    };

    // Sentences: (first token, last token, words).
    let mut sentences: Vec<(usize, usize, usize)> = Vec::new();
    let mut s0 = lo;
    let mut w = 0;
    for k in lo..hi {
        let Some(t) = toks.get(k) else {
            break;
        };
        if t.word {
            w += 1;
        }
        if t.ends_sentence || k == last_tok {
            sentences.push((s0, k, w));
            s0 = k.saturating_add(1);
            w = 0;
        }
    }
    let n = sentences.len();
    for i in 0..n.min(MAX_SENTENCES) {
        let Some(&(first, _, _)) = sentences.get(i) else {
            break;
        };
        let mut words = 0;
        for j in i..n {
            let Some(&(_, last, sw)) = sentences.get(j) else {
                break;
            };
            words += sw;
            let chars = toks
                .get(last)
                .map_or(0, |t| t.end)
                .saturating_sub(toks.get(first).map_or(0, |t| t.start));
            if words > MAX_WINDOW_WORDS
                || j.saturating_sub(i) >= MAX_WINDOW_SENTENCES
                || last.saturating_sub(first) > MAX_WINDOW_TOKENS
                || chars > MAX_WINDOW_CHARS
                || overlaps_marks(first, last)
            {
                break;
            }
            if words < MIN_WORDS {
                continue;
            }
            let dropped = n.saturating_sub(j.saturating_sub(i).saturating_add(1));
            if words <= MAX_WORDS {
                let piece = Piece {
                    first,
                    last,
                    text: tidy_end(&token_text(para, first, last)),
                    dropped,
                    trimmed: j + 1 == n && goes_on,
                    whole_end: j + 1 == n && !goes_on,
                    nested: false,
                };
                push_candidate(para, key, attr, piece, out);
            }
            if words > IDEAL_MAX {
                if let Some(cut) = clause_cut(toks, first, last) {
                    let piece = Piece {
                        first,
                        last: cut,
                        text: tidy_end(&token_text(para, first, cut)),
                        dropped,
                        trimmed: true,
                        whole_end: false,
                        nested: false,
                    };
                    push_candidate(para, key, attr, piece, out);
                }
            }
        }
    }
}

/// The quotation whole (tokens `first..=last`), when it holds quotation
/// marks of its own.
fn push_whole(
    para: &Para,
    key: (usize, usize),
    attr: &Attr,
    (first, last): (usize, usize),
    goes_on: bool,
    out: &mut Vec<Candidate>,
) {
    let Some(span) = para.spans.get(key.1) else {
        return;
    };
    let words = (first..=last)
        .filter(|&k| para.tokens.get(k).is_some_and(|t| t.word))
        .count();
    if words > MAX_WORDS || span.close.saturating_sub(span.open) > MAX_WINDOW_CHARS {
        return;
    }
    let raw = collapse(&para.chars, span.open.saturating_add(1), span.close);
    let piece = Piece {
        first,
        last,
        text: tidy_end(&raw),
        dropped: 0,
        trimmed: goes_on,
        whole_end: !goes_on,
        nested: true,
    };
    push_candidate(para, key, attr, piece, out);
}

/// Where to cut a long stretch at a clause boundary: the last comma,
/// semicolon, colon or dash leaving a well-sized quote.
fn clause_cut(toks: &[Token], first: usize, last: usize) -> Option<usize> {
    let mut words = 0;
    let mut best = None;
    let mut fallback = None;
    for k in first..last {
        let t = toks.get(k)?;
        if t.word {
            words += 1;
        }
        let next_dash = toks
            .get(k.saturating_add(1))
            .is_some_and(|n| !n.word && n.ends_clause);
        if t.word && !t.ends_sentence && (t.ends_clause || next_dash) {
            if (IDEAL_MIN..=IDEAL_MAX).contains(&words) {
                best = Some(k);
            } else if (MIN_WORDS..=MAX_CUT_WORDS).contains(&words) {
                fallback = Some(k);
            }
        }
        if words > MAX_CUT_WORDS {
            break;
        }
    }
    best.or(fallback)
}

/// Does `text` end a sentence (closing marks and brackets aside)?
pub(super) fn ends_terminal(text: &str) -> bool {
    text.chars()
        .rev()
        .find(|&c| !(is_quote_char(c) || matches!(c, ')' | ']') || c.is_whitespace()))
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn push_candidate(
    para: &Para,
    key: (usize, usize),
    attr: &Attr,
    piece: Piece,
    out: &mut Vec<Candidate>,
) {
    let toks = &para.tokens;
    let word_toks: Vec<&Token> = (piece.first..=piece.last)
        .filter_map(|k| toks.get(k))
        .filter(|t| t.word)
        .collect();
    let Some(score) = score(&word_toks, &piece, attr) else {
        return;
    };
    out.push(Candidate {
        block: para.block,
        span: key,
        order: out.len(),
        score,
        text: piece.text,
        speaker: attr.speaker.clone(),
        words: word_toks.iter().map(|t| t.lower.clone()).collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_end_drops_commas_and_never_adds_an_ellipsis() {
        assert_eq!(tidy_end("We will win,"), "We will win");
        assert_eq!(tidy_end("We will win —"), "We will win");
        assert_eq!(tidy_end("We will win."), "We will win.");
    }
}
