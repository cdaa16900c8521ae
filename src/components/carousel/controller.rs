//! Scrolling, `inert`, focus and rotation. The controls ask for moves, the
//! controller turns them into scrolls; the scroller reports where it got
//! to, the controller turns that into the [`Position`] the controls show
//! and into which slides can be reached.
//!
//! State that something renders is a signal (`position`, `playing`);
//! what only the listeners need sits in one plain [`Tracking`] struct in a
//! `StoredValue`. Every access is short and never spans a DOM call: focus
//! and blur listeners run synchronously inside `focus()`, and they read the
//! same state.

use std::time::Duration;

use article_widget_core::carousel::{Follow, Move, Position, Reach, Track};
use leptos::html;
use leptos::prelude::*;
use web_sys::Element;

use crate::browser::motion::prefers_reduced_motion;
use crate::browser::timer::{self, Interval};
use crate::browser::{dom, focus, scroll};

const ROTATION_INTERVAL: Duration = Duration::from_millis(5000);
/// A move asked for this recently is still under way, so the next press
/// counts from where it is going, not from where the scroll has got to.
const HEADING_MS: f64 = 900.0;

/// What the listeners keep between frames; nothing renders it.
#[derive(Default)]
struct Tracking {
    /// The geometry, until the scroller changes size.
    track: Option<Track>,
    /// Which slides are reachable, as last applied to the page.
    reach: Reach,
    /// The slide the last move is heading for, and when it was asked for.
    heading: Option<(usize, f64)>,
    /// An update already waits for the next frame.
    frame_pending: bool,
}

/// Drives one carousel. It is a set of handles into storage owned by the
/// carousel, so it is `Copy` into every listener, and once the carousel is
/// gone every method quietly does nothing.
#[derive(Clone, Copy)]
pub(super) struct Controller {
    count: usize,
    rtl: bool,
    scroller: NodeRef<html::Div>,
    /// Where the carousel stands, as the controls show it.
    pub(super) position: RwSignal<Position>,
    /// Whether it rotates by itself.
    pub(super) playing: RwSignal<bool>,
    state: StoredValue<Tracking, LocalStorage>,
    /// The running rotation; replacing or dropping it stops it.
    rotation: StoredValue<Option<Interval>, LocalStorage>,
}

impl Controller {
    /// A controller for `count` slides in `scroller`. Rotation starts with
    /// `autoplay`, unless the reader prefers reduced motion.
    pub(super) fn new(
        count: usize,
        rtl: bool,
        autoplay: bool,
        scroller: NodeRef<html::Div>,
    ) -> Self {
        let controller = Self {
            count,
            rtl,
            scroller,
            position: RwSignal::new(Position::initial(count)),
            playing: RwSignal::new(autoplay && count > 1 && !prefers_reduced_motion()),
            state: StoredValue::new_local(Tracking::default()),
            rotation: StoredValue::new_local(None),
        };
        Effect::new(move |_| {
            let on = controller.playing.get();
            controller.run_rotation(on);
        });
        controller
    }

    fn current(&self) -> Position {
        self.position
            .try_get_untracked()
            .unwrap_or_else(|| Position::initial(self.count))
    }

    fn scroller(&self) -> Option<Element> {
        self.scroller
            .try_get_untracked()
            .flatten()
            .map(Element::from)
    }

    fn slide(&self, index: usize) -> Option<Element> {
        dom::child(&self.scroller()?, index)
    }

    /// Brings `inert` and the controls up to date with the scroll position,
    /// measuring first if the size changed.
    pub(super) fn update(&self) {
        let Some(scroller) = self.scroller() else {
            return;
        };
        let Some(known) = self.state.try_with_value(|s| s.track) else {
            return;
        };
        let track = match known {
            Some(track) => track,
            None => {
                let measured = scroll::layout(&scroller).and_then(|l| Track::measure(&l, self.rtl));
                let Some(track) = measured else {
                    return;
                };
                self.state.try_update_value(|s| s.track = Some(track));
                track
            }
        };
        let progress = scroll::progress(&scroller);
        let position = track.position(progress, self.count);
        let changes = self
            .state
            .try_update_value(|s| {
                if s.heading
                    .is_some_and(|(slide, _)| track.arrived(slide, progress))
                {
                    s.heading = None;
                }
                s.reach.show(position.first, position.last, self.count)
            })
            .unwrap_or_default();
        self.apply(&changes);
        if self.position.try_get_untracked() != Some(position) {
            self.position.try_set(position);
        }
    }

    /// The scroller changed size: measure again.
    pub(super) fn resized(&self) {
        self.state.try_update_value(|s| s.track = None);
        self.update();
    }

