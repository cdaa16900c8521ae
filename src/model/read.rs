//! The pure entry point: source text in, one [`Article`] out.

use serde_json::Value;

use super::article::{Article, Problem};
use super::fields::Problems;
use super::html::HtmlReader;
use super::ours;

/// Why a document could not be shown. `code` is stable and public: it is
/// the `code` of the `article-widget:error` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub code: &'static str,
    pub message: String,
}

impl ReadError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

/// A readable article and what was skipped on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub article: Article,
    /// Non-fatal problems, each with the JSON path where it was found.
    pub problems: Vec<Problem>,
}

/// Parses source text as JSON. A UTF-8 byte-order mark and surrounding white
/// space are accepted; serde_json's nesting limit turns hostile depth into
/// an error instead of a stack overflow.
pub fn parse_json(text: &str) -> Result<Value, ReadError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(ReadError::new("not-json", "The response was empty."));
    }
    if trimmed.starts_with('<') {
        return Err(ReadError::new(
            "not-json",
            "The response is an HTML page, not JSON: check the article URL.",
        ));
    }
    serde_json::from_str(trimmed).map_err(|e| {
        let message = if e.to_string().contains("recursion limit") {
            "The JSON is nested too deeply to be an article.".to_string()
        } else {
            format!("The response is not valid JSON: {e}.")
        };
        ReadError::new("not-json", message)
    })
}

/// Reads source text in any supported format into an article.
pub fn read_article(text: &str, html: &dyn HtmlReader) -> Result<Read, ReadError> {
    let value = parse_json(text)?;
    read_value(&value, html)
}

/// Reads an already parsed JSON document into an article.
pub fn read_value(value: &Value, _html: &dyn HtmlReader) -> Result<Read, ReadError> {
    let mut problems = Problems::default();
    let article = match value {
        Value::Object(doc) if ours::detect(doc) => ours::read(doc, &mut problems)
            .ok_or_else(|| ReadError::new("no-article", "No headline found in this document."))?,
        Value::Object(_) | Value::Array(_) => {
            return Err(ReadError::new(
                "no-article",
                "No article found in this document: expected the article-widget format.",
            ))
        }
        _ => {
            return Err(ReadError::new(
                "no-article",
                "The JSON is a single value, not an article.",
            ))
        }
    };
    Ok(Read {
        article,
        problems: problems.0,
    })
}
