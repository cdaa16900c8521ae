//! What a publisher can set on one widget, written once. The element's
//! observed attributes, the `data-*` hosts, the JavaScript API's keys and
//! the parsing of every value all come from [`OptionName`] and
//! [`WidgetOptions::set`], so the same input gives the same answer on every
//! path.

use std::fmt;

use crate::number::number_text;
use crate::privacy::parse_referrer_policy;
use crate::quotes::PullQuoteSetting;

/// One setting a publisher can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptionName {
    Src,
    FromPage,
    Recommendations,
    Lang,
    Theme,
    PullQuotes,
    Autoplay,
    Credentials,
    Loading,
    Timeout,
    MaxBytes,
    ReferrerPolicy,
}

impl OptionName {
    /// Every option, in the order the documentation lists them.
    pub const ALL: [OptionName; 12] = [
        Self::Src,
        Self::FromPage,
        Self::Recommendations,
        Self::Lang,
        Self::Theme,
        Self::PullQuotes,
        Self::Autoplay,
        Self::Credentials,
        Self::Loading,
        Self::Timeout,
        Self::MaxBytes,
        Self::ReferrerPolicy,
    ];

    /// The attribute on `<article-widget>` (on other hosts with `data-`).
    pub fn attribute(self) -> &'static str {
        match self {
            Self::Src => "src",
            Self::FromPage => "from-page",
            Self::Recommendations => "recommendations",
            Self::Lang => "lang",
            Self::Theme => "theme",
            Self::PullQuotes => "pull-quotes",
            Self::Autoplay => "autoplay",
            Self::Credentials => "credentials",
            Self::Loading => "loading",
            Self::Timeout => "timeout",
            Self::MaxBytes => "max-bytes",
            Self::ReferrerPolicy => "referrer-policy",
        }
    }

    /// The key in the JavaScript API's options object.
    pub fn js_key(self) -> &'static str {
        match self {
            Self::Src => "src",
            Self::FromPage => "fromPage",
            Self::Recommendations => "recommendations",
            Self::Lang => "lang",
            Self::Theme => "theme",
            Self::PullQuotes => "pullQuotes",
            Self::Autoplay => "autoplay",
            Self::Credentials => "credentials",
            Self::Loading => "loading",
            Self::Timeout => "timeout",
            Self::MaxBytes => "maxBytes",
            Self::ReferrerPolicy => "referrerPolicy",
        }
    }

    /// The option a JavaScript key names.
    pub fn from_js_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|name| name.js_key() == key)
    }

    /// Every JavaScript key, for the message about an unknown one.
    pub fn known_js_keys() -> String {
        Self::ALL.map(Self::js_key).join(", ")
    }
}

/// A value as a publisher gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OptionValue<'a> {
    /// An attribute's value (empty when present without one). Read as
    /// text, except that an on/off option is on unless it says `false`.
    Attribute(&'a str),
    /// A string from the JavaScript API.
    Text(&'a str),
    Number(f64),
    Bool(bool),
    /// `null`: back to the default.
    Null,
}

/// A value an option cannot take. The same message on every path: the
/// JavaScript API throws it, an attribute reports it on the console and
/// keeps the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    pub option: OptionName,
    /// What is wrong with the value.
    pub message: String,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "article-widget: options.{} (attribute {}): {}",
            self.option.js_key(),
            self.option.attribute(),
            self.message
        )
    }
}

/// `light`, `dark` or `auto` (follows the reader's system).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The name on the host's `data-aw-theme`, which our `:host` CSS reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// Where a widget's article comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ArticleSource {
    /// Nothing was configured.
    #[default]
    Missing,
    /// A document to fetch, in any supported format.
    Url {
        url: String,
        /// Send cookies (`credentials: "include"`); off unless asked for.
        with_credentials: bool,
    },
    /// The host page's own schema.org JSON-LD: no request at all.
    Page,
    /// Text the page already holds: the data of a snippet rendered ahead of
    /// time, taken over without a request.
    Inline(String),
}

impl ArticleSource {
    /// How error events name the source: its URL, `page`, or nothing.
    pub fn label(&self) -> String {
        match self {
            Self::Url { url, .. } => url.clone(),
            Self::Page => "page".into(),
            Self::Inline(_) => "prerendered".into(),
            Self::Missing => String::new(),
        }
    }
}

