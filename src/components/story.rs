use std::rc::Rc;

use leptos::prelude::*;

use super::{provide_locale, BodyBlock, Byline, DateTime, Figure, PullQuoteAside, Recommended};
use crate::model::{Direction, Recommendation};
use crate::prepare::Story;

/// The story: header, lead image, body with pull-quotes, recommendations.
/// Everything shown was decided when the story was prepared.
#[component]
pub fn StoryView(
    /// The prepared story.
    story: Rc<Story>,
    /// The stories recommended under it (the article's own, or a separate
    /// list once it arrives); nothing shows while empty.
    #[prop(into)]
    recommended: Signal<Vec<Recommendation>>,
    /// Called once when the recommendations' place nears the viewport, so a
    /// separate list can start loading just in time.
    #[prop(default = None)]
    on_recommendations_near: Option<Callback<()>>,
    /// Advance the recommendations carousel by itself.
    #[prop(optional)]
    autoplay: bool,
) -> impl IntoView {
    // The story's language, for everything below it (the skeleton and the
    // error state above it speak the widget's).
    provide_locale(story.strings, story.article.lang.clone());
    // Links to the story's own site keep their referrer (see privacy.rs),
    // in the article and in the carousel under it.
    super::privacy::provide_article_site(story.article.url.as_deref());
    view! {
        <ArticleBody story=story.clone() />
            <Recommended
                items=recommended
                dir=story.article.dir
                autoplay=autoplay
                on_near=on_recommendations_near
            />
    }
}

/// The `<article>` element of the story.
#[component]
fn ArticleBody(story: Rc<Story>) -> impl IntoView {
    let strings = story.strings;
    let a = &story.article;
    let dir = match a.dir {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let body = a
        .body
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let asides = story
                .pull_quotes
                .iter()
                .filter(|q| q.after == index)
                .map(|q| view! { <PullQuoteAside quote=q.quote.clone() /> })
                .collect_view();
            view! {
                <BodyBlock block=block.clone() />
                {asides}
            }
        })
        .collect_view();
    let empty = a.body.is_empty();
    view! {
        <article class="aw-article" lang=a.lang.clone() dir=dir>
            <header class="aw-header">
                {a.section.clone().map(|s| view! { <p class="aw-kicker">{s}</p> })}
                <h1 class="aw-headline" part="headline">{a.headline.clone()}</h1>
                {a.standfirst.clone().map(|s| view! { <p class="aw-standfirst">{s}</p> })}
                <Byline authors=a.authors.clone() />
                <p class="aw-meta">
                    {a.dateline.clone().map(|d| view! { <span class="aw-dateline">{d}</span> })}
                    {a
                        .published
                        .clone()
                        .map(|at| {
                            view! {
                                <span class="aw-published">
                                    <DateTime at=at />
                                </span>
                            }
                        })}
                    {a
                        .updated
                        .clone()
                        .map(|at| {
                            view! {
                                <span class="aw-updated">
                                    {strings.updated} " "
                                    <DateTime at=at />
                                </span>
                            }
                        })}
                    {story
                        .reading_minutes
                        .map(|m| {
                            view! {
                                <span class="aw-reading-time">
                                    {format!("{m} {}", strings.min_read)}
                                </span>
                            }
                        })}
                </p>
            </header>
            {a.lead_image.clone().map(|image| view! { <Figure image=image class="aw-lead-image" /> })}
            <div class="aw-body" part="body">
                {body}
                {empty.then(|| view! { <p class="aw-empty">{strings.empty_body}</p> })}
            </div>
        </article>
    }
}
