//! Pull-quote choice. Pure.
//!
//! Most sources carry no pull-quotes, so the widget finds quoted speech in
//! the body paragraphs itself and keeps the best few: attributed where
//! possible, of a readable length, never from the lede, never repeating each
//! other and never placed next to each other.
//!
//! The work is done on `char` vectors read with `get`, so no input can make
//! it slice a string inside a character or index past an end. Every pass is
//! linear in the paragraph, or bounded by a small constant per quote.
//!
//! The passes, in the order they run: `tokens` reads each paragraph into
//! words and (with `marks`) quotations; `attribution` (with `names`)
//! finds who speaks each quotation; `candidates` cuts quotations into
//! stretches that can stand alone and `scoring` rates them;
//! `placement` keeps the best that fit. `matching` tells whether a
//! quote repeats the body or the headline, `people` which names are
//! persons and which organisations, and `words` holds the word lists of
//! every language.
//!
//! Only this file is public: the passes are private modules whose items are
//! `pub(super)`, so the widget depends on what is chosen, never on how, and
//! the heuristics can change without touching it.

mod attribution;
mod candidates;
mod marks;
mod matching;
mod names;
mod people;
mod placement;
mod scoring;
mod tokens;
mod words;

use crate::model::text::{block_text, inline_text};
use crate::model::{Article, Block, PlacedPullQuote};
use attribution::Ctx;
use matching::{normalise_for_match, occurs_in};
use tokens::Para;

/// The most pull-quotes ever chosen automatically, whatever the attribute
/// asks for.
pub const MAX_PULL_QUOTES: usize = 10;

/// How many `PullQuoteSetting::Auto` chooses.
const AUTO_COUNT: usize = 2;

/// Fewest body blocks with room for a chosen pull-quote: one after a
/// paragraph other than the lede, and not after the last block.
const MIN_BODY_BLOCKS: usize = 3;

/// How many pull-quotes to choose automatically: from the `pull-quotes`
/// attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PullQuoteSetting {
    /// The default: up to two.
    #[default]
    Auto,
    /// No automatic pull-quotes (explicit ones from the data still show).
    None,
    /// Up to this many, capped at [`MAX_PULL_QUOTES`].
    Count(usize),
}

impl PullQuoteSetting {
    /// Reads the attribute: missing, empty, `auto`, `true`, `yes` or `on`
    /// mean `Auto`; `none`, `off`, `false`, `no` or `0` mean `None`; a
    /// whole number means `Count` (capped); anything else falls back to
    /// `Auto`.
    pub fn parse(attr: Option<&str>) -> Self {
        let Some(raw) = attr else {
            return Self::Auto;
        };
        let value = raw.trim().to_ascii_lowercase();
        match value.as_str() {
            "" | "auto" | "true" | "yes" | "on" | "default" => Self::Auto,
            "none" | "off" | "false" | "no" => Self::None,
            v if v.bytes().all(|b| b.is_ascii_digit()) => {
                // All digits but too big for usize still means "many".
                let n = v.parse::<usize>().unwrap_or(MAX_PULL_QUOTES);
                match n.min(MAX_PULL_QUOTES) {
                    0 => Self::None,
                    n => Self::Count(n),
                }
            }
            _ => Self::Auto,
        }
    }

    /// How many to choose at most.
    pub fn max(&self) -> usize {
        match self {
            Self::Auto => AUTO_COUNT,
            Self::None => 0,
            Self::Count(n) => (*n).min(MAX_PULL_QUOTES),
        }
    }
}

/// The pull-quotes of `article`: explicit ones from the data win;
/// otherwise up to `setting.max()` chosen from the body, none repeating the
/// headline.
///
/// Returns them in body order with `after` = index of the body block they
/// follow. Explicit quotes whose `after` is not a body block are dropped
/// (if none is left, the choice falls back to the body); their
/// `repeats_body` says whether their words stand in the body. A body that
/// already places pull-quotes itself (`Block::PullQuote`) gets no automatic
/// ones.
pub fn pull_quotes_for(article: &Article, setting: &PullQuoteSetting) -> Vec<PlacedPullQuote> {
    let body = &article.body;
    let usable: Vec<&PlacedPullQuote> = article
        .pull_quotes
        .iter()
        .filter(|q| q.after < body.len() && !q.quote.text.trim().is_empty())
        .collect();
    if !usable.is_empty() {
        let haystacks: Vec<String> = body
            .iter()
            .filter_map(block_text)
            .map(|t| normalise_for_match(&t))
            .collect();
        let out: Vec<PlacedPullQuote> = usable
            .into_iter()
            .map(|q| {
                let mut q = q.clone();
                q.quote.repeats_body = occurs_in(&haystacks, &q.quote.text);
                q
            })
            .collect();
        return placement::sorted_by_key(out, |q| (q.after as u64, 0));
    }
    if body.iter().any(|b| matches!(b, Block::PullQuote { .. })) {
        return Vec::new();
    }
    choose(body, &article.headline, setting.max())
}

/// Sets `repeats_body` on the pull-quotes a source placed in the body
/// itself (`Block::PullQuote`), so those whose words already stand in a
/// paragraph are hidden from screen readers like every other repeat.
pub fn mark_repeated_pull_quotes(body: &mut [Block]) {
    let haystacks: Vec<String> = body
        .iter()
        .filter_map(block_text)
        .map(|t| normalise_for_match(&t))
        .collect();
    for block in body.iter_mut() {
        if let Block::PullQuote { quote } = block {
            quote.repeats_body = occurs_in(&haystacks, &quote.text);
        }
    }
}

/// Chooses up to `max` (at most [`MAX_PULL_QUOTES`]) pull-quotes from the
/// quoted speech in the body paragraphs, in body order, for an article
/// whose headline is not known ([`pull_quotes_for`] knows it).
///
/// Never from the first paragraph; `after` is the index of the paragraph
/// quoted or of one of the next two blocks, never the last block, and any
/// two `after` values are at least two apart.
pub fn choose_pull_quotes(body: &[Block], max: usize) -> Vec<PlacedPullQuote> {
    choose(body, "", max)
}

fn choose(body: &[Block], headline: &str, max: usize) -> Vec<PlacedPullQuote> {
    let max = max.min(MAX_PULL_QUOTES);
    if max == 0 || body.len() < MIN_BODY_BLOCKS {
        return Vec::new();
    }
    let paras: Vec<Para> = body
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Paragraph { content } => Some(Para::new(i, &inline_text(content))),
            _ => None,
        })
        .collect();

    let ctx = Ctx::new(&paras);
    let mut cands = candidates::candidates(&ctx, 1..paras.len());
    let headline = matching::Headline::new(headline);
    cands.retain(|c| !headline.repeated_by(&c.text));
    placement::place(body, cands, max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Inline, PullQuote};

    #[test]
    fn source_placed_pull_quotes_learn_whether_they_repeat_the_body() {
        let quote = |text: &str| Block::PullQuote {
            quote: PullQuote {
                text: text.into(),
                speaker: None,
                repeats_body: false,
            },
        };
        let mut body = vec![
            Block::Paragraph {
                content: vec![Inline::text(
                    "“La soberanía no se vende”, dijo la presidenta ante estudiantes.",
                )],
            },
            quote("La soberanía no se vende"),
            quote("Words that appear nowhere else"),
        ];
        mark_repeated_pull_quotes(&mut body);
        let flags: Vec<bool> = body
            .iter()
            .filter_map(|b| match b {
                Block::PullQuote { quote } => Some(quote.repeats_body),
                _ => None,
            })
            .collect();
        assert_eq!(flags, [true, false]);
    }
}