/// Limits on one load. Every load ends within `deadline_ms`, retries
/// included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FetchPolicy {
    pub deadline_ms: u32,
    /// Larger responses are refused (`too-large`) without reading them whole.
    pub max_bytes: u32,
    /// Extra attempts after a network error, 5xx or 429.
    pub retries: u32,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            deadline_ms: 10_000,
            max_bytes: 5 * 1024 * 1024,
            retries: 2,
        }
    }
}

/// What a publisher set on one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetOptions {
    /// URL of the article document.
    pub src: Option<String>,
    /// Read the host page's own schema.org JSON-LD instead of fetching.
    pub from_page: bool,
    /// URL of a separate list of recommended stories (our list or a JSON Feed).
    pub recommendations: Option<String>,
    /// Interface language override.
    pub lang: Option<String>,
    pub theme: Theme,
    /// How many pull-quotes to choose when the source places none.
    pub pull_quotes: PullQuoteSetting,
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

impl Default for WidgetOptions {
    /// For widgets built in code: loads at once. A widget set up by a
    /// publisher (attributes or the JavaScript API) starts from
    /// [`WidgetOptions::publisher_default`] instead.
    fn default() -> Self {
        Self {
            src: None,
            from_page: false,
            recommendations: None,
            lang: None,
            theme: Theme::Auto,
            pull_quotes: PullQuoteSetting::Auto,
            autoplay: false,
            with_credentials: false,
            lazy: false,
            timeout_ms: None,
            max_bytes: None,
            referrer_policy: None,
        }
    }
}

impl WidgetOptions {
    /// What a publisher's widget gets before any attribute or option:
    /// lazy, as `loading="lazy"`.
    pub fn publisher_default() -> Self {
        Self {
            lazy: true,
            ..Self::default()
        }
    }

    /// Reads every option from attributes. `attribute(name)` gives the
    /// value of `name` (or of `data-name`), `None` when absent. A value an
    /// option cannot take leaves that option at its default and is
    /// returned, to be reported.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> (Self, Vec<OptionError>) {
        let mut options = Self::publisher_default();
        let mut errors = Vec::new();
        for name in OptionName::ALL {
            if let Some(value) = attribute(name.attribute()) {
                if let Err(error) = options.set(name, OptionValue::Attribute(&value)) {
                    errors.push(error);
                }
            }
        }
        (options, errors)
    }

    /// Sets one option, from any path.
    pub fn set(&mut self, name: OptionName, value: OptionValue<'_>) -> Result<(), OptionError> {
        let fail = |message: String| OptionError {
            option: name,
            message,
        };
        match name {
            OptionName::Src => self.src = text(value).map_err(fail)?,
            OptionName::Recommendations => self.recommendations = text(value).map_err(fail)?,
            OptionName::Lang => self.lang = text(value).map_err(fail)?,
            OptionName::FromPage => self.from_page = flag(value).map_err(fail)?,
            OptionName::Autoplay => self.autoplay = flag(value).map_err(fail)?,
            OptionName::Theme => {
                self.theme = match word(value).map_err(fail)?.as_deref() {
                    None | Some("" | "auto") => Theme::Auto,
                    Some("light") => Theme::Light,
                    Some("dark") => Theme::Dark,
                    Some(other) => return Err(fail(one_of(other, &["light", "dark", "auto"]))),
                }
            }
            OptionName::PullQuotes => {
                self.pull_quotes = match value {
                    OptionValue::Text(t) | OptionValue::Attribute(t) => {
                        PullQuoteSetting::parse(Some(t))
                    }
                    OptionValue::Number(n) => {
                        PullQuoteSetting::parse(Some(&whole(n).map_err(fail)?.to_string()))
                    }
                    OptionValue::Bool(on) => PullQuoteSetting::parse(Some(&on.to_string())),
                    OptionValue::Null => PullQuoteSetting::Auto,
                }
            }
            OptionName::Credentials => {
                self.with_credentials = match word(value).map_err(fail)?.as_deref() {
                    Some("include") => true,
                    None | Some("" | "omit" | "same-origin") => false,
                    Some(other) => return Err(fail(one_of(other, &["include", "omit"]))),
                }
            }
            OptionName::Loading => {
                self.lazy = match word(value).map_err(fail)?.as_deref() {
                    Some("eager") => false,
                    None | Some("" | "lazy") => true,
                    Some(other) => return Err(fail(one_of(other, &["lazy", "eager"]))),
                }
            }
            OptionName::Timeout => self.timeout_ms = positive(value).map_err(fail)?,
            OptionName::MaxBytes => self.max_bytes = positive(value).map_err(fail)?,
            OptionName::ReferrerPolicy => {
                self.referrer_policy = match text(value).map_err(fail)? {
                    None => None,
                    Some(given) => Some(
                        parse_referrer_policy(&given)
                            .ok_or_else(|| fail(format!("\"{given}\" is not a referrer policy")))?,
                    ),
                }
            }
        }
        Ok(())
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
            deadline_ms: self.timeout_ms.unwrap_or(default.deadline_ms),
            max_bytes: self.max_bytes.unwrap_or(default.max_bytes),
            ..default
        }
    }
}

