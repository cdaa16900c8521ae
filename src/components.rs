//! Leptos views of a prepared story. Components only render: loading lives
//! in `browser`, every choice of what to show in core's `prepare`, the
//! host element in `embed`. DOM calls go through `browser` helpers.

mod body;
mod byline;
pub mod carousel;
mod events;
mod figure;
mod locale;
mod privacy;
mod pull_quote;
mod recommended;
mod states;
mod story;
mod time;

pub use body::BodyBlock;
pub use byline::Byline;
pub use events::{use_event_sink, EventSink, WidgetEvent};
pub use figure::Figure;
pub use locale::{provide_locale, use_date_lang, use_strings, Locale};
pub use privacy::provide_privacy;
pub use pull_quote::PullQuoteAside;
pub use recommended::Recommended;
pub use states::{ErrorState, Skeleton};
pub use story::StoryView;
pub use time::DateTime;
