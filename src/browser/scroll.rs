//! Reading and moving a horizontal scroller of slides. Distances are from
//! the start edge, so callers need not know that right-to-left scroll
//! offsets run negative.

use article_widget_core::carousel::{Layout, Span};
use wasm_bindgen::JsValue;
use web_sys::{Element, ScrollToOptions};

use super::motion::{prefers_reduced_motion, scroll_behavior};

/// How far `scroller` has moved from its start edge. `scrollLeft` is read
/// as a float (web-sys rounds it) and is negative in right-to-left.
pub(crate) fn progress(scroller: &Element) -> f64 {
    js_sys::Reflect::get(scroller, &JsValue::from_str("scrollLeft"))
        .ok()
        .and_then(|value| value.as_f64())
        .map_or(0.0, f64::abs)
}

/// The scroller and its first two children, read in one go so the numbers
/// agree; `None` without a first child.
pub(crate) fn layout(scroller: &Element) -> Option<Layout> {
    let first = scroller.first_element_child()?;
    let rect = first.get_bounding_client_rect();
    let second_left = first
        .next_element_sibling()
        .map(|second| second.get_bounding_client_rect().left());
    let max = scroller
        .scroll_width()
        .saturating_sub(scroller.client_width());
    Some(Layout {
        inner_left: scroller.get_bounding_client_rect().left() + f64::from(scroller.client_left()),
        view: f64::from(scroller.client_width()),
        max: f64::from(max),
        scrolled: progress(scroller),
        first: Span {
            left: rect.left(),
            width: rect.width(),
        },
        second_left,
    })
}

/// Scrolls `scroller` to `progress` from its start edge: smoothly, or at
/// once for readers who prefer reduced motion.
pub(crate) fn scroll_to(scroller: &Element, progress: f64, rtl: bool) {
    let options = ScrollToOptions::new();
    options.set_left(if rtl { -progress } else { progress });
    options.set_behavior(scroll_behavior(prefers_reduced_motion()));
    scroller.scroll_to_with_scroll_to_options(&options);
}
