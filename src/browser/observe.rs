//! Watching elements: size changes, visibility in the viewport and failed
//! images. Each watcher stops when dropped, so one held by a component's
//! owner ends with the component.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ResizeObserver,
};

/// Intersection ratios come back a hair under the threshold just crossed.
const RATIO_SLACK: f64 = 0.01;

/// Calls back whenever an element changes size, and once when watching
/// starts.
pub(crate) struct Resize {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Resize {
    /// `None` where the browser has no `ResizeObserver`.
    pub(crate) fn watch(target: &Element, on_resize: impl FnMut() + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut()>::new(on_resize);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(target);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for Resize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

type Entries = Closure<dyn FnMut(js_sys::Array)>;

/// Calls back with an element and whether at least `threshold` of it is
/// now in the viewport, each time one of the watched elements crosses
/// that line.
pub(crate) struct Visibility {
    observer: IntersectionObserver,
    _callback: Entries,
}

impl Visibility {
    /// `None` where the browser has no `IntersectionObserver`.
    pub(crate) fn watch(
        targets: &[Element],
        threshold: f64,
        mut on_change: impl FnMut(&Element, bool) + 'static,
    ) -> Option<Self> {
        let callback = Entries::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                if let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() {
                    let visible = entry.is_intersecting()
                        && entry.intersection_ratio() >= threshold - RATIO_SLACK;
                    on_change(&entry.target(), visible);
                }
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_threshold_f64(threshold);
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        for target in targets {
            observer.observe(target);
        }
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for Visibility {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Adds a class to every `<img>` under an element that fails to load, so
/// the stylesheet can hide it and leave its frame.
pub(crate) struct ImageErrors {
    root: Element,
    listener: Closure<dyn FnMut(Event)>,
}

impl ImageErrors {
    /// `None` if the listener could not be added.
    pub(crate) fn mark(root: &Element, class: &'static str) -> Option<Self> {
        let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let image = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .filter(|element| element.tag_name() == "IMG");
            if let Some(image) = image {
                let _ = image.class_list().add_1(class);
            }
        });
        // `error` does not bubble, so one capturing listener serves every image.
        root.add_event_listener_with_callback_and_bool(
            "error",
            listener.as_ref().unchecked_ref(),
            true,
        )
        .ok()?;
        Some(Self {
            root: root.clone(),
            listener,
        })
    }
}

impl Drop for ImageErrors {
    fn drop(&mut self) {
        let _ = self.root.remove_event_listener_with_callback_and_bool(
            "error",
            self.listener.as_ref().unchecked_ref(),
            true,
        );
    }
}
