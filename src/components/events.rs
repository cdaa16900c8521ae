//! What a widget tells the page. Components report [`WidgetEvent`]s through
//! the [`EventSink`] in context; the embedding layer turns them into DOM
//! events on the host element. Components never touch the host.

use std::rc::Rc;

use leptos::prelude::*;

use crate::ErrorCode;

/// Something the page may want to know about.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The article is on screen.
    Rendered {
        id: Option<String>,
        url: Option<String>,
        /// What was skipped while reading, each with where it was.
        problems: Vec<String>,
    },
    /// Loading or reading failed.
    Error {
        code: ErrorCode,
        message: String,
        source: String,
    },
    /// A reader chose a recommended story. Cancelable.
    RecommendationClick {
        url: String,
        title: String,
        position: usize,
    },
    /// A recommended story was at least half visible for a second.
    RecommendationImpression {
        url: String,
        title: String,
        position: usize,
    },
}

type Emit = Rc<dyn Fn(&WidgetEvent) -> bool>;

/// Where components send events. Cheap to copy.
#[derive(Clone, Copy)]
pub struct EventSink(StoredValue<Emit, LocalStorage>);

impl EventSink {
    /// `emit` returns false when a listener cancelled the event.
    pub fn new(emit: impl Fn(&WidgetEvent) -> bool + 'static) -> Self {
        Self(StoredValue::new_local(Rc::new(emit)))
    }

    /// Sends `event`; true unless a listener cancelled it.
    pub fn emit(&self, event: WidgetEvent) -> bool {
        self.0.try_with_value(|emit| emit(&event)).unwrap_or(true)
    }
}

/// The sink of the widget being built. Call it while the component is
/// created (event handlers run outside any owner) and keep the result.
pub fn use_event_sink() -> Option<EventSink> {
    use_context::<EventSink>()
}
