//! Reader for our own format, `article-widget/1` (docs/article-format.md).

use super::article::{
    Article, Author, Block, Direction, Inline, PlacedPullQuote, PullQuote, Recommendation,
};
use super::fields::{checked_url, date_at, flag, image_at, object, text, url_at, Problems};
use super::html::{field_text, HtmlReader};
use super::json::{JsonNode, View};
use super::lang::{direction_of, language_tag};
use super::text::split_long_paragraphs_mapped;
use super::url::UrlUse;
use crate::error::ReadError;

/// The `format` value our documents carry.
pub const FORMAT: &str = "article-widget/1";

/// True when the document says it is ours, or looks like it.
pub fn detect<N: JsonNode>(doc: &N) -> bool {
    match doc.get("format").and_then(N::as_str) {
        Some(f) => f.starts_with("article-widget/"),
        None => doc.contains_key("headline") && doc.get("body").is_some_and(N::is_array),
    }
}

/// Reads our format. Fails only when there is no headline. Every format's
/// reader has this signature; ours uses the HTML reader only for text
/// fields that hold markup by mistake.
pub fn read<N: JsonNode>(
    document: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let doc = object(document)?;
    read_fields(doc, html, problems).ok_or_else(|| {
        ReadError::no_article(
            if doc.contains_key("items") || doc.contains_key("recommended") {
                "This is a list of recommended items, not an article: give it as the list of recommended stories."
            } else {
                "No headline found in this document: an article-widget/1 article needs a \"headline\"."
            },
        )
    })
}

fn read_fields<N: JsonNode>(
    doc: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Option<Article> {
    let line = |key: &str| {
        text(doc.get(key))
            .map(|t| field_text(&t, html))
            .filter(|t| !t.is_empty())
    };
    let headline = line("headline")?;
    let lang = text(doc.get("lang")).and_then(|l| language_tag(&l));
    let dir = match text(doc.get("dir")).as_deref() {
        Some("rtl") => Direction::Rtl,
        Some(_) => Direction::Ltr,
        None => lang.as_deref().map(direction_of).unwrap_or_default(),
    };
    let blocks = doc
        .get("body")
        .and_then(N::items)
        .map(|blocks| read_blocks(blocks, problems))
        .unwrap_or_default();
    let placed = read_placed_quotes(doc.get("pull_quotes"), blocks.len(), problems);
    // Long paragraphs are cut, so a pull-quote placed after one follows
    // its last piece.
    let (body, last_of) = split_long_paragraphs_mapped(blocks);
    let pull_quotes = placed
        .into_iter()
        .map(|mut q| {
            q.after = last_of.get(q.after).copied().unwrap_or(q.after);
            q
        })
        .collect();
    Some(Article {
        id: text(doc.get("id")),
        url: url_at(doc.get("url"), UrlUse::Resource, "url", problems),
        lang,
        dir,
        section: text(doc.get("section")),
        headline,
        standfirst: line("standfirst"),
        authors: read_authors(doc.get("authors"), problems),
        published: date_at(doc.get("published"), "published", problems),
        updated: date_at(doc.get("updated"), "updated", problems),
        dateline: text(doc.get("dateline")),
        lead_image: image_at(doc.get("image"), "image", problems),
        pull_quotes,
        body,
        recommended: read_recommendations(doc.get("recommended"), "recommended", problems),
    })
}

fn read_authors<N: JsonNode>(value: Option<&N>, problems: &mut Problems) -> Vec<Author> {
    let Some(list) = value.and_then(N::items) else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let path = format!("authors[{i}]");
            let o = a;
            match a.view() {
                View::String(_) => Some(Author {
                    name: text(Some(a))?,
                    ..Author::default()
                }),
                View::Object => Some(Author {
                    name: text(o.get("name"))?,
                    url: url_at(o.get("url"), UrlUse::Link, &format!("{path}.url"), problems),
                    role: text(o.get("role")),
                    image: url_at(
                        o.get("image"),
                        UrlUse::Resource,
                        &format!("{path}.image"),
                        problems,
                    ),
                }),
                _ => {
                    problems.add(path, "not an author");
                    None
                }
            }
        })
        .collect()
}

/// Reads inline content: a string, or a list of strings and inline objects.
pub fn read_inlines<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Vec<Inline> {
    match value.map(N::view) {
        Some(View::String(s)) if !s.is_empty() => vec![Inline::text(s)],
        Some(View::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| read_inline(item, &format!("{path}[{i}]"), problems))
            .collect(),
        _ => Vec::new(),
    }
}

fn read_inline<N: JsonNode>(value: &N, path: &str, problems: &mut Problems) -> Option<Inline> {
    let o = match value.view() {
        View::String(s) => return Some(Inline::text(s)),
        View::Object => value,
        _ => return None,
    };
    let content = || {
        let mut p = Problems::default();
        let inner = read_inlines(
            o.get("content").or(o.get("text")),
            &format!("{path}.content"),
            &mut p,
        );
        (inner, p)
    };
    let kind = o.get("type").and_then(N::as_str).unwrap_or("text");
    let (inner, inner_problems) = match kind {
        "text" => return text_of(o).map(Inline::text),
        "br" | "line_break" => return Some(Inline::LineBreak),
        _ => content(),
    };
    problems.0.extend(inner_problems.0);
    match kind {
        "em" | "emphasis" | "i" => Some(Inline::Emphasis { content: inner }),
        "strong" | "b" => Some(Inline::Strong { content: inner }),
        "link" | "a" => {
            let href = url_at(
                o.get("href"),
                UrlUse::Link,
                &format!("{path}.href"),
                problems,
            );
            match href {
                Some(href) => Some(Inline::Link {
                    href,
                    content: inner,
                }),
                // The words stay; only the unsafe link goes.
                None => first_text(inner),
            }
        }
        other => {
            problems.add(path, format!("unknown inline type \"{other}\""));
            first_text(inner)
        }
    }
}

