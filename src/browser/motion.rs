//! The reader's motion preference, which programmatic scrolling follows.

use web_sys::ScrollBehavior;

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
