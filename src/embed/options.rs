use web_sys::Element;

use article_widget_core::privacy::parse_referrer_policy;

use crate::quotes::PullQuoteSetting;
use crate::source::{ArticleSource, FetchPolicy};

/// What a publisher can set on one widget, from attributes, `data-*`
/// attributes or the JavaScript API.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    /// URL of the article document.
    pub src: Option<String>,
    /// Read the host page's own schema.org JSON-LD instead of fetching.
    pub from_page: bool,
    /// URL of a separate list of recommended stories (our list or a JSON Feed).
    pub recommendations: Option<String>,
    /// Interface language override.
    pub lang: Option<String>,
    /// `light`, `dark` or `auto` (follows the reader's system).
    pub theme: Option<String>,
    /// `auto`, `none` or a count.
    pub pull_quotes: Option<String>,
    /// Advance the recommendations carousel by itself.
    pub autoplay: bool,
    /// Send cookies with requests (`credentials="include"`).
    pub with_credentials: bool,
    /// Wait until the widget comes near the viewport before loading.
    pub lazy: bool,
    /// Give up on a load after this many milliseconds (default 10 000).
    pub timeout_ms: Option<u32>,
    /// Refuse responses larger than this many bytes (default 5 MB).
    pub max_bytes: Option<u32>,
    /// The publisher's referrer policy for images and links; `None` keeps
    /// the private default (no referrer to other hosts).
    pub referrer_policy: Option<&'static str>,
}

/// Attribute names the custom element observes.
pub const OBSERVED_ATTRIBUTES: &[&str] = &[
    "src",
    "from-page",
    "recommendations",
    "lang",
    "theme",
    "pull-quotes",
    "autoplay",
    "credentials",
    "loading",
    "timeout",
    "max-bytes",
    "referrer-policy",
];

impl WidgetOptions {
    /// Reads options from attributes: `src` on `<article-widget>`, or
    /// `data-src` on any element marked `data-article-widget`.
    pub fn from_element(element: &Element) -> Self {
        let read = |name: &str| {
            element
                .get_attribute(name)
                .or_else(|| element.get_attribute(&format!("data-{name}")))
        };
        let value = |name: &str| read(name).filter(|v| !v.trim().is_empty());
        let flag = |name: &str| read(name).is_some_and(|v| v != "false");
        Self {
            src: value("src"),
            from_page: flag("from-page"),
            recommendations: value("recommendations"),
            lang: value("lang"),
            theme: value("theme"),
            pull_quotes: value("pull-quotes"),
            autoplay: flag("autoplay"),
            with_credentials: value("credentials").as_deref() == Some("include"),
            lazy: value("loading").as_deref() != Some("eager"),
            timeout_ms: value("timeout").and_then(|t| t.trim().parse().ok()),
            max_bytes: value("max-bytes").and_then(|t| t.trim().parse().ok()),
            referrer_policy: value("referrer-policy").and_then(|p| parse_referrer_policy(&p)),
        }
    }

    pub fn pull_quote_setting(&self) -> PullQuoteSetting {
        PullQuoteSetting::parse(self.pull_quotes.as_deref())
    }

    /// Where the article comes from: the page wins over a URL when asked.
    pub fn source(&self) -> ArticleSource {
        match (&self.src, self.from_page) {
            (_, true) => ArticleSource::Page,
            (Some(url), false) => ArticleSource::Url {
                url: url.clone(),
                with_credentials: self.with_credentials,
            },
            (None, false) => ArticleSource::Missing,
        }
    }

    /// Limits for this widget's requests.
    pub fn fetch_policy(&self) -> FetchPolicy {
        let default = FetchPolicy::default();
        FetchPolicy {
            deadline_ms: self
                .timeout_ms
                .filter(|t| *t > 0)
                .unwrap_or(default.deadline_ms),
            max_bytes: self
                .max_bytes
                .filter(|b| *b > 0)
                .unwrap_or(default.max_bytes),
            ..default
        }
    }

    /// The theme as one of our three names; anything else is `auto`.
    pub fn theme_name(&self) -> &'static str {
        match self.theme.as_deref().map(str::trim) {
            Some("light") => "light",
            Some("dark") => "dark",
            _ => "auto",
        }
    }
}
