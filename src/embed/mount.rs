use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

use super::events::{dispatch, dispatch_widget_event, object, READY};
use super::panic::crashed;
use super::styles::adopt_styles;
use super::WidgetOptions;
use crate::components::{provide_privacy, EventSink, Widget, WidgetEvent};

/// How far outside the viewport a lazy widget starts loading.
const LAZY_MARGIN_PX: f64 = 800.0;

/// Attribute on the host telling the page (and our `:host` styles) where
/// the widget is: `loading`, `rendered` or `error`.
pub const STATE_ATTRIBUTE: &str = "data-aw-state";

enum Stage {
    /// Waiting to come near the viewport.
    Waiting {
        observer: IntersectionObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    },
    /// Rendering; dropping the handle unmounts the view and its owner.
    Live(#[allow(dead_code)] leptos::mount::UnmountHandle<AnyViewState>),
}

struct Mounted {
    host: Element,
    options: WidgetOptions,
    stage: Stage,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Stage::Waiting { observer, .. } = &self.stage {
            observer.disconnect();
        }
    }
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
/// already there. With `options.lazy`, loading waits until the host comes
/// near the viewport.
pub fn mount(host: &Element, options: WidgetOptions) -> Result<(), JsValue> {
    if crashed() {
        // After a panic nothing draws again; the host says why.
        return host.set_attribute(STATE_ATTRIBUTE, "crashed");
    }
    unmount(host);
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&root)?;
    let container = build_frame(&root)?;
    host.set_attribute(STATE_ATTRIBUTE, "loading")?;
    host.set_attribute("data-aw-theme", options.theme_name())?;
    let stage = if options.lazy && !near_viewport(host) {
        wait_for_viewport(host)?
    } else {
        Stage::Live(render(host, &options, container))
    };
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host: host.clone(),
            options,
            stage,
        })
    });
    dispatch(host, READY, &object(&[]), false);
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
            WidgetEvent::Error { .. } => Some("error"),
            _ => None,
        };
        if let Some(state) = state {
            let _ = event_host.set_attribute(STATE_ATTRIBUTE, state);
            release_reserved_space(&event_host);
        }
        dispatch_widget_event(&event_host, event, now_ms() - started)
    });
    let source = options.source();
    let lang = options.lang.clone();
    let recommendations = options.recommendations.clone();
    let pull_quotes = options.pull_quote_setting();
    let policy = options.fetch_policy();
    let autoplay = options.autoplay;
    let referrer_policy = options.referrer_policy;
    let src = options.src.clone();
    #[cfg(feature = "panic-trigger")]
    let asked = options.src.clone();
    mount_to(container, move || {
        #[cfg(feature = "panic-trigger")]
        super::panic::panic_if_asked(asked.as_deref());
        provide_context(sink);
        provide_privacy(referrer_policy, src.as_deref());
        view! {
            <Widget
                source=source
                lang=lang
                pull_quotes=pull_quotes
                recommendations=recommendations
                policy=policy
                autoplay=autoplay
            />
        }
        .into_any()
    })
}

/// The loader holds space with a `min-height` (CSSOM, CSP-safe) before the
/// wasm runs; once the article or an error is on screen the widget's own
/// height takes over.
fn release_reserved_space(host: &Element) {
    if host.has_attribute("data-aw-reserved") {
        if let Some(host) = host.dyn_ref::<HtmlElement>() {
            let _ = host.style().remove_property("min-height");
        }
        let _ = host.remove_attribute("data-aw-reserved");
    }
}

fn near_viewport(host: &Element) -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = host.get_bounding_client_rect();
    rect.top() < height + LAZY_MARGIN_PX && rect.bottom() > -LAZY_MARGIN_PX
}

/// Watches `host` and renders its widget once it comes near the viewport.
fn wait_for_viewport(host: &Element) -> Result<Stage, JsValue> {
    let watched = host.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|e| {
            e.dyn_into::<IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if near {
            // Runs from the browser's callback, never inside a borrow.
            start_waiting_widget(&watched);
        }
    });
    let init = IntersectionObserverInit::new();
    init.set_root_margin(&format!("{LAZY_MARGIN_PX}px 0px"));
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)?;
    observer.observe(host);
    Ok(Stage::Waiting {
        observer,
        _callback: callback,
    })
}

fn start_waiting_widget(host: &Element) {
    if crashed() {
        return;
    }
    let options = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|w| &w.host == host && matches!(w.stage, Stage::Waiting { .. }))
            .map(|w| w.options.clone())
    });
    let Some(options) = options else { return };
    let Some(container) = host
        .shadow_root()
        .and_then(|r| r.query_selector(".aw-root").ok().flatten())
        .and_then(|c| c.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let handle = render(host, &options, container);
    // The old stage (observer and its closure) is dropped after the borrow
    // ends: dropping a closure while the browser runs it is not allowed, so
    // it is handed to a microtask.
    let old = MOUNTED.with(|m| {
        m.borrow_mut()
            .iter_mut()
            .find(|w| &w.host == host)
            .map(|w| std::mem::replace(&mut w.stage, Stage::Live(handle)))
    });
    if let Some(old) = old {
        if let Stage::Waiting { observer, .. } = &old {
            observer.disconnect();
        }
        let keep = RefCell::new(Some(old));
        wasm_bindgen_futures::spawn_local(async move {
            drop(keep.borrow_mut().take());
        });
    }
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

/// Every host with a widget, for `unmount_all` and the panic hook.
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
