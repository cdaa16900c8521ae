//! Timers that stop when dropped, so one held by a component's owner ends
//! with the component and never fires into something gone.

use std::time::Duration;

use leptos::prelude::{
    request_animation_frame, set_interval_with_handle, set_timeout_with_handle, IntervalHandle,
    TimeoutHandle,
};

/// `run` once after a delay, unless dropped first.
pub(crate) struct Timeout(TimeoutHandle);

impl Timeout {
    /// `None` if the browser refused the timer.
    pub(crate) fn start(delay: Duration, run: impl FnOnce() + 'static) -> Option<Self> {
        set_timeout_with_handle(run, delay).ok().map(Self)
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        // Clearing one that already ran is harmless.
        self.0.clear();
    }
}

/// `run` every `period` until dropped.
pub(crate) struct Interval(IntervalHandle);

impl Interval {
    /// `None` if the browser refused the timer.
    pub(crate) fn start(period: Duration, run: impl Fn() + 'static) -> Option<Self> {
        set_interval_with_handle(run, period).ok().map(Self)
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        self.0.clear();
    }
}

/// `run` just before the next repaint.
pub(crate) fn next_frame(run: impl FnOnce() + 'static) {
    request_animation_frame(run);
}

/// Milliseconds since the epoch, for telling how long ago something was.
pub(crate) fn now_ms() -> f64 {
    js_sys::Date::now()
}
