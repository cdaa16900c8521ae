use leptos::prelude::*;

use super::use_date_lang;
use crate::browser::intl::format_timestamp;
use crate::model::Timestamp;

/// A date as `<time datetime>`, written out by the browser in the
/// article's language.
#[component]
pub fn DateTime(
    /// When.
    at: Timestamp,
    /// BCP 47 language for the written form; the widget's date language
    /// (the article's) when not given.
    #[prop(default = None)]
    lang: Option<String>,
) -> impl IntoView {
    let lang = lang.or_else(use_date_lang);
    let written = format_timestamp(&at, lang.as_deref());
    view! { <time datetime=at.iso>{written}</time> }
}
