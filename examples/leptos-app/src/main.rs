//! A Leptos app (client-side rendering) that uses article-widget's
//! components in its own view tree, with one wasm for the whole page:
//!
//! - a story the app holds itself, read with [`read_article`], prepared
//!   with [`prepare`] and shown with [`StoryView`];
//! - the whole [`Widget`], which loads an article by URL itself.
//!
//! The carousels report clicks and impressions, and the widget its render
//! or error, through the [`EventSink`] the app provides. `trunk serve` in
//! this folder runs it; `scripts/test` builds it for wasm32.

use std::rc::Rc;

use article_widget::browser::sanitize::DomHtml;
use article_widget::components::{EventSink, StoryView, WidgetEvent};
use article_widget::embed::{Widget, WidgetOptions};
use article_widget::prepare::{prepare, Preferences};
use article_widget::read_article;
use leptos::prelude::*;

/// An article the app already has (from its own API, its server render, or
/// here its bundle): no request from the widget.
const ARTICLE: &str = include_str!("../../../fixtures/sample-article.json");

/// Runs when the wasm starts: the widget crate is a dependency without its
/// own start function (`default-features = false`), so this `main` runs.
fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let heard = RwSignal::new(String::from("nothing yet"));
    provide_context(EventSink::new(move |event| {
        heard.set(describe(event));
        // Returning true lets a recommendation click go on to its link.
        true
    }));

    view! {
        <h1>"article-widget in a Leptos app"</h1>
        <p class="app-note">"Last event: " {heard}</p>
        <h2>"A story the app read itself"</h2>
        <div class="aw-frame aw-root">
            <OwnStory />
        </div>
        <h2>"The whole widget, loading by URL"</h2>
        <div class="aw-frame aw-root">
            <Widget options=WidgetOptions {
                src: Some("sample-article.json".into()),
                ..WidgetOptions::default()
            } />
        </div>
    }
}

/// Reads and prepares the bundled article, then renders it with the
/// recommendations it carries.
#[component]
fn OwnStory() -> impl IntoView {
    let preferences = Preferences {
        lang: Some("en".into()),
        ..Preferences::default()
    };
    match read_article(ARTICLE, &DomHtml) {
        Ok(read) => {
            let story = Rc::new(prepare(read, &preferences));
            let recommended = story.article.recommended.clone();
            view! { <StoryView story=story recommended=recommended /> }.into_any()
        }
        Err(error) => view! { <p>{error.to_string()}</p> }.into_any(),
    }
}

fn describe(event: &WidgetEvent) -> String {
    match event {
        WidgetEvent::Rendered { url, .. } => format!("rendered {}", url.as_deref().unwrap_or("")),
        WidgetEvent::Error { code, message, .. } => format!("error {code}: {message}"),
        WidgetEvent::RecommendationClick { title, .. } => format!("clicked “{title}”"),
        WidgetEvent::RecommendationImpression {
            title, position, ..
        } => {
            format!("card {position} seen: “{title}”")
        }
    }
}
