//! article-widget: an embeddable news-article widget.
//!
//! Rooms (see docs/architecture.md): `model`, `quotes` and `i18n` are pure
//! and compile natively; `source`, `sanitize`, `components` and `embed`
//! need the browser and exist only for wasm32.

pub use article_widget_core::{error, i18n, model, quotes};

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod sanitize;
#[cfg(target_arch = "wasm32")]
pub mod source;

pub use article_widget_core::{
    read_article, Article, ErrorCode, HttpStatus, LoadError, Read, ReadError,
};
