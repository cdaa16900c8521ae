//! Small, forgiving accessors over `serde_json::Value` shared by every
//! format reader: sources put strings where numbers belong and the other
//! way round, and one odd field must never sink the article.

use serde_json::{Map, Value};

use crate::error::ReadError;

use super::article::{Image, Problem, Timestamp};
use super::dates::{read_date, read_unix};
use super::lang::language_tag;
use super::url::{safe_srcset, safe_url, UrlUse};

/// The document as an object: every format's article is one.
pub fn object(document: &Value) -> Result<&Map<String, Value>, ReadError> {
    document
        .as_object()
        .ok_or_else(|| ReadError::no_article("The JSON is not an object, so not an article."))
}

/// A non-empty trimmed string, from a string or a number.
pub fn text(value: Option<&Value>) -> Option<String> {
    let s = match value? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A positive size in pixels, from a number or a numeric string such as
/// `"1200"` or `"1200px"`.
pub fn pixels(value: Option<&Value>) -> Option<u32> {
    let n = match value? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().trim_end_matches("px").trim().parse().ok()?,
        _ => return None,
    };
    (1.0..=100_000.0).contains(&n).then_some(n.round() as u32)
}

/// True for `true`, `"true"`, `1` and `"1"`.
pub fn flag(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(s.trim(), "true" | "1" | "yes"),
        Some(Value::Number(n)) => n.as_f64() == Some(1.0),
        _ => false,
    }
}

/// Collects problems with the path where each was found.
#[derive(Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        // Hostile documents could make thousands; a person reads a few.
        if self.0.len() < 50 {
            self.0.push(Problem {
                path: path.into(),
                message: message.into(),
            });
        }
    }

    /// Takes over another collection's problems, their paths put under
    /// `prefix` (`[2]` + `title` gives `[2].title`).
    pub fn extend_under(&mut self, prefix: &str, other: Problems) {
        for p in other.0 {
            let path = if prefix.is_empty() {
                p.path
            } else if p.path.is_empty() {
                prefix.to_string()
            } else if p.path.starts_with('[') {
                format!("{prefix}{}", p.path)
            } else {
                format!("{prefix}.{}", p.path)
            };
            self.add(path, p.message);
        }
    }
}

/// A date from a string in any shape [`read_date`] knows, or from a Unix
/// time given as a number. Notes a problem at `path` when a date is present
/// but unreadable.
pub fn date_at(value: Option<&Value>, path: &str, problems: &mut Problems) -> Option<Timestamp> {
    let date = match value? {
        Value::Number(n) => n.as_f64().and_then(read_unix),
        Value::String(s) if s.trim().is_empty() => return None,
        Value::String(s) => read_date(s),
        Value::Null => return None,
        _ => None,
    };
    if date.is_none() {
        problems.add(path, "not a date that can be read");
    }
    date
}

/// A URL field, noting a problem at `path` when present but unsafe.
pub fn url_at(
    value: Option<&Value>,
    usage: UrlUse,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    let raw = text(value)?;
    let safe = safe_url(&raw, usage);
    if safe.is_none() {
        problems.add(path, "not a safe absolute URL (http or https)");
    }
    safe
}

/// Reads an image given as a URL string or as an object with `src`/`url`.
pub fn image_at(value: Option<&Value>, path: &str, problems: &mut Problems) -> Option<Image> {
    match value? {
        Value::String(_) => Some(Image {
            src: url_at(value, UrlUse::Resource, path, problems)?,
            ..Image::default()
        }),
        Value::Object(o) => {
            let src_field = ["src", "url", "contentUrl"]
                .into_iter()
                .find(|k| o.contains_key(*k))?;
            Some(Image {
                src: url_at(
                    o.get(src_field),
                    UrlUse::Resource,
                    &format!("{path}.{src_field}"),
                    problems,
                )?,
                srcset: text(o.get("srcset")).and_then(|s| safe_srcset(&s)),
                width: pixels(o.get("width")),
                height: pixels(o.get("height")),
                alt: o
                    .get("alt")
                    .and_then(Value::as_str)
                    .map(|s| s.trim().to_string()),
                caption: text(o.get("caption")),
                credit: text(o.get("credit")),
            })
        }
        _ => None,
    }
}

/// A BCP 47 language tag, noting a problem at `path` when present but
/// malformed (`Intl` throws on those).
pub fn language_at(value: Option<&Value>, path: &str, problems: &mut Problems) -> Option<String> {
    let raw = text(value)?;
    let tag = language_tag(&raw);
    if tag.is_none() {
        problems.add(path, "not a language tag such as \"en\" or \"es-MX\"");
    }
    tag
}
