use web_sys::Element;

use crate::quotes::PullQuoteSetting;

/// What a publisher can set on one widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    /// URL of the article document.
    pub src: Option<String>,
    /// Interface language override.
    pub lang: Option<String>,
    /// `auto`, `none` or a count.
    pub pull_quotes: Option<String>,
    /// URL of a separate list of recommended stories (our list or a JSON Feed).
    pub recommendations: Option<String>,
}

impl WidgetOptions {
    /// Reads options from attributes: `src` on `<article-widget>`, or
    /// `data-src` on any element marked `data-article-widget`.
    pub fn from_element(element: &Element) -> Self {
        let read = |name: &str| {
            element
                .get_attribute(name)
                .or_else(|| element.get_attribute(&format!("data-{name}")))
                .filter(|v| !v.trim().is_empty())
        };
        Self {
            src: read("src"),
            lang: read("lang"),
            pull_quotes: read("pull-quotes"),
            recommendations: read("recommendations"),
        }
    }

    pub fn pull_quote_setting(&self) -> PullQuoteSetting {
        PullQuoteSetting::parse(self.pull_quotes.as_deref())
    }
}
