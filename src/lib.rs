//! article-widget: an embeddable news-article widget.
//!
//! Rooms (see docs/architecture.md): the pure crate `article-widget-core`
//! (re-exported here: `model`, `quotes`, `i18n`, `options`, `prepare`, ...)
//! decides what a widget shows; `browser` loads and talks to the DOM;
//! `components` render a prepared story; `embed` is the custom element,
//! the JavaScript API and the events. Everything compiles for the host
//! too; only the browser build runs it.

pub use article_widget_core::{embedding, error, i18n, model, options, prepare, quotes};

pub mod browser;
pub mod components;
pub mod embed;

pub use article_widget_core::{
    read_article, Article, ErrorCode, HttpStatus, LoadError, Read, ReadError,
};
