//! The one viewport helper: is an element near the viewport, and a call
//! the first time it comes near. Lazy widgets and the recommendations list
//! both wait with it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

type NearCallback = Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>;
type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// True when `element` is within `margin_px` of the viewport (or there is
/// no window to ask, so nothing waits forever).
pub fn is_near(element: &Element, margin_px: u32) -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let margin = f64::from(margin_px);
    let rect = element.get_bounding_client_rect();
    rect.top() < height + margin && rect.bottom() > -margin
}

/// Calls a function once, the first time an element comes within a margin
/// of the viewport. Dropping it stops watching.
pub struct WhenNear {
    observer: Option<(IntersectionObserver, NearCallback)>,
}

impl WhenNear {
    pub fn watch(target: &Element, margin_px: u32, on_near: impl FnOnce() + 'static) -> Self {
        let pending: Pending = Rc::new(RefCell::new(Some(Box::new(on_near))));
        let fire = move || {
            // Taken before the call, so a re-entrant callback finds nothing.
            let once = pending.borrow_mut().take();
            if let Some(once) = once {
                once();
            }
        };
        let callback: NearCallback = Closure::new({
            let fire = fire.clone();
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                let near = entries.iter().any(|entry| {
                    entry
                        .dyn_into::<IntersectionObserverEntry>()
                        .is_ok_and(|entry| entry.is_intersecting())
                });
                if near {
                    observer.disconnect();
                    fire();
                }
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(&format!("{margin_px}px 0px"));
        match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
            Ok(observer) => {
                observer.observe(target);
                Self {
                    observer: Some((observer, callback)),
                }
            }
            // Without the observer, loading at once beats never loading.
            Err(_) => {
                fire();
                Self { observer: None }
            }
        }
    }
}

impl Drop for WhenNear {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
    }
}
