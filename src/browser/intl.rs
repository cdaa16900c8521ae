//! Dates written out by the browser's `Intl`, which knows every language
//! at no cost in bytes to us.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

use crate::model::lang::language_tag;
use crate::model::Timestamp;

/// Natively (a server render) no reader is known: the publisher's wall
/// clock in `Intl`'s shape (core's `written_date`).
#[cfg(not(target_arch = "wasm32"))]
pub fn format_timestamp(at: &Timestamp, lang: Option<&str>) -> String {
    crate::written_date::written_date(at, lang.and_then(language_tag).as_deref())
}

/// Formats with `Intl.DateTimeFormat` in `lang` (the browser's own when
/// `None`); falls back to the ISO text if the browser refuses.
#[cfg(target_arch = "wasm32")]
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
