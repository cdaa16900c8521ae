use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::lang::language_tag;
use crate::model::Timestamp;

/// A date as `<time datetime>`, written out by the browser's `Intl` in
/// the article's language.
#[component]
pub fn DateTime(
    /// When.
    at: Timestamp,
    /// BCP 47 language for the written form; the browser's when `None`.
    lang: Option<String>,
) -> impl IntoView {
    let written = format_timestamp(&at, lang.as_deref());
    view! { <time datetime=at.iso>{written}</time> }
}

/// Formats with `Intl.DateTimeFormat`; falls back to the ISO text if the
/// browser refuses the language tag.
pub fn format_timestamp(at: &Timestamp, lang: Option<&str>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.epoch_ms as f64));
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("dateStyle", "long");
    if at.has_time {
        set("timeStyle", "short");
    }
    if !at.has_zone {
        // A date without a zone was read as UTC: show it as written.
        set("timeZone", "UTC");
    }
    let locales = js_sys::Array::new();
    // `Intl` throws on a malformed tag, so only checked tags reach it.
    if let Some(lang) = lang.and_then(language_tag) {
        locales.push(&lang.into());
    }
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let written = format.format().call1(&format, &date);
    written
        .ok()
        .and_then(|w| w.as_string())
        .unwrap_or_else(|| at.iso.clone())
}
