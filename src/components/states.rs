use leptos::prelude::*;

use super::use_strings;
use crate::i18n::error_explanation;
use crate::LoadError;

/// The skeleton's fixed lines. Named, not literal: the `view!` macro turns
/// fully literal elements into markup set through `innerHTML`, which a page
/// enforcing Trusted Types forbids (see docs/embedding.md).
const KICKER: &str = "aw-skeleton-line aw-skeleton-kicker";
const HEADLINE: &str = "aw-skeleton-line aw-skeleton-headline";
const HEADLINE_SHORT: &str = "aw-skeleton-line aw-skeleton-headline aw-skeleton-short";
const META: &str = "aw-skeleton-line aw-skeleton-meta";

/// Placeholder with the shape of the finished article, so nothing moves
/// when the story arrives.
#[component]
pub fn Skeleton() -> impl IntoView {
    let strings = use_strings();
    view! {
        <div class="aw-skeleton" role="status" aria-busy="true">
            <span class="aw-visually-hidden">{strings.loading}</span>
            <div class=KICKER></div>
            <div class=HEADLINE></div>
            <div class=HEADLINE_SHORT></div>
            <div class=META></div>
            {(0..8)
                .map(|i| {
                    view! {
                        <div
                            class="aw-skeleton-line aw-skeleton-text"
                            class:aw-skeleton-short=i % 4 == 3
                        ></div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A failure shown inside this one widget, with a way to try again.
#[component]
pub fn ErrorState(
    /// What went wrong; its `code` is also exposed as `data-code`.
    error: LoadError,
    /// Called when the reader presses Retry.
    on_retry: Callback<()>,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <div class="aw-error" role="alert" data-code=error.code.as_str()>
            <p class="aw-error-title">{strings.error_title}</p>
            <p class="aw-error-explanation">{error_explanation(error.code, strings)}</p>
            <p class="aw-error-message">{error.message}</p>
            <button type="button" class="aw-button aw-retry" on:click=move |_| on_retry.run(())>
                {strings.retry}
            </button>
        </div>
    }
}
