//! Getting an article's text: fetch over `http(s)` (or a `blob:` URL made by
//! the page itself), then the pure readers. Browser room: no rendering here.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCredentials, RequestInit, RequestMode, Response};

use crate::model::{read_article, Read, ReadError};
use crate::sanitize::DomHtml;

/// Fetches `url` and reads it as an article in any supported format.
pub async fn load_article(url: String) -> Result<Rc<Read>, ReadError> {
    if url.trim().is_empty() {
        return Err(ReadError::new(
            "no-source",
            "No article URL was given: set the widget's src attribute.",
        ));
    }
    let text = fetch_text(&url).await?;
    read_article(&text, &DomHtml).map(Rc::new)
}

/// Fetches a document as text, with no cookies.
pub async fn fetch_text(url: &str) -> Result<String, ReadError> {
    let window = web_sys::window().ok_or_else(|| ReadError::new("no-window", "No window."))?;
    let resolved = resolve(url)?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    let response = JsFuture::from(window.fetch_with_str_and_init(&resolved, &init))
        .await
        .map_err(|_| {
            ReadError::new(
                "network",
                format!(
                    "The article could not be loaded from {resolved}: the network request failed."
                ),
            )
        })?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| ReadError::new("network", "The browser gave no response."))?;
    if !response.ok() {
        let status = response.status();
        let code = match status {
            404 => "http-404",
            s if s >= 500 => "http-5xx",
            _ => "http-error",
        };
        return Err(ReadError::new(
            code,
            format!("The server answered {status} for {resolved}."),
        ));
    }
    let text = response
        .text()
        .map_err(|_| ReadError::new("network", "The response body could not be read."))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| ReadError::new("network", "The response body was cut off."))?;
    text.as_string()
        .ok_or_else(|| ReadError::new("not-json", "The response is not text."))
}

/// Resolves `url` against the page and keeps only `http(s)` and `blob:`.
fn resolve(url: &str) -> Result<String, ReadError> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let parsed = web_sys::Url::new_with_base(url.trim(), &base)
        .map_err(|_| ReadError::new("bad-url", format!("\"{url}\" is not a URL.")))?;
    match parsed.protocol().as_str() {
        "http:" | "https:" | "blob:" => Ok(parsed.href()),
        other => Err(ReadError::new(
            "bad-url",
            format!("Articles load only over http or https, not {other}"),
        )),
    }
}

/// Turns a JS exception into text for a console message.
pub fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".into())
}
