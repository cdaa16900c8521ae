//! Paragraphs a reader can take in: long runs of text cut into paragraphs
//! of a few sentences.
//!
//! Many sources put a whole story in one text field with no line break, or
//! in one HTML paragraph; shown as it comes, that is a wall of several
//! thousand characters, and the pull-quote chooser (which never quotes the
//! first paragraph) finds nothing in it. Cuts fall only between sentences:
//! never inside a quotation, never after an abbreviation ("U.S.", "Dr.",
//! an initial, a German ordinal such as "3."), and never inside markup.

use crate::model::article::{Block, Inline};

/// The longest paragraph, in characters, a reader should meet when the text
/// has sentence boundaries to cut at.
pub const PARAGRAPH_LIMIT: usize = 1000;

/// A paragraph made from unbroken text closes once it holds this many
/// characters...
const TARGET_CHARS: usize = 320;
/// ...or this many sentences: news paragraphs are one to three sentences.
const TARGET_SENTENCES: usize = 3;

/// A quotation longer than this is taken for stray marks, not speech, so
/// it cannot keep a whole story from being cut.
const QUOTATION_REACH: usize = PARAGRAPH_LIMIT;

/// Abbreviations whose full stop ends no sentence, lower case, in the
/// languages the widget's readers meet most. Dotted ones ("U.S.", "z.B.")
/// and initials need no entry.
const ABBREVIATIONS: &[&str] = &[
    // English
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sen", "rep", "gov", "gen", "lt", "col",
    "capt", "sgt", "rev", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Spanish and Portuguese
    "sra", "srta", "dra", "lic", "ing", "arq", "av", "avda", "núm", "pág", "sto", "sta", "exmo",
    "exma", "profa", "dña", "dª", "sr", "art", // French
    "mme", "mlle", "mm", "me", "pr", "cf", // German
    "hr", "fr", "bzw", "ca", "nr", "str", "vgl", "ggf", "evtl", "inkl", "abs",
];

/// Where a new paragraph may start: the byte offset of each sentence that
/// follows another one, outside quotations, with its char offset.
fn sentence_starts(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quotations = quotations(&chars);
    let mut starts = Vec::new();
    let mut i = 0;
    while let Some(&(_, c)) = chars.get(i) {
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        let end_of_word = i;
        // The run of full stops, marks and closing brackets after the word.
        let mut j = i;
        while chars
            .get(j)
            .is_some_and(|&(_, c)| is_terminal(c) || is_closer(c))
        {
            j += 1;
        }
        let mut k = j;
        while chars.get(k).is_some_and(|&(_, c)| c.is_whitespace()) {
            k += 1;
        }
        let cut = k > j
            && starts_sentence(&chars, k)
            && !abbreviated(&chars, end_of_word, j)
            && !quotations
                .iter()
                .any(|&(open, close)| open < k && k < close);
        if cut {
            if let Some(&(byte, _)) = chars.get(k) {
                starts.push((byte, k));
            }
        }
        i = j.max(i + 1);
    }
    starts
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '“' | '’' | '‘' | '\'' | '»' | '«' | '›' | '‹' | ')' | ']'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '„'
            | '«'
            | '»'
            | '‘'
            | '‚'
            | '\''
            | '‹'
            | '›'
            | '('
            | '['
            | '¿'
            | '¡'
            | '—'
            | '–'
    )
}

/// Does a sentence start at char `k`: a capital or a digit, perhaps after
/// opening marks (and the space French puts after «)?
fn starts_sentence(chars: &[(usize, char)], k: usize) -> bool {
    chars
        .iter()
        .skip(k)
        .take(4)
        // French sets a space after «.
        .find(|&&(_, c)| !is_opener(c) && !c.is_whitespace())
        .is_some_and(|&(_, c)| c.is_uppercase() || c.is_ascii_digit())
}

