use leptos::ev;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;
use web_sys::AbortController;

use super::{use_event_sink, ArticleView, ErrorState, Skeleton, WidgetEvent};
use crate::i18n::strings_for;
use crate::quotes::PullQuoteSetting;
use crate::source::{load_article, ArticleSource, FetchPolicy};
use crate::{ErrorCode, LoadError};

/// One whole widget: loads the article from `source`, shows a skeleton
/// meanwhile, then the story or an error with a retry, and tells the page
/// through the event sink.
#[component]
pub fn Widget(
    /// Where the article comes from.
    source: ArticleSource,
    /// Interface language; the article's own language when `None`.
    lang: Option<String>,
    /// How many pull-quotes to choose when the source places none.
    #[prop(optional)]
    pull_quotes: Option<PullQuoteSetting>,
    /// URL of a separate recommendations list, replacing the article's own.
    recommendations: Option<String>,
    /// Deadline, size limit and retries for the article request.
    #[prop(optional)]
    policy: FetchPolicy,
    /// Advance the recommendations carousel by itself.
    #[prop(optional)]
    autoplay: bool,
) -> impl IntoView {
    let source_label = match &source {
        ArticleSource::Url { url, .. } => url.clone(),
        ArticleSource::Page => "page".to_string(),
        ArticleSource::Missing => String::new(),
    };
    // One controller per load: a new load, or this widget going away,
    // cancels the one before, so a late answer is never shown.
    let current = StoredValue::new_local(None::<AbortController>);
    let article = LocalResource::new(move || {
        let controller = AbortController::new().ok();
        if let Some(previous) = current
            .try_update_value(|c| std::mem::replace(c, controller.clone()))
            .flatten()
        {
            previous.abort();
        }
        let source = source.clone();
        async move {
            let Some(controller) = controller else {
                return Err(LoadError::new(
                    ErrorCode::Unsupported,
                    "This browser cannot cancel requests.",
                ));
            };
            load_article(source, policy, controller).await
        }
    });
    on_cleanup(move || {
        if let Some(controller) = current.try_update_value(Option::take).flatten() {
            controller.abort();
        }
    });
    // A widget that failed while offline tries again when the connection
    // is back.
    let online = window_event_listener(ev::online, move |_| {
        let failed_offline = article.read_untracked().as_ref().is_some_and(|loaded| {
            loaded
                .as_ref()
                .is_err_and(|e| e.code.cured_by_reconnecting())
        });
        if failed_offline {
            article.refetch();
        }
    });
    on_cleanup(move || online.remove());
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
                problems: read.problems.iter().map(ToString::to_string).collect(),
            },
            Err(error) if error.code == ErrorCode::Aborted => return,
            Err(error) => WidgetEvent::Error {
                code: error.code.to_string(),
                message: error.message,
                source: source_label.clone(),
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
                                        autoplay=autoplay
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
