//! One recommended story as a card.

use leptos::prelude::*;

use crate::components::privacy::{
    image_referrer_policy, link_referrer_policy, link_rel, retry_without_cors,
};
use crate::components::{use_date_lang, use_strings, DateTime};
use crate::model::Recommendation;

/// Which `srcset` candidate to pick. `sizes` cannot see the container, so
/// these follow the card widths of the usual full-width embed.
const IMAGE_SIZES: &str = "(min-width: 60rem) 22rem, (min-width: 36rem) 45vw, 85vw";

/// One recommended story: picture, labels, linked title, teaser, source and
/// date. Every part but the title may be missing without the card changing
/// shape: the picture frame keeps its ratio and shows a placeholder. The
/// sponsored label and the date follow the widget's locale.
#[component]
pub(super) fn Card(
    /// The story.
    item: Recommendation,
) -> impl IntoView {
    let strings = use_strings();
    let date_lang = use_date_lang();
    let Recommendation {
        title,
        url,
        teaser,
        image,
        section,
        published,
        source,
        sponsored,
    } = item;
    let has_meta = source.is_some() || published.is_some();
    let rel = link_rel(&url);
    view! {
        <article class="aw-card" part="card">
            <div class="aw-card-image">
                {image
                    .map(|image| {
                        view! {
                            <img
                                // Before src: WebKit starts the request as soon as src is set,
                                // with the attributes the image has by then.
                                loading="lazy"
                                crossorigin="anonymous"
                                referrerpolicy=image_referrer_policy()
                                on:error=move |event| retry_without_cors(&event)
                                src=image.src
                                srcset=image.srcset
                                sizes=IMAGE_SIZES
                                alt=image.alt.unwrap_or_default()
                                decoding="async"
                            />
                        }
                    })}
            </div>
            {(sponsored || section.is_some())
                .then(|| {
                    view! {
                        <p class="aw-card-labels">
                            {sponsored
                                .then(|| view! { <span class="aw-sponsored">{strings.sponsored}</span> })}
                            {section.map(|s| view! { <span class="aw-card-section">{s}</span> })}
                        </p>
                    }
                })}
            <h3 class="aw-card-title">
                <a href=url rel=rel referrerpolicy=link_referrer_policy()>
                    {title}
                </a>
            </h3>
            {teaser.map(|t| view! { <p class="aw-card-teaser">{t}</p> })}
            {has_meta
                .then(|| {
                    view! {
                        <p class="aw-card-meta">
                            {source.map(|s| view! { <span class="aw-card-source">{s}</span> })}
                            {published.map(|at| view! { <DateTime at=at lang=date_lang.clone() /> })}
                        </p>
                    }
                })}
        </article>
    }
}
