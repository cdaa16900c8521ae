use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::{mount, WidgetOptions};
use crate::source::describe;

/// Hosts the widget recognises on a page.
pub const HOST_SELECTOR: &str = "article-widget, [data-article-widget]";

/// Runs when the wasm module loads on a page: mounts every widget there.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("article-widget: internal error: {info}").into());
    }));
    mount_all();
}

/// Mounts a widget in every host on the page that has none yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if host.shadow_root().is_some() {
            continue;
        }
        if let Err(error) = mount(&host, WidgetOptions::from_element(&host)) {
            web_sys::console::error_1(&format!("article-widget: {}", describe(&error)).into());
        }
    }
}
