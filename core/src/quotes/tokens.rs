//! Words and paragraphs: a paragraph is read once into chars, tokens and
//! quotations, and every later pass works on token and char indices.

use super::marks::{dialogue, is_quote_mark_at, scan_quotes, Span};
use super::words;

/// A word of a paragraph with the punctuation around it.
#[derive(Debug)]
pub(super) struct Token {
    /// Char range of the raw word, punctuation included.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The word from its first to its last letter or digit.
    pub(super) core: String,
    pub(super) lower: String,
    /// Has a letter or digit.
    pub(super) word: bool,
    /// Starts with a capital letter.
    pub(super) cap: bool,
    /// A full stop right after the core.
    pub(super) dotted: bool,
    pub(super) ends_sentence: bool,
    pub(super) ends_clause: bool,
    pub(super) possessive: bool,
}

/// Does this word end with a full stop that ends no sentence?
fn abbreviated(core: &str, lower: &str) -> bool {
    core.contains('.')
        || (core.chars().count() == 1 && core.chars().all(char::is_uppercase))
        || words::is_abbreviation(lower)
}

fn make_token(chars: &[char], start: usize, end: usize) -> Token {
    let raw: &[char] = chars.get(start..end).unwrap_or_default();
    let first = raw.iter().position(|c| c.is_alphanumeric());
    let last = raw.iter().rposition(|c| c.is_alphanumeric());
    let (core, tail): (String, &[char]) = match (first, last) {
        (Some(a), Some(b)) if a <= b => (
            raw.get(a..=b).unwrap_or_default().iter().collect(),
            raw.get(b.saturating_add(1)..).unwrap_or_default(),
        ),
        _ => (String::new(), raw),
    };
    let lower = core.to_lowercase();
    let word = !core.is_empty();
    let cap = core.chars().next().is_some_and(char::is_uppercase);
    let has = |set: &[char]| tail.iter().any(|c| set.contains(c));
    let abbrev = abbreviated(&core, &lower);
    let ends_sentence = has(&['!', '?', '…']) || (has(&['.']) && !abbrev);
    let dash = !raw.is_empty() && raw.iter().all(|c| matches!(c, '-' | '—' | '–'));
    let ends_clause = has(&[',', ';', ':', '—', '–']) || (!word && dash);
    let possessive = words::is_possessive(&lower);
    Token {
        start,
        end,
        core,
        lower,
        word,
        cap,
        dotted: tail.first() == Some(&'.'),
        ends_sentence,
        ends_clause,
        possessive,
    }
}

/// Splits a paragraph at white space, quote marks and the dashes of a
/// paragraph of dialogue (`dialogue`).
fn tokenize(chars: &[char], dialogue: Option<(usize, usize)>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = None;
    for i in 0..=chars.len() {
        let dash = dialogue.is_some_and(|(open, close)| i == open || i == close);
        let sep = match chars.get(i) {
            None => true,
            Some(&c) => dash || c.is_whitespace() || is_quote_mark_at(chars, i),
        };
        if sep {
            if let Some(s) = start.take() {
                tokens.push(make_token(chars, s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    tokens
}

/// A body paragraph, read once.
pub(super) struct Para {
    /// Index of the paragraph in the body: where its quotes are placed.
    pub(super) block: usize,
    pub(super) chars: Vec<char>,
    pub(super) tokens: Vec<Token>,
    pub(super) spans: Vec<Span>,
    /// Per token: inside a top-level quotation, so no name there is taken
    /// for the person a later pronoun stands for.
    pub(super) masked: Vec<bool>,
}

impl Para {
    pub(super) fn new(block: usize, text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let spans = scan_quotes(&chars);
        let tokens = tokenize(&chars, dialogue(&chars));
        let mut masked = vec![false; tokens.len()];
        for s in spans.iter().filter(|s| s.parent.is_none()) {
            let (lo, hi) = tokens_inside(&tokens, s);
            for m in masked.iter_mut().take(hi).skip(lo) {
                *m = true;
            }
        }
        Para {
            block,
            chars,
            tokens,
            spans,
            masked,
        }
    }
}

/// The token range inside a quotation.
pub(super) fn tokens_inside(tokens: &[Token], span: &Span) -> (usize, usize) {
    let lo = tokens.partition_point(|t| t.start <= span.open);
    let hi = tokens.partition_point(|t| t.start < span.close).max(lo);
    (lo, hi)
}

/// Does token `i` start a sentence (where any word is capitalised)?
pub(super) fn sentence_initial(tokens: &[Token], i: usize) -> bool {
    i == 0
        || i.checked_sub(1)
            .and_then(|j| tokens.get(j))
            .is_some_and(|t| t.ends_sentence)
}

/// The text of chars `start..end`, white space collapsed and trimmed.
pub(super) fn collapse(chars: &[char], start: usize, end: usize) -> String {
    let mut out = String::new();
    let mut space = false;
    for &c in chars.get(start..end).unwrap_or_default() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The text of tokens `first..=last`, as [`collapse`] gives it.
pub(super) fn token_text(para: &Para, first: usize, last: usize) -> String {
    match (para.tokens.get(first), para.tokens.get(last)) {
        (Some(a), Some(b)) => collapse(&para.chars, a.start, b.end),
        _ => String::new(),
    }
}
