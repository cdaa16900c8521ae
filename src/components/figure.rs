use leptos::prelude::*;

use super::privacy::{image_referrer_policy, retry_without_cors};
use crate::model::Image;

/// A picture with its caption and credit. `width`/`height` reserve its box
/// before the bytes arrive, so nothing shifts. The request carries no
/// cookies or referrer (see `privacy`).
#[component]
pub fn Figure(
    /// The image; its URLs are already checked.
    image: Image,
    /// `aw-lead-image` or `aw-figure`.
    class: &'static str,
    /// Below the fold: let the browser load it when it comes near.
    #[prop(optional)]
    lazy: bool,
) -> impl IntoView {
    view! {
        <figure class=class>
            <img
                // Before src: WebKit starts the request as soon as src is set,
                // with the attributes the image has by then.
                loading=lazy.then_some("lazy")
                crossorigin="anonymous"
                referrerpolicy=image_referrer_policy()
                on:error=move |event| retry_without_cors(&event)
                src=image.src
                srcset=image.srcset
                sizes="(min-width: 48em) 48em, 100vw"
                width=image.width
                height=image.height
                alt=image.alt.unwrap_or_default()
                decoding="async"
            />
            {(image.caption.is_some() || image.credit.is_some())
                .then(|| {
                    view! {
                        <figcaption>
                            {image.caption}
                            {image.credit.map(|c| view! { <span class="aw-credit">{c}</span> })}
                        </figcaption>
                    }
                })}
        </figure>
    }
}
