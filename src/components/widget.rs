use leptos::prelude::*;

use super::{ArticleView, ErrorState, Skeleton};
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
) -> impl IntoView {
    let article = LocalResource::new(move || load_article(src.clone()));
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
                    article
                        .get()
                        .map(|loaded| match loaded {
                            Ok(read) => {
                                view! {
                                    <ArticleView
                                        article=read
                                        pull_quotes=pull_quotes
                                        lang=lang
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
