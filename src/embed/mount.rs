use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::events::dispatch_widget_event;
use super::styles::adopt_styles;
use super::WidgetOptions;
use crate::components::{EventSink, Widget};

struct Mounted {
    host: Element,
    _handle: leptos::mount::UnmountHandle<AnyViewState>,
}

thread_local! {
    /// Live widgets; dropping an entry unmounts its view and owner.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Renders a widget into `host`'s open shadow root, replacing any widget
/// already there.
pub fn mount(host: &Element, options: WidgetOptions) -> Result<(), JsValue> {
    unmount(host);
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&root)?;
    let document = host.owner_document().ok_or("no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("aw-root");
    root.append_child(&container)?;
    let pull_quotes = options.pull_quote_setting();
    let src = options.src.unwrap_or_default();
    let lang = options.lang;
    let recommendations = options.recommendations;
    let started = now_ms();
    let event_host = host.clone();
    let sink =
        EventSink::new(move |event| dispatch_widget_event(&event_host, event, now_ms() - started));
    let handle = mount_to(container, move || {
        provide_context(sink);
        view! { <Widget src=src lang=lang pull_quotes=pull_quotes recommendations=recommendations /> }.into_any()
    });
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host: host.clone(),
            _handle: handle,
        })
    });
    Ok(())
}

/// Removes the widget in `host`, if any: its view, owner and shadow content.
pub fn unmount(host: &Element) {
    let removed: Vec<Mounted> = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let (gone, kept) = mounted.drain(..).partition(|w| &w.host == host);
        *mounted = kept;
        gone
    });
    // Dropped outside the borrow: unmounting may run cleanups that mount.
    drop(removed);
    if let Some(root) = host.shadow_root() {
        root.set_text_content(None);
    }
}

/// Milliseconds on the page's performance clock.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
