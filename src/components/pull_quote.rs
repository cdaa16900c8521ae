use leptos::prelude::*;

use super::use_strings;
use crate::model::PullQuote;

/// A quotation set large beside the text. Hidden from screen readers when
/// its words already stand in the body, so they are not heard twice.
#[component]
pub fn PullQuoteAside(
    /// The quotation and its speaker.
    quote: PullQuote,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <aside
            class="aw-pull-quote"
            part="pull-quote"
            aria-hidden=quote.repeats_body.then_some("true")
            aria-label=(!quote.repeats_body).then_some(strings.quote_label)
        >
            <blockquote>
                <p class="aw-pull-quote-text">{quote.text}</p>
            </blockquote>
            {quote.speaker.map(|s| view! { <p class="aw-pull-quote-speaker">{s}</p> })}
        </aside>
    }
}
