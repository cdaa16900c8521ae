//! The thin browser room: loading (fetch, deadline, retries, limits, the
//! page's own JSON-LD), the inert DOMParser behind the allowlist, and every
//! web-sys call components need (viewport, focus, scrolling, observers,
//! `inert`, media queries) behind small functions, so components hold no
//! DOM code of their own.

pub(crate) mod dom;
mod fetch;
pub(crate) mod focus;
pub mod intl;
pub mod json;
pub mod load;
pub mod motion;
pub(crate) mod observe;
pub mod sanitize;
pub(crate) mod scroll;
pub(crate) mod timer;
pub mod viewport;

/// Turns a JS exception into text for a console message.
pub fn describe(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".into())
}
