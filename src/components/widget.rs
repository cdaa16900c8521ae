use leptos::prelude::*;

use super::{use_event_sink, ArticleView, ErrorState, Skeleton, WidgetEvent};
use crate::i18n::strings_for;
use crate::quotes::PullQuoteSetting;
use crate::source::load_article;

/// One whole widget: loads the article at `src`, shows a skeleton meanwhile,
/// then the story or an error with a retry.
#[component]
pub fn Widget(
    /// URL of the article document, in any supported format.
    src: String,
    /// Interface language; the article's own language when `None`.
    lang: Option<String>,
    /// How many pull-quotes to choose when the source places none.
    #[prop(optional)]
    pull_quotes: Option<PullQuoteSetting>,
    /// URL of a separate recommendations list, replacing the article's own.
    recommendations: Option<String>,
) -> impl IntoView {
    let source = src.clone();
    let article = LocalResource::new(move || load_article(src.clone()));
    let events = use_event_sink();
    // Runs after each render of a settled load: the page hears once per load.
    Effect::new(move |_| {
        let (Some(events), Some(loaded)) = (events, article.get()) else {
            return;
        };
        events.emit(match loaded {
            Ok(read) => WidgetEvent::Rendered {
                id: read.article.id.clone(),
                url: read.article.url.clone(),
            },
            Err(error) => WidgetEvent::Error {
                code: error.code.to_string(),
                message: error.message,
                source: source.clone(),
            },
        });
    });
    let pull_quotes = pull_quotes.unwrap_or(PullQuoteSetting::Auto);
    let ui_lang = lang.clone();
    let retry = Callback::new(move |()| article.refetch());
    view! {
        <div class="aw-widget">
            <Suspense fallback=move || {
                view! { <Skeleton strings=strings_for(ui_lang.as_deref()) /> }
            }>
                {move || {
                    let lang = lang.clone();
                    let recommendations = recommendations.clone();
                    article
                        .get()
                        .map(|loaded| match loaded {
                            Ok(read) => {
                                view! {
                                    <ArticleView
                                        article=read
                                        pull_quotes=pull_quotes
                                        lang=lang
                                        recommendations=recommendations.clone()
                                    />
                                }
                                    .into_any()
                            }
                            Err(error) => {
                                view! {
                                    <ErrorState
                                        error=error
                                        strings=strings_for(lang.as_deref())
                                        on_retry=retry
                                    />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}
