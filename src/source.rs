//! Getting an article's text: fetch over `http(s)` (or a `blob:` URL made by
//! the page itself), then the pure readers. Browser room: no rendering here.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AddEventListenerOptions, ReadableStreamDefaultReader, RequestCredentials,
    RequestInit, RequestMode, Response,
};

use crate::model::read::read_jsonld_documents;
use crate::model::{read_article, Read};
use crate::quotes::mark_repeated_pull_quotes;
use crate::sanitize::{reading, DomHtml};
use crate::{ErrorCode, HttpStatus, LoadError};

/// Where a widget's article comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ArticleSource {
    /// Nothing was configured.
    #[default]
    Missing,
    /// A document to fetch, in any supported format.
    Url {
        url: String,
        /// Send cookies (`credentials: "include"`); off unless asked for.
        with_credentials: bool,
    },
    /// The host page's own schema.org JSON-LD: no request at all.
    Page,
}

/// Limits on one load. Every load ends within `deadline_ms`, retries
/// included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FetchPolicy {
    pub deadline_ms: u32,
    /// Larger responses are refused (`too-large`) without reading them whole.
    pub max_bytes: u32,
    /// Extra attempts after a network error, 5xx or 429.
    pub retries: u32,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            deadline_ms: 10_000,
            max_bytes: 5 * 1024 * 1024,
            retries: 2,
        }
    }
}

/// Loads and reads the article from `source`. Aborting `abort` (the widget
/// unmounted, or its source changed) ends the load with code `aborted`.
pub async fn load_article(
    source: ArticleSource,
    policy: FetchPolicy,
    abort: AbortController,
) -> Result<Rc<Read>, LoadError> {
    match source {
        ArticleSource::Missing => Err(LoadError::new(
            ErrorCode::NoSource,
            "No article URL was given: set the widget's src attribute.",
        )),
        ArticleSource::Url {
            url,
            with_credentials,
        } => {
            let text = fetch_text_with(&url, with_credentials, policy, abort.clone()).await?;
            let (read, refusal) = reading(|| read_article(&text, &DomHtml));
            if let Some(refusal) = refusal {
                return Err(refusal);
            }
            let read = read.map(enrich)?;
            // Reading and rendering a long article are two tasks, not one:
            // the page gets a turn between them.
            if let Some(window) = web_sys::window() {
                sleep(&window, &abort, 0).await;
            }
            Ok(read)
        }
        ArticleSource::Page => read_page_jsonld().map(enrich),
    }
}