/// A string option: trimmed, empty means not set.
fn text(value: OptionValue<'_>) -> Result<Option<String>, String> {
    match value {
        OptionValue::Text(t) | OptionValue::Attribute(t) => {
            let t = t.trim();
            Ok((!t.is_empty()).then(|| t.to_string()))
        }
        OptionValue::Null => Ok(None),
        other => Err(format!("{} is not a string", shown(other))),
    }
}

/// A keyword option, lower case.
fn word(value: OptionValue<'_>) -> Result<Option<String>, String> {
    text(value).map(|t| t.map(|t| t.to_ascii_lowercase()))
}

/// An on/off option: as an attribute, present means on unless it says
/// `false`; from JavaScript, a boolean (or `"true"`/`"false"`).
fn flag(value: OptionValue<'_>) -> Result<bool, String> {
    match value {
        OptionValue::Bool(on) => Ok(on),
        OptionValue::Attribute(t) => Ok(!t.trim().eq_ignore_ascii_case("false")),
        OptionValue::Text(t) if t.trim().eq_ignore_ascii_case("true") => Ok(true),
        OptionValue::Text(t) if t.trim().eq_ignore_ascii_case("false") => Ok(false),
        OptionValue::Null => Ok(false),
        _ => Err(format!("{} is not true or false", shown(value))),
    }
}

/// A whole number above zero, given as a number or as digits.
fn positive(value: OptionValue<'_>) -> Result<Option<u32>, String> {
    let n = match value {
        OptionValue::Null => return Ok(None),
        OptionValue::Text(t) | OptionValue::Attribute(t) if t.trim().is_empty() => return Ok(None),
        OptionValue::Text(t) | OptionValue::Attribute(t) => t.trim().parse::<f64>().ok(),
        OptionValue::Number(n) => Some(n),
        OptionValue::Bool(_) => None,
    };
    match n.map(whole) {
        Some(Ok(n)) if n > 0 => Ok(Some(n)),
        _ => Err(format!("{} is not a whole number above 0", shown(value))),
    }
}

fn whole(n: f64) -> Result<u32, String> {
    if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
        Ok(n as u32)
    } else {
        Err(format!("{} is not a whole number", number_text(n)))
    }
}

fn one_of(given: &str, allowed: &[&str]) -> String {
    format!("\"{given}\" is not one of {}", allowed.join(", "))
}

