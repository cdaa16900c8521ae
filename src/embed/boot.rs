use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::element;
use super::mount::{is_mounted, mount};
use super::options::from_element;
use crate::browser::describe;
use crate::embedding::DATA_HOST_SELECTOR;

/// Runs when the wasm module loads on a page (with the default feature
/// `start`): installs the panic hook, defines `<article-widget>` (which
/// mounts every such element) and mounts `data-article-widget` hosts. An
/// app built without the feature may call it itself.
#[cfg_attr(feature = "start", wasm_bindgen(start))]
pub fn start() {
    super::panic::install();
    element::define();
    mount_all();
}

/// Mounts a widget in every `data-article-widget` host that has none yet
/// (custom elements mount themselves when connected).
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(DATA_HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if is_mounted(&host) || host.local_name() == "article-widget" {
            continue;
        }
        if let Err(error) = mount(&host, from_element(&host)) {
            web_sys::console::error_1(&format!("article-widget: {}", describe(&error)).into());
        }
    }
}