    /// Coalesces scroll events into one update per frame.
    pub(super) fn schedule(&self) {
        let first = self
            .state
            .try_update_value(|s| !std::mem::replace(&mut s.frame_pending, true))
            .unwrap_or(false);
        if first {
            let controller = *self;
            timer::next_frame(move || {
                controller
                    .state
                    .try_update_value(|s| s.frame_pending = false);
                controller.update();
            });
        }
    }

    /// Sets `inert` on each slide as [`Reach`] decided.
    fn apply(&self, changes: &[(usize, bool)]) {
        for &(index, open) in changes {
            if let Some(slide) = self.slide(index) {
                focus::set_inert(&slide, !open);
            }
        }
    }

    /// The slide moves count from: while a move is under way, where it is
    /// heading; otherwise the first slide in view.
    fn base(&self) -> usize {
        match self.state.try_with_value(|s| s.heading).flatten() {
            Some((slide, since)) if timer::now_ms() - since < HEADING_MS => slide,
            _ => self.current().first,
        }
    }

    /// Carries out a control's move; nothing at the end it moves towards.
    pub(super) fn go(&self, mv: Move) {
        if let Some(target) = self.current().target(mv, self.base()) {
            self.go_to(target);
        }
    }

    /// Scrolls so that `slide` starts at the start edge, or as near as the
    /// end allows.
    fn go_to(&self, slide: usize) {
        let Some(scroller) = self.scroller() else {
            return;
        };
        let Some(Some(track)) = self.state.try_with_value(|s| s.track) else {
            return;
        };
        let slide = track.reachable(slide, self.count);
        self.state
            .try_update_value(|s| s.heading = Some((slide, timer::now_ms())));
        scroll::scroll_to(&scroller, track.progress_for(slide), self.rtl);
    }

    /// An arrow key, pressed on slide `from` or (`None`) on a control: from
    /// a card, focus moves to the neighbouring card and the carousel follows
    /// it; from a control, the carousel moves one card.
    pub(super) fn arrow(&self, forward: bool, from: Option<usize>) {
        let Some(from) = from else {
            self.go(if forward { Move::Forward } else { Move::Back });
            return;
        };
        let base = self.base();
        let Some(Follow { focus, scroll_to }) =
            self.current().follow(from, forward, base, self.count)
        else {
            return;
        };
        if let Some(slide) = scroll_to {
            self.go_to(slide);
        }
        self.focus_slide(focus);
    }

    /// Focuses the link of slide `index`, lifting its `inert` first (it may
    /// still be scrolling into view). The slide that had focus is updated
    /// only afterwards: made inert while focused, it would drop focus.
    fn focus_slide(&self, index: usize) {
        let Some(slide) = self.slide(index) else {
            return;
        };
        let before = self
            .state
            .try_update_value(|s| s.reach.focus(Some(index)))
            .flatten();
        focus::set_inert(&slide, false);
        focus::focus_first_link(&slide);
        self.apply(before.as_slice());
    }

    /// Focus came into the carousel, on slide `slide` or (`None`) a
    /// control: a focused slide stays reachable even while scrolled away.
    pub(super) fn focus_entered(&self, slide: Option<usize>) {
        let before = self
            .state
            .try_update_value(|s| s.reach.focus(slide))
            .flatten();
        self.apply(before.as_slice());
    }

    /// Focus left `slide`, which is reachable again only while in view.
    pub(super) fn focus_left(&self, slide: Option<usize>) {
        let Some(slide) = slide else {
            return;
        };
        let changed = self
            .state
            .try_update_value(|s| s.reach.blur(slide))
            .flatten();
        self.apply(changed.as_slice());
    }

    /// The reader touched or pressed the scroller: rotation stops, and the
    /// next move counts from where the reader leaves it.
    pub(super) fn pointer_down(&self) {
        self.stop_rotation();
        self.state.try_update_value(|s| s.heading = None);
    }

    /// Hover, focus and touch stop the rotation for good: only the rotation
    /// button starts it again.
    pub(super) fn stop_rotation(&self) {
        if self.playing.try_get_untracked() == Some(true) {
            self.playing.try_set(false);
        }
    }

    /// The rotation button.
    pub(super) fn toggle_rotation(&self) {
        self.playing.try_update(|on| *on = !*on);
    }

    fn run_rotation(&self, on: bool) {
        let controller = *self;
        let interval = on
            .then(|| Interval::start(ROTATION_INTERVAL, move || controller.go(Move::Rotate)))
            .flatten();
        // The interval it replaces stops as it is dropped.
        self.rotation.try_set_value(interval);
    }
}
