//! The "Recommended news" carousel, after the WAI-ARIA Authoring Practices
//! carousel pattern. The browser does the moving (native horizontal
//! scrolling with snap points, so touch, trackpads and wheels just work);
//! the `Controller` only decides where to go and reads where it is, from
//! one scroll listener and arithmetic on one measurement (core's
//! `carousel`), so 200 cards cost no more per frame than 8.
//!
//! This file wires the parts: `controls` and `dots` render the controls,
//! `card` one story, `controller` scrolls and keeps `inert`, focus and the
//! rotation, `analytics` reports clicks and impressions. DOM calls go
//! through `crate::browser`.

mod analytics;
mod card;
mod controller;
mod controls;
mod dots;

use std::collections::HashSet;

use article_widget_core::carousel::Arrow;
use leptos::html;
use leptos::prelude::*;
use web_sys::Event;

use self::analytics::Analytics;
use self::card::Card;
use self::controller::Controller;
use self::controls::Controls;
use self::dots::Dots;
use crate::browser::dom;
use crate::browser::observe::{ImageErrors, Resize, Visibility};
use crate::components::use_strings;
use crate::model::{Direction, Recommendation};

/// Ids are per shadow root, and each widget has its own.
const TITLE_ID: &str = "aw-recommended-title";
const SLIDES_ID: &str = "aw-recommended-slides";
/// Class that hides an image that failed, leaving the placeholder frame.
const BROKEN_IMAGE: &str = "aw-image-broken";
/// How much of a card must be in the page's viewport to start its clock.
const SEEN_SHARE: f64 = 0.5;

/// A row of recommended stories, scrolled sideways: Previous and Next,
/// position and page dots, arrow keys, optional rotation. Only the slides
/// in view can be reached by keyboard and screen readers.
#[component]
pub fn Carousel(
    /// The stories, at least one, already de-duplicated.
    items: Vec<Recommendation>,
    /// Reading direction: in right-to-left the first card is at the right.
    dir: Direction,
    /// Advance every few seconds until the reader hovers, focuses, touches
    /// or stops it. Never starts for readers who prefer reduced motion.
    autoplay: bool,
    /// URLs already reported as seen while this widget is mounted, shared
    /// with any carousel that replaces this one.
    reported: StoredValue<HashSet<String>>,
) -> impl IntoView {
    let strings = use_strings();
    let count = items.len();
    let rtl = dir == Direction::Rtl;
    let scroller = NodeRef::<html::Div>::new();
    let controller = Controller::new(count, rtl, autoplay, scroller);
    let analytics = Analytics::new(&items, reported);
    watch(scroller, controller, analytics);
    let playing = controller.playing;
    let controls = (count > 1).then(|| {
        view! { <Controls controller=controller count=count autoplay=autoplay /> }
    });
    let dots = (count > 1).then(|| view! { <Dots controller=controller count=count /> });

    let slides = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            view! {
                <div
                    class="aw-slide"
                    role="group"
                    aria-roledescription=strings.slide
                    aria-label=format!("{} {} {count}", index + 1, strings.of)
                    data-index=index.to_string()
                >
                    <Card item=item />
                </div>
            }
        })
        .collect_view();

    view! {
        <section
            class="aw-recommended"
            part="recommended"
            dir=if rtl { "rtl" } else { "ltr" }
            aria-roledescription=strings.carousel
            aria-labelledby=TITLE_ID
            on:mouseenter=move |_| controller.stop_rotation()
            on:focusin=move |event| {
                controller.stop_rotation();
                controller.focus_entered(slide_of(&event));
            }
            on:focusout=move |event| controller.focus_left(slide_of(&event))
            on:keydown=move |event| {
                let Some(arrow) = dom::plain_key(&event).as_deref().and_then(Arrow::from_key) else {
                    return;
                };
                dom::prevent_default(&event);
                controller.stop_rotation();
                controller.arrow(arrow.forward(rtl), slide_of(&event));
            }
        >
            <div class="aw-carousel-head">
                <h2 class="aw-recommended-title" id=TITLE_ID>
                    {strings.recommended}
                </h2>
                {controls}
            </div>
            <div
                class="aw-cards"
                id=SLIDES_ID
                node_ref=scroller
                aria-live=move || if playing.get() { "off" } else { "polite" }
                on:scroll=move |_| controller.schedule()
                on:pointerdown=move |_| controller.pointer_down()
                on:click=move |event| {
                    if link_slide(&event).is_some_and(|index| !analytics.clicked(index)) {
                        dom::prevent_default(&event);
                    }
                }
            >
                {slides}
            </div>
            {dots}
        </section>
    }
}

/// What watches the scroller once it is in the page. Held only to be
/// dropped: with the carousel's owner, which stops all of it.
struct Watchers {
    _resize: Option<Resize>,
    _seen: Option<Visibility>,
    _broken: Option<ImageErrors>,
}

/// Once the scroller is in the page, watches its size (to measure again),
/// its cards' visibility (for impressions) and its images' failures.
fn watch(scroller: NodeRef<html::Div>, controller: Controller, analytics: Analytics) {
    let watchers = StoredValue::new_local(None::<Watchers>);
    Effect::new(move |_| {
        let Some(element) = scroller.get() else {
            return;
        };
        if watchers.try_with_value(Option::is_some).unwrap_or(true) {
            return;
        }
        let on_seen = move |slide: &web_sys::Element, visible: bool| {
            if let Some(index) = slide_index(slide) {
                analytics.visibility(index, visible);
            }
        };
        watchers.try_set_value(Some(Watchers {
            _resize: Resize::watch(&element, move || controller.resized()),
            _seen: Visibility::watch(&dom::children(&element), SEEN_SHARE, on_seen),
            _broken: ImageErrors::mark(&element, BROKEN_IMAGE),
        }));
        controller.update();
    });
}

fn slide_index(slide: &web_sys::Element) -> Option<usize> {
    dom::number_attribute(slide, "data-index")
}

/// The slide an event happened in, if any.
fn slide_of(event: &Event) -> Option<usize> {
    slide_index(&dom::closest_to_target(event, ".aw-slide")?)
}

/// The slide whose link an event happened on, if any.
fn link_slide(event: &Event) -> Option<usize> {
    let link = dom::closest_to_target(event, "a[href]")?;
    slide_index(&dom::closest(&link, ".aw-slide")?)
}
