use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::{provide_locale, BodyBlock, Byline, DateTime, Figure, PullQuoteAside, Recommended};
use crate::browser::timer::Timeout;
use crate::model::{Direction, Recommendation};
use crate::prepare::Story;

/// Body blocks rendered in the story's first task. A longer body renders
/// the rest in later tasks, this many at a time, yielding to the browser in
/// between, and the carousel after it: no one task holds the page for the
/// whole of a long article.
const BLOCKS_PER_TASK: usize = 40;

/// The story: header, lead image, body with pull-quotes, recommendations.
/// Everything shown was decided when the story was prepared.
#[component]
pub fn StoryView(
    /// The prepared story.
    story: Rc<Story>,
    /// The stories recommended under it (the article's own, or a separate
    /// list once it arrives); nothing shows while empty.
    #[prop(into)]
    recommended: Signal<Vec<Recommendation>>,
    /// Called once when the recommendations' place nears the viewport, so a
    /// separate list can start loading just in time.
    #[prop(default = None)]
    on_recommendations_near: Option<Callback<()>>,
    /// Advance the recommendations carousel by itself.
    #[prop(optional)]
    autoplay: bool,
    /// Render the whole body in one go (a server render, or a take-over
    /// that swaps in a complete story) instead of in tasks.
    #[prop(optional)]
    whole: bool,
    /// Called once the story's first screen is in the DOM.
    #[prop(default = None)]
    on_shown: Option<Callback<()>>,
) -> impl IntoView {
    // The story's language, for everything below it (the skeleton and the
    // error state above it speak the widget's).
    provide_locale(story.strings, story.article.lang.clone());
    // Links to the story's own site keep their referrer (see privacy.rs),
    // in the article and in the carousel under it.
    super::privacy::provide_article_site(story.article.url.as_deref());
    let total = story.article.body.len();
    let shown = RwSignal::new(if whole { total } else { BLOCKS_PER_TASK });
    if shown.get_untracked() < total {
        let pending = StoredValue::new_local(None::<Timeout>);
        // After the first task's render: effects never run in a server
        // render, which renders whole anyway.
        Effect::new(move |_| render_rest_later(shown, total, pending));
    }
    if let Some(on_shown) = on_shown {
        // Effects run after the render that created them is in the DOM.
        Effect::new(move |_| on_shown.run(()));
    }
    let body_done = Memo::new(move |_| shown.get() >= total);
    // The carousel waits for the whole body: an empty list until then (the
    // same view, so no second kind of it in the wasm).
    let recommended = Signal::derive(move || {
        if body_done.get() {
            recommended.get()
        } else {
            Vec::new()
        }
    });
    view! {
        <ArticleBody story=story.clone() shown=shown.read_only() />
        <Recommended
            items=recommended
            dir=story.article.dir
            autoplay=autoplay
            on_near=on_recommendations_near
        />
    }
}

/// Shows the next blocks in a task of their own, until all are shown.
fn render_rest_later(
    shown: RwSignal<usize>,
    total: usize,
    pending: StoredValue<Option<Timeout>, LocalStorage>,
) {
    let next = Timeout::start(Duration::ZERO, move || {
        let Some(now) = shown.try_get_untracked().map(|n| n + BLOCKS_PER_TASK) else {
            return;
        };
        shown.set(now);
        if now < total {
            render_rest_later(shown, total, pending);
        }
    });
    pending.try_set_value(next);
}

/// The `<article>` element of the story.
#[component]
fn ArticleBody(
    story: Rc<Story>,
    /// How many body blocks to show: the first ones render at once, each
    /// further group when this passes its start.
    shown: ReadSignal<usize>,
) -> impl IntoView {
    let strings = story.strings;
    let a = &story.article;
    let dir = match a.dir {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    // Views are Send; the story stays on this thread behind a handle.
    let stored = StoredValue::new_local(story.clone());
    // Every group, the first included, through one view type: the first
    // is due at once and renders with the story.
    let body = (0..a.body.len())
        .step_by(BLOCKS_PER_TASK)
        .map(|start| {
            // Changes once, so each group renders once.
            let due = Memo::new(move |_| shown.get() > start);
            move || {
                due.get()
                    .then(|| {
                        stored.try_with_value(|story| {
                            let end = (start + BLOCKS_PER_TASK).min(story.article.body.len());
                            body_blocks(story, start..end)
                        })
                    })
                    .flatten()
            }
        })
        .collect_view();
    let empty = a.body.is_empty();

    view! {
        <article class="aw-article" lang=a.lang.clone() dir=dir>
            <header class="aw-header">
                {a.section.clone().map(|s| view! { <p class="aw-kicker">{s}</p> })}
                <h1 class="aw-headline" part="headline">{a.headline.clone()}</h1>
                {a.standfirst.clone().map(|s| view! { <p class="aw-standfirst">{s}</p> })}
                <Byline authors=a.authors.clone() />
                <p class="aw-meta">
                    {a.dateline.clone().map(|d| view! { <span class="aw-dateline">{d}</span> })}
                    {a
                        .published
                        .clone()
                        .map(|at| {
                            view! {
                                <span class="aw-published">
                                    <DateTime at=at />
                                </span>
                            }
                        })}
                    {a
                        .updated
                        .clone()
                        .map(|at| {
                            view! {
                                <span class="aw-updated">
                                    {strings.updated} " "
                                    <DateTime at=at />
                                </span>
                            }
                        })}
                    {story
                        .reading_minutes
                        .map(|m| {
                            view! {
                                <span class="aw-reading-time">
                                    {format!("{m} {}", strings.min_read)}
                                </span>
                            }
                        })}
                </p>
            </header>
            {a.lead_image.clone().map(|image| view! { <Figure image=image class="aw-lead-image" /> })}
            <div class="aw-body" part="body">
                {body}
                {empty.then(|| view! { <p class="aw-empty">{strings.empty_body}</p> })}
            </div>
        </article>
    }
}

/// Body blocks `range`, each followed by the pull-quotes placed after it.
fn body_blocks(story: &Story, range: std::ops::Range<usize>) -> impl IntoView {
    let start = range.start;
    story
        .article
        .body
        .get(range)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(offset, block)| {
            let index = start + offset;
            let asides = story
                .pull_quotes
                .iter()
                .filter(|q| q.after == index)
                .map(|q| view! { <PullQuoteAside quote=q.quote.clone() /> })
                .collect_view();
            view! {
                <BodyBlock block=block.clone() />
                {asides}
            }
        })
        .collect_view()
}