fn text_of<N: JsonNode>(o: &N) -> Option<String> {
    o.get("text").and_then(N::as_str).map(str::to_string)
}

/// Flattens inline content into one text run, keeping the words.
fn first_text(inner: Vec<Inline>) -> Option<Inline> {
    let words = super::text::inline_text(&inner);
    (!words.is_empty()).then(|| Inline::text(words))
}

/// Reads body blocks, skipping (and noting) the ones it cannot read.
pub fn read_blocks<N: JsonNode>(blocks: &[N], problems: &mut Problems) -> Vec<Block> {
    blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| read_block(b, &format!("body[{i}]"), problems))
        .collect()
}

fn read_block<N: JsonNode>(value: &N, path: &str, problems: &mut Problems) -> Option<Block> {
    let o = match value.view() {
        View::String(s) if !s.trim().is_empty() => {
            return Some(Block::Paragraph {
                content: vec![Inline::text(s.trim())],
            })
        }
        View::Object => value,
        _ => {
            problems.add(path, "not a block");
            return None;
        }
    };
    let inlines = |problems: &mut Problems| {
        read_inlines(
            o.get("content").or(o.get("text")),
            &format!("{path}.content"),
            problems,
        )
    };
    let block = match o.get("type").and_then(N::as_str).unwrap_or("paragraph") {
        "paragraph" | "p" => Block::Paragraph {
            content: inlines(problems),
        },
        "heading" | "h" => Block::Heading {
            level: o
                .get("level")
                .and_then(N::as_u64)
                .map_or(2, |l| l.clamp(2, 4) as u8),
            text: text(o.get("text"))?,
        },
        "list" => Block::List {
            ordered: flag(o.get("ordered")),
            items: o
                .get("items")
                .and_then(N::items)
                .map(|items| {
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let item_path = format!("{path}.items[{i}]");
                            match item.view() {
                                View::Object => read_inlines(
                                    item.get("content").or(item.get("text")),
                                    &item_path,
                                    problems,
                                ),
                                _ => read_inlines(Some(item), &item_path, problems),
                            }
                        })
                        .filter(|item| !item.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        },
        "quote" | "blockquote" | "block_quote" => Block::BlockQuote {
            content: inlines(problems),
            cite: text(o.get("cite")),
        },
        "figure" | "image" => Block::Figure {
            image: image_at(
                o.get("image").or(Some(value)),
                &format!("{path}.image"),
                problems,
            )?,
        },
        "pull_quote" | "pullquote" => Block::PullQuote {
            quote: PullQuote {
                text: text(o.get("text"))?,
                speaker: text(o.get("speaker")),
                repeats_body: false,
            },
        },
        "divider" | "hr" => Block::Divider,
        "embed" => Block::Embed {
            url: url_at(o.get("url"), UrlUse::Link, &format!("{path}.url"), problems)?,
            title: text(o.get("title")),
            provider: text(o.get("provider")),
        },
        other => {
            problems.add(path, format!("unknown block type \"{other}\""));
            return None;
        }
    };
    let empty = match &block {
        Block::Paragraph { content } | Block::BlockQuote { content, .. } => content.is_empty(),
        Block::List { items, .. } => items.is_empty(),
        _ => false,
    };
    (!empty).then_some(block)
}

fn read_placed_quotes<N: JsonNode>(
    value: Option<&N>,
    body_len: usize,
    problems: &mut Problems,
) -> Vec<PlacedPullQuote> {
    let Some(list) = value.and_then(N::items) else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let path = format!("pull_quotes[{i}]");
            let o = q.as_object()?;
            let text = text(o.get("text"))?;
            // `try_from`, not `as`: on wasm32 a position past 4,294,967,295
            // would wrap and pass the bounds check below.
            let after = o
                .get("after")
                .and_then(N::as_u64)
                .and_then(|a| usize::try_from(a).ok());
            let after = match after {
                Some(a) if a < body_len => a,
                _ => {
                    problems.add(format!("{path}.after"), "not the index of a body block");
                    return None;
                }
            };
            Some(PlacedPullQuote {
                after,
                quote: PullQuote {
                    text,
                    speaker: super::fields::text(o.get("speaker")),
                    repeats_body: false,
                },
            })
        })
        .collect()
}

/// Reads a list of recommended items, skipping (and noting) unusable ones.
pub fn read_recommendations<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Vec<Recommendation> {
    let Some(list) = value.and_then(N::items) else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let path = format!("{path}[{i}]");
            let Some(o) = item.as_object() else {
                problems.add(path, "not an object");
                return None;
            };
            let Some(title) = text(o.get("title")) else {
                problems.add(format!("{path}.title"), "missing");
                return None;
            };
            let Some(url) = text(o.get("url")) else {
                problems.add(format!("{path}.url"), "missing");
                return None;
            };
            let url = checked_url(&url, UrlUse::Resource, &format!("{path}.url"), problems)?;
            Some(Recommendation {
                title,
                url,
                teaser: text(o.get("teaser")),
                image: image_at(o.get("image"), &format!("{path}.image"), problems),
                section: text(o.get("section")),
                published: date_at(o.get("published"), &format!("{path}.published"), problems),
                source: text(o.get("source")),
                sponsored: flag(o.get("sponsored")),
            })
        })
        .collect()
}
