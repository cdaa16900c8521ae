//! article-widget: an embeddable news-article widget, and the Leptos
//! components it is made of.
//!
//! The widget renders a news article (headline, standfirst, byline, dates,
//! images, body with pull-quotes) and a "Recommended news" carousel. There
//! are three ways to use it, each in its own ecosystem's terms
//! (docs/embedding.md in the repository has a section for each):
//!
//! - **a script tag**: the release build's `embed.js` and an
//!   `<article-widget src="...">` element, for any page or CMS;
//! - **the npm package** (`dist/npm/`, built by `scripts/build-npm`): the
//!   same files to self-host, with TypeScript types for the element, its
//!   events and the JavaScript API;
//! - **this crate**, for a site built with [Leptos](https://leptos.dev)
//!   0.8: the components in your own view tree, your own data loading, one
//!   wasm for the whole site. The rest of this page is about that.
//!
//! # In a Leptos app
//!
//! The crate is not on crates.io; depend on it by path or git, with Leptos
//! rendering on the client (the components run in the browser: dates go
//! through `Intl`, HTML bodies through the browser's inert `DOMParser`):
//!
//! ```toml
//! [dependencies]
//! # without the widget's own start function, so that your `fn main` runs
//! article-widget = { path = "../article-widget", default-features = false } # or { git = "..." }
//! leptos = { version = "0.8", features = ["csr"] }
//! wasm-bindgen = "0.2"
//! ```
//!
//! Two levels to choose from:
//!
//! - [`components::StoryView`] renders a prepared [`prepare::Story`]: the
//!   article and, under it, [`components::Recommended`] (the carousel) for
//!   the recommendation data you pass. You load the article yourself, read
//!   it with [`read_article`] (our format, schema.org JSON-LD, a WordPress
//!   REST post or a JSON Feed) and prepare it with [`prepare::prepare`],
//!   which chooses and places pull-quotes, counts reading time and
//!   de-duplicates the recommendations. `Recommended` also stands alone.
//! - [`embed::Widget`] is the whole widget given [`embed::WidgetOptions`]
//!   (the same options as the element's attributes): it loads the article
//!   and a separate recommendations list itself, with deadline, retries
//!   and size limit, and shows a skeleton, the story or an error with a
//!   Retry button.
//!
//! ```no_run
//! use std::rc::Rc;
//!
//! use article_widget::browser::sanitize::DomHtml;
//! use article_widget::components::{EventSink, StoryView, WidgetEvent};
//! use article_widget::embed::{Widget, WidgetOptions};
//! use article_widget::prepare::{prepare, Preferences};
//! use article_widget::read_article;
//! use leptos::prelude::*;
//!
//! /// A story your app already has as text (from its own API or its bundle).
//! #[component]
//! fn Story(json: String) -> impl IntoView {
//!     match read_article(&json, &DomHtml) {
//!         Ok(read) => {
//!             let story = Rc::new(prepare(read, &Preferences::default()));
//!             // The article's own recommendations; any list (or a signal of
//!             // one) will do.
//!             let recommended = story.article.recommended.clone();
//!             view! { <StoryView story=story recommended=recommended /> }.into_any()
//!         }
//!         Err(error) => view! { <p>{error.to_string()}</p> }.into_any(),
//!     }
//! }
//!
//! #[component]
//! fn App() -> impl IntoView {
//!     // Optional: hear clicks and impressions on recommended stories, and
//!     // the widget's render or error. Return false to cancel a click.
//!     provide_context(EventSink::new(|event: &WidgetEvent| {
//!         leptos::logging::log!("{event:?}");
//!         true
//!     }));
//!     let options = WidgetOptions {
//!         src: Some("/articles/123.json".into()),
//!         ..WidgetOptions::default()
//!     };
//!     view! {
//!         <div class="aw-root">
//!             <Story json=String::from("{}") />
//!         </div>
//!         <div class="aw-root">
//!             <Widget options=options />
//!         </div>
//!     }
//! }
//!
//! fn main() {
//!     leptos::mount::mount_to_body(App);
//! }
//! ```
//!
//! `examples/leptos-app` in the repository is this as a whole app (`trunk
//! serve` in its folder), built by `scripts/test`.
//!
//! **Styles.** The components carry classes (`aw-*`) and `part` names, no
//! styles of their own. The widget's stylesheets, `style/widget.css` and
//! `style/recommended.css`, are written for its shadow root: `:host` gives
//! the `--aw-*` properties and the `aw` container the layout asks about,
//! and `.aw-root` resets inherited page styles. In your own tree, put the
//! components inside an element with class `aw-root` and give an ancestor
//! those properties and `container: aw / inline-size`
//! (`examples/leptos-app/app.css` shows how), or write your own styles for
//! the same classes.
//!
//! **Starting the app.** With its default feature `start` this crate has a
//! `#[wasm_bindgen(start)]` function of its own (what the script tag
//! needs), and while one exists wasm-bindgen never calls a binary's
//! `fn main`. Depend on it with `default-features = false`, as above, and
//! your `fn main` runs. Call [`embed::start`] from it if you also want
//! `<article-widget>` defined for your views and the panic hook that marks
//! live widgets failed.
//!
//! **Language.** Interface strings and the date language come from a
//! [`components::Locale`] in context: `StoryView` provides the story's own,
//! and [`components::provide_locale`] sets one for components used alone.
//!
//! # Inside
//!
//! Rooms (see docs/architecture.md): the pure crate `article-widget-core`
//! (re-exported here: [`model`], [`quotes`], [`i18n`], [`options`],
//! [`prepare`](mod@prepare), ...) decides what a widget shows; [`browser`]
//! loads and talks to the DOM; [`components`] render a prepared story;
//! [`embed`] is the custom element, the JavaScript API and the events.
//! Everything compiles for the host too; only the browser build runs it.

// A server render (feature `ssr`) resolves the whole story view as one
// nested async type.
#![recursion_limit = "256"]

pub use article_widget_core::{
    embedding, error, i18n, model, options, prepare, quotes, written_date,
};

pub mod browser;
pub mod components;
pub mod embed;
#[cfg(feature = "ssr")]
pub mod prerender;

pub use article_widget_core::{Article, ErrorCode, HttpStatus, LoadError, Read, ReadError};
// One JSON parser per build: the browser's `JSON.parse` in the wasm,
// serde_json natively.
#[cfg(not(target_arch = "wasm32"))]
pub use article_widget_core::read_article;
#[cfg(target_arch = "wasm32")]
pub use browser::json::read_article;
