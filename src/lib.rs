//! article-widget: an embeddable news-article widget.
//!
//! Rooms (docs/architecture.md): `model` and `quotes` are pure and compile
//! natively; `sanitize`, `components` and `embed` need the browser.

pub mod model;
pub mod quotes;
