//! Leptos views of the model. Components only render: fetching lives in
//! `source`, choosing in `quotes`, embedding in `embed`.

mod article;
mod body;
mod byline;
mod card;
pub mod carousel;
mod events;
mod figure;
mod privacy;
mod pull_quote;
mod recommended;
mod states;
mod time;
mod widget;

pub use article::ArticleView;
pub use body::BodyBlock;
pub use byline::Byline;
pub use events::{use_event_sink, EventSink, WidgetEvent};
pub use figure::Figure;
pub use privacy::provide_privacy;
pub use pull_quote::PullQuoteAside;
pub use recommended::Recommended;
pub use states::{ErrorState, Skeleton};
pub use time::DateTime;
pub use widget::Widget;
