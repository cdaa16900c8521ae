//! The embedding layer: the `<article-widget>` element, `data-article-widget`
//! hosts, the JavaScript API, events on the host, and one open shadow root
//! with our stylesheet and one Leptos owner per widget.

mod api;
mod boot;
mod element;
mod events;
mod mount;
mod options;
mod panic;
mod styles;
mod takeover;
mod widget;

pub use crate::embedding::{
    EVENT_ERROR as ERROR, EVENT_READY as READY, EVENT_RECOMMENDATION_CLICK as RECOMMENDATION_CLICK,
    EVENT_RECOMMENDATION_IMPRESSION as RECOMMENDATION_IMPRESSION, EVENT_RENDERED as RENDERED,
};
pub use crate::options::WidgetOptions;
pub use api::{mount_js, scan_js, WidgetHandle};
pub use boot::{mount_all, start};
pub use element::define as define_element;
pub use mount::{is_mounted, mount, unmount};
#[cfg(feature = "ssr")]
pub(crate) use styles::WIDGET_CSS;
pub use widget::{widget_frame, Prerendered, Widget};
