//! The `<article-widget>` custom element. Its class must be JavaScript, so
//! a tiny snippet defines it and calls back into Rust for everything else.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::mount::{is_mounted, mount, options_of, unmount};
use super::options::{from_element, observed_attributes};
use crate::browser::describe;

#[wasm_bindgen(inline_js = r#"
export function defineArticleWidget(observed, connected, disconnected, changed) {
  if (!window.customElements || customElements.get('article-widget')) return false;
  class ArticleWidgetElement extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() { connected(this); }
    disconnectedCallback() {
      // A move within the page disconnects and reconnects at once: only a
      // real removal unmounts.
      queueMicrotask(() => { if (!this.isConnected) disconnected(this); });
    }
    attributeChangedCallback(name, before, after) {
      if (before === after || this.__awPending) return;
      // Several attributes set in one go re-render once.
      this.__awPending = true;
      queueMicrotask(() => { this.__awPending = false; changed(this); });
    }
  }
  customElements.define('article-widget', ArticleWidgetElement);
  return true;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = defineArticleWidget)]
    fn define_article_widget(
        observed: &js_sys::Array,
        connected: &js_sys::Function,
        disconnected: &js_sys::Function,
        changed: &js_sys::Function,
    ) -> bool;
}

thread_local! {
    static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn report(result: Result<(), JsValue>) {
    if let Err(error) = result {
        web_sys::console::error_1(&format!("article-widget: {}", describe(&error)).into());
    }
}

/// Registers `<article-widget>` once per page. Elements already on the
/// page are upgraded by the browser and mount through `connected`.
pub fn define() {
    if DEFINED.with(|d| d.replace(true)) {
        return;
    }
    let connected = Closure::<dyn Fn(Element)>::new(|host: Element| {
        if !is_mounted(&host) {
            report(mount(&host, from_element(&host)));
        }
    });
    let disconnected = Closure::<dyn Fn(Element)>::new(|host: Element| unmount(&host));
    let changed = Closure::<dyn Fn(Element)>::new(|host: Element| {
        // Before the first connection the upgrade reports every attribute;
        // connecting mounts with all of them. Unchanged options (attributes
        // set just before connecting) do not load again.
        let options = from_element(&host);
        if host.is_connected() && options_of(&host).is_some_and(|current| current != options) {
            report(mount(&host, options));
        }
    });
    let observed: js_sys::Array = observed_attributes().map(JsValue::from_str).collect();
    define_article_widget(
        &observed,
        connected.as_ref().unchecked_ref(),
        disconnected.as_ref().unchecked_ref(),
        changed.as_ref().unchecked_ref(),
    );
    // The element class keeps calling these for the page's lifetime.
    connected.forget();
    disconnected.forget();
    changed.forget();
}
