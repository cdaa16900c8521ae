//! The one pipeline from a widget's options to what it shows:
//! load (here: fetch or the page's JSON-LD) → read (core) → prepare (core).
//! The embedding layer owns the resources that run it; components only
//! ever see its result.

use std::rc::Rc;

use web_sys::AbortController;

use super::fetch::{fetch_text, sleep};
use super::json::{read_article, read_jsonld_documents, read_recommendation_list};
use super::sanitize::{reading, DomHtml};
use crate::model::{Read, Recommendation};
use crate::options::{ArticleSource, FetchPolicy};
use crate::prepare::{prepare, prepare_recommendations, Preferences, Story};
use crate::{ErrorCode, LoadError};

/// Loads, reads and prepares the story from `source`. Aborting `abort`
/// (the widget unmounted, or its source changed) ends the load with code
/// `aborted`.
pub async fn load_story(
    source: ArticleSource,
    policy: FetchPolicy,
    preferences: Preferences,
    abort: AbortController,
) -> Result<Rc<Story>, LoadError> {
    let read = match source {
        ArticleSource::Missing => {
            return Err(LoadError::new(
                ErrorCode::NoSource,
                "No article URL was given: set the widget's src attribute.",
            ))
        }
        ArticleSource::Url {
            url,
            with_credentials,
        } => {
            let text = fetch_text(&url, with_credentials, policy, abort.clone()).await?;
            read_then_yield(&text, &abort).await?
        }
        ArticleSource::Page => read_page_jsonld()?,
        // Already on the page, and on screen: no hurry. The wasm's start,
        // the reading and the rendering are three tasks, not one.
        ArticleSource::Inline(text) => {
            yield_to_page(&abort).await;
            read_then_yield(&text, &abort).await?
        }
    };
    Ok(Rc::new(prepare(read, &preferences)))
}

/// Reads an article's text, then gives the page a turn: reading and
/// rendering a long article are two tasks, not one.
async fn read_then_yield(text: &str, abort: &AbortController) -> Result<Read, LoadError> {
    let (read, refusal) = reading(|| read_article(text, &DomHtml));
    if let Some(refusal) = refusal {
        return Err(refusal);
    }
    let read = read?;
    yield_to_page(abort).await;
    Ok(read)
}

/// Ends this task; the rest runs in a new one (unless `abort` fires).
async fn yield_to_page(abort: &AbortController) {
    if let Some(window) = web_sys::window() {
        sleep(&window, abort, 0).await;
    }
}

/// Loads a separate list of recommended stories and prepares it for the
/// article at `article_url` (never recommended back to its own reader).
pub async fn load_recommendations(
    src: String,
    article_url: Option<String>,
    abort: AbortController,
) -> Result<Vec<Recommendation>, LoadError> {
    let text = fetch_text(&src, false, FetchPolicy::default(), abort).await?;
    recommendations_from_text(&text, article_url.as_deref())
}

/// Reads and prepares a list of recommended stories the page already holds.
pub fn recommendations_from_text(
    text: &str,
    article_url: Option<&str>,
) -> Result<Vec<Recommendation>, LoadError> {
    let list = read_recommendation_list(text, &DomHtml)?;
    Ok(prepare_recommendations(list, article_url))
}

/// Reads the article from the page's `<script type="application/ld+json">`
/// blocks.
fn read_page_jsonld() -> Result<Read, LoadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| LoadError::new(ErrorCode::NoArticle, "No page to read."))?;
    let scripts = document
        .query_selector_all(r#"script[type="application/ld+json"]"#)
        .map_err(|_| {
            LoadError::new(
                ErrorCode::NoArticle,
                "The page's JSON-LD could not be read.",
            )
        })?;
    let texts: Vec<String> = (0..scripts.length())
        .filter_map(|i| scripts.item(i)?.text_content())
        .collect();
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (read, refusal) = reading(|| read_jsonld_documents(&docs, &DomHtml));
    match refusal {
        Some(refusal) => Err(refusal),
        None => Ok(read?),
    }
}
