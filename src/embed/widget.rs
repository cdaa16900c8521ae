//! One whole widget: owns the loads (the story, and the separate
//! recommendations list once the widget nears the viewport), shows a
//! skeleton meanwhile, then the story or an error with a retry, and tells
//! the page through the event sink. Rendering is the components'.

use std::rc::Rc;

use leptos::ev;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;
use web_sys::AbortController;

use crate::browser::load::{load_recommendations, load_story, recommendations_from_text};
use crate::components::{
    provide_locale, provide_privacy, use_event_sink, ErrorState, Skeleton, StoryView, WidgetEvent,
};
use crate::i18n::strings_for;
use crate::model::Recommendation;
use crate::options::{ArticleSource, WidgetOptions};
use crate::prepare::{Preferences, Story};
use crate::{ErrorCode, LoadError};

/// The abort controller of the load under way, replaced by the next one.
type Current = StoredValue<Option<AbortController>, LocalStorage>;

/// A new controller for a new load; the one before is aborted, so a late
/// answer is never shown.
fn next_load(current: Current) -> Result<AbortController, LoadError> {
    let controller = AbortController::new().map_err(|_| {
        LoadError::new(
            ErrorCode::Unsupported,
            "This browser cannot cancel requests.",
        )
    })?;
    if let Some(previous) = current
        .try_update_value(|c| c.replace(controller.clone()))
        .flatten()
    {
        previous.abort();
    }
    Ok(controller)
}

fn abort_on_cleanup(current: Current) {
    on_cleanup(move || {
        if let Some(controller) = current.try_update_value(Option::take).flatten() {
            controller.abort();
        }
    });
}

/// What a snippet rendered ahead of time hands the widget taking it over
/// (`article_widget::prerender` writes it into the page).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prerendered {
    /// The article's text, when the snippet says it is current: read from
    /// the page instead of fetching `src` again.
    pub article: Option<String>,
    /// Recommended stories the snippet was rendered with.
    pub recommendations: Option<String>,
}

/// A widget configured by `options`.
#[component]
pub fn Widget(
    /// What the publisher set.
    options: WidgetOptions,
    /// Data from a pre-rendered snippet this widget takes over: its story
    /// is on screen, so the live one renders whole, to be swapped in at once.
    #[prop(default = None)]
    prerendered: Option<Prerendered>,
) -> impl IntoView {
    let whole = prerendered.is_some();
    let prerendered = prerendered.unwrap_or_default();
    let source = match prerendered.article {
        Some(text) => ArticleSource::Inline(text),
        None => options.source(),
    };
    let source_label = source.label();
    let policy = options.fetch_policy();
    let preferences = Preferences {
        pull_quotes: options.pull_quotes,
        lang: options.lang.clone(),
    };
    provide_locale(strings_for(options.lang.as_deref()), None);
    // Images and links send no referrer to other hosts unless the publisher
    // chose a policy (components/privacy.rs).
    provide_privacy(options.referrer_policy, options.src.as_deref());

    let story_load: Current = StoredValue::new_local(None);
    abort_on_cleanup(story_load);
    let story = LocalResource::new(move || {
        let (source, preferences) = (source.clone(), preferences.clone());
        async move {
            let abort = next_load(story_load)?;
            load_story(source, policy, preferences, abort).await
        }
    });

    // The separate list waits until the story's recommendations slot nears
    // the viewport; until it arrives (or if it fails) the article's own
    // stories show.
    let list_wanted = RwSignal::new(false);
    let list_load: Current = StoredValue::new_local(None);
    abort_on_cleanup(list_load);
    let list_src = options.recommendations.clone();
    let list = LocalResource::new(move || {
        let wanted = list_wanted.get();
        let src = list_src.clone();
        let article_url = story
            .read_untracked()
            .as_ref()
            .and_then(|loaded| loaded.as_ref().ok())
            .and_then(|story| story.article.url.clone());
        async move {
            let src = src.filter(|_| wanted)?;
            let abort = next_load(list_load).ok()?;
            load_recommendations(src, article_url, abort).await.ok()
        }
    });
    // A memo owned here, outside the Suspense below, so the list loading
    // never puts the story back behind the skeleton.
    // Until a fetched list arrives, the snippet's own (as it was rendered).
    let given = prerendered.recommendations;
    let separate_list: Memo<Option<Vec<Recommendation>>> = Memo::new(move |_| {
        list.get().flatten().or_else(|| {
            let text = given.as_deref()?;
            story.with(|loaded| {
                let story = loaded.as_ref()?.as_ref().ok()?;
                recommendations_from_text(text, story.article.url.as_deref()).ok()
            })
        })
    });
    let wants_list = options
        .recommendations
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    let on_recommendations_near =
        wants_list.then(|| Callback::new(move |()| list_wanted.set(true)));

    // A widget that failed while offline tries again when the connection
    // is back.
    let online = window_event_listener(ev::online, move |_| {
        let failed_offline = story.read_untracked().as_ref().is_some_and(|loaded| {
            loaded
                .as_ref()
                .is_err_and(|e| e.code.cured_by_reconnecting())
        });
        if failed_offline {
            story.refetch();
        }
    });
    on_cleanup(move || online.remove());

    let events = use_event_sink();
    // A failed load is heard once per load; a story once it is on screen
    // (StoryView calls back after its first render).
    Effect::new(move |_| {
        let (Some(events), Some(Err(error))) = (events, story.get()) else {
            return;
        };
        if error.code != ErrorCode::Aborted {
            events.emit(WidgetEvent::Error {
                code: error.code,
                message: error.message,
                source: source_label.clone(),
            });
        }
    });

    let retry = Callback::new(move |()| story.refetch());
    let autoplay = options.autoplay;
    let shown = move |loaded: Result<Rc<Story>, LoadError>| match loaded {
        Ok(story) => {
            let on_shown = events.map(|events| {
                let rendered = WidgetEvent::Rendered {
                    id: story.article.id.clone(),
                    url: story.article.url.clone(),
                    problems: story.problems.iter().map(ToString::to_string).collect(),
                };
                Callback::new(move |()| {
                    events.emit(rendered.clone());
                })
            });
            let own = story.article.recommended.clone();
            let recommended =
                Signal::derive(move || separate_list.get().unwrap_or_else(|| own.clone()));
            view! {
                <StoryView
                    story=story
                    recommended=recommended
                    on_recommendations_near=on_recommendations_near
                    autoplay=autoplay
                    whole=whole
                    on_shown=on_shown
                />
            }
            .into_any()
        }
        Err(error) => view! { <ErrorState error=error on_retry=retry /> }.into_any(),
    };
    widget_frame(view! {
        <Suspense fallback=|| view! { <Skeleton /> }>
            {move || story.get().map(shown)}
        </Suspense>
    })
}

/// What every widget's content sits in, in the browser and in a server
/// render alike.
pub fn widget_frame(content: impl IntoView) -> impl IntoView {
    view! { <div class="aw-widget">{content}</div> }
}