fn shown(value: OptionValue<'_>) -> String {
    match value {
        OptionValue::Text(t) | OptionValue::Attribute(t) => format!("\"{t}\""),
        OptionValue::Number(n) => number_text(n),
        OptionValue::Bool(b) => b.to_string(),
        OptionValue::Null => "null".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(pairs: &[(&str, &str)]) -> (WidgetOptions, Vec<OptionError>) {
        WidgetOptions::from_attributes(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn names_are_unique_on_both_paths() {
        for name in OptionName::ALL {
            assert_eq!(OptionName::from_js_key(name.js_key()), Some(name));
            let same_attribute = OptionName::ALL
                .iter()
                .filter(|n| n.attribute() == name.attribute())
                .count();
            assert_eq!(same_attribute, 1, "{}", name.attribute());
        }
        assert_eq!(OptionName::from_js_key("maxbytes"), None);
    }

    #[test]
    fn attributes_and_javascript_agree() {
        let (from_attributes, errors) = attributes(&[
            ("src", " /a.json "),
            ("from-page", "false"),
            ("theme", "DARK"),
            ("pull-quotes", "3"),
            ("autoplay", ""),
            ("credentials", "include"),
            ("loading", "eager"),
            ("timeout", "2500"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        let mut from_js = WidgetOptions::default();
        for (name, value) in [
            (OptionName::Src, OptionValue::Text("/a.json")),
            (OptionName::FromPage, OptionValue::Bool(false)),
            (OptionName::Theme, OptionValue::Text("dark")),
            (OptionName::PullQuotes, OptionValue::Number(3.0)),
            (OptionName::Autoplay, OptionValue::Bool(true)),
            (OptionName::Credentials, OptionValue::Text("include")),
            (OptionName::Loading, OptionValue::Text("eager")),
            (OptionName::Timeout, OptionValue::Number(2500.0)),
        ] {
            from_js.set(name, value).expect("valid");
        }
        assert_eq!(from_attributes, from_js);
        assert_eq!(from_js.src.as_deref(), Some("/a.json"));
        assert_eq!(from_js.pull_quotes, PullQuoteSetting::Count(3));
        assert!(from_js.autoplay && from_js.with_credentials && !from_js.lazy);
        assert_eq!(from_js.fetch_policy().deadline_ms, 2500);
    }

    #[test]
    fn a_bad_value_gets_the_same_message_on_both_paths() {
        let (options, errors) = attributes(&[("timeout", "soon"), ("src", "/a.json")]);
        assert_eq!(options.timeout_ms, None, "the default stays");
        assert_eq!(
            options.src.as_deref(),
            Some("/a.json"),
            "others still apply"
        );
        let mut js = WidgetOptions::default();
        let thrown = js
            .set(OptionName::Timeout, OptionValue::Text("soon"))
            .unwrap_err();
        assert_eq!(errors, vec![thrown.clone()]);
        assert_eq!(
            thrown.to_string(),
            "article-widget: options.timeout (attribute timeout): \"soon\" is not a whole number above 0"
        );
        assert!(js
            .set(OptionName::Autoplay, OptionValue::Text("yes"))
            .is_err());
        assert!(js
            .set(OptionName::Autoplay, OptionValue::Text("true"))
            .is_ok());
        for bad in [
            OptionValue::Number(0.0),
            OptionValue::Number(-5.0),
            OptionValue::Number(1.5),
            OptionValue::Number(f64::NAN),
            OptionValue::Number(1e12),
            OptionValue::Bool(true),
        ] {
            assert!(js.set(OptionName::MaxBytes, bad).is_err(), "{bad:?}");
        }
        assert!(js
            .set(OptionName::Theme, OptionValue::Text("blue"))
            .is_err());
        assert!(js
            .set(OptionName::Credentials, OptionValue::Text("all"))
            .is_err());
        assert!(js.set(OptionName::Src, OptionValue::Number(3.0)).is_err());
    }

    #[test]
    fn flags_read_like_attributes_everywhere() {
        for (text, on) in [
            ("", true),
            ("true", true),
            ("from-page", true),
            ("false", false),
            (" FALSE ", false),
        ] {
            let (options, _) = attributes(&[("from-page", text)]);
            assert_eq!(options.from_page, on, "{text:?}");
        }
        let (absent, _) = attributes(&[]);
        assert!(!absent.from_page && absent.lazy);
        assert_eq!(absent.source(), ArticleSource::Missing);
    }

    #[test]
    fn a_referrer_policy_is_one_of_html_s_and_an_unknown_one_keeps_the_default() {
        let (options, errors) = attributes(&[("referrer-policy", " Strict-Origin ")]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(options.referrer_policy, Some("strict-origin"));
        let (options, errors) = attributes(&[("referrer-policy", "")]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(options.referrer_policy, None);
        let (options, errors) = attributes(&[("referrer-policy", "always")]);
        assert_eq!(options.referrer_policy, None, "the private default stays");
        let mut js = WidgetOptions::default();
        let thrown = js
            .set(OptionName::ReferrerPolicy, OptionValue::Text("always"))
            .unwrap_err();
        assert_eq!(errors, vec![thrown.clone()]);
        assert_eq!(
            thrown.to_string(),
            "article-widget: options.referrerPolicy (attribute referrer-policy): \"always\" is not a referrer policy"
        );
        js.set(OptionName::ReferrerPolicy, OptionValue::Text("origin"))
            .expect("valid");
        assert_eq!(js.referrer_policy, Some("origin"));
        js.set(OptionName::ReferrerPolicy, OptionValue::Null)
            .expect("null resets");
        assert_eq!(js.referrer_policy, None);
        assert!(js
            .set(OptionName::ReferrerPolicy, OptionValue::Bool(true))
            .is_err());
    }

    #[test]
    fn the_page_wins_over_a_url() {
        let (options, _) = attributes(&[("src", "/a.json"), ("from-page", "")]);
        assert_eq!(options.source(), ArticleSource::Page);
        let (options, _) = attributes(&[("src", "/a.json"), ("credentials", "include")]);
        assert_eq!(
            options.source(),
            ArticleSource::Url {
                url: "/a.json".into(),
                with_credentials: true
            }
        );
    }
}
