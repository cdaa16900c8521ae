//! Article model and format readers. Pure: no DOM, no framework, so it is
//! tested natively and fuzzed.

pub mod allowlist;
pub mod article;
pub mod dates;
pub mod fields;
pub mod html;
pub mod json;
pub mod jsonfeed;
pub mod jsonld;
pub mod lang;
#[cfg(feature = "native-html")]
pub mod native_html;
pub mod ours;
pub mod read;
pub mod text;
pub mod url;
pub mod walk;
pub mod wordpress;

pub use article::*;
#[cfg(feature = "serde_json")]
pub use read::read_article;
pub use read::{read_article_with, read_value, Read};
