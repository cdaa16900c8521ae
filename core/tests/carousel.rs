#![cfg(not(target_arch = "wasm32"))]
//! The carousel's arithmetic for any geometry: whatever the page measures
//! (zero, NaN, huge), nothing panics and every answer stays in range; on
//! rows a stylesheet can produce, Previous, Next and the rotation never
//! skip a slide, the carousel follows keyboard focus, right-to-left mirrors
//! left-to-right, and `inert` is only updated where it changed, yet never
//! left stale.

use article_widget_core::carousel::{Arrow, Layout, Move, Position, Reach, Span, Track, MAX_DOTS};
use proptest::prelude::*;

/// Any number the page could hand over, and some it never would.
fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        any::<f64>(),
        -1e12..1e12f64,
        0.0..5000.0f64,
    ]
}

fn wild_count() -> impl Strategy<Value = usize> {
    prop_oneof![0..300usize, Just(usize::MAX), Just(usize::MAX / 2)]
}

fn wild_track() -> impl Strategy<Value = Track> {
    (wild(), wild(), wild(), wild(), wild()).prop_map(|(view, step, width, origin, max)| Track {
        view,
        step,
        width,
        origin,
        max,
    })
}

fn every_move(pages: usize) -> Vec<Move> {
    vec![
        Move::Next,
        Move::Previous,
        Move::Forward,
        Move::Back,
        Move::Rotate,
        Move::Page(0),
        Move::Page(pages.saturating_sub(1)),
        Move::Page(usize::MAX),
    ]
}

/// A row as the stylesheet lays it out: `count` slides of one width no
/// wider than the view and equal gaps; the scroller has no inline padding,
/// so only rounding puts the first slide off the start edge.
#[derive(Clone, Copy, Debug)]
struct Row {
    count: usize,
    view: f64,
    width: f64,
    gap: f64,
    padding: f64,
}

impl Row {
    fn track(&self) -> Track {
        let content = 2.0 * self.padding
            + self.count as f64 * self.width
            + self.count.saturating_sub(1) as f64 * self.gap;
        Track {
            view: self.view,
            step: self.width + self.gap,
            width: self.width,
            origin: self.padding,
            max: (content - self.view).max(0.0),
        }
    }
}

fn row() -> impl Strategy<Value = Row> {
    (
        1..120usize,
        40.0..2400.0f64,
        0.05..1.0f64,
        0.0..48.0f64,
        0.0..=1.0f64,
    )
        .prop_map(|(count, view, share, gap, padding)| Row {
            count,
            view,
            width: (view * share).max(1.0),
            gap,
            padding,
        })
}

/// Where scroll snapping lets the row rest: a slide at the start edge, or
/// the end.
fn resting_places(track: &Track, count: usize) -> Vec<f64> {
    let mut places: Vec<f64> = (0..count).map(|k| track.progress_for(k)).collect();
    places.push(track.max);
    places
}

/// Where a move to `target` comes to rest.
fn after(track: &Track, target: usize, count: usize) -> (f64, Position) {
    let progress = track.progress_for(track.reachable(target, count));
    (progress, track.position(progress, count))
}