/// Does the sentence mark at `at` (followed by the run up to `run_end`)
/// close an abbreviation rather than a sentence?
fn abbreviated(chars: &[(usize, char)], at: usize, run_end: usize) -> bool {
    let run_is_one_stop = at.saturating_add(1) == run_end
        || chars
            .get(at.saturating_add(1)..run_end)
            .is_some_and(|rest| rest.iter().all(|&(_, c)| is_closer(c)));
    if chars.get(at).map(|&(_, c)| c) != Some('.') || !run_is_one_stop {
        return false;
    }
    // The word before the full stop.
    let start = chars
        .get(..at)
        .unwrap_or_default()
        .iter()
        .rposition(|&(_, c)| c.is_whitespace() || is_opener(c))
        .map_or(0, |p| p.saturating_add(1));
    let word: Vec<char> = chars
        .get(start..at)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .collect();
    if word.is_empty() {
        return false;
    }
    let letters = word.iter().filter(|c| c.is_alphabetic()).count();
    if word.contains(&'.') || (letters == 1 && word.len() == 1) {
        // "U.S.", "z.B.", an initial.
        return true;
    }
    if word.iter().all(char::is_ascii_digit) {
        // "am 3. Mai", "der 2. Weltkrieg"; a year still ends a sentence.
        return word.len() <= 2;
    }
    let lower: String = word.iter().flat_map(|c| c.to_lowercase()).collect();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// The quotations of a text as (opening, closing) char offsets: double
/// marks and guillemets only (single marks are apostrophes too often),
/// none longer than [`QUOTATION_REACH`].
fn quotations(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
            continue;
        }
        if open.is_some_and(|(at, _)| i.saturating_sub(at) > QUOTATION_REACH) {
            open = None;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, c)| c);
        let next = chars.get(i.saturating_add(1)).map(|&(_, c)| c);
        let can_open = next.is_some_and(|n| !n.is_whitespace());
        let before_word = next.is_some_and(|n| n.is_alphanumeric() || is_opener(n));
        let after_word = prev.is_some_and(char::is_alphanumeric);
        match open {
            Some((at, mark)) => {
                let closes = match mark {
                    '“' => matches!(c, '”' | '"'),
                    '„' => matches!(c, '“' | '”'),
                    '«' => c == '»',
                    '»' => c == '«',
                    _ => matches!(c, '"' | '”'),
                };
                if closes {
                    spans.push((at, i));
                    open = None;
                }
            }
            None => {
                // French sets « apart with a space; a German » opens
                // only right before a word.
                let opens = match c {
                    '«' => next.is_some(),
                    '“' | '„' => can_open,
                    '»' => before_word && !after_word,
                    '"' => can_open && !after_word,
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                }
            }
        }
    }
    spans
}

/// Chooses among `starts` (byte, char offsets of sentences) where to begin
/// new paragraphs in a text of `total_chars` characters: a paragraph closes
/// after [`TARGET_SENTENCES`] sentences or [`TARGET_CHARS`] characters, and
/// before the next sentence would take it past [`PARAGRAPH_LIMIT`].
fn cuts(starts: &[(usize, usize)], total_chars: usize) -> Vec<usize> {
    let mut chosen = Vec::new();
    let mut para_start = 0;
    let mut sentences = 0;
    for (n, &(byte, at)) in starts.iter().enumerate() {
        sentences += 1;
        let next_end = starts
            .get(n.saturating_add(1))
            .map_or(total_chars, |&(_, c)| c);
        let len = at.saturating_sub(para_start);
        let with_next = next_end.saturating_sub(para_start);
        if len >= TARGET_CHARS || sentences >= TARGET_SENTENCES || with_next > PARAGRAPH_LIMIT {
            chosen.push(byte);
            para_start = at;
            sentences = 0;
        }
    }
    chosen
}

