//! The "Recommended news" carousel, after the WAI-ARIA Authoring Practices
//! carousel pattern. The browser does the moving (native horizontal
//! scrolling with snap points, so touch, trackpads and wheels just work);
//! Rust only decides where to go and reads where it is, from one scroll
//! listener and arithmetic on one measurement, so 200 cards cost no more
//! per frame than 8.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, Event, EventTarget, FocusOptions, HtmlElement, IntersectionObserver,
    IntersectionObserverEntry, IntersectionObserverInit, ResizeObserver, ScrollBehavior,
    ScrollToOptions,
};

use super::card::Card;
use super::{use_event_sink, EventSink, WidgetEvent};
use crate::i18n::Strings;
use crate::model::{Direction, Recommendation};

/// Ids are per shadow root, and each widget has its own.
const TITLE_ID: &str = "aw-recommended-title";
const SLIDES_ID: &str = "aw-recommended-slides";
/// Named, not literal: see the skeleton's lines in states.rs.
const ICON: &str = "aw-carousel-icon";
/// Past this many pages a row of dots is noise; the position says more.
const MAX_DOTS: usize = 10;
const ROTATION_INTERVAL: Duration = Duration::from_millis(5000);
/// How long a card must stay half visible to count as seen.
const IMPRESSION_DELAY: Duration = Duration::from_millis(1000);
/// Fractional layout and whole-pixel scroll offsets disagree by up to this.
const SLACK: f64 = 1.0;
/// A move asked for this recently is still under way, so the next press
/// counts from where it is going, not from where the scroll has got to.
const GOAL_MS: f64 = 900.0;
/// Class that hides an image that failed, leaving the placeholder frame.
const BROKEN_IMAGE: &str = "aw-image-broken";

/// How programmatic scrolls move: smooth, except for readers who asked the
/// system for reduced motion (then `Auto`, which the stylesheet also makes
/// instant under that preference).
pub fn scroll_behavior(reduced_motion: bool) -> ScrollBehavior {
    if reduced_motion {
        ScrollBehavior::Auto
    } else {
        ScrollBehavior::Smooth
    }
}

/// Whether `(prefers-reduced-motion: reduce)` matches right now.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok())
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The scroller's geometry, measured once per size change. Distances are
/// CSS pixels from the start edge: the left in LTR, the right in RTL.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Track {
    /// Width of the scroller's visible box.
    pub view: f64,
    /// Distance between the start edges of neighbouring slides.
    pub step: f64,
    /// Width of one slide.
    pub width: f64,
    /// Where the first slide starts when the scroller is at its start.
    pub origin: f64,
    /// How far the scroller can move.
    pub max: f64,
}

/// Where the carousel stands, as the controls show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// First and last slide at least half in view (0-based).
    pub first: usize,
    pub last: usize,
    pub at_start: bool,
    pub at_end: bool,
    /// Slides that fit whole in the view: how far Previous and Next move.
    pub per_view: usize,
    pub pages: usize,
    pub page: usize,
}

impl Position {
    /// Before anything is measured: at the start, one page.
    pub fn initial(count: usize) -> Self {
        Self {
            first: 0,
            last: 0,
            at_start: true,
            at_end: count <= 1,
            per_view: 1,
            pages: 1,
            page: 0,
        }
    }
}

impl Track {
    /// The slides at least half in view at `progress` pixels from the start:
    /// a slide no wider than the view is that when its centre is in view.
    pub fn visible(&self, progress: f64, count: usize) -> (usize, usize) {
        let Some(last_index) = count.checked_sub(1) else {
            return (0, 0);
        };
        if self.step <= 0.0 {
            return (0, 0);
        }
        let centre = self.origin + self.width / 2.0;
        // Float-to-int casts saturate: negatives and NaN become 0.
        let first = ((progress - SLACK - centre) / self.step).ceil() as usize;
        let last = ((progress + self.view + SLACK - centre) / self.step).floor() as usize;
        let first = first.min(last_index);
        (first, last.clamp(first, last_index))
    }

