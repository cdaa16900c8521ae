//! Where the "Recommended news" carousel stands and where each control
//! takes it. The browser does the moving (native scrolling with snap
//! points); the widget only measures once per size change, reads one scroll
//! offset per frame, and decides with the arithmetic here. Keeping it free
//! of the DOM lets it be checked natively for any widths, including zero,
//! NaN and huge ones (tests/carousel.rs).

/// Fractional layout and whole-pixel scroll offsets disagree by up to this.
pub const SLACK: f64 = 1.0;

/// Past this many pages a row of dots is noise; the position says more.
pub const MAX_DOTS: usize = 10;

/// One slide's horizontal extent, in viewport pixels, as
/// `getBoundingClientRect` gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub left: f64,
    pub width: f64,
}

/// What the page says about the scroller and its first two slides, read
/// together so the positions agree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Left edge of the scroller's inner box (its border box plus the
    /// left border), in viewport pixels.
    pub inner_left: f64,
    /// Width of the scroller's visible box.
    pub view: f64,
    /// How far the scroller can move.
    pub max: f64,
    /// How far it had moved from its start edge when this was read.
    pub scrolled: f64,
    /// The first slide.
    pub first: Span,
    /// Left edge of the second slide, if there is one.
    pub second_left: Option<f64>,
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

/// What a control, a key or the rotation asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A page on: as many slides as fit whole in the view.
    Next,
    /// A page back.
    Previous,
    /// One slide on (an arrow key pressed on a control).
    Forward,
    /// One slide back.
    Back,
    /// The page of a dot (0-based).
    Page(usize),
    /// The rotation's tick: a page on, and from the end back to the start.
    Rotate,
}

/// An arrow key pressed on a card: the card that takes focus, and the slide
/// to bring to the start edge when that card is out of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Follow {
    pub focus: usize,
    pub scroll_to: Option<usize>,
}

/// The arrow keys the carousel answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrow {
    Left,
    Right,
}

impl Arrow {
    /// `KeyboardEvent.key` values; every other key is left to the browser.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "ArrowLeft" => Some(Self::Left),
            "ArrowRight" => Some(Self::Right),
            _ => None,
        }
    }

    /// Whether it goes towards later slides, which lie to the left in
    /// right-to-left.
    pub fn forward(self, rtl: bool) -> bool {
        (self == Self::Right) != rtl
    }
}

impl Track {
    /// The geometry behind `layout`; `None` while the scroller has no usable
    /// layout (detached, hidden, or numbers no browser gives).
    pub fn measure(layout: &Layout, rtl: bool) -> Option<Self> {
        let Layout {
            inner_left,
            view,
            max,
            scrolled,
            first,
            second_left,
        } = *layout;
        let width = first.width;
        if !(positive(view) && positive(width)) {
            return None;
        }
        let step = second_left.map_or(width, |left| (left - first.left).abs());
        let offset = if rtl {
            inner_left + view - (first.left + width)
        } else {
            first.left - inner_left
        };
        let track = Self {
            view,
            step,
            width,
            origin: offset + scrolled,
            max: max.max(0.0),
        };
        let usable = positive(step)
            && [track.view, track.step, track.width, track.origin, track.max]
                .iter()
                .all(|n| n.is_finite());
        usable.then_some(track)
    }

