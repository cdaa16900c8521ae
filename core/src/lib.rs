//! The pure part of article-widget: everything that decides what a widget
//! shows, with no DOM and no framework. Web-sys, js-sys, wasm-bindgen and
//! Leptos are not in this crate's dependency tree, so browser code here is
//! a build error. Tested natively and fuzzed (fuzz/).

pub mod carousel;
pub mod embedding;
pub mod error;
pub mod i18n;
pub mod model;
mod number;
pub mod options;
pub mod prepare;
pub mod privacy;
pub mod quotes;
pub mod written_date;

pub use error::{ErrorCode, HttpStatus, LoadError, ReadError};
#[cfg(feature = "serde_json")]
pub use model::read_article;
pub use model::{read_article_with, Article, Read};
pub use prepare::{prepare, Preferences, Story};
