use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::components::WidgetEvent;
use crate::embedding::{
    EVENT_ERROR as ERROR, EVENT_RECOMMENDATION_CLICK as RECOMMENDATION_CLICK,
    EVENT_RECOMMENDATION_IMPRESSION as RECOMMENDATION_IMPRESSION, EVENT_RENDERED as RENDERED,
};

/// Builds a plain JS object from key/value pairs.
pub fn object(entries: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn opt(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

/// Fires `name` on `host`, bubbling out of the shadow root. Returns false
/// when a listener called `preventDefault()` on a cancelable event.
pub fn dispatch(host: &Element, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        // A throwing listener is reported by the browser, not to us.
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// The detail of both recommendation events.
fn story(url: &str, title: &str, position: usize) -> JsValue {
    object(&[
        ("url", JsValue::from_str(url)),
        ("title", JsValue::from_str(title)),
        ("position", JsValue::from_f64(position as f64)),
    ])
    .into()
}

/// Turns a component's event into the public DOM event. `elapsed_ms` is
/// the time since this widget was mounted.
pub fn dispatch_widget_event(host: &Element, event: &WidgetEvent, elapsed_ms: f64) -> bool {
    match event {
        WidgetEvent::Rendered { id, url, problems } => {
            if !problems.is_empty() {
                // For the publisher's developer: what valid parts were kept
                // and what was skipped, with where.
                web_sys::console::warn_1(
                    &format!(
                        "article-widget: rendered, skipping {} problem(s) in the source: {}",
                        problems.len(),
                        problems.join("; ")
                    )
                    .into(),
                );
            }
            let list: js_sys::Array = problems.iter().map(|p| JsValue::from_str(p)).collect();
            let detail = object(&[
                ("id", opt(id)),
                ("url", opt(url)),
                ("timing", JsValue::from_f64(elapsed_ms.round())),
                ("problems", list.into()),
            ]);
            dispatch(host, RENDERED, &detail, false)
        }
        WidgetEvent::Error {
            code,
            message,
            source,
        } => {
            let detail = object(&[
                ("code", JsValue::from_str(code.as_str())),
                ("message", JsValue::from_str(message)),
                ("source", JsValue::from_str(source)),
            ]);
            dispatch(host, ERROR, &detail, false)
        }
        WidgetEvent::RecommendationClick {
            url,
            title,
            position,
        } => dispatch(
            host,
            RECOMMENDATION_CLICK,
            &story(url, title, *position),
            true,
        ),
        WidgetEvent::RecommendationImpression {
            url,
            title,
            position,
        } => dispatch(
            host,
            RECOMMENDATION_IMPRESSION,
            &story(url, title, *position),
            false,
        ),
    }
}