    /// The slides at least half in view at `progress` pixels from the start:
    /// a slide no wider than the view is that when its centre is in view.
    pub fn visible(&self, progress: f64, count: usize) -> (usize, usize) {
        let Some(last_index) = count.checked_sub(1) else {
            return (0, 0);
        };
        if !positive(self.step) {
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
        if !positive(self.step) {
            return 1;
        }
        let whole = ((self.view - self.width + SLACK) / self.step).floor() as usize;
        whole.saturating_add(1).clamp(1, count.max(1))
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
        if !positive(self.step) {
            return last_index;
        }
        (((self.max - self.origin - SLACK) / self.step).ceil() as usize).min(last_index)
    }

    /// `slide`, or the last one that can be brought to the start edge.
    pub fn reachable(&self, slide: usize, count: usize) -> usize {
        slide.min(self.last_start(count))
    }

    /// Whether a scroll heading for `slide` has got there.
    pub fn arrived(&self, slide: usize, progress: f64) -> bool {
        (self.progress_for(slide) - progress).abs() <= SLACK
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
            // The nearest page start, halves rounding up.
            let twice = first.saturating_mul(2).saturating_add(per_view);
            (twice / per_view.saturating_mul(2)).min(pages - 1)
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

    /// Everything is in view, so there is nowhere to go.
    pub fn fits(&self) -> bool {
        self.at_start && self.at_end
    }

    /// The slide `mv` brings to the start edge, counting from `base` (the
    /// first slide in view, or the one a move still under way is heading
    /// for); `None` when it goes nowhere.
    pub fn target(&self, mv: Move, base: usize) -> Option<usize> {
        match mv {
            Move::Next => (!self.at_end).then(|| base.saturating_add(self.per_view)),
            Move::Previous => (!self.at_start).then(|| base.saturating_sub(self.per_view)),
            Move::Forward => (!self.at_end).then(|| base.saturating_add(1)),
            Move::Back => (!self.at_start).then(|| base.saturating_sub(1)),
            Move::Page(page) => Some(page.saturating_mul(self.per_view)),
            Move::Rotate if self.fits() => None,
            Move::Rotate if self.at_end => Some(0),
            Move::Rotate => self.target(Move::Next, base),
        }
    }

    /// An arrow key on card `from`: focus goes to the neighbouring card and
    /// the carousel follows it just far enough to bring it in, counting the
    /// view from `base` as [`Position::target`] does. `None` at either end.
    pub fn follow(&self, from: usize, forward: bool, base: usize, count: usize) -> Option<Follow> {
        let focus = if forward {
            from.saturating_add(1).min(count.saturating_sub(1))
        } else {
            from.saturating_sub(1)
        };
        if focus == from {
            return None;
        }
        let last = base.saturating_add(self.last.saturating_sub(self.first));
        let scroll_to = if focus > last {
            Some(base.saturating_add(focus - last))
        } else if focus < base {
            Some(focus)
        } else {
            None
        };
        Some(Follow { focus, scroll_to })
    }

    /// How many page dots to show: none for a single page, and none past
    /// [`MAX_DOTS`].
    pub fn dots(&self) -> usize {
        if (2..=MAX_DOTS).contains(&self.pages) {
            self.pages
        } else {
            0
        }
    }

    /// The first slide `page` shows, as its dot names it (0-based): the
    /// last page ends with the last slide, so it may start before
    /// `page * per_view`.
    pub fn page_first(&self, page: usize, count: usize) -> usize {
        page.saturating_mul(self.per_view)
            .min(count.saturating_sub(self.per_view))
    }
}

/// Which slides keyboard and screen-reader users can reach: those at least
/// half in view, and the one holding focus even while scrolled away. The
/// page is told only about slides whose state may have changed, so a
/// scroll through 200 cards touches a handful of them per frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// The slides in view, as last applied to the page.
    shown: Option<(usize, usize)>,
    /// The slide holding focus.
    focused: Option<usize>,
}

impl Reach {
    /// Whether `slide` is reachable (not `inert`).
    pub fn is_open(&self, slide: usize) -> bool {
        self.focused == Some(slide)
            || self
                .shown
                .is_some_and(|(first, last)| first <= slide && slide <= last)
    }

    /// Slides `first..=last` came into view, out of `count`. Returns each
    /// slide whose state may have changed with whether it is now open; the
    /// first call returns every slide.
    pub fn show(&mut self, first: usize, last: usize, count: usize) -> Vec<(usize, bool)> {
        let before = self.shown.replace((first, last));
        let Some(last_index) = count.checked_sub(1) else {
            return Vec::new();
        };
        let within = |(a, b): (usize, usize)| a.min(count)..=b.min(last_index);
        let touched: Vec<usize> = match before {
            Some(before) if before == (first, last) => Vec::new(),
            Some(before) => within(before).chain(within((first, last))).collect(),
            None => (0..count).collect(),
        };
        touched
            .into_iter()
            .map(|slide| (slide, self.is_open(slide)))
            .collect()
    }

    /// Focus moved to `slide` (`None`: somewhere outside the slides).
    /// Returns the slide that held it before, with its state now; the newly
    /// focused slide is open.
    pub fn focus(&mut self, slide: Option<usize>) -> Option<(usize, bool)> {
        let before = std::mem::replace(&mut self.focused, slide);
        before
            .filter(|&b| Some(b) != slide)
            .map(|b| (b, self.is_open(b)))
    }

