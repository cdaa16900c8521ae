//! What keyboard and screen-reader users can reach, and where focus goes.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};

/// Takes `element` and everything in it out of the tab order and the
/// accessibility tree (`inert`), or puts it back.
pub(crate) fn set_inert(element: &Element, inert: bool) {
    let _ = element.toggle_attribute_with_force("inert", inert);
}

/// Focuses the first link in `container` without scrolling it into view:
/// the caller is already scrolling there smoothly, and a second, instant
/// scroll would cut that short.
pub(crate) fn focus_first_link(container: &Element) {
    let link = container
        .query_selector("a[href]")
        .ok()
        .flatten()
        .and_then(|link| link.dyn_into::<HtmlElement>().ok());
    if let Some(link) = link {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = link.focus_with_options(&options);
    }
}
