//! Reader for JSON Feed 1.0 and 1.1 (`"version":
//! "https://jsonfeed.org/version/1.1"`).
//!
//! A feed is a list of recommended items. Given as an article source, its
//! first item with a title is the article and the other items are its
//! recommended stories.

use super::article::{Article, Author, Recommendation};
use super::fields::{date_at, image_at, language_at, object, text, url_at, Problems};
use super::html::{field_text, html_body, text_body, HtmlReader};
use super::json::{JsonNode, View};
use super::lang::direction_of;
use super::url::UrlUse;
use crate::error::ReadError;

/// True for a JSON Feed: by its `version`, or by `items` beside a
/// `feed_url` or `home_page_url`.
pub fn detect<N: JsonNode>(doc: &N) -> bool {
    match doc.get("version").and_then(N::as_str) {
        Some(v) => {
            let v = v.trim().to_ascii_lowercase();
            v.starts_with("https://jsonfeed.org/version/")
                || v.starts_with("http://jsonfeed.org/version/")
        }
        None => {
            doc.get("items").is_some_and(N::is_array)
                && (doc.contains_key("feed_url") || doc.contains_key("home_page_url"))
        }
    }
}

fn items<N: JsonNode>(doc: &N) -> &[N] {
    doc.get("items").and_then(N::items).unwrap_or_default()
}

/// Reads the feed's first item with a title as the article, the others as
/// its recommended items.
pub fn read<N: JsonNode>(
    document: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let doc = object(document)?;
    let list = items(doc);
    if list.is_empty() {
        return Err(ReadError::no_article(
            "This looks like a JSON Feed with no items, so there is no article to show.",
        ));
    }
    let chosen = list.iter().enumerate().find_map(|(i, item)| {
        let item = item.as_object()?;
        let title = text(item.get("title"))
            .map(|t| field_text(&t, html))
            .filter(|t| !t.is_empty())?;
        Some((i, item, title))
    });
    let Some((index, item, headline)) = chosen else {
        return Err(ReadError::no_article(
            "No headline found in this document: none of this JSON Feed's items has a title.",
        ));
    };
    let path = format!("items[{index}]");
    let at = |key: &str| format!("{path}.{key}");
    let lang = language_at(item.get("language"), &at("language"), problems)
        .or_else(|| language_at(doc.get("language"), "language", problems));
    let mut authors = read_authors(item, &path, problems);
    if authors.is_empty() {
        authors = read_authors(doc, "", problems);
    }
    let body = match (
        text(item.get("content_html")),
        text(item.get("content_text")),
    ) {
        (Some(h), _) => html_body(&h, html),
        (None, Some(t)) => text_body(&t, html),
        (None, None) => Vec::new(),
    };
    let recommended = list
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .filter_map(|(i, other)| read_item(other, &format!("items[{i}]"), problems))
        .collect();
    Ok(Article {
        id: text(item.get("id")),
        url: url_at(item.get("url"), UrlUse::Resource, &at("url"), problems).or_else(|| {
            url_at(
                item.get("external_url"),
                UrlUse::Resource,
                &at("external_url"),
                problems,
            )
        }),
        dir: lang.as_deref().map(direction_of).unwrap_or_default(),
        lang,
        section: first_tag(item),
        headline,
        standfirst: text(item.get("summary"))
            .map(|s| field_text(&s, html))
            .filter(|s| !s.is_empty()),
        authors,
        published: date_at(item.get("date_published"), &at("date_published"), problems),
        updated: date_at(item.get("date_modified"), &at("date_modified"), problems),
        dateline: None,
        lead_image: image_at(item.get("image"), &at("image"), problems)
            .or_else(|| image_at(item.get("banner_image"), &at("banner_image"), problems)),
        body,
        pull_quotes: Vec::new(),
        recommended,
    })
}

/// Reads every usable item of a feed as a recommended item.
pub fn read_recommendations<N: JsonNode>(doc: &N, problems: &mut Problems) -> Vec<Recommendation> {
    items(doc)
        .iter()
        .enumerate()
        .filter_map(|(i, item)| read_item(item, &format!("items[{i}]"), problems))
        .collect()
}

/// One feed item as a recommended item; `None` (noted) without a title or
/// a safe URL.
fn read_item<N: JsonNode>(item: &N, path: &str, problems: &mut Problems) -> Option<Recommendation> {
    let Some(item) = item.as_object() else {
        problems.add(path, "not an object");
        return None;
    };
    let at = |key: &str| format!("{path}.{key}");
    let Some(title) = text(item.get("title")) else {
        problems.add(at("title"), "missing");
        return None;
    };
    let key = ["url", "external_url"]
        .into_iter()
        .find(|k| text(item.get(k)).is_some());
    let Some(key) = key else {
        problems.add(at("url"), "missing");
        return None;
    };
    Some(Recommendation {
        title,
        url: url_at(item.get(key), UrlUse::Resource, &at(key), problems)?,
        teaser: text(item.get("summary")),
        image: image_at(item.get("image"), &at("image"), problems)
            .or_else(|| image_at(item.get("banner_image"), &at("banner_image"), problems)),
        section: first_tag(item),
        published: date_at(item.get("date_published"), &at("date_published"), problems),
        source: None,
        sponsored: false,
    })
}

fn first_tag<N: JsonNode>(item: &N) -> Option<String> {
    item.get("tags")?
        .items()?
        .iter()
        .find_map(|t| text(Some(t)))
}

/// `authors` (1.1) or `author` (1.0) of an item or of the feed.
fn read_authors<N: JsonNode>(owner: &N, path: &str, problems: &mut Problems) -> Vec<Author> {
    let prefix = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    let list: Vec<(&N, String)> =
        match (owner.get("authors").and_then(N::items), owner.get("author")) {
            (Some(list), _) if !list.is_empty() => list
                .iter()
                .enumerate()
                .map(|(i, a)| (a, format!("{}[{i}]", prefix("authors"))))
                .collect(),
            (_, Some(a)) => vec![(a, prefix("author"))],
            _ => Vec::new(),
        };
    let mut out: Vec<Author> = Vec::new();
    for (a, a_path) in list {
        let o = a;
        let author = match a.view() {
            View::String(_) => text(Some(a)).map(|name| Author {
                name,
                ..Author::default()
            }),
            View::Object => text(o.get("name")).map(|name| Author {
                name,
                url: url_at(
                    o.get("url"),
                    UrlUse::Link,
                    &format!("{a_path}.url"),
                    problems,
                ),
                role: None,
                image: url_at(
                    o.get("avatar"),
                    UrlUse::Resource,
                    &format!("{a_path}.avatar"),
                    problems,
                ),
            }),
            _ => None,
        };
        if let Some(author) = author {
            if !out.iter().any(|o| o.name == author.name) {
                out.push(author);
            }
        }
    }
    out
}