    /// Whole slides the view holds, at least one.
    pub fn per_view(&self, count: usize) -> usize {
        if self.step <= 0.0 {
            return 1;
        }
        let whole = ((self.view - self.width + SLACK) / self.step).floor() as usize + 1;
        whole.clamp(1, count.max(1))
    }

    /// How far to scroll to bring `slide` to the start edge, within reach.
    pub fn progress_for(&self, slide: usize) -> f64 {
        (self.origin + slide as f64 * self.step)
            .max(0.0)
            .min(self.max)
    }

    /// The last slide that can be brought to the start edge: moves past it
    /// would only pile up at the end.
    pub fn last_start(&self, count: usize) -> usize {
        let last_index = count.saturating_sub(1);
        if self.step <= 0.0 {
            return last_index;
        }
        (((self.max - self.origin - SLACK) / self.step).ceil() as usize).min(last_index)
    }

    /// The controls' view of scrolling `progress` pixels into `count` slides.
    pub fn position(&self, progress: f64, count: usize) -> Position {
        let (first, last) = self.visible(progress, count);
        let per_view = self.per_view(count);
        let pages = 1 + count.saturating_sub(1) / per_view;
        let at_start = progress <= SLACK;
        let at_end = progress >= self.max - SLACK;
        let page = if at_end {
            pages - 1
        } else {
            ((first * 2 + per_view) / (per_view * 2)).min(pages - 1)
        };
        Position {
            first,
            last,
            at_start,
            at_end,
            per_view,
            pages,
            page,
        }
    }
}

/// The carousel's live state, shared by its DOM listeners and timers (which
/// run outside any reactive owner, so they check `alive` first).
struct Engine {
    count: usize,
    rtl: bool,
    /// URL and title of each slide, for the analytics events.
    stories: Vec<(String, String)>,
    events: Option<EventSink>,
    /// URLs whose impression was reported while this widget is mounted.
    reported: StoredValue<HashSet<String>>,
    position: RwSignal<Position>,
    playing: RwSignal<bool>,
    scroller: RefCell<Option<HtmlElement>>,
    track: Cell<Option<Track>>,
    /// The slides left out of `inert`, as last applied to the DOM.
    shown: Cell<Option<(usize, usize)>>,
    /// The slide holding focus stays reachable even while scrolled away.
    focused: Cell<Option<usize>>,
    /// The slide the last move is heading for, and when it was asked for.
    goal: Cell<Option<(usize, f64)>>,
    frame_pending: Cell<bool>,
    alive: Cell<bool>,
    impressions: RefCell<HashMap<usize, TimeoutHandle>>,
    rotation: Cell<Option<IntervalHandle>>,
}

impl Engine {
    fn scroller(&self) -> Option<HtmlElement> {
        self.scroller.borrow().clone()
    }

    fn slide(&self, index: usize) -> Option<Element> {
        let index = u32::try_from(index).ok()?;
        self.scroller()?.children().item(index)
    }

    /// Reads the geometry from the first two slides; `None` while the
    /// scroller has no layout (detached or hidden).
    fn measure(&self) -> Option<Track> {
        let scroller = self.scroller()?;
        let view = f64::from(scroller.client_width());
        let first = scroller.first_element_child()?;
        let rect = first.get_bounding_client_rect();
        let width = rect.width();
        if view <= 0.0 || width <= 0.0 {
            return None;
        }
        let step = first.next_element_sibling().map_or(width, |second| {
            (second.get_bounding_client_rect().left() - rect.left()).abs()
        });
        if step <= 0.0 {
            return None;
        }
        let inner_left =
            scroller.get_bounding_client_rect().left() + f64::from(scroller.client_left());
        let offset = if self.rtl {
            inner_left + view - rect.right()
        } else {
            rect.left() - inner_left
        };
        let max = f64::from(
            scroller
                .scroll_width()
                .saturating_sub(scroller.client_width()),
        )
        .max(0.0);
        Some(Track {
            view,
            step,
            width,
            origin: offset + scroll_progress(&scroller),
            max,
        })
    }