/// The pure steps after reading.
fn enrich(mut read: Read) -> Rc<Read> {
    mark_repeated_pull_quotes(&mut read.article.body);
    Rc::new(read)
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

/// Fetches a document as text within `policy`, retrying where a retry
/// helps; cookies only when `with_credentials`.
pub async fn fetch_text_with(
    url: &str,
    with_credentials: bool,
    policy: FetchPolicy,
    abort: AbortController,
) -> Result<String, LoadError> {
    let window =
        web_sys::window().ok_or_else(|| LoadError::new(ErrorCode::Unsupported, "No window."))?;
    let resolved = resolve(url)?;
    let deadline = Deadline::start(&window, &abort, policy.deadline_ms);
    let mut attempt = 0;
    loop {
        let result = fetch_once(&window, &resolved, with_credentials, &policy, &abort).await;
        let failure = match result {
            Ok(text) => return Ok(text),
            Err(failure) => failure,
        };
        if abort.signal().aborted() {
            return Err(if deadline.expired() {
                LoadError::new(
                    ErrorCode::Timeout,
                    format!(
                        "The article server did not answer within {} seconds ({resolved}).",
                        policy.deadline_ms / 1000
                    ),
                )
            } else {
                LoadError::new(ErrorCode::Aborted, "The request was cancelled.")
            });
        }
        let Some(wait_ms) = failure.retry_after_ms.filter(|_| attempt < policy.retries) else {
            return Err(failure.error);
        };
        attempt += 1;
        sleep(&window, &abort, wait_ms.min(policy.deadline_ms)).await;
    }
}

/// A failed attempt and, when a retry helps, how long to wait first.
struct Failure {
    error: LoadError,
    retry_after_ms: Option<u32>,
}

impl Failure {
    fn fatal(error: LoadError) -> Self {
        Self {
            error,
            retry_after_ms: None,
        }
    }
}

async fn fetch_once(
    window: &web_sys::Window,
    resolved: &str,
    with_credentials: bool,
    policy: &FetchPolicy,
    abort: &AbortController,
) -> Result<String, Failure> {
    let request = match take_prefetched(window, resolved, with_credentials) {
        Some(request) => request,
        None => {
            let init = RequestInit::new();
            init.set_method("GET");
            init.set_mode(RequestMode::Cors);
            init.set_credentials(if with_credentials {
                RequestCredentials::Include
            } else {
                RequestCredentials::Omit
            });
            init.set_signal(Some(&abort.signal()));
            window.fetch_with_str_and_init(resolved, &init)
        }
    };
    let response = JsFuture::from(until_aborted(request, abort)).await.map_err(|_| {
        let offline = !window.navigator().on_line();
        Failure {
            error: if offline {
                LoadError::new(ErrorCode::Offline,
                    "You appear to be offline: the article will load when the connection is back.",
                )
            } else {
                LoadError::new(ErrorCode::Network,
                    format!(
                        "The article could not be loaded from {resolved}: the network request failed (is the server reachable, and does it allow CORS?)."
                    ),
                )
            },
            retry_after_ms: Some(800),
        }
    })?;
    let response: Response = response.dyn_into().map_err(|_| {
        Failure::fatal(LoadError::new(
            ErrorCode::Network,
            "The browser gave no response.",
        ))
    })?;
    let status = response.status();
    if !response.ok() {
        let retry_after_ms = match status {
            429 | 500..=599 => Some(retry_after(&response).unwrap_or(1000)),
            _ => None,
        };
        let code =
            ErrorCode::Http(HttpStatus::from_status(status).unwrap_or(HttpStatus::OtherClient));
        return Err(Failure {
            error: LoadError::new(
                code,
                format!("The server answered {status} for {resolved}."),
            ),
            retry_after_ms,
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > u64::from(policy.max_bytes)) {
        return Err(Failure::fatal(too_large(policy.max_bytes)));
    }
    let bytes = read_limited(&response, policy.max_bytes, abort).await?;
    if declared.is_some_and(|length| (bytes.len() as u64) < length) {
        return Err(Failure {
            error: LoadError::new(
                ErrorCode::Truncated,
                "The response was cut off before its end.",
            ),
            retry_after_ms: Some(800),
        });
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn too_large(max_bytes: u32) -> LoadError {
    LoadError::new(
        ErrorCode::TooLarge,
        format!(
            "The response is larger than {} MB, too large to be an article.",
            max_bytes.div_ceil(1024 * 1024)
        ),
    )
}

/// `Retry-After` in seconds (the date form is rare for APIs and ignored).
fn retry_after(response: &Response) -> Option<u32> {
    let value = response.headers().get("retry-after").ok().flatten()?;
    let seconds: u32 = value.trim().parse().ok()?;
    Some(seconds.saturating_mul(1000))
}

/// Reads the body chunk by chunk, stopping as soon as it passes
/// `max_bytes`: a 50 MB answer costs at most `max_bytes` of memory.
async fn read_limited(
    response: &Response,
    max_bytes: u32,
    abort: &AbortController,
) -> Result<Vec<u8>, Failure> {
    let cut_off = || Failure {
        error: LoadError::new(
            ErrorCode::Truncated,
            "The response was cut off before its end.",
        ),
        retry_after_ms: Some(800),
    };
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(until_aborted(reader.read(), abort))
            .await
            .map_err(|_| {
                let _ = reader.cancel();
                cut_off()
            })?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .map(|d| d.is_truthy())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| cut_off())?;
        let array: js_sys::Uint8Array = value.dyn_into().map_err(|_| cut_off())?;
        if bytes.len() as u64 + u64::from(array.length()) > u64::from(max_bytes) {
            let _ = reader.cancel();
            return Err(Failure::fatal(too_large(max_bytes)));
        }
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        if let Some(tail) = bytes.get_mut(start..) {
            array.copy_to(tail);
        }
    }
}

/// `promise`, or a rejection as soon as `abort` fires: a request the
/// loader started, or a body being read, cannot hold a widget past its
/// deadline.
fn until_aborted(promise: js_sys::Promise, abort: &AbortController) -> js_sys::Promise {
    let signal = abort.signal();
    let aborted = js_sys::Promise::new(&mut |_, reject| {
        if signal.aborted() {
            let _ = reject.call0(&JsValue::NULL);
            return;
        }
        let options = AddEventListenerOptions::new();
        options.set_once(true);
        let _ = signal.add_event_listener_with_callback_and_add_event_listener_options(
            "abort", &reject, &options,
        );
    });
    js_sys::Promise::race(&js_sys::Array::of2(&promise, &aborted))
}

/// Aborts the load when its time is up; cleared when the load ends.
struct Deadline {
    window: web_sys::Window,
    timer: Option<i32>,
    expired: Rc<std::cell::Cell<bool>>,
    _callback: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(window: &web_sys::Window, abort: &AbortController, ms: u32) -> Self {
        let expired = Rc::new(std::cell::Cell::new(false));
        let flag = expired.clone();
        let controller = abort.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            controller.abort();
        });
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok();
        Self {
            window: window.clone(),
            timer,
            expired,
            _callback: callback,
        }
    }

    fn expired(&self) -> bool {
        self.expired.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(timer) = self.timer {
            self.window.clear_timeout_with_handle(timer);
        }
    }
}

/// Waits `ms`, or less if `abort` fires first; leaves no timer behind.
async fn sleep(window: &web_sys::Window, abort: &AbortController, ms: u32) {
    let signal = abort.signal();
    if signal.aborted() {
        return;
    }
    let window = window.clone();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok();
        let stop_window = window.clone();
        let stop = Closure::once_into_js(move || {
            if let Some(timer) = timer {
                stop_window.clear_timeout_with_handle(timer);
            }
            let _ = resolve.call0(&JsValue::NULL);
        });
        let options = AddEventListenerOptions::new();
        options.set_once(true);
        let _ = signal.add_event_listener_with_callback_and_add_event_listener_options(
            "abort",
            stop.unchecked_ref(),
            &options,
        );
    });
    let _ = JsFuture::from(promise).await;
}

