//! The interface language of one widget, handed down through Leptos
//! context instead of a prop on every component.

use leptos::prelude::*;

use crate::i18n::{Strings, EN};

/// What language the interface speaks and dates are written in.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    /// Interface strings: the `lang` option's, else the article's language.
    pub strings: &'static Strings,
    /// BCP 47 tag dates are formatted in (the article's language); the
    /// browser's own when `None`.
    pub date_lang: Option<String>,
}

/// Makes `locale` the one every component below uses.
pub fn provide_locale(strings: &'static Strings, date_lang: Option<String>) {
    provide_context(Locale { strings, date_lang });
}

/// The interface strings of the widget being built; English outside one.
pub fn use_strings() -> &'static Strings {
    use_context::<Locale>().map_or(&EN, |locale| locale.strings)
}

/// The language dates are written in, from the widget being built.
pub fn use_date_lang() -> Option<String> {
    use_context::<Locale>().and_then(|locale| locale.date_lang)
}