    /// Brings `inert` and the controls up to date with the scroll position.
    fn update(&self) {
        if !self.alive.get() {
            return;
        }
        let Some(scroller) = self.scroller() else {
            return;
        };
        let track = match self.track.get() {
            Some(track) => track,
            None => match self.measure() {
                Some(track) => {
                    self.track.set(Some(track));
                    track
                }
                None => return,
            },
        };
        let progress = scroll_progress(&scroller);
        let position = track.position(progress, self.count);
        self.reveal(position.first, position.last);
        if let Some((slide, _)) = self.goal.get() {
            if (track.progress_for(slide) - progress).abs() <= SLACK {
                self.goal.set(None);
            }
        }
        if self.position.try_get_untracked() != Some(position) {
            self.position.try_set(position);
        }
    }

    /// Makes slides `first..=last` reachable and every other one `inert`,
    /// touching only the slides whose state may have changed.
    fn reveal(&self, first: usize, last: usize) {
        match self.shown.replace(Some((first, last))) {
            Some(before) if before == (first, last) => {}
            Some((a, b)) => {
                for index in (a..=b).chain(first..=last) {
                    self.apply(index);
                }
            }
            None => {
                for index in 0..self.count {
                    self.apply(index);
                }
            }
        }
    }

    fn is_open(&self, index: usize) -> bool {
        self.focused.get() == Some(index)
            || self
                .shown
                .get()
                .is_some_and(|(first, last)| first <= index && index <= last)
    }

    fn apply(&self, index: usize) {
        if let Some(slide) = self.slide(index) {
            let _ = slide.toggle_attribute_with_force("inert", !self.is_open(index));
        }
    }

    /// Coalesces scroll events into one update per frame.
    fn schedule(self: &Rc<Self>) {
        if self.frame_pending.replace(true) {
            return;
        }
        let engine = Rc::clone(self);
        request_animation_frame(move || {
            engine.frame_pending.set(false);
            engine.update();
        });
    }

    fn current(&self) -> Position {
        self.position
            .try_get_untracked()
            .unwrap_or_else(|| Position::initial(self.count))
    }

    /// The slide moves count from.
    fn base(&self) -> usize {
        match self.goal.get() {
            Some((slide, at)) if js_sys::Date::now() - at < GOAL_MS => slide,
            _ => self.current().first,
        }
    }

    /// Scrolls so that `slide` starts at the start edge, or as near as the
    /// end allows.
    fn go_to(&self, slide: usize) {
        let (Some(scroller), Some(track)) = (self.scroller(), self.track.get()) else {
            return;
        };
        let slide = slide.min(track.last_start(self.count));
        self.goal.set(Some((slide, js_sys::Date::now())));
        let progress = track.progress_for(slide);
        let options = ScrollToOptions::new();
        options.set_left(if self.rtl { -progress } else { progress });
        options.set_behavior(scroll_behavior(prefers_reduced_motion()));
        scroller.scroll_to_with_scroll_to_options(&options);
    }

    fn next(&self) {
        let position = self.current();
        if !position.at_end {
            self.go_to(self.base() + position.per_view);
        }
    }

    fn previous(&self) {
        let position = self.current();
        if !position.at_start {
            self.go_to(self.base().saturating_sub(position.per_view));
        }
    }

    fn go_to_page(&self, page: usize) {
        self.go_to(page * self.current().per_view);
    }

