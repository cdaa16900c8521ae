//! Matching quotes against the body and the headline: whether a
//! pull-quote's words already stand in a paragraph, so screen readers can
//! skip the repeat, and whether they say what the headline says.

use std::collections::HashSet;

use super::marks::is_quote_char;

/// Words shorter than this are not compared with the headline: "the",
/// "is", "no" say nothing of what a sentence is about.
const HEADLINE_WORD_MIN_CHARS: usize = 4;

/// A sentence whose compared words stand in the headline at least this
/// much (in percent of them) repeats it.
const HEADLINE_OVERLAP_PERCENT: usize = 60;

/// Fewest compared words for a sentence to be measured against the
/// headline.
const HEADLINE_MIN_WORDS: usize = 2;

/// The headline's words, to tell a quote that repeats it.
pub(super) struct Headline {
    words: HashSet<String>,
}

fn compared_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= HEADLINE_WORD_MIN_CHARS)
        .map(str::to_lowercase)
        .collect()
}

impl Headline {
    pub(super) fn new(headline: &str) -> Self {
        Headline {
            words: compared_words(headline),
        }
    }

    /// Does one sentence of `quote` say what the headline says ("We will
    /// not close this plant." under “We will not close this plant,” says
    /// chief)?
    pub(super) fn repeated_by(&self, quote: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        quote
            .split_inclusive(['.', '!', '?', '…'])
            .chain(std::iter::once(quote))
            .map(compared_words)
            .filter(|w| w.len() >= HEADLINE_MIN_WORDS)
            .any(|w| {
                let shared = w.intersection(&self.words).count();
                shared * 100 >= w.len() * HEADLINE_OVERLAP_PERCENT
            })
    }
}

/// Lower case, quote marks and apostrophes dropped, white space collapsed,
/// "..." as "…".
pub(super) fn normalise_for_match(text: &str) -> String {
    let text = text.replace("...", "…");
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if is_quote_char(c) || matches!(c, '‛' | '‟' | '`' | '´') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Do the words of `quote` stand in one of the (normalised) blocks? An
/// ellipsis in the quote may stand for any words left out.
pub(super) fn occurs_in(haystacks: &[String], quote: &str) -> bool {
    let needle = normalise_for_match(quote);
    let segments: Vec<&str> = needle
        .split('…')
        .map(|s| {
            s.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '-')
            })
        })
        .filter(|s| !s.is_empty())
        .collect();
    if segments.is_empty() {
        return false;
    }
    haystacks.iter().any(|hay| {
        let mut rest: &str = hay;
        segments.iter().all(|seg| match rest.find(seg) {
            Some(at) => {
                rest = rest.get(at.saturating_add(seg.len())..).unwrap_or("");
                true
            }
            None => false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_ignores_case_quote_marks_and_spacing() {
        let hay = vec![normalise_for_match(
            "She said: “Sovereignty is not\nfor sale,” and Mexico’s land is not either.",
        )];
        assert!(occurs_in(&hay, "sovereignty IS not for sale"));
        assert!(occurs_in(&hay, "\"Sovereignty is not for sale.\""));
        assert!(occurs_in(&hay, "Mexico's land"));
        assert!(occurs_in(&hay, "Sovereignty … Mexico's land..."));
        assert!(!occurs_in(&hay, "Mexico's land … sovereignty"));
        assert!(!occurs_in(&hay, "sovereignty is for sale"));
        assert!(!occurs_in(&hay, " … "));
    }

    #[test]
    fn a_quote_repeats_the_headline_when_one_sentence_says_it() {
        let head = Headline::new("“We will not close this plant,” says carmaker’s new chief");
        assert!(head.repeated_by("We will not close this plant. Not this year, and not ever."));
        assert!(!head.repeated_by("Not this year, and not while I am running this company."));
        assert!(!head.repeated_by(
            "The people who built our cars for sixty years will build the next sixty."
        ));
        // A headline that quotes only part of a long sentence.
        let head = Headline::new("Sheinbaum: ‘Sovereignty is not for sale’");
        assert!(!head.repeated_by(
            "No, President Trump, the territory is sacrosanct, sovereignty is sacrosanct, \
             sovereignty is not for sale, sovereignty is loved and defended."
        ));
        assert!(head.repeated_by("Our sovereignty is not for sale."));
        assert!(!Headline::new("").repeated_by("Anything at all here."));
    }
}
