use leptos::prelude::*;

use super::privacy::{image_referrer_policy, link_referrer_policy, link_rel, retry_without_cors};
use super::DateTime;
use crate::i18n::Strings;
use crate::model::Recommendation;

/// Which `srcset` candidate to pick. `sizes` cannot see the container, so
/// these follow the card widths of the usual full-width embed.
const IMAGE_SIZES: &str = "(min-width: 60rem) 22rem, (min-width: 36rem) 45vw, 85vw";

/// One recommended story: picture, labels, linked title, teaser, source and
/// date. Every part but the title may be missing without the card changing
/// shape: the picture frame keeps its ratio and shows a placeholder.
#[component]
pub fn Card(
    /// The story.
    item: Recommendation,
    /// Interface strings for the sponsored label.
    strings: &'static Strings,
    /// Language the date is written in.
    lang: Option<String>,
) -> impl IntoView {
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
                                src=image.src
                                srcset=image.srcset
                                sizes=IMAGE_SIZES
                                alt=image.alt.unwrap_or_default()
                                loading="lazy"
                                decoding="async"
                                crossorigin="anonymous"
                                referrerpolicy=image_referrer_policy()
                                on:error=move |event| retry_without_cors(&event)
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
                            {published.map(|at| view! { <DateTime at=at lang=lang.clone() /> })}
                        </p>
                    }
                })}
        </article>
    }
}
