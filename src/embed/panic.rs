//! The last line of defence. The release build aborts on panic, which stops
//! every widget on the page; should one ever happen, the hook says so once
//! on the console and, before the abort, turns each widget into a visible
//! message with the publisher's fallback under it, and tells the page
//! (`article-widget:error`, code `crashed`), instead of leaving them
//! half-drawn. Afterwards nothing may draw or change state again: the wasm
//! instance is no longer trustworthy.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::events::{dispatch, object};
use super::mount::mounted_hosts;
use crate::embedding::{EVENT_ERROR, STATE_ATTRIBUTE};
use crate::error::ErrorCode;
use crate::i18n::{error_explanation, strings_for};

static CRASHED: AtomicBool = AtomicBool::new(false);

/// Test builds only: a widget whose `src` is this value panics while it
/// renders, so the hook runs on a real page (`--features panic-trigger`).
#[cfg(feature = "panic-trigger")]
pub const PANIC_SOURCE: &str = "test:panic";

/// True once a panic has stopped the widgets.
pub fn crashed() -> bool {
    CRASHED.load(Ordering::Relaxed)
}

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        if CRASHED.swap(true, Ordering::Relaxed) {
            return;
        }
        let message = format!("article-widget: internal error, widgets stopped: {info}");
        web_sys::console::error_1(&JsValue::from_str(&message));
        for host in hosts() {
            show_crashed(&host, &message);
        }
    }));
}

/// Panics when asked to by a test page; compiled only into test builds.
#[cfg(feature = "panic-trigger")]
pub fn panic_if_asked(src: Option<&str>) {
    if src == Some(PANIC_SOURCE) {
        panic!("the test page asked for a panic ({PANIC_SOURCE})");
    }
}

/// Live widgets, plus any host a widget was being mounted into when the
/// panic struck (it is not registered yet but already carries our state).
fn hosts() -> Vec<Element> {
    let mut hosts = mounted_hosts();
    let marked = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(&format!("[{STATE_ATTRIBUTE}]")).ok());
    if let Some(marked) = marked {
        for i in 0..marked.length() {
            if let Some(host) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                if !hosts.contains(&host) {
                    hosts.push(host);
                }
            }
        }
    }
    hosts
}

/// A real element (not CSS generated text) so readers, screen readers and
/// tests all see it; the stylesheet hides everything else we drew.
fn show_crashed(host: &Element, detail: &str) {
    let _ = host.set_attribute(STATE_ATTRIBUTE, "crashed");
    let lang = host
        .get_attribute("lang")
        .or_else(|| host.get_attribute("data-lang"));
    let text = error_explanation(ErrorCode::Crashed, strings_for(lang.as_deref()));
    if let (Some(root), Some(document)) = (host.shadow_root(), host.owner_document()) {
        if root.query_selector(".aw-crashed").ok().flatten().is_none() {
            if let Ok(note) = document.create_element("p") {
                note.set_class_name("aw-crashed");
                let _ = note.set_attribute("role", "alert");
                let _ = note.set_attribute("part", "crashed");
                note.set_text_content(Some(text));
                let _ = root.insert_before(&note, root.first_child().as_ref());
            }
        }
    }
    let source = host
        .get_attribute("src")
        .or_else(|| host.get_attribute("data-src"))
        .unwrap_or_default();
    let detail = object(&[
        ("code", JsValue::from_str(ErrorCode::Crashed.as_str())),
        ("message", JsValue::from_str(detail)),
        ("source", JsValue::from_str(&source)),
    ]);
    dispatch(host, EVENT_ERROR, &detail, false);
}