    /// An arrow key: from a card, focus moves to the neighbouring card and
    /// the carousel follows it; from a control, the carousel moves one card.
    fn arrow(&self, forward: bool, from: Option<usize>) {
        let position = self.current();
        let Some(from) = from else {
            if forward && !position.at_end {
                self.go_to(self.base() + 1);
            } else if !forward && !position.at_start {
                self.go_to(self.base().saturating_sub(1));
            }
            return;
        };
        let target = if forward {
            (from + 1).min(self.count.saturating_sub(1))
        } else {
            from.saturating_sub(1)
        };
        if target == from {
            return;
        }
        let first = self.base();
        let last = first + (position.last - position.first);
        if target > last {
            self.go_to(first + (target - last));
        } else if target < first {
            self.go_to(target);
        }
        self.focus_slide(target);
    }

    /// Focuses the link of slide `index`, lifting its `inert` first (it may
    /// still be scrolling into view) and without a second, instant scroll.
    fn focus_slide(&self, index: usize) {
        let Some(slide) = self.slide(index) else {
            return;
        };
        let before = self.focused.replace(Some(index));
        let _ = slide.toggle_attribute_with_force("inert", false);
        let link = slide
            .query_selector("a[href]")
            .ok()
            .flatten()
            .and_then(|link| link.dyn_into::<HtmlElement>().ok());
        if let Some(link) = link {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = link.focus_with_options(&options);
        }
        if let Some(before) = before.filter(|&b| b != index) {
            self.apply(before);
        }
    }

    fn focus_entered(&self, slide: Option<usize>) {
        let before = self.focused.replace(slide);
        if let Some(before) = before.filter(|&b| Some(b) != slide) {
            self.apply(before);
        }
    }

    fn focus_left(&self, slide: Option<usize>) {
        if slide.is_some() && self.focused.get() == slide {
            self.focused.set(None);
            if let Some(slide) = slide {
                self.apply(slide);
            }
        }
    }

    /// Hover, focus and touch stop the rotation for good: only the rotation
    /// button starts it again.
    fn stop_rotation(&self) {
        if self.playing.try_get_untracked() == Some(true) {
            self.playing.try_set(false);
        }
    }

    fn run_rotation(self: &Rc<Self>, on: bool) {
        if let Some(handle) = self.rotation.take() {
            handle.clear();
        }
        if !on || !self.alive.get() {
            return;
        }
        let engine = Rc::clone(self);
        if let Ok(handle) = set_interval_with_handle(move || engine.rotate(), ROTATION_INTERVAL) {
            self.rotation.set(Some(handle));
        }
    }

    fn rotate(&self) {
        let position = self.current();
        if !self.alive.get() || (position.at_start && position.at_end) {
            return;
        }
        if position.at_end {
            self.go_to(0);
        } else {
            self.next();
        }
    }

    /// A card link was clicked: the page hears of it and may cancel it.
    fn clicked(&self, event: &Event) {
        let Some(events) = self.events else {
            return;
        };
        let Some(index) = target_element(event.target())
            .and_then(|target| target.closest("a[href]").ok().flatten())
            .and_then(|link| slide_of(&link))
        else {
            return;
        };
        let Some((url, title)) = self.stories.get(index) else {
            return;
        };
        let allowed = events.emit(WidgetEvent::RecommendationClick {
            url: url.clone(),
            title: title.clone(),
            position: index + 1,
        });
        if !allowed {
            event.prevent_default();
        }
    }

