//! Reader for WordPress REST API v2 posts and pages
//! (`/wp-json/wp/v2/posts/ID?_embed`), with or without `_embedded`.
//!
//! WordPress sends titles, excerpts, captions and term names as HTML with
//! entities (`Q&#038;A`): each goes through [`HtmlReader::text`] exactly
//! once, and content through [`HtmlReader::blocks`].

use super::article::{Article, Author, Image, Recommendation};
use super::dates::{read_date, read_utc_date};
use super::fields::{language_at, object, pixels, text, url_at, Problems};
use super::html::{html_body, html_text, HtmlReader};
use super::json::{JsonNode, View};
use super::lang::direction_of;
use super::url::{safe_srcset, UrlUse};
use crate::error::ReadError;

/// True when an object has the `{"rendered": ...}` fields of a post.
pub fn detect<N: JsonNode>(doc: &N) -> bool {
    ["title", "content", "excerpt", "guid"].iter().any(|k| {
        doc.get(k)
            .and_then(N::as_object)
            .is_some_and(|o| o.contains_key("rendered"))
    })
}

/// The message of a WordPress REST error (`{"code", "message", "data"}`),
/// such as `Invalid post ID.`.
pub fn error_message<N: JsonNode>(doc: &N) -> Option<String> {
    let code = doc.get("code")?.as_str()?;
    let message = doc.get("message")?.as_str()?;
    doc.get("data")?;
    Some(format!(
        "WordPress answered with an error instead of a post: {} ({code}).",
        message.trim().trim_end_matches('.')
    ))
}

/// A rendered field (`title.rendered`) or a plain string field, as HTML.
fn rendered<'a, N: JsonNode>(doc: &'a N, key: &str) -> Option<&'a str> {
    let field = doc.get(key)?;
    match field.view() {
        View::String(s) => Some(s),
        View::Object => field.get("rendered")?.as_str(),
        _ => None,
    }
}

/// A rendered field's text, entities decoded once; `None` when empty.
fn rendered_text<N: JsonNode>(doc: &N, key: &str, html: &dyn HtmlReader) -> Option<String> {
    let t = html_text(rendered(doc, key)?, html);
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The first object of an `_embedded` list, skipping embedded errors.
fn embedded<'a, N: JsonNode>(doc: &'a N, key: &str) -> Option<&'a N> {
    doc.get("_embedded")?
        .get(key)?
        .items()?
        .first()?
        .as_object()
        .filter(|o| !o.contains_key("code"))
}

/// Reads a post into an article. Fails only when the title is empty.
pub fn read<N: JsonNode>(
    document: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let doc = object(document)?;
    let headline = rendered_text(doc, "title", html).ok_or_else(|| {
        ReadError::no_article(
            "No headline found in this document: the WordPress post's title.rendered is empty.",
        )
    })?;
    let lang = language_at(doc.get("lang"), "lang", problems);
    Ok(Article {
        id: text(doc.get("id")),
        url: url_at(doc.get("link"), UrlUse::Resource, "link", problems),
        dir: lang.as_deref().map(direction_of).unwrap_or_default(),
        lang,
        section: section(doc, html),
        headline,
        standfirst: rendered_text(doc, "excerpt", html),
        authors: authors(doc, html, problems),
        published: date(doc, "date_gmt", "date", problems),
        updated: date(doc, "modified_gmt", "modified", problems),
        dateline: None,
        lead_image: featured_image(doc, html, problems),
        body: rendered(doc, "content")
            .map(|c| html_body(c, html))
            .unwrap_or_default(),
        pull_quotes: Vec::new(),
        recommended: Vec::new(),
    })
}

