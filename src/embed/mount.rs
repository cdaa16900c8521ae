//! One widget per host: an open shadow root with our stylesheet, a frame
//! for the story and the publisher's fallback, one Leptos owner, and a
//! registry of the live widgets on the page.

use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::events::{dispatch, dispatch_widget_event, object};
use super::panic::crashed;
use super::styles::adopt_styles;
use super::takeover;
use super::widget::{Prerendered, Widget};
use crate::browser::viewport::{is_near, WhenNear};
use crate::components::{EventSink, WidgetEvent};
use crate::embedding::{
    EVENT_READY, LAZY_MARGIN_PX, RESERVED_ATTRIBUTE, STATE_ATTRIBUTE, THEME_ATTRIBUTE,
};
use crate::options::WidgetOptions;

enum Stage {
    /// Waiting to come near the viewport.
    Waiting(#[allow(dead_code)] WhenNear),
    /// Rendering; dropping the handle unmounts the view and its owner.
    Live(#[allow(dead_code)] leptos::mount::UnmountHandle<AnyViewState>),
}

struct Mounted {
    host: Element,
    options: WidgetOptions,
    /// Data of the pre-rendered snippet being taken over, if any.
    prerendered: Option<Prerendered>,
    stage: Stage,
}

thread_local! {
    /// Live widgets on this page.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// True when `host` has a widget (rendering or waiting to load).
pub fn is_mounted(host: &Element) -> bool {
    MOUNTED.with(|m| m.borrow().iter().any(|w| &w.host == host))
}

/// The options `host` was last mounted with.
pub fn options_of(host: &Element) -> Option<WidgetOptions> {
    MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|w| &w.host == host)
            .map(|w| w.options.clone())
    })
}

/// Renders a widget into `host`'s open shadow root, replacing any widget
/// already there; a story rendered ahead of time stays on screen until the
/// live one replaces it (see `takeover.rs`). With `options.lazy`, loading
/// waits until the host comes near the viewport.
pub fn mount(host: &Element, options: WidgetOptions) -> Result<(), JsValue> {
    if crashed() {
        // After a panic nothing draws again; the host says why.
        return host.set_attribute(STATE_ATTRIBUTE, "crashed");
    }
    let prerendered = if is_mounted(host) {
        None
    } else {
        takeover::find(host)
    };
    if prerendered.is_none() {
        unmount(host);
    }
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&root)?;
    let container = match prerendered {
        Some(_) => takeover::incoming_frame(&root)?,
        None => {
            host.set_attribute(STATE_ATTRIBUTE, "loading")?;
            build_frame(&root)?
        }
    };
    host.set_attribute(THEME_ATTRIBUTE, options.theme.as_str())?;
    let stage = if options.lazy && !is_near(host, LAZY_MARGIN_PX) {
        let watched = host.clone();
        Stage::Waiting(WhenNear::watch(host, LAZY_MARGIN_PX, move || {
            // Not from inside the observer's own callback: starting the
            // widget drops the watcher, and with it that callback.
            wasm_bindgen_futures::spawn_local(async move { start_waiting_widget(&watched) });
        }))
    } else {
        Stage::Live(render(host, &options, prerendered.clone(), container))
    };
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host: host.clone(),
            options,
            prerendered,
            stage,
        })
    });
    dispatch(host, EVENT_READY, &object(&[]), false);
    Ok(())
}

/// The shadow root's frame: the container Leptos renders into, then the
/// publisher's fallback markup (shown through a slot until the article
/// renders). The fallback comes second so hiding it never moves the story.
fn build_frame(root: &ShadowRoot) -> Result<HtmlElement, JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("aw-root");
    root.append_child(&container)?;
    let fallback = document.create_element("div")?;
    fallback.set_class_name("aw-fallback");
    let slot = document.create_element("slot")?;
    fallback.append_child(&slot)?;
    root.append_child(&fallback)?;
    Ok(container)
}