    /// Starts or cancels each card's one-second clock as it crosses half
    /// visible in the page's viewport.
    fn observed(self: &Rc<Self>, entries: js_sys::Array) {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                continue;
            };
            let Some(index) = slide_index(&entry.target()) else {
                continue;
            };
            if entry.is_intersecting() && entry.intersection_ratio() >= 0.49 {
                self.start_impression(index);
            } else if let Some(handle) = self.impressions.borrow_mut().remove(&index) {
                handle.clear();
            }
        }
    }

    fn start_impression(self: &Rc<Self>, index: usize) {
        if self.impressions.borrow().contains_key(&index) {
            return;
        }
        let Some((url, _)) = self.stories.get(index) else {
            return;
        };
        let done = self
            .reported
            .try_with_value(|reported| reported.contains(url))
            .unwrap_or(true);
        if done {
            return;
        }
        let engine = Rc::clone(self);
        if let Ok(handle) = set_timeout_with_handle(move || engine.seen(index), IMPRESSION_DELAY) {
            self.impressions.borrow_mut().insert(index, handle);
        }
    }

    fn seen(&self, index: usize) {
        self.impressions.borrow_mut().remove(&index);
        if !self.alive.get() {
            return;
        }
        let (Some(events), Some((url, title))) = (self.events, self.stories.get(index)) else {
            return;
        };
        let fresh = self
            .reported
            .try_update_value(|reported| reported.insert(url.clone()))
            .unwrap_or(false);
        if fresh {
            events.emit(WidgetEvent::RecommendationImpression {
                url: url.clone(),
                title: title.clone(),
                position: index + 1,
            });
        }
    }

    /// Starts watching the mounted scroller: its size, its cards' visibility
    /// and its images' failures. Everything stops when the result drops.
    fn attach(self: &Rc<Self>, scroller: HtmlElement) -> Watchers {
        *self.scroller.borrow_mut() = Some(scroller.clone());
        let engine = Rc::clone(self);
        let resized = Closure::<dyn FnMut()>::new(move || {
            engine.track.set(None);
            engine.update();
        });
        let resize = ResizeObserver::new(resized.as_ref().unchecked_ref())
            .ok()
            .map(|observer| {
                observer.observe(&scroller);
                (observer, resized)
            });

        let engine = Rc::clone(self);
        let crossed = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries| {
            engine.observed(entries);
        });
        let init = IntersectionObserverInit::new();
        init.set_threshold_f64(0.5);
        let seen = IntersectionObserver::new_with_options(crossed.as_ref().unchecked_ref(), &init)
            .ok()
            .map(|observer| {
                let slides = scroller.children();
                for index in 0..slides.length() {
                    if let Some(slide) = slides.item(index) {
                        observer.observe(&slide);
                    }
                }
                (observer, crossed)
            });

        // `error` does not bubble, so one capturing listener serves every image.
        let failed = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if let Some(image) = target_element(event.target()).filter(|e| e.tag_name() == "IMG") {
                let _ = image.class_list().add_1(BROKEN_IMAGE);
            }
        });
        let broken = scroller
            .add_event_listener_with_callback_and_bool(
                "error",
                failed.as_ref().unchecked_ref(),
                true,
            )
            .ok()
            .map(|()| (scroller.clone(), failed));

        self.update();
        Watchers {
            engine: Rc::clone(self),
            resize,
            seen,
            broken,
        }
    }
}

type Listener<A> = Closure<dyn FnMut(A)>;

/// What [`Engine::attach`] started; dropping it (with the carousel's owner)
/// stops all of it, so nothing fires into a carousel that is gone.
struct Watchers {
    engine: Rc<Engine>,
    resize: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
    seen: Option<(IntersectionObserver, Listener<js_sys::Array>)>,
    broken: Option<(HtmlElement, Listener<Event>)>,
}

