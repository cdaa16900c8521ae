use std::rc::Rc;

use leptos::prelude::*;

use super::{BodyBlock, Byline, DateTime, Figure, PullQuoteAside, Recommended};
use crate::i18n::strings_for;
use crate::model::text::{reading_minutes, word_count};
use crate::model::{Direction, Read};
use crate::quotes::{pull_quotes_for, PullQuoteSetting};

/// The story: header, lead image, body with pull-quotes, recommendations.
#[component]
pub fn ArticleView(
    /// The article as read from its source.
    article: Rc<Read>,
    /// How many pull-quotes to choose when the source places none.
    pull_quotes: PullQuoteSetting,
    /// Interface language when it should differ from the article's.
    lang: Option<String>,
    /// URL of a separate recommendations list, replacing the article's own.
    recommendations: Option<String>,
    /// Advance the recommendations carousel by itself.
    #[prop(optional)]
    autoplay: bool,
) -> impl IntoView {
    let a = &article.article;
    // Links to the story's own site keep their referrer (see privacy.rs).
    super::privacy::provide_article_site(a.url.as_deref());
    let article_lang = a.lang.clone();
    let strings = strings_for(lang.as_deref().or(article_lang.as_deref()));
    let dir = match a.dir {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let quotes = pull_quotes_for(&a.body, &a.pull_quotes, &pull_quotes);
    // No words, no reading time.
    let minutes = (word_count(&a.body) > 0).then(|| reading_minutes(&a.body));
    let body = a
        .body
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let asides = quotes
                .iter()
                .filter(|q| q.after == index)
                .map(|q| view! { <PullQuoteAside quote=q.quote.clone() strings=strings /> })
                .collect_view();
            view! {
                <BodyBlock block=block.clone() strings=strings />
                {asides}
            }
        })
        .collect_view();
    let empty = a.body.is_empty();
    view! {
        <article class="aw-article" lang=article_lang.clone() dir=dir>
            <header class="aw-header">
                {a.section.clone().map(|s| view! { <p class="aw-kicker">{s}</p> })}
                <h1 class="aw-headline" part="headline">{a.headline.clone()}</h1>
                {a.standfirst.clone().map(|s| view! { <p class="aw-standfirst">{s}</p> })}
                <Byline authors=a.authors.clone() strings=strings />
                <p class="aw-meta">
                    {a.dateline.clone().map(|d| view! { <span class="aw-dateline">{d}</span> })}
                    {a
                        .published
                        .clone()
                        .map(|at| {
                            view! {
                                <span class="aw-published">
                                    <DateTime at=at lang=article_lang.clone() />
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
                                    <DateTime at=at lang=article_lang.clone() />
                                </span>
                            }
                        })}
                    {minutes
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
        <Recommended
            items=a.recommended.clone()
            list_src=recommendations
            article_url=a.url.clone()
            strings=strings
            lang=article_lang
            dir=a.dir
            autoplay=autoplay
        />
    }
}
