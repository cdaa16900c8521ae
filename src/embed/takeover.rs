//! Taking over a widget rendered ahead of time (`article_widget::prerender`).
//! The page already shows the story in a declarative shadow root; the wasm
//! renders the same story beside it, unseen and out of the flow
//! (`.aw-incoming`), and swaps it in when it is ready, within the task that
//! rendered it: readers see no flash and nothing moves. Re-rendering was
//! chosen over hydration on bytes: the same release build with Leptos's
//! `hydrate` feature and `hydrate_from` on this path was 869,348 B raw /
//! 301,042 B brotli against 730,390 / 256,490 (+44.5 KB brotli, +17 %),
//! as hydration compiles a second, DOM-walking build path for every view
//! type. A hidden render costs the time of an ordinary render, which the
//! reader never waits for: the story is on screen already.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

use super::widget::Prerendered;
use crate::embedding::{
    ARTICLE_DATA_ATTRIBUTE, PRERENDERED_ATTRIBUTE, RECOMMENDATIONS_DATA_ATTRIBUTE,
};

/// Class of the story a server rendered.
const PRERENDERED_CLASS: &str = "aw-prerendered";
/// Class of the live render while it waits to be swapped in.
const INCOMING_CLASS: &str = "aw-incoming";

/// What `host`'s pre-rendered snippet holds, if it has one with a story.
pub(super) fn find(host: &Element) -> Option<Prerendered> {
    let root = host.shadow_root()?;
    let old = root.query_selector(".aw-prerendered").ok()??;
    old.query_selector(".aw-article").ok()??;
    let current = host
        .get_attribute(PRERENDERED_ATTRIBUTE)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("current"));
    let data = |marker: &str| {
        host.query_selector(&format!(
            ":scope > script[type=\"application/json\"][{marker}]"
        ))
        .ok()
        .flatten()
        .and_then(|script| script.text_content())
    };
    Some(Prerendered {
        article: data(ARTICLE_DATA_ATTRIBUTE).filter(|_| current),
        recommendations: data(RECOMMENDATIONS_DATA_ATTRIBUTE),
    })
}

/// The container the live widget renders into, after the pre-rendered one.
pub(super) fn incoming_frame(root: &ShadowRoot) -> Result<HtmlElement, wasm_bindgen::JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("aw-root aw-incoming");
    let old = root.query_selector(".aw-prerendered")?;
    let next = old.as_ref().and_then(|o| o.next_sibling());
    root.insert_before(&container, next.as_ref())?;
    Ok(container)
}

/// True while `host` shows its pre-rendered story and the live one waits.
pub(super) fn pending(host: &Element) -> bool {
    host.shadow_root()
        .and_then(|root| root.query_selector(".aw-incoming").ok().flatten())
        .is_some()
}

/// Replaces the pre-rendered story with the live one: the snippet's story
/// and its stylesheet go (the adopted sheet has the same rules), the live
/// one shows, and the carousel stays where the reader scrolled it.
pub(super) fn swap(host: &Element) {
    let Some(root) = host.shadow_root() else {
        return;
    };
    let Ok(Some(incoming)) = root.query_selector(&format!(".{INCOMING_CLASS}")) else {
        return;
    };
    let scrolled = root
        .query_selector(&format!(".{PRERENDERED_CLASS} .aw-cards"))
        .ok()
        .flatten()
        .map(|cards| cards.scroll_left())
        .unwrap_or(0);
    // Everything before the live container is the snippet's: its
    // stylesheet and its story (the fallback and any style we added come
    // after).
    while let Some(before) = incoming.previous_sibling() {
        if root.remove_child(&before).is_err() {
            break;
        }
    }
    let _ = incoming.class_list().remove_1(INCOMING_CLASS);
    if scrolled != 0 {
        if let Ok(Some(cards)) = incoming.query_selector(".aw-cards") {
            cards.set_scroll_left(scrolled);
        }
    }
}
