//! article-widget: an embeddable news-article widget.
//!
//! Rooms (see docs/architecture.md): `model`, `quotes` and `i18n` are pure
//! and compile natively; `source`, `sanitize`, `components` and `embed`
//! need the browser and exist only for wasm32.

pub mod i18n;
pub mod model;
pub mod quotes;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod sanitize;
#[cfg(target_arch = "wasm32")]
pub mod source;

pub use model::{read_article, Article, Read, ReadError};
