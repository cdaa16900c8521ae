//! Plain-text views of the model (what a reader would hear, for word
//! counts, reading time and quote matching) and plain text made into
//! paragraphs.

mod paragraphs;

use super::article::{Block, Inline};

pub use paragraphs::{split_long_paragraphs, split_long_paragraphs_mapped, PARAGRAPH_LIMIT};

/// The words of inline content, markup dropped.
pub fn inline_text(content: &[Inline]) -> String {
    let mut out = String::new();
    push_inline_text(content, &mut out);
    out
}

fn push_inline_text(content: &[Inline], out: &mut String) {
    for inline in content {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => push_inline_text(content, out),
            Inline::LineBreak => out.push('\n'),
        }
    }
}

/// The words of a block, or `None` for blocks without running text.
pub fn block_text(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph { content } | Block::BlockQuote { content, .. } => {
            Some(inline_text(content))
        }
        Block::Heading { text, .. } => Some(text.clone()),
        Block::List { items, .. } => Some(
            items
                .iter()
                .map(|item| inline_text(item))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        _ => None,
    }
}

/// Words in the body.
pub fn word_count(body: &[Block]) -> usize {
    body.iter()
        .filter_map(block_text)
        .map(|t| t.split_whitespace().count())
        .sum()
}

/// Whole minutes to read at about 230 words a minute, at least one.
pub fn reading_minutes(body: &[Block]) -> u32 {
    let words = word_count(body) as u32;
    words.div_ceil(230).max(1)
}

/// True when text contains something that looks like a tag (`<p`, `</`,
/// `<!--`), so it must go through the HTML reader.
pub fn looks_like_html(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b'<', c] if c.is_ascii_alphabetic() || *c == b'/' || *c == b'!'))
}

/// Plain text as paragraphs: split on blank lines when there are any (lines
/// inside a paragraph joined with a space), else one paragraph per line.
/// Text with no line break at all becomes paragraphs of a few sentences,
/// and so does any paragraph longer than [`PARAGRAPH_LIMIT`] characters.
pub fn text_paragraphs(text: &str) -> Vec<Block> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for line in normalized.split('\n').map(str::trim) {
        if line.is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(group) = groups.last_mut() {
            group.push(line);
        }
    }
    groups.retain(|g| !g.is_empty());
    let paragraphs: Vec<String> = if groups.len() > 1 {
        groups.iter().map(|g| g.join(" ")).collect()
    } else {
        groups.concat().into_iter().map(str::to_string).collect()
    };
    let unbroken = paragraphs.len() == 1;
    let mut blocks = Vec::with_capacity(paragraphs.len());
    for p in &paragraphs {
        if unbroken || p.chars().count() > PARAGRAPH_LIMIT {
            blocks.extend(paragraphs::split_sentences(p).into_iter().map(paragraph));
        } else {
            blocks.push(paragraph(p));
        }
    }
    blocks
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
    }
}
