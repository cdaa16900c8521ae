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

pub use api::{mount_js, scan_js, WidgetHandle};
pub use boot::{mount_all, start};
pub use element::define as define_element;
pub use events::{ERROR, READY, RECOMMENDATION_CLICK, RECOMMENDATION_IMPRESSION, RENDERED};
pub use mount::{is_mounted, mount, unmount, STATE_ATTRIBUTE};
pub use options::WidgetOptions;
