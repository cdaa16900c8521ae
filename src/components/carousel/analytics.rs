//! What the page hears about the carousel, through the widget's
//! [`EventSink`]: a click on a story (which the page may cancel), and an
//! impression once a card has been at least half visible for a second,
//! once per story while the widget is mounted.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;

use crate::browser::timer::Timeout;
use crate::components::{use_event_sink, EventSink, WidgetEvent};
use crate::model::Recommendation;

/// How long a card must stay half visible to count as seen.
const IMPRESSION_DELAY: Duration = Duration::from_millis(1000);

/// Reports one carousel's clicks and impressions. Handles into storage
/// owned by the carousel: `Copy` into listeners, inert once it is gone.
#[derive(Clone, Copy)]
pub(super) struct Analytics {
    events: Option<EventSink>,
    /// URL and title of each slide, as the events carry them.
    stories: StoredValue<Vec<(String, String)>>,
    /// URLs already reported while the widget is mounted, shared with any
    /// carousel that replaces this one.
    reported: StoredValue<HashSet<String>>,
    /// The running one-second clock of each card in view; dropping one
    /// cancels it, so clocks end with the carousel.
    clocks: StoredValue<HashMap<usize, Timeout>, LocalStorage>,
}

impl Analytics {
    /// Call while the carousel is being created: the event sink comes from
    /// the widget's context.
    pub(super) fn new(items: &[Recommendation], reported: StoredValue<HashSet<String>>) -> Self {
        Self {
            events: use_event_sink(),
            stories: StoredValue::new(
                items
                    .iter()
                    .map(|item| (item.url.clone(), item.title.clone()))
                    .collect(),
            ),
            reported,
            clocks: StoredValue::new_local(HashMap::new()),
        }
    }

    fn story(&self, index: usize) -> Option<(String, String)> {
        self.stories
            .try_with_value(|stories| stories.get(index).cloned())
            .flatten()
    }

    /// The link of slide `index` was clicked. False when the page cancelled
    /// the event, so the link must not be followed.
    pub(super) fn clicked(&self, index: usize) -> bool {
        let (Some(events), Some((url, title))) = (self.events, self.story(index)) else {
            return true;
        };
        events.emit(WidgetEvent::RecommendationClick {
            url,
            title,
            position: index + 1,
        })
    }

    /// Slide `index` crossed half visible in the page's viewport: its clock
    /// starts, or stops if it left before the second was up.
    pub(super) fn visibility(&self, index: usize, visible: bool) {
        if !visible {
            self.clocks.try_update_value(|clocks| clocks.remove(&index));
            return;
        }
        let running = self
            .clocks
            .try_with_value(|clocks| clocks.contains_key(&index))
            .unwrap_or(true);
        let Some((url, _)) = self.story(index).filter(|_| !running) else {
            return;
        };
        let done = self
            .reported
            .try_with_value(|reported| reported.contains(&url))
            .unwrap_or(true);
        if done {
            return;
        }
        let analytics = *self;
        if let Some(clock) = Timeout::start(IMPRESSION_DELAY, move || analytics.seen(index)) {
            self.clocks
                .try_update_value(|clocks| clocks.insert(index, clock));
        }
    }

    /// Slide `index` stayed in view for the whole delay.
    fn seen(&self, index: usize) {
        self.clocks.try_update_value(|clocks| clocks.remove(&index));
        let (Some(events), Some((url, title))) = (self.events, self.story(index)) else {
            return;
        };
        let fresh = self
            .reported
            .try_update_value(|reported| reported.insert(url.clone()))
            .unwrap_or(false);
        if fresh {
            events.emit(WidgetEvent::RecommendationImpression {
                url,
                title,
                position: index + 1,
            });
        }
    }
}