    /// Focus left `slide`. Returns it with its state now, if it held focus.
    pub fn blur(&mut self, slide: usize) -> Option<(usize, bool)> {
        if self.focused != Some(slide) {
            return None;
        }
        self.focused = None;
        Some((slide, self.is_open(slide)))
    }
}

/// Above zero; false for NaN, which every comparison fails.
fn positive(n: f64) -> bool {
    n > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four 300 px cards with 16 px gaps in a 948 px view: three whole cards.
    fn track() -> Track {
        Track {
            view: 948.0,
            step: 316.0,
            width: 300.0,
            origin: 0.0,
            max: 7.0 * 316.0 + 300.0 - 948.0,
        }
    }

    fn layout(first_left: f64, second_left: Option<f64>) -> Layout {
        Layout {
            inner_left: 10.0,
            view: 948.0,
            max: 1564.0,
            scrolled: 0.0,
            first: Span {
                left: first_left,
                width: 300.0,
            },
            second_left,
        }
    }

    #[test]
    fn a_measurement_gives_the_track() {
        assert_eq!(
            Track::measure(&layout(10.0, Some(326.0)), false),
            Some(track())
        );
        // In right-to-left the first card sits at the right edge.
        let rtl = layout(10.0 + 948.0 - 300.0, Some(10.0 + 948.0 - 300.0 - 316.0));
        assert_eq!(Track::measure(&rtl, true), Some(track()));
        // One card: the step is its width.
        assert_eq!(
            Track::measure(&layout(10.0, None), false).map(|t| t.step),
            Some(300.0)
        );
    }

    #[test]
    fn no_layout_no_track() {
        let mut hidden = layout(10.0, Some(326.0));
        hidden.view = 0.0;
        assert_eq!(Track::measure(&hidden, false), None);
        let mut stacked = layout(10.0, Some(10.0));
        stacked.view = 948.0;
        assert_eq!(Track::measure(&stacked, false), None, "no step");
        let mut nan = layout(f64::NAN, Some(326.0));
        nan.first.width = f64::NAN;
        assert_eq!(Track::measure(&nan, false), None);
    }

    #[test]
    fn the_start_and_the_end() {
        let track = track();
        let start = track.position(0.0, 8);
        assert_eq!((start.first, start.last), (0, 2));
        assert!(start.at_start && !start.at_end);
        assert_eq!((start.per_view, start.pages, start.page), (3, 3, 0));
        let end = track.position(track.max, 8);
        assert_eq!((end.first, end.last), (5, 7));
        assert!(end.at_end && !end.at_start);
        assert_eq!(end.page, 2);
        assert_eq!(track.last_start(8), 5);
    }

    #[test]
    fn controls_move_by_a_page_and_keys_by_a_card() {
        let track = track();
        let start = track.position(0.0, 8);
        assert_eq!(start.target(Move::Next, 0), Some(3));
        assert_eq!(start.target(Move::Previous, 0), None);
        assert_eq!(start.target(Move::Forward, 0), Some(1));
        assert_eq!(start.target(Move::Rotate, 0), Some(3));
        let end = track.position(track.max, 8);
        assert_eq!(end.target(Move::Next, 5), None);
        assert_eq!(end.target(Move::Rotate, 5), Some(0));
        assert_eq!(end.target(Move::Previous, 5), Some(2));
        assert_eq!(track.reachable(6, 8), 5, "no further than the end allows");
        // A second quick press counts from where the first is heading.
        assert_eq!(start.target(Move::Next, 3), Some(6));
    }

    #[test]
    fn an_arrow_on_a_card_brings_its_neighbour_in() {
        let start = track().position(0.0, 8);
        let inside = Follow {
            focus: 1,
            scroll_to: None,
        };
        assert_eq!(start.follow(0, true, 0, 8), Some(inside));
        let beyond = Follow {
            focus: 3,
            scroll_to: Some(1),
        };
        assert_eq!(start.follow(2, true, 0, 8), Some(beyond));
        assert_eq!(
            start.follow(0, false, 0, 8),
            None,
            "nothing before the first"
        );
        assert_eq!(start.follow(7, true, 0, 8), None, "nothing after the last");
    }

    #[test]
    fn arrows_mirror_in_right_to_left() {
        assert!(Arrow::Right.forward(false) && !Arrow::Left.forward(false));
        assert!(Arrow::Left.forward(true) && !Arrow::Right.forward(true));
        assert_eq!(Arrow::from_key("ArrowLeft"), Some(Arrow::Left));
        assert_eq!(Arrow::from_key("Tab"), None);
    }

    #[test]
    fn dots_name_the_first_card_of_their_page() {
        let start = track().position(0.0, 8);
        assert_eq!(start.dots(), 3);
        let names: Vec<usize> = (0..3).map(|p| start.page_first(p, 8)).collect();
        assert_eq!(names, [0, 3, 5], "the last page is a full one");
        assert_eq!(Position::initial(8).dots(), 0);
    }

    #[test]
    fn reach_tells_only_what_changed() {
        let mut reach = Reach::default();
        assert_eq!(reach.show(0, 1, 4).len(), 4, "the first time, every slide");
        assert!(reach.show(0, 1, 4).is_empty(), "nothing moved");
        assert_eq!(reach.focus(Some(1)), None);
        assert_eq!(
            reach.show(2, 3, 4),
            [(0, false), (1, true), (2, true), (3, true)],
            "the focused slide stays open"
        );
        assert_eq!(reach.blur(1), Some((1, false)));
        assert_eq!(reach.blur(1), None, "only once");
    }
}