/// Presses `mv` from `progress` until it goes nowhere; returns every
/// position passed through, the first included.
fn press_until_stuck(track: &Track, count: usize, progress: f64, mv: Move) -> Vec<Position> {
    let mut progress = progress;
    let mut seen = vec![track.position(progress, count)];
    for _ in 0..=count {
        let position = track.position(progress, count);
        let Some(target) = position.target(mv, position.first) else {
            break;
        };
        let (next_progress, next) = after(track, target, count);
        if next_progress == progress {
            break;
        }
        progress = next_progress;
        seen.push(next);
    }
    seen
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_geometry_keeps_every_answer_in_range(
        track in wild_track(),
        progress in wild(),
        count in wild_count(),
        base in any::<usize>(),
    ) {
        let position = track.position(progress, count);
        let last_index = count.saturating_sub(1);
        prop_assert!(position.first <= position.last);
        prop_assert!(position.last <= last_index);
        prop_assert!(position.per_view >= 1 && position.per_view <= count.max(1));
        prop_assert!(position.pages >= 1 && position.page < position.pages);
        prop_assert_eq!(position.pages, 1 + last_index / position.per_view);
        prop_assert!(track.last_start(count) <= last_index);
        prop_assert!(track.reachable(base, count) <= track.last_start(count));
        prop_assert!(position.dots() <= MAX_DOTS);
        for page in 0..position.dots() {
            prop_assert!(position.page_first(page, count) <= last_index);
        }
        for mv in every_move(position.pages) {
            let _ = position.target(mv, base);
        }
        let from = base.min(last_index);
        for forward in [true, false] {
            if let Some(follow) = position.follow(from, forward, base, count) {
                prop_assert!(follow.focus <= last_index);
                prop_assert_eq!(follow.focus.abs_diff(from), 1);
            }
        }
        let _ = track.arrived(base, progress);
        if track.max.is_finite() && track.max >= 0.0 {
            let to = track.progress_for(base);
            prop_assert!((0.0..=track.max).contains(&to), "{} not in 0..={}", to, track.max);
        }
    }

    #[test]
    fn any_measurement_gives_a_usable_track_or_none(
        inner_left in wild(),
        view in wild(),
        max in wild(),
        scrolled in wild(),
        left in wild(),
        width in wild(),
        second_left in proptest::option::of(wild()),
        rtl in any::<bool>(),
    ) {
        let layout = Layout {
            inner_left,
            view,
            max,
            scrolled,
            first: Span { left, width },
            second_left,
        };
        if let Some(track) = Track::measure(&layout, rtl) {
            prop_assert!(track.view > 0.0 && track.width > 0.0 && track.step > 0.0);
            prop_assert!(track.max >= 0.0);
            for n in [track.view, track.step, track.width, track.origin, track.max] {
                prop_assert!(n.is_finite());
            }
        }
    }

    #[test]
    fn right_to_left_measures_as_the_mirror_of_left_to_right(
        // Multiples of 1/64 within a few thousand pixels add up exactly.
        inner_left in -64_000..64_000i32,
        offset in -64_000..64_000i32,
        scrolled in -64_000..64_000i32,
        max in -64_000..64_000i32,
        view in 1..256_000i32,
        width in 1..128_000i32,
        gap in 0..4_000i32,
        single in any::<bool>(),
    ) {
        let px = |n: i32| f64::from(n) / 64.0;
        let (inner_left, view, width, step) = (px(inner_left), px(view), px(width), px(width + gap));
        let ltr_left = inner_left + px(offset);
        let ltr = Layout {
            inner_left,
            view,
            max: px(max),
            scrolled: px(scrolled),
            first: Span { left: ltr_left, width },
            second_left: (!single).then_some(ltr_left + step),
        };
        // Mirrored about the scroller's centre: the first slide at the right,
        // the second to its left.
        let rtl_left = inner_left + view - px(offset) - width;
        let rtl = Layout {
            first: Span { left: rtl_left, width },
            second_left: (!single).then_some(rtl_left - step),
            ..ltr
        };
        prop_assert_eq!(Track::measure(&rtl, true), Track::measure(&ltr, false));
        for key in [Arrow::Left, Arrow::Right] {
            let mirrored = if key == Arrow::Left { Arrow::Right } else { Arrow::Left };
            prop_assert_eq!(key.forward(true), mirrored.forward(false));
        }
    }

    #[test]
    fn next_never_skips_a_slide_nor_goes_back(row in row(), at in any::<prop::sample::Index>()) {
        let track = row.track();
        let places = resting_places(&track, row.count);
        let progress = places[at.index(places.len())];
        let before = track.position(progress, row.count);
        if let Some(target) = before.target(Move::Next, before.first) {
            let (moved_to, now) = after(&track, target, row.count);
            prop_assert!(now.first <= before.last + 1, "skipped: {:?} then {:?}", before, now);
            prop_assert!(moved_to >= progress && now.first >= before.first);
        } else {
            prop_assert!(before.at_end);
        }
    }

    #[test]
    fn previous_never_skips_a_slide_nor_goes_on(row in row(), share in 0.0..=1.0f64) {
        // From anywhere, not only where snapping rests: a smooth scroll may be
        // caught half way.
        let track = row.track();
        let progress = track.max * share;
        let before = track.position(progress, row.count);
        if let Some(target) = before.target(Move::Previous, before.first) {
            let (moved_to, now) = after(&track, target, row.count);
            prop_assert!(now.last + 1 >= before.first, "skipped: {:?} then {:?}", before, now);
            prop_assert!(moved_to <= progress && now.first <= before.first);
        } else {
            prop_assert!(before.at_start);
        }
    }

    #[test]
    fn pressing_next_from_the_start_shows_every_slide_and_reaches_the_end(row in row()) {
        let track = row.track();
        let passed = press_until_stuck(&track, row.count, 0.0, Move::Next);
        let mut shown = vec![false; row.count];
        for position in &passed {
            shown[position.first..=position.last].fill(true);
        }
        prop_assert!(shown.iter().all(|&s| s), "{:?}", passed);
        prop_assert!(passed.last().is_some_and(|p| p.at_end));
        let back = press_until_stuck(&track, row.count, track.max, Move::Previous);
        prop_assert!(back.last().is_some_and(|p| p.at_start && p.first == 0));
    }

    #[test]
    fn rotation_goes_round_to_the_start(row in row()) {
        let track = row.track();
        let mut progress = 0.0;
        let mut wrapped = false;
        for _ in 0..=row.count {
            let position = track.position(progress, row.count);
            let Some(target) = position.target(Move::Rotate, position.first) else {
                prop_assert!(position.fits());
                return Ok(());
            };
            if position.at_end {
                prop_assert_eq!(target, 0);
                wrapped = true;
                break;
            }
            progress = after(&track, target, row.count).0;
        }
        prop_assert!(wrapped, "never got round");
    }

    #[test]
    fn the_carousel_follows_keyboard_focus(
        row in row(),
        at in any::<prop::sample::Index>(),
        pick in any::<prop::sample::Index>(),
        forward in any::<bool>(),
    ) {
        let track = row.track();
        let places = resting_places(&track, row.count);
        let position = track.position(places[at.index(places.len())], row.count);
        let from = position.first + pick.index(position.last - position.first + 1);
        let Some(follow) = position.follow(from, forward, position.first, row.count) else {
            let at_an_end = if forward { from + 1 == row.count } else { from == 0 };
            prop_assert!(at_an_end);
            return Ok(());
        };
        let now = match follow.scroll_to {
            Some(target) => after(&track, target, row.count).1,
            None => position,
        };
        prop_assert!(
            now.first <= follow.focus && follow.focus <= now.last,
            "{:?} then {:?} for focus on {}", position, now, follow.focus
        );
    }

    #[test]
    fn inert_is_updated_only_where_it_changed_yet_never_stale(
        count in 1..40usize,
        steps in prop::collection::vec((0..4u8, 0..48usize, 0..48usize), 1..40),
    ) {
        let mut reach = Reach::default();
        // The page: no slide starts out inert.
        let mut open = vec![true; count];
        let mut shown_once = false;
        let apply = |open: &mut Vec<bool>, changes: &[(usize, bool)]| {
            for &(slide, state) in changes {
                if let Some(slot) = open.get_mut(slide) {
                    *slot = state;
                }
            }
        };
        for (kind, a, b) in steps {
            match kind {
                0 => {
                    // What `visible` can give, and sometimes what it cannot.
                    let (first, last) = if a % 5 == 0 { (a, b) } else {
                        let first = a % count;
                        (first, (first + b % 4).min(count - 1))
                    };
                    let changes = reach.show(first, last, count);
                    apply(&mut open, &changes);
                    shown_once = true;
                }
                1 => {
                    // The widget moves focus into a slide after opening it.
                    let slide = a % count;
                    let before = reach.focus(Some(slide));
                    apply(&mut open, &[(slide, true)]);
                    apply(&mut open, before.as_slice());
                }
                2 => {
                    let before = reach.focus(None);
                    apply(&mut open, before.as_slice());
                }
                _ => {
                    let changed = reach.blur(a % count);
                    apply(&mut open, changed.as_slice());
                }
            }
            if shown_once {
                for (slide, &state) in open.iter().enumerate() {
                    prop_assert_eq!(state, reach.is_open(slide), "slide {}", slide);
                }
            }
        }
    }
}
