//! The pure entry point: source text in, one [`Article`] out.

use super::article::{Article, Problem, Recommendation};
use super::fields::Problems;
use super::html::HtmlReader;
use super::json::{too_deep, JsonNode, View};
use super::jsonld::Graph;
use super::{jsonfeed, jsonld, ours, wordpress};
use crate::error::ReadError;

/// Deeper JSON than this is refused before any reader walks it (both
/// parsers already refuse it, see [`super::json::MAX_PARSE_DEPTH`]; values
/// built in code are checked here).
const MAX_JSON_DEPTH: usize = 128;
/// Array elements tried at most when searching an array for an article.
const MAX_SEARCHED: usize = 100;

/// Recommended items and what was skipped on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadList {
    pub items: Vec<Recommendation>,
    /// Non-fatal problems, each with the JSON path where it was found.
    pub problems: Vec<Problem>,
}

/// A readable article and what was skipped on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub article: Article,
    /// Non-fatal problems, each with the JSON path where it was found.
    pub problems: Vec<Problem>,
}

/// Parses source text as JSON with the build's parser (`N`). A UTF-8
/// byte-order mark and surrounding white space are accepted; the parser's
/// nesting limit turns hostile depth into an error instead of a stack
/// overflow.
pub fn parse_json<N: JsonNode>(text: &str) -> Result<N, ReadError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(ReadError::not_json("The response was empty."));
    }
    if trimmed.starts_with('<') {
        return Err(ReadError::not_json(
            "The response is an HTML page, not JSON: check the article URL.",
        ));
    }
    N::parse(trimmed)
}

/// Reads source text in any supported format into an article: our format
/// `article-widget/1`, schema.org JSON-LD, a WordPress REST post (or an
/// array of posts: the first) or a JSON Feed (its first item). Parsed with
/// serde_json; [`read_article_with`] takes another parser.
#[cfg(feature = "serde_json")]
pub fn read_article(text: &str, html: &dyn HtmlReader) -> Result<Read, ReadError> {
    read_article_with::<serde_json::Value>(text, html)
}

/// [`read_article`] with the JSON parser `N`.
pub fn read_article_with<N: JsonNode>(
    text: &str,
    html: &dyn HtmlReader,
) -> Result<Read, ReadError> {
    let value: N = parse_json(text)?;
    read_value(&value, html)
}

/// Reads an already parsed JSON document into an article.
pub fn read_value<N: JsonNode>(value: &N, html: &dyn HtmlReader) -> Result<Read, ReadError> {
    check_depth(value)?;
    let mut problems = Problems::default();
    let article = read_any(value, html, &mut problems, 0)?;
    Ok(Read {
        article,
        problems: problems.0,
    })
}

/// Reads the best article out of a page's JSON-LD blocks (the texts of its
/// `<script type="application/ld+json">` elements, in page order). Blocks
/// that are not valid JSON are skipped and noted as `script[i]`; references
/// by `@id` are resolved across blocks.
#[cfg(feature = "serde_json")]
pub fn read_jsonld_documents(docs: &[&str], html: &dyn HtmlReader) -> Result<Read, ReadError> {
    read_jsonld_documents_with::<serde_json::Value>(docs, html)
}

