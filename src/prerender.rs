//! Server renders: the story as HTML ahead of time, from the same
//! components the wasm renders, inside the host element with a declarative
//! shadow root. A page that ships the snippet shows the story before any
//! script runs (and to crawlers and readers without scripts); `embed.js`
//! then takes the widget over (see `embed/takeover.rs`).
//!
//! Host only, behind the `ssr` feature: Leptos renders to HTML and HTML
//! bodies go through html5ever and core's one allowlist walk, so nothing
//! from a source reaches the snippet except as escaped text or as our own
//! typed blocks.

mod markup;

use std::rc::Rc;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::components::{provide_locale, provide_privacy, StoryView};
use crate::embed::{widget_frame, WIDGET_CSS};
use crate::embedding::{
    ARTICLE_DATA_ATTRIBUTE, PRERENDERED_ATTRIBUTE, RECOMMENDATIONS_DATA_ATTRIBUTE, STATE_ATTRIBUTE,
    THEME_ATTRIBUTE,
};
use crate::i18n::strings_for;
use crate::model::native_html::NativeHtml;
use crate::model::read::read_recommendation_list;
use crate::options::{OptionName, OptionValue, WidgetOptions};
use crate::prepare::{prepare, prepare_recommendations, Preferences};
use crate::{read_article, ReadError};

/// How the snippet brings the widget's stylesheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stylesheet {
    /// `<link rel="stylesheet" href>` to the stylesheet the build writes
    /// (`article-widget.css`): allowed under `style-src 'self'` when served
    /// from the page's own origin, and cached across pages.
    Link(String),
    /// The whole stylesheet in a `<style>` element: no request, but a page
    /// with a strict CSP refuses it.
    Inline,
}

/// What to render besides the article.
#[derive(Clone, Debug)]
pub struct Prerender {
    /// Attributes for the host, as a publisher would write them
    /// (`src`, `lang`, `theme`, `pull-quotes`, ...); each is checked
    /// through the widget's option table.
    pub attributes: Vec<(String, String)>,
    /// Recommended stories as data, in any format the `recommendations`
    /// option reads; the article's own list when `None`.
    pub recommendations: Option<String>,
    /// Where the styles come from.
    pub stylesheet: Stylesheet,
    /// The snippet's data is current: the widget takes it over without
    /// fetching `src` again.
    pub current: bool,
}

impl Default for Prerender {
    fn default() -> Self {
        Self {
            attributes: Vec::new(),
            recommendations: None,
            stylesheet: Stylesheet::Link("article-widget.css".into()),
            current: true,
        }
    }
}

/// Why a snippet could not be made.
#[derive(Debug)]
pub enum PrerenderError {
    /// An attribute the widget would refuse.
    Option(String),
    /// The article (or the recommendations) could not be read.
    Read(ReadError),
}

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Option(message) => f.write_str(message),
            Self::Read(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for PrerenderError {}

impl From<ReadError> for PrerenderError {
    fn from(error: ReadError) -> Self {
        Self::Read(error)
    }
}

/// The host element with its declarative shadow root for `article` (text
/// in any format the widget reads).
pub fn render_snippet(article: &str, how: &Prerender) -> Result<String, PrerenderError> {
    let options = options_of(&how.attributes)?;
    let read = read_article(article, &NativeHtml)?;
    let preferences = Preferences {
        pull_quotes: options.pull_quotes,
        lang: options.lang.clone(),
    };
    let story = Rc::new(prepare(read, &preferences));
    let recommended = match &how.recommendations {
        Some(text) => prepare_recommendations(
            read_recommendation_list(text, &NativeHtml)?,
            story.article.url.as_deref(),
        ),
        None => story.article.recommended.clone(),
    };
    let shadow = render_shadow(&options, story.clone(), recommended);

    let mut html = String::from("<article-widget");
    for (name, value) in &how.attributes {
        markup::attribute(&mut html, name, value);
    }
    markup::attribute(&mut html, STATE_ATTRIBUTE, "rendered");
    markup::attribute(&mut html, THEME_ATTRIBUTE, options.theme.as_str());
    markup::attribute(
        &mut html,
        PRERENDERED_ATTRIBUTE,
        if how.current { "current" } else { "stale" },
    );
    html.push_str("><template shadowrootmode=\"open\">");
    match &how.stylesheet {
        Stylesheet::Link(href) => {
            html.push_str("<link rel=\"stylesheet\"");
            markup::attribute(&mut html, "href", href);
            html.push('>');
        }
        Stylesheet::Inline => {
            html.push_str("<style>");
            html.push_str(&markup::style_text(WIDGET_CSS));
            html.push_str("</style>");
        }
    }
    html.push_str(&shadow);
    html.push_str("</template>");
    // Light DOM: what readers without declarative shadow DOM see, and the
    // data the widget takes over from.
    markup::fallback_link(&mut html, &story.article);
    markup::data_script(&mut html, ARTICLE_DATA_ATTRIBUTE, &compact(article));
    if let Some(text) = &how.recommendations {
        markup::data_script(&mut html, RECOMMENDATIONS_DATA_ATTRIBUTE, &compact(text));
    }
    html.push_str("</article-widget>");
    Ok(html)
}

/// The widget's stylesheet, for the file a linked snippet points at.
pub fn stylesheet() -> &'static str {
    WIDGET_CSS
}

/// JSON without its indentation (it was read already, so it parses).
fn compact(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .map(|value| value.to_string())
        .unwrap_or_else(|_| json.to_string())
}

/// The options the attributes make, refused as the widget would refuse
/// them (there it logs and keeps the default; a build should fail).
fn options_of(attributes: &[(String, String)]) -> Result<WidgetOptions, PrerenderError> {
    let mut options = WidgetOptions::publisher_default();
    for (name, value) in attributes {
        let Some(option) = OptionName::ALL.into_iter().find(|o| o.attribute() == name) else {
            return Err(PrerenderError::Option(format!(
                "<article-widget> has no attribute \"{name}\"."
            )));
        };
        options
            .set(option, OptionValue::Attribute(value))
            .map_err(|e| PrerenderError::Option(e.message))?;
    }
    Ok(options)
}

/// The shadow root's content, as `embed::mount` builds it around the
/// `Widget`'s rendered story; `aw-prerendered` tells the widget (and the
/// stylesheet) that it came from a server.
fn render_shadow(
    options: &WidgetOptions,
    story: Rc<crate::prepare::Story>,
    recommended: Vec<crate::model::Recommendation>,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_locale(strings_for(options.lang.as_deref()), None);
        provide_privacy(options.referrer_policy, options.src.as_deref());
        let autoplay = options.autoplay;
        let view = view! {
            <div class="aw-root aw-prerendered">
                {widget_frame(
                    view! { <StoryView story=story recommended=recommended autoplay=autoplay whole=true /> },
                )}
            </div>
            <div class="aw-fallback"><slot></slot></div>
        };
        view.to_html()
    })
}
