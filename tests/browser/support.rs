//! Helpers for the browser suites: hosts, fixture URLs and waiting on the
//! DOM (a Leptos resource resolves a tick later than one expects, so tests
//! poll instead of sleeping a fixed time).

use article_widget::embed::WidgetOptions;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, Document, Element, ShadowRoot};

pub const SAMPLE: &str = include_str!("../../fixtures/sample-article.json");

/// Options that load `src` and nothing else.
pub fn options(src: &str) -> WidgetOptions {
    WidgetOptions {
        src: Some(src.to_string()),
        ..WidgetOptions::default()
    }
}

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// A fresh host appended to the page: a plain `<div>`, so the custom
/// element (defined by some tests) never mounts it on its own.
pub fn host() -> Element {
    let host = document().create_element("div").expect("element");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

/// A `blob:` URL serving `text` with the given content type, as a server would.
pub fn blob_url(text: &str, content_type: &str) -> String {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).expect("blob");
    web_sys::Url::create_object_url_with_blob(&blob).expect("object url")
}

pub fn json_url(text: &str) -> String {
    blob_url(text, "application/json")
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("timeout");
    });
    JsFuture::from(promise).await.expect("sleep");
}

pub fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget attaches an open shadow root")
}

/// Waits up to five seconds for `selector` inside the host's shadow root.
pub async fn wait_for(host: &Element, selector: &str) -> Element {
    for _ in 0..250 {
        if let Some(root) = host.shadow_root() {
            if let Ok(Some(found)) = root.query_selector(selector) {
                return found;
            }
        }
        sleep(20).await;
    }
    let html = host
        .shadow_root()
        .map(|r| r.inner_html())
        .unwrap_or_default();
    panic!("timed out waiting for {selector}; shadow root holds: {html}");
}

pub fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = shadow(host).query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .expect("test script");
}

/// Makes the page's next `fetch` wait until [`release_fetch`] is called.
pub fn hold_next_fetch() {
    run_js(
        "const real = window.fetch;
         let release;
         const gate = new Promise((resolve) => { release = resolve; });
         window.__awReleaseFetch = () => { window.fetch = real; release(); };
         window.fetch = function (...args) {
           window.fetch = real;
           return gate.then(() => real.apply(this, args));
         };",
    );
}

pub fn release_fetch() {
    run_js("window.__awReleaseFetch()");
}

/// Makes every `fetch` fail as a network error does, until
/// [`restore_fetch`]: the widget's own retries must not hide the failure.
pub fn fail_fetches() {
    run_js(
        "window.__awRealFetch = window.__awRealFetch || window.fetch;
         window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };",
    );
}

pub fn restore_fetch() {
    run_js("if (window.__awRealFetch) { window.fetch = window.__awRealFetch; }");
}

/// Records every `name` event that reaches `target` (the host, or the
/// document to prove it bubbled out of the shadow root), with its detail.
pub fn record_events(
    target: &web_sys::EventTarget,
    name: &str,
) -> std::rc::Rc<std::cell::RefCell<Vec<JsValue>>> {
    use wasm_bindgen::closure::Closure;
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            sink.borrow_mut().push(e.detail());
        });
    target
        .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
        .expect("listen");
    listener.forget();
    seen
}

/// Waits up to five seconds for `seen` to hold at least `count` entries.
pub async fn wait_for_count(seen: &std::cell::RefCell<Vec<JsValue>>, count: usize) {
    for _ in 0..250 {
        if seen.borrow().len() >= count {
            return;
        }
        sleep(20).await;
    }
    panic!("expected {count} events, saw {}", seen.borrow().len());
}

/// A property of a JS object as a string (or "" when missing).
pub fn prop(value: &JsValue, key: &str) -> String {
    js_sys::Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A numeric property of a JS object.
pub fn number(value: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_f64())
}

/// The first match of `selector` in the host's shadow root, now.
pub fn wait_for_sync(host: &Element, selector: &str) -> Element {
    shadow(host)
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{selector} is not rendered"))
}
