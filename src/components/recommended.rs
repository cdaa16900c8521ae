use leptos::prelude::*;

use super::DateTime;
use crate::i18n::Strings;
use crate::model::Recommendation;

/// "Recommended news": other stories, or nothing at all when there are none.
#[component]
pub fn Recommended(
    /// The stories to recommend, already checked and de-duplicated.
    items: Vec<Recommendation>,
    /// Interface strings.
    strings: &'static Strings,
    /// Language the cards' dates are written in.
    lang: Option<String>,
    /// URL of a separate list that replaces `items` (not fetched yet).
    list_src: Option<String>,
    /// The article's own URL, never recommended back to the reader.
    article_url: Option<String>,
) -> impl IntoView {
    let _ = (list_src, article_url);
    (!items.is_empty()).then(|| {
        let cards = items
            .into_iter()
            .map(|item| view! { <li class="aw-card-slot"><Card item=item strings=strings lang=lang.clone() /></li> })
            .collect_view();
        view! {
            <section class="aw-recommended" part="recommended" aria-labelledby="aw-recommended-title">
                <h2 class="aw-recommended-title" id="aw-recommended-title">{strings.recommended}</h2>
                <ul class="aw-cards">{cards}</ul>
            </section>
        }
    })
}

/// One recommended story.
#[component]
fn Card(
    /// The story.
    item: Recommendation,
    /// Interface strings for the sponsored label.
    strings: &'static Strings,
    /// Language the date is written in.
    lang: Option<String>,
) -> impl IntoView {
    view! {
        <article class="aw-card" part="card">
            <div class="aw-card-image">
                {item
                    .image
                    .map(|image| {
                        view! {
                            <img
                                src=image.src
                                srcset=image.srcset
                                alt=image.alt.unwrap_or_default()
                                loading="lazy"
                                decoding="async"
                            />
                        }
                    })}
            </div>
            {item.sponsored.then(|| view! { <p class="aw-sponsored">{strings.sponsored}</p> })}
            {item.section.map(|s| view! { <p class="aw-card-section">{s}</p> })}
            <h3 class="aw-card-title">
                <a href=item.url>{item.title}</a>
            </h3>
            {item.teaser.map(|t| view! { <p class="aw-card-teaser">{t}</p> })}
            <p class="aw-card-meta">
                {item.source.map(|s| view! { <span class="aw-card-source">{s}</span> })}
                {item.published.map(|at| view! { <DateTime at=at lang=lang.clone() /> })}
            </p>
        </article>
    }
}