/// [`read_jsonld_documents`] with the JSON parser `N`.
pub fn read_jsonld_documents_with<N: JsonNode>(
    docs: &[&str],
    html: &dyn HtmlReader,
) -> Result<Read, ReadError> {
    if docs.is_empty() {
        return Err(ReadError::no_article(
            "The page has no JSON-LD (application/ld+json) blocks to read an article from.",
        ));
    }
    let mut problems = Problems::default();
    let mut parsed: Vec<(usize, N)> = Vec::new();
    let mut last_error = None;
    for (i, doc) in docs.iter().enumerate() {
        match parse_json::<N>(doc).and_then(|v| check_depth(&v).map(|()| v)) {
            Ok(v) => parsed.push((i, v)),
            Err(e) => {
                problems.add(format!("script[{i}]"), e.message.clone());
                last_error = Some(e);
            }
        }
    }
    if parsed.is_empty() {
        let detail = last_error.map(|e| e.message).unwrap_or_default();
        return Err(ReadError::not_json(format!(
            "None of the page's {} JSON-LD blocks is valid JSON. {detail}",
            docs.len()
        )));
    }
    let mut graph = Graph::new();
    for (i, value) in &parsed {
        let path = if docs.len() == 1 {
            String::new()
        } else {
            format!("script[{i}]")
        };
        graph.add_document(value, &path);
    }
    let article = graph.read_article(html, &mut problems)?;
    Ok(Read {
        article,
        problems: problems.0,
    })
}

/// Reads a list of recommended stories: our list shape
/// (`{"format": "article-widget/1", "items": [...]}`, `{"recommended":
/// [...]}` or a bare array of our items), a JSON Feed, or an array of
/// WordPress posts. Unusable items are skipped; see
/// [`read_recommendation_report`] for why.
#[cfg(feature = "serde_json")]
pub fn read_recommendation_list(
    text: &str,
    html: &dyn HtmlReader,
) -> Result<Vec<Recommendation>, ReadError> {
    read_recommendation_report(text, html).map(|list| list.items)
}

/// [`read_recommendation_list`] with the problems of the skipped items.
/// A list that is empty in the source reads as empty; a list none of whose
/// items can be used is an error (`no-items`) saying why the first failed.
#[cfg(feature = "serde_json")]
pub fn read_recommendation_report(
    text: &str,
    html: &dyn HtmlReader,
) -> Result<ReadList, ReadError> {
    read_recommendation_report_with::<serde_json::Value>(text, html)
}

/// [`read_recommendation_report`] with the JSON parser `N`.
pub fn read_recommendation_report_with<N: JsonNode>(
    text: &str,
    html: &dyn HtmlReader,
) -> Result<ReadList, ReadError> {
    let value: N = parse_json(text)?;
    read_recommendation_value(&value, html)
}

/// [`read_recommendation_report`] for an already parsed document.
pub fn read_recommendation_value<N: JsonNode>(
    value: &N,
    html: &dyn HtmlReader,
) -> Result<ReadList, ReadError> {
    check_depth(value)?;
    let mut problems = Problems::default();
    let (items, given) = match value.view() {
        View::Array(list)
            if list
                .first()
                .and_then(N::as_object)
                .is_some_and(wordpress::detect) =>
        {
            let items: Vec<Recommendation> = list
                .iter()
                .enumerate()
                .filter_map(|(i, post)| {
                    let mut own = Problems::default();
                    let Some(post) = post.as_object() else {
                        problems.add(format!("[{i}]"), "not an object");
                        return None;
                    };
                    let item = wordpress::read_recommendation(post, html, &mut own);
                    problems.extend_under(&format!("[{i}]"), own);
                    item
                })
                .collect();
            (items, list.len())
        }
        View::Array(list) => (
            ours::read_recommendations(Some(value), "", &mut problems),
            list.len(),
        ),
        View::Object if jsonfeed::detect(value) => (
            jsonfeed::read_recommendations(value, &mut problems),
            value.get("items").and_then(N::items).map_or(0, <[N]>::len),
        ),
        View::Object => {
            let doc = value;
            let key = ["items", "recommended"]
                .into_iter()
                .find(|k| doc.get(k).is_some_and(N::is_array));
            let Some(key) = key else {
                return Err(ReadError::no_items("No list of recommended items found: expected {\"format\": \"article-widget/1\", \"items\": [...]}, {\"recommended\": [...]}, an array of items, a JSON Feed or WordPress posts.",
                ));
            };
            let list = doc.get(key);
            (
                ours::read_recommendations(list, key, &mut problems),
                list.and_then(N::items).map_or(0, <[N]>::len),
            )
        }
        _ => {
            return Err(ReadError::no_items(
                "The JSON is a single value, not a list of recommended items.",
            ))
        }
    };
    if items.is_empty() && given > 0 {
        let why = problems
            .0
            .first()
            .map(|p| format!(" The first problem: {p}."))
            .unwrap_or_default();
        return Err(ReadError::no_items(format!(
            "None of the {given} recommended items could be used.{why}"
        )));
    }
    Ok(ReadList {
        items,
        problems: problems.0,
    })
}

