use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    AbortController, Element, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit,
};

use super::carousel::Carousel;
use crate::i18n::Strings;
use crate::model::read::read_recommendation_list;
use crate::model::{Direction, Recommendation};
use crate::sanitize::DomHtml;
use crate::source::{fetch_text_with, FetchPolicy};

/// How far below the viewport the widget may still be when the separate
/// list starts loading, so it is usually there before the reader is.
const LIST_ROOT_MARGIN: &str = "400px 0px";

/// "Recommended news": other stories in a carousel, or nothing at all when
/// there are none.
#[component]
pub fn Recommended(
    /// The article's own recommended stories: a plain list, or a signal
    /// whose changes the carousel follows.
    #[prop(into)]
    items: Signal<Vec<Recommendation>>,
    /// Interface strings.
    strings: &'static Strings,
    /// Language the cards' dates are written in.
    lang: Option<String>,
    /// URL of a separate list (our list shape or a JSON Feed) that replaces
    /// `items` once it arrives; loaded when the widget nears the viewport.
    /// If it cannot be loaded, `items` stay.
    list_src: Option<String>,
    /// The article's own URL, never recommended back to the reader.
    article_url: Option<String>,
    /// The article's direction. The carousel sits outside the article
    /// element, so it does not inherit its `dir`.
    #[prop(optional)]
    dir: Direction,
    /// Rotate through the stories on a timer, with a button to stop and
    /// start it. Off by default; hover, focus and touch stop it for good.
    #[prop(optional)]
    autoplay: bool,
) -> impl IntoView {
    let own_key = article_url.as_deref().map(url_key);
    let fetched = RwSignal::new(None::<Vec<Recommendation>>);
    let shown = {
        let own_key = own_key.clone();
        Memo::new(move |_| {
            fetched
                .get()
                .unwrap_or_else(|| usable(items.get(), own_key.as_deref()))
        })
    };
    // Outlives any one carousel so a story is reported seen once per mount.
    let reported = StoredValue::new(HashSet::<String>::new());

    let slot = NodeRef::<html::Div>::new();
    let list_abort = StoredValue::new_local(None::<AbortController>);
    if let Some(src) = list_src.filter(|s| !s.trim().is_empty()) {
        let watch = StoredValue::new_local(None::<NearViewport>);
        Effect::new(move |_| {
            let Some(element) = slot.get() else {
                return;
            };
            if watch.try_with_value(Option::is_some).unwrap_or(true) {
                return;
            }
            let (src, own_key) = (src.clone(), own_key.clone());
            let load = move || {
                if let Ok(abort) = AbortController::new() {
                    list_abort.try_set_value(Some(abort.clone()));
                    spawn_local(load_list(src, own_key, fetched, abort));
                }
            };
            watch.try_set_value(Some(NearViewport::watch(&element, load)));
        });
    }
    // Going away cancels a list still on its way.
    on_cleanup(move || {
        if let Some(abort) = list_abort.try_update_value(Option::take).flatten() {
            abort.abort();
        }
    });

    view! {
        <div class="aw-recommended-slot" node_ref=slot>
            {move || {
                let items = shown.get();
                (!items.is_empty())
                    .then(|| {
                        view! {
                            <Carousel
                                items=items
                                strings=strings
                                lang=lang.clone()
                                dir=dir
                                autoplay=autoplay
                                reported=reported
                            />
                        }
                    })
            }}
        </div>
    }
}

/// Loads the separate list into `into`. A list that cannot be had leaves
/// the article's own stories in place: the reader loses nothing by it.
async fn load_list(
    src: String,
    own_key: Option<String>,
    into: RwSignal<Option<Vec<Recommendation>>>,
    abort: AbortController,
) {
    let read = fetch_text_with(&src, false, FetchPolicy::default(), abort)
        .await
        .and_then(|text| Ok(read_recommendation_list(&text, &DomHtml)?));
    if let Ok(list) = read {
        into.try_set(Some(usable(list, own_key.as_deref())));
    }
}

/// Each story once, in order, and never the article itself (`own_key`).
fn usable(items: Vec<Recommendation>, own_key: Option<&str>) -> Vec<Recommendation> {
    let mut seen: HashSet<String> = own_key.map(str::to_string).into_iter().collect();
    items
        .into_iter()
        .filter(|item| seen.insert(url_key(&item.url)))
        .collect()
}

/// What makes two links the same story: the fragment and a trailing slash
/// do not count, nor the case of the scheme and host.
fn url_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (path, query) = match url.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (url, None),
    };
    let mut key = match path.split_once("://") {
        Some((scheme, rest)) => {
            let (host, tail) = rest.split_once('/').unwrap_or((rest, ""));
            let tail = tail.trim_end_matches('/');
            let mut key = format!(
                "{}://{}",
                scheme.to_ascii_lowercase(),
                host.to_ascii_lowercase()
            );
            if !tail.is_empty() {
                key.push('/');
                key.push_str(tail);
            }
            key
        }
        None => path.trim_end_matches('/').to_string(),
    };
    if let Some(query) = query {
        key.push('?');
        key.push_str(query);
    }
    key
}

type NearCallback = Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>;
type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Calls a function once, the first time an element comes within
/// [`LIST_ROOT_MARGIN`] of the viewport. Dropping it stops watching.
struct NearViewport {
    observer: Option<(IntersectionObserver, NearCallback)>,
}

impl NearViewport {
    fn watch(target: &Element, on_near: impl FnOnce() + 'static) -> Self {
        let pending: Pending = Rc::new(RefCell::new(Some(Box::new(on_near))));
        let fire = {
            let pending = Rc::clone(&pending);
            move || {
                // Taken before the call, so a re-entrant callback finds nothing.
                let once = pending.borrow_mut().take();
                if let Some(once) = once {
                    once();
                }
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
        init.set_root_margin(LIST_ROOT_MARGIN);
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

impl Drop for NearViewport {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
    }
}
