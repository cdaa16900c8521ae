//! Finding elements and reading events, for components that must not hold
//! DOM code themselves.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

/// Child number `index` (0-based) of `parent`.
pub(crate) fn child(parent: &Element, index: usize) -> Option<Element> {
    parent.children().item(u32::try_from(index).ok()?)
}

/// Every child element of `parent`, in order.
pub(crate) fn children(parent: &Element) -> Vec<Element> {
    let list = parent.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// `element` or its nearest ancestor matching `selector`.
pub(crate) fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

/// The element `event` happened on, or its nearest ancestor matching
/// `selector`.
pub(crate) fn closest_to_target(event: &Event, selector: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    closest(&target, selector)
}

/// A whole number written in attribute `name` of `element`.
pub(crate) fn number_attribute(element: &Element, name: &str) -> Option<usize> {
    element.get_attribute(name)?.parse().ok()
}

/// The key of a key press with no modifier that nothing has handled yet;
/// `None` leaves the press to the browser and the page.
pub(crate) fn plain_key(event: &KeyboardEvent) -> Option<String> {
    let modified = event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key();
    (!modified && !event.default_prevented()).then(|| event.key())
}

/// Stops the browser's own action for `event` (following a link, scrolling
/// the page on an arrow key).
pub(crate) fn prevent_default(event: &Event) {
    event.prevent_default();
}

/// Removes attribute `name` from the element `event` happened on.
pub(crate) fn remove_target_attribute(event: &Event, name: &str) {
    if let Some(element) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        if element.has_attribute(name) {
            let _ = element.remove_attribute(name);
        }
    }
}

/// Natively there is no page: only absolute `http(s)` URLs count.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn absolute_url(url: &str) -> Option<String> {
    crate::model::url::safe_url(url, crate::model::url::UrlUse::Resource)
}

/// `url` resolved against the page's base URL; `None` when it is no URL.
#[cfg(target_arch = "wasm32")]
pub(crate) fn absolute_url(url: &str) -> Option<String> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    Some(web_sys::Url::new_with_base(url.trim(), &base).ok()?.href())
}
