//! Reader for our own format, `article-widget/1` (docs/article-format.md).

use serde_json::{Map, Value};

use super::article::{
    Article, Author, Block, Direction, Inline, PlacedPullQuote, PullQuote, Recommendation,
};
use super::fields::{date_at, flag, image_at, object, text, url_at, Problems};
use super::html::{field_text, HtmlReader};
use super::lang::{direction_of, language_tag};
use super::text::split_long_paragraphs_mapped;
use super::url::UrlUse;
use crate::error::ReadError;

/// The `format` value our documents carry.
pub const FORMAT: &str = "article-widget/1";

/// True when the document says it is ours, or looks like it.
pub fn detect(doc: &Map<String, Value>) -> bool {
    match doc.get("format").and_then(Value::as_str) {
        Some(f) => f.starts_with("article-widget/"),
        None => doc.contains_key("headline") && doc.get("body").is_some_and(Value::is_array),
    }
}

/// Reads our format. Fails only when there is no headline. Every format's
/// reader has this signature; ours uses the HTML reader only for text
/// fields that hold markup by mistake.
pub fn read(
    document: &Value,
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

fn read_fields(
    doc: &Map<String, Value>,
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
        .and_then(Value::as_array)
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

fn read_authors(value: Option<&Value>, problems: &mut Problems) -> Vec<Author> {
    let Some(Value::Array(list)) = value else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let path = format!("authors[{i}]");
            match a {
                Value::String(_) => Some(Author {
                    name: text(Some(a))?,
                    ..Author::default()
                }),
                Value::Object(o) => Some(Author {
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
pub fn read_inlines(value: Option<&Value>, path: &str, problems: &mut Problems) -> Vec<Inline> {
    match value {
        Some(Value::String(s)) if !s.is_empty() => vec![Inline::text(s.as_str())],
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| read_inline(item, &format!("{path}[{i}]"), problems))
            .collect(),
        _ => Vec::new(),
    }
}

fn read_inline(value: &Value, path: &str, problems: &mut Problems) -> Option<Inline> {
    let o = match value {
        Value::String(s) => return Some(Inline::text(s.as_str())),
        Value::Object(o) => o,
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
    let kind = o.get("type").and_then(Value::as_str).unwrap_or("text");
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

fn text_of(o: &Map<String, Value>) -> Option<String> {
    o.get("text").and_then(Value::as_str).map(str::to_string)
}

/// Flattens inline content into one text run, keeping the words.
fn first_text(inner: Vec<Inline>) -> Option<Inline> {
    let words = super::text::inline_text(&inner);
    (!words.is_empty()).then(|| Inline::text(words))
}

/// Reads body blocks, skipping (and noting) the ones it cannot read.
pub fn read_blocks(blocks: &[Value], problems: &mut Problems) -> Vec<Block> {
    blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| read_block(b, &format!("body[{i}]"), problems))
        .collect()
}

fn read_block(value: &Value, path: &str, problems: &mut Problems) -> Option<Block> {
    let o = match value {
        Value::String(s) if !s.trim().is_empty() => {
            return Some(Block::Paragraph {
                content: vec![Inline::text(s.trim())],
            })
        }
        Value::Object(o) => o,
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
    let block = match o.get("type").and_then(Value::as_str).unwrap_or("paragraph") {
        "paragraph" | "p" => Block::Paragraph {
            content: inlines(problems),
        },
        "heading" | "h" => Block::Heading {
            level: o
                .get("level")
                .and_then(Value::as_u64)
                .map_or(2, |l| l.clamp(2, 4) as u8),
            text: text(o.get("text"))?,
        },
        "list" => Block::List {
            ordered: flag(o.get("ordered")),
            items: o
                .get("items")
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let item_path = format!("{path}.items[{i}]");
                            match item {
                                Value::Object(io) => read_inlines(
                                    io.get("content").or(io.get("text")),
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

fn read_placed_quotes(
    value: Option<&Value>,
    body_len: usize,
    problems: &mut Problems,
) -> Vec<PlacedPullQuote> {
    let Some(Value::Array(list)) = value else {
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
                .and_then(Value::as_u64)
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
pub fn read_recommendations(
    value: Option<&Value>,
    path: &str,
    problems: &mut Problems,
) -> Vec<Recommendation> {
    let Some(Value::Array(list)) = value else {
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
            let url = url_at(
                Some(&Value::String(url)),
                UrlUse::Resource,
                &format!("{path}.url"),
                problems,
            )?;
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