impl Drop for Watchers {
    fn drop(&mut self) {
        self.engine.alive.set(false);
        if let Some(handle) = self.engine.rotation.take() {
            handle.clear();
        }
        for (_, handle) in self.engine.impressions.borrow_mut().drain() {
            handle.clear();
        }
        if let Some((observer, _)) = &self.resize {
            observer.disconnect();
        }
        if let Some((observer, _)) = &self.seen {
            observer.disconnect();
        }
        if let Some((scroller, listener)) = &self.broken {
            let _ = scroller.remove_event_listener_with_callback_and_bool(
                "error",
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

/// Scroll distance from the start edge. `scrollLeft` is read as a float
/// (web-sys rounds it) and is negative in right-to-left.
fn scroll_progress(element: &Element) -> f64 {
    js_sys::Reflect::get(element, &JsValue::from_str("scrollLeft"))
        .ok()
        .and_then(|value| value.as_f64())
        .map_or(0.0, f64::abs)
}

fn target_element(target: Option<EventTarget>) -> Option<Element> {
    target.and_then(|t| t.dyn_into::<Element>().ok())
}

fn slide_index(slide: &Element) -> Option<usize> {
    slide.get_attribute("data-index")?.parse().ok()
}

/// The slide an element is in.
fn slide_of(element: &Element) -> Option<usize> {
    slide_index(&element.closest(".aw-slide").ok().flatten()?)
}

fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// A row of recommended stories, scrolled sideways: Previous and Next,
/// position and page dots, arrow keys, optional rotation. Only the slides
/// in view can be reached by keyboard and screen readers.
#[component]
pub fn Carousel(
    /// The stories, at least one, already de-duplicated.
    items: Vec<Recommendation>,
    /// Interface strings.
    strings: &'static Strings,
    /// Language the cards' dates are written in.
    lang: Option<String>,
    /// Reading direction: in right-to-left the first card is at the right.
    dir: Direction,
    /// Advance every few seconds until the reader hovers, focuses, touches
    /// or stops it. Never starts for readers who prefer reduced motion.
    autoplay: bool,
    /// URLs already reported as seen while this widget is mounted, shared
    /// with any carousel that replaces this one.
    reported: StoredValue<HashSet<String>>,
) -> impl IntoView {
    let count = items.len();
    let rtl = dir == Direction::Rtl;
    let position = RwSignal::new(Position::initial(count));
    let playing = RwSignal::new(autoplay && count > 1 && !prefers_reduced_motion());
    let engine = Rc::new(Engine {
        count,
        rtl,
        stories: items
            .iter()
            .map(|item| (item.url.clone(), item.title.clone()))
            .collect(),
        events: use_event_sink(),
        reported,
        position,
        playing,
        scroller: RefCell::new(None),
        track: Cell::new(None),
        shown: Cell::new(None),
        focused: Cell::new(None),
        goal: Cell::new(None),
        frame_pending: Cell::new(false),
        alive: Cell::new(true),
        impressions: RefCell::new(HashMap::new()),
        rotation: Cell::new(None),
    });
    // Handlers take the engine out by value: holding the store's borrow while
    // the engine sets signals would re-enter it.
    let shared = StoredValue::new_local(engine);
    let with_engine = move |act: &dyn Fn(&Rc<Engine>)| {
        if let Some(engine) = shared.try_get_value() {
            act(&engine);
        }
    };

    let scroller = NodeRef::<html::Div>::new();
    let watchers = StoredValue::new_local(None::<Watchers>);
    Effect::new(move |_| {
        let Some(element) = scroller.get() else {
            return;
        };
        if watchers.try_with_value(Option::is_some).unwrap_or(true) {
            return;
        }
        if let Some(engine) = shared.try_get_value() {
            watchers.try_set_value(Some(engine.attach(element.into())));
        }
    });
    Effect::new(move |_| {
        let on = playing.get();
        with_engine(&|engine| engine.run_rotation(on));
    });

    let fits = Memo::new(move |_| position.with(|p| p.at_start && p.at_end));
    let layout = Memo::new(move |_| position.with(|p| (p.pages, p.per_view)));
    let page = Memo::new(move |_| position.with(|p| p.page));
    let dir_attr = if rtl { "rtl" } else { "ltr" };

    let controls = (count > 1).then(|| {
        let rotation = autoplay.then(|| {
            view! {
                <button
                    type="button"
                    class="aw-carousel-button aw-carousel-rotation"
                    class:aw-playing=move || playing.get()
                    aria-controls=SLIDES_ID
                    on:click=move |_| {
                        playing.try_update(|on| *on = !*on);
                    }
                >
                    <span class=ICON aria-hidden="true"></span>
                    <span class="aw-visually-hidden">
                        {move || {
                            if playing.get() { strings.stop_rotation } else { strings.start_rotation }
                        }}
                    </span>
                </button>
            }
        });
        view! {
            <div class="aw-carousel-controls" hidden=move || fits.get()>
                {rotation}
                <button
                    type="button"
                    class="aw-carousel-button aw-carousel-prev"
                    aria-controls=SLIDES_ID
                    aria-disabled=move || flag(position.with(|p| p.at_start))
                    on:click=move |_| with_engine(&|engine| engine.previous())
                >
                    <span class=ICON aria-hidden="true"></span>
                    <span class="aw-visually-hidden">{strings.previous}</span>
                </button>
                <p class="aw-carousel-position">
                    {move || format!("{} {} {count}", position.with(|p| p.first) + 1, strings.of)}
                </p>
                <button
                    type="button"
                    class="aw-carousel-button aw-carousel-next"
                    aria-controls=SLIDES_ID
                    aria-disabled=move || flag(position.with(|p| p.at_end))
                    on:click=move |_| with_engine(&|engine| engine.next())
                >
                    <span class=ICON aria-hidden="true"></span>
                    <span class="aw-visually-hidden">{strings.next}</span>
                </button>
            </div>
        }
    });

    // Keyboard and screen-reader users have Previous, Next and the arrow keys;
    // the dots stay out of the tab order but keep names for voice control.
    let dots = (count > 1).then(|| {
        view! {
            <div class="aw-carousel-dots">
                {move || {
                    let (pages, per_view) = layout.get();
                    (2..=MAX_DOTS)
                        .contains(&pages)
                        .then(|| {
                            (0..pages)
                                .map(|p| {
                                    let label = format!(
                                        "{} {}",
                                        strings.go_to_slide,
                                        (p * per_view).min(count.saturating_sub(per_view)) + 1,
                                    );
                                    view! {
                                        <button
                                            type="button"
                                            class="aw-carousel-dot"
                                            tabindex="-1"
                                            aria-label=label
                                            aria-controls=SLIDES_ID
                                            aria-current=move || (page.get() == p).then_some("true")
                                            on:click=move |_| with_engine(&|engine| engine.go_to_page(p))
                                        ></button>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </div>
        }
    });

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
                    <Card item=item strings=strings lang=lang.clone() />
                </div>
            }
        })
        .collect_view();

    view! {
        <section
            class="aw-recommended"
            part="recommended"
            dir=dir_attr
            aria-roledescription=strings.carousel
            aria-labelledby=TITLE_ID
            on:mouseenter=move |_| with_engine(&|engine| engine.stop_rotation())
            on:focusin=move |event| {
                let slide = target_element(event.target()).and_then(|t| slide_of(&t));
                with_engine(&|engine| {
                    engine.stop_rotation();
                    engine.focus_entered(slide);
                });
            }
            on:focusout=move |event| {
                let slide = target_element(event.target()).and_then(|t| slide_of(&t));
                with_engine(&|engine| engine.focus_left(slide));
            }
            on:keydown=move |event| {
                if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key()
                    || event.default_prevented()
                {
                    return;
                }
                let forward = match event.key().as_str() {
                    "ArrowRight" => !rtl,
                    "ArrowLeft" => rtl,
                    _ => return,
                };
                event.prevent_default();
                let slide = target_element(event.target()).and_then(|t| slide_of(&t));
                with_engine(&|engine| {
                    engine.stop_rotation();
                    engine.arrow(forward, slide);
                });
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
                on:scroll=move |_| with_engine(&|engine| engine.schedule())
                on:pointerdown=move |_| {
                    with_engine(&|engine| {
                        engine.stop_rotation();
                        engine.goal.set(None);
                    })
                }
                on:click=move |event| with_engine(&|engine| engine.clicked(&event))
            >
                {slides}
            </div>
            {dots}
        </section>
    }
}