/// Takes the request the loader (`embed.js`) already started for this URL
/// with the same credentials, so the article downloads alongside the wasm.
/// Each prefetched request is used once.
fn take_prefetched(
    window: &web_sys::Window,
    url: &str,
    with_credentials: bool,
) -> Option<js_sys::Promise> {
    let get =
        |target: &JsValue, key: &str| js_sys::Reflect::get(target, &JsValue::from_str(key)).ok();
    let prefetched = get(&get(window, "ArticleWidget")?, "prefetched")?;
    let entry = get(&prefetched, url).filter(|e| e.is_object())?;
    let _ = js_sys::Reflect::delete_property(
        prefetched.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str(url),
    );
    let credentials = get(&entry, "credentials")?.as_string()?;
    if (credentials == "include") != with_credentials {
        return None;
    }
    get(&entry, "request")?.dyn_into().ok()
}

/// Resolves `url` against the page and keeps only `http(s)` and `blob:`.
fn resolve(url: &str) -> Result<String, LoadError> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let parsed = web_sys::Url::new_with_base(url.trim(), &base)
        .map_err(|_| LoadError::new(ErrorCode::BadUrl, format!("\"{url}\" is not a URL.")))?;
    match parsed.protocol().as_str() {
        "http:" | "https:" | "blob:" => Ok(parsed.href()),
        other => Err(LoadError::new(
            ErrorCode::BadUrl,
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