fn render(
    host: &Element,
    options: &WidgetOptions,
    prerendered: Option<Prerendered>,
    container: HtmlElement,
) -> leptos::mount::UnmountHandle<AnyViewState> {
    let started = now_ms();
    let event_host = host.clone();
    let sink = EventSink::new(move |event| {
        if crashed() {
            // A load finishing after a panic must not undo the crashed state.
            return true;
        }
        let state = match event {
            WidgetEvent::Rendered { .. } => Some("rendered"),
            // A failed refresh of a pre-rendered story leaves that story
            // on screen; the page still hears the error.
            WidgetEvent::Error { .. } if takeover::pending(&event_host) => None,
            WidgetEvent::Error { .. } => Some("error"),
            _ => None,
        };
        if matches!(event, WidgetEvent::Rendered { .. }) {
            takeover::swap(&event_host);
        }
        if let Some(state) = state {
            let _ = event_host.set_attribute(STATE_ATTRIBUTE, state);
            release_reserved_space(&event_host);
        }
        dispatch_widget_event(&event_host, event, now_ms() - started)
    });
    let options = options.clone();
    mount_to(container, move || {
        #[cfg(feature = "panic-trigger")]
        super::panic::panic_if_asked(options.src.as_deref());
        provide_context(sink);
        view! { <Widget options=options prerendered=prerendered /> }.into_any()
    })
}

/// The loader holds space with a `min-height` (CSSOM, CSP-safe) before the
/// wasm runs; once the article or an error is on screen the widget's own
/// height takes over.
fn release_reserved_space(host: &Element) {
    if host.has_attribute(RESERVED_ATTRIBUTE) {
        if let Some(host) = host.dyn_ref::<HtmlElement>() {
            let _ = host.style().remove_property("min-height");
        }
        let _ = host.remove_attribute(RESERVED_ATTRIBUTE);
    }
}

fn start_waiting_widget(host: &Element) {
    if crashed() {
        return;
    }
    let waiting = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|w| &w.host == host && matches!(w.stage, Stage::Waiting(_)))
            .map(|w| (w.options.clone(), w.prerendered.clone()))
    });
    let Some((options, prerendered)) = waiting else {
        return;
    };
    // The live container: beside a pre-rendered story, or the only one.
    let Some(container) = host
        .shadow_root()
        .and_then(|r| {
            r.query_selector(".aw-incoming")
                .ok()
                .flatten()
                .or_else(|| r.query_selector(".aw-root").ok().flatten())
        })
        .and_then(|c| c.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let handle = render(host, &options, prerendered, container);
    let waiting = MOUNTED.with(|m| {
        m.borrow_mut()
            .iter_mut()
            .find(|w| &w.host == host)
            .map(|w| std::mem::replace(&mut w.stage, Stage::Live(handle)))
    });
    // Dropped after the borrow ends: its drop may reach back into the page.
    drop(waiting);
}

/// Removes the widget in `host`, if any: its view, owner, observers and
/// shadow content. The publisher's fallback markup is left in place.
pub fn unmount(host: &Element) {
    let removed: Vec<Mounted> = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let (gone, kept) = mounted.drain(..).partition(|w| &w.host == host);
        *mounted = kept;
        gone
    });
    let had_widget = !removed.is_empty();
    // Dropped outside the borrow: cleanups may look at the registry.
    drop(removed);
    if let Some(root) = host.shadow_root() {
        root.set_text_content(None);
    }
    if had_widget {
        let _ = host.remove_attribute(STATE_ATTRIBUTE);
    }
}

/// Every host with a widget, for the panic hook.
pub fn mounted_hosts() -> Vec<Element> {
    // The panic hook may run while the registry is borrowed.
    MOUNTED.with(|m| {
        m.try_borrow()
            .map(|m| m.iter().map(|w| w.host.clone()).collect())
            .unwrap_or_default()
    })
}

/// Milliseconds on the page's performance clock.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