/// Refuses values nested deeper than [`MAX_JSON_DEPTH`], without recursion.
fn check_depth<N: JsonNode>(value: &N) -> Result<(), ReadError> {
    let mut stack = vec![(value, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        if depth > MAX_JSON_DEPTH {
            return Err(too_deep());
        }
        match v.view() {
            View::Array(list) => stack.extend(list.iter().map(|c| (c, depth + 1))),
            View::Object => stack.extend(v.entries().map(|(_, c)| (c, depth + 1))),
            _ => {}
        }
    }
    Ok(())
}

fn read_any<N: JsonNode>(
    value: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
    depth: usize,
) -> Result<Article, ReadError> {
    match value.view() {
        View::Object => read_object(value, html, problems),
        View::Array(list) => read_array(value, list, html, problems, depth),
        _ => Err(ReadError::no_article(
            "The JSON is a single value, not an article.",
        )),
    }
}

/// An object is ours, a JSON Feed, JSON-LD or a WordPress post by its shape.
fn read_object<N: JsonNode>(
    value: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let doc = value;
    let explicit_ours = doc
        .get("format")
        .and_then(N::as_str)
        .is_some_and(|f| f.starts_with("article-widget/"));
    if explicit_ours {
        return ours::read(value, html, problems);
    }
    if jsonfeed::detect(doc) {
        return jsonfeed::read(value, html, problems);
    }
    if jsonld::detect(doc) {
        return jsonld::read(value, html, problems);
    }
    if wordpress::detect(doc) {
        return wordpress::read(value, html, problems);
    }
    if let Some(message) = wordpress::error_message(doc) {
        return Err(ReadError::no_article(message));
    }
    if ours::detect(doc) {
        return ours::read(value, html, problems);
    }
    if ["articleBody", "datePublished", "mainEntityOfPage"]
        .iter()
        .any(|k| doc.contains_key(k))
    {
        return jsonld::read_untyped(value, html, problems);
    }
    if doc.contains_key("headline") {
        if let Ok(article) = ours::read(value, html, problems) {
            return Ok(article);
        }
    }
    Err(ReadError::no_article("No article found in this document: expected the article-widget/1 format, schema.org JSON-LD (NewsArticle, Article, BlogPosting), a WordPress REST post or a JSON Feed.",
    ))
}

/// A JSON-LD array is one graph; any other array is searched for the first
/// element that reads as an article (a WordPress post list gives its first
/// post).
fn read_array<N: JsonNode>(
    value: &N,
    list: &[N],
    html: &dyn HtmlReader,
    problems: &mut Problems,
    depth: usize,
) -> Result<Article, ReadError> {
    if list.is_empty() {
        return Err(ReadError::no_article(
            "The JSON is an empty list: there is no article in it.",
        ));
    }
    if list.iter().any(|v| {
        v.as_object()
            .is_some_and(|o| jsonld::detect(o) && !wordpress::detect(o))
    }) {
        return jsonld::read(value, html, problems);
    }
    let mut first_error = None;
    for (i, item) in list.iter().enumerate().take(MAX_SEARCHED) {
        if depth >= 3 || !(item.is_object() || item.is_array()) {
            continue;
        }
        let mut own = Problems::default();
        match read_any(item, html, &mut own, depth + 1) {
            Ok(article) => {
                problems.extend_under(&format!("[{i}]"), own);
                return Ok(article);
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or_else(|| {
        ReadError::no_article("No article found in this list: none of its items is an article.")
    }))
}