/// Reads a post as a recommended item; `None` (noted) without a title or
/// a safe link.
pub fn read_recommendation<N: JsonNode>(
    doc: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Option<Recommendation> {
    let Some(title) = rendered_text(doc, "title", html) else {
        problems.add("title.rendered", "missing");
        return None;
    };
    if text(doc.get("link")).is_none() {
        problems.add("link", "missing");
        return None;
    }
    Some(Recommendation {
        title,
        url: url_at(doc.get("link"), UrlUse::Resource, "link", problems)?,
        teaser: rendered_text(doc, "excerpt", html),
        image: featured_image(doc, html, problems),
        section: section(doc, html),
        published: date(doc, "date_gmt", "date", problems),
        source: None,
        sponsored: false,
    })
}

/// `date_gmt` (zone-less, UTC) when readable, else the site-local `date`.
fn date<N: JsonNode>(
    doc: &N,
    gmt: &str,
    local: &str,
    problems: &mut Problems,
) -> Option<super::article::Timestamp> {
    if let Some(raw) = text(doc.get(gmt)) {
        match read_utc_date(&raw) {
            Some(t) => return Some(t),
            None => problems.add(gmt, "not a date that can be read"),
        }
    }
    let raw = text(doc.get(local))?;
    let t = read_date(&raw);
    if t.is_none() {
        problems.add(local, "not a date that can be read");
    }
    t
}

/// The first category that is not WordPress's default "Uncategorized".
fn section<N: JsonNode>(doc: &N, html: &dyn HtmlReader) -> Option<String> {
    let groups = doc.get("_embedded")?.get("wp:term")?.items()?;
    groups
        .iter()
        .filter_map(N::items)
        .flatten()
        .filter_map(N::as_object)
        .filter(|t| t.get("taxonomy").and_then(N::as_str) == Some("category"))
        .filter(|t| t.get("slug").and_then(N::as_str) != Some("uncategorized"))
        .find_map(|t| {
            let name = html.text(t.get("name")?.as_str()?);
            let name = name.trim();
            (!name.is_empty()).then(|| name.to_string())
        })
}

/// Embedded authors (several with co-author plugins), else Yoast's author.
fn authors<N: JsonNode>(doc: &N, html: &dyn HtmlReader, problems: &mut Problems) -> Vec<Author> {
    let embedded = doc
        .get("_embedded")
        .and_then(|e| e.get("author"))
        .and_then(N::items);
    let mut out: Vec<Author> = Vec::new();
    for (i, a) in embedded.into_iter().flatten().enumerate() {
        let path = format!("_embedded.author[{i}]");
        let Some(a) = a.as_object().filter(|o| !o.contains_key("code")) else {
            continue;
        };
        let Some(name) = text(a.get("name"))
            .map(|n| html.text(&n))
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        if out.iter().any(|o| o.name == name) {
            continue;
        }
        out.push(Author {
            name,
            url: url_at(
                a.get("link"),
                UrlUse::Link,
                &format!("{path}.link"),
                problems,
            ),
            role: None,
            image: largest_avatar(
                a.get("avatar_urls"),
                &format!("{path}.avatar_urls"),
                problems,
            ),
        });
    }
    if out.is_empty() {
        if let Some(name) = doc
            .get("yoast_head_json")
            .and_then(|y| text(y.get("author")))
        {
            out.push(Author {
                name,
                ..Author::default()
            });
        }
    }
    out
}

/// The biggest of `avatar_urls` (`{"24": url, "48": url, "96": url}`).
fn largest_avatar<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    let (size, url) = value?
        .as_object()?
        .entries()
        .filter_map(|(size, url)| Some((size.parse::<u32>().ok()?, url)))
        .max_by_key(|(size, _)| *size)?;
    url_at(
        Some(url),
        UrlUse::Resource,
        &format!("{path}.{size}"),
        problems,
    )
}

/// The featured image from `_embedded["wp:featuredmedia"][0]`, else Yoast's
/// `og_image`, else Jetpack's `jetpack_featured_media_url`.
fn featured_image<N: JsonNode>(
    doc: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Option<Image> {
    if let Some(media) = embedded(doc, "wp:featuredmedia") {
        let path = "_embedded.wp:featuredmedia[0]";
        let details = media.get("media_details").and_then(N::as_object);
        let meta = details
            .and_then(|d| d.get("image_meta"))
            .and_then(N::as_object);
        let src = url_at(
            media.get("source_url"),
            UrlUse::Resource,
            &format!("{path}.source_url"),
            problems,
        );
        if let Some(src) = src {
            return Some(Image {
                src,
                srcset: details.and_then(|d| srcset(d.get("sizes"))),
                width: details.and_then(|d| pixels(d.get("width"))),
                height: details.and_then(|d| pixels(d.get("height"))),
                // WordPress sends "" when nobody wrote an alt text: that is
                // "none given", not "decorative".
                alt: text(media.get("alt_text")),
                caption: rendered_text(media, "caption", html),
                credit: meta
                    .and_then(|m| text(m.get("credit")).or_else(|| text(m.get("copyright")))),
            });
        }
    }
    let og = doc
        .get("yoast_head_json")
        .and_then(|y| y.get("og_image"))
        .and_then(N::items)
        .and_then(|list| list.first())
        .and_then(N::as_object);
    if let Some(og) = og {
        if let Some(src) = url_at(
            og.get("url"),
            UrlUse::Resource,
            "yoast_head_json.og_image[0].url",
            problems,
        ) {
            return Some(Image {
                src,
                width: pixels(og.get("width")),
                height: pixels(og.get("height")),
                ..Image::default()
            });
        }
    }
    let src = url_at(
        doc.get("jetpack_featured_media_url"),
        UrlUse::Resource,
        "jetpack_featured_media_url",
        problems,
    )?;
    Some(Image {
        src,
        ..Image::default()
    })
}

/// A `srcset` from `media_details.sizes`, narrowest first, one candidate per
/// width.
fn srcset<N: JsonNode>(sizes: Option<&N>) -> Option<String> {
    let mut candidates: Vec<(u32, String)> = sizes?
        .as_object()?
        .entries()
        .filter_map(|(_, size)| {
            let url = text(size.get("source_url"))?;
            Some((pixels(size.get("width"))?, url))
        })
        .collect();
    candidates.sort_by_key(|(width, _)| *width);
    candidates.dedup_by_key(|(width, _)| *width);
    let joined: Vec<String> = candidates
        .iter()
        .map(|(width, url)| format!("{url} {width}w"))
        .collect();
    safe_srcset(&joined.join(", "))
}
