//! The embedding layer: finds hosts on the page, gives each an open shadow
//! root with our stylesheet, and mounts one Leptos owner per widget.

mod boot;
mod events;
mod mount;
mod options;
mod styles;

pub use boot::{mount_all, start};
pub use events::{ERROR, READY, RECOMMENDATION_CLICK, RECOMMENDATION_IMPRESSION, RENDERED};
pub use mount::{mount, unmount};
pub use options::WidgetOptions;