/// Cuts one run of text into paragraphs of a few sentences (white space
/// at the cuts dropped). A run with no boundary comes back whole.
pub(super) fn split_sentences(text: &str) -> Vec<&str> {
    let starts = sentence_starts(text);
    let total = text.chars().count();
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts(&starts, total) {
        if let Some(piece) = text.get(from..cut) {
            out.push(piece.trim());
        }
        from = cut;
    }
    if let Some(rest) = text.get(from..) {
        out.push(rest.trim());
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Paragraphs of a body longer than [`PARAGRAPH_LIMIT`] characters cut
/// into paragraphs of a few sentences; cuts fall only where plain text
/// (not emphasis or a link) runs from one sentence into the next.
pub fn split_long_paragraphs(blocks: Vec<Block>) -> Vec<Block> {
    split_long_paragraphs_mapped(blocks).0
}

/// [`split_long_paragraphs`], also giving for each block given the index
/// of the last block made from it: what a position after that block
/// (an explicit pull-quote's `after`) becomes.
pub fn split_long_paragraphs_mapped(blocks: Vec<Block>) -> (Vec<Block>, Vec<usize>) {
    let mut out = Vec::with_capacity(blocks.len());
    let mut last_of = Vec::with_capacity(blocks.len());
    for block in blocks {
        match block {
            Block::Paragraph { content } => {
                for content in split_inlines(content) {
                    out.push(Block::Paragraph { content });
                }
            }
            other => out.push(other),
        }
        last_of.push(out.len().saturating_sub(1));
    }
    (out, last_of)
}

/// A top-level inline's place in the paragraph's text.
struct Piece {
    start: usize,
    end: usize,
    is_text: bool,
}

fn split_inlines(content: Vec<Inline>) -> Vec<Vec<Inline>> {
    let mut text = String::new();
    let mut pieces = Vec::with_capacity(content.len());
    for inline in &content {
        let start = text.len();
        text.push_str(&super::inline_text(std::slice::from_ref(inline)));
        pieces.push(Piece {
            start,
            end: text.len(),
            is_text: matches!(inline, Inline::Text { .. }),
        });
    }
    let total = text.chars().count();
    if total <= PARAGRAPH_LIMIT {
        return vec![content];
    }
    // Only where the cut lands in plain text or between two inlines.
    let starts: Vec<(usize, usize)> = sentence_starts(&text)
        .into_iter()
        .filter(|&(byte, _)| {
            pieces
                .iter()
                .any(|p| p.start == byte || (p.is_text && p.start < byte && byte < p.end))
        })
        .collect();
    let cuts = cuts(&starts, total);
    if cuts.is_empty() {
        return vec![content];
    }
    let mut paragraphs: Vec<Vec<Inline>> = vec![Vec::new()];
    let mut cuts = cuts.into_iter().peekable();
    for (inline, piece) in content.into_iter().zip(&pieces) {
        // Cuts at this inline's start close the paragraph before it.
        while cuts.peek().is_some_and(|&c| c <= piece.start) {
            cuts.next();
            paragraphs.push(Vec::new());
        }
        match inline {
            Inline::Text { text: own } => {
                let mut from = 0;
                while let Some(&cut) = cuts.peek().filter(|&&c| c < piece.end) {
                    cuts.next();
                    let at = cut.saturating_sub(piece.start);
                    if let (Some(before), Some(last)) = (own.get(from..at), paragraphs.last_mut()) {
                        last.push(Inline::text(before));
                    }
                    paragraphs.push(Vec::new());
                    from = at;
                }
                if let (Some(rest), Some(last)) = (own.get(from..), paragraphs.last_mut()) {
                    last.push(Inline::text(rest));
                }
            }
            other => {
                if let Some(last) = paragraphs.last_mut() {
                    last.push(other);
                }
            }
        }
    }
    paragraphs
        .into_iter()
        .map(trim_inlines)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Drops white space at the ends of a paragraph made by a cut, and text
/// inlines left empty.
fn trim_inlines(mut content: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { text }) = content.first_mut() {
        *text = text.trim_start().to_string();
    }
    if let Some(Inline::Text { text }) = content.last_mut() {
        *text = text.trim_end().to_string();
    }
    content.retain(|i| !matches!(i, Inline::Text { text } if text.is_empty()));
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_between_sentences_not_after_abbreviations() {
        let text = "U.S. President Donald Trump met Dr. Ana Ruiz on Jan. 3 in Washington, D.C. on Monday. \
            J. K. Rowling was there. Am 3. Mai kam sie. The vote was 9 to 4. Then they left! \
            Why? Because 2019. It ended.";
        let starts: Vec<&str> = sentence_starts(text)
            .iter()
            .map(|&(b, _)| text.get(b..).unwrap_or("").split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(starts, ["J.", "Am", "The", "Why?", "Because", "It"]);
    }

    #[test]
    fn never_inside_a_quotation() {
        let text = "She spoke. “We came. We saw. We stayed,” she said. «Nada. Nunca», dijo. „Nein. Nie.“ Ende. \
            « Nous avons écrit. Personne n’est venu », a-t-elle dit. Puis elle est partie. »Ja. Nein.« Gut.";
        let starts: Vec<&str> = sentence_starts(text)
            .iter()
            .map(|&(b, _)| text.get(b..).unwrap_or("").split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(
            starts,
            ["“We", "«Nada.", "„Nein.", "Ende.", "«", "Puis", "»Ja.", "Gut."]
        );
    }

    #[test]
    fn a_stray_mark_does_not_hold_the_rest_together() {
        let sentence = "This sentence is about forty characters. ";
        let text = format!("He said “hello. {}", sentence.repeat(60));
        let parts = split_sentences(&text);
        assert!(parts.len() > 5, "{}", parts.len());
        assert!(parts.iter().all(|p| p.chars().count() <= PARAGRAPH_LIMIT));
    }

    #[test]
    fn unbroken_text_becomes_paragraphs_of_a_few_sentences() {
        let text =
            "One short sentence here. Two short sentences here. Three short sentences here. \
            Four. Five is here.";
        assert_eq!(
            split_sentences(text),
            [
                "One short sentence here. Two short sentences here. Three short sentences here.",
                "Four. Five is here."
            ]
        );
        assert_eq!(
            split_sentences("no boundary at all"),
            ["no boundary at all"]
        );
        assert_eq!(split_sentences("   "), Vec::<&str>::new());
    }

    #[test]
    fn long_html_paragraphs_are_cut_in_plain_text_only() {
        let sentence = "A sentence of about fifty characters in all, say. ";
        let long = sentence.repeat(30);
        let content = vec![
            Inline::Strong {
                content: vec![Inline::text("TEGUCIGALPA.")],
            },
            Inline::text(format!(" {long}")),
            Inline::Link {
                href: "https://example.com/".into(),
                content: vec![Inline::text(format!("Linked. {}", sentence.repeat(2)))],
            },
            Inline::text(format!(" {long}End.")),
        ];
        let before = super::super::inline_text(&content);
        let blocks = split_long_paragraphs(vec![Block::Paragraph { content }, Block::Divider]);
        assert!(blocks.len() > 4, "{}", blocks.len());
        assert_eq!(blocks.last(), Some(&Block::Divider));
        let texts: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { content } => Some(super::super::inline_text(content)),
                _ => None,
            })
            .collect();
        assert!(texts.iter().all(|t| t.chars().count() <= PARAGRAPH_LIMIT));
        assert!(texts[0].starts_with("TEGUCIGALPA. A sentence"));
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(squash(&texts.join(" ")), squash(&before));
        // The link stays whole, in one paragraph.
        let links = blocks
            .iter()
            .filter(|b| matches!(b, Block::Paragraph { content } if content.iter().any(|i| matches!(i, Inline::Link { .. }))))
            .count();
        assert_eq!(links, 1);
    }
}
