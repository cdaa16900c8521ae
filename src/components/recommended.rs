use std::collections::HashSet;

use leptos::html;
use leptos::prelude::*;

use super::carousel::Carousel;
use crate::browser::viewport::WhenNear;
use crate::embedding::RECOMMENDATIONS_MARGIN_PX;
use crate::model::{Direction, Recommendation};

/// "Recommended news": other stories in a carousel, or nothing at all when
/// there are none.
#[component]
pub fn Recommended(
    /// The stories, already prepared (de-duplicated, capped): a plain list,
    /// or a signal whose changes the carousel follows.
    #[prop(into)]
    items: Signal<Vec<Recommendation>>,
    /// The article's direction. The carousel sits outside the article
    /// element, so it does not inherit its `dir`.
    #[prop(optional)]
    dir: Direction,
    /// Rotate through the stories on a timer, with a button to stop and
    /// start it. Off by default; hover, focus and touch stop it for good.
    #[prop(optional)]
    autoplay: bool,
    /// Called once when this place comes near the viewport.
    #[prop(default = None)]
    on_near: Option<Callback<()>>,
) -> impl IntoView {
    // Outlives any one carousel so a story is reported seen once per mount.
    let reported = StoredValue::new(HashSet::<String>::new());
    let slot = NodeRef::<html::Div>::new();
    if let Some(on_near) = on_near {
        let watch = StoredValue::new_local(None::<WhenNear>);
        Effect::new(move |_| {
            let Some(element) = slot.get() else {
                return;
            };
            if watch.try_with_value(Option::is_some).unwrap_or(true) {
                return;
            }
            let near =
                WhenNear::watch(&element, RECOMMENDATIONS_MARGIN_PX, move || on_near.run(()));
            watch.try_set_value(Some(near));
        });
    }

    view! {
        <div class="aw-recommended-slot" node_ref=slot>
            {move || {
                let items = items.get();
                (!items.is_empty())
                    .then(|| {
                        view! {
                            <Carousel items=items dir=dir autoplay=autoplay reported=reported />
                        }
                    })
            }}
        </div>
    }
}
