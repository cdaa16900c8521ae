//! Small, forgiving accessors over a JSON value shared by every format
//! reader: sources put strings where numbers belong and the other
//! way round, and one odd field must never sink the article.

use crate::error::ReadError;

use super::article::{Image, Problem, Timestamp};
use super::dates::{read_date, read_unix};
use super::json::{JsonNode, View};
use super::lang::language_tag;
use super::url::{safe_srcset, safe_url, UrlUse};

/// The document as an object: every format's article is one.
pub fn object<N: JsonNode>(document: &N) -> Result<&N, ReadError> {
    document
        .as_object()
        .ok_or_else(|| ReadError::no_article("The JSON is not an object, so not an article."))
}

/// A non-empty trimmed string, from a string or a number.
pub fn text<N: JsonNode>(value: Option<&N>) -> Option<String> {
    let value = value?;
    let s = match value.view() {
        View::String(s) => s.trim().to_string(),
        View::Number => value.number_text()?,
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A positive size in pixels, from a number or a numeric string such as
/// `"1200"` or `"1200px"`.
pub fn pixels<N: JsonNode>(value: Option<&N>) -> Option<u32> {
    let value = value?;
    let n = match value.view() {
        View::Number => value.as_f64()?,
        View::String(s) => s.trim().trim_end_matches("px").trim().parse().ok()?,
        _ => return None,
    };
    (1.0..=100_000.0).contains(&n).then_some(n.round() as u32)
}

/// True for `true`, `"true"`, `1` and `"1"`.
pub fn flag<N: JsonNode>(value: Option<&N>) -> bool {
    let Some(value) = value else { return false };
    match value.view() {
        View::Bool(b) => b,
        View::String(s) => matches!(s.trim(), "true" | "1" | "yes"),
        View::Number => value.as_f64() == Some(1.0),
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
pub fn date_at<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Option<Timestamp> {
    let value = value?;
    let date = match value.view() {
        View::Number => value.as_f64().and_then(read_unix),
        View::String(s) if s.trim().is_empty() => return None,
        View::String(s) => read_date(s),
        View::Null => return None,
        _ => None,
    };
    if date.is_none() {
        problems.add(path, "not a date that can be read");
    }
    date
}

/// A URL field, noting a problem at `path` when present but unsafe.
pub fn url_at<N: JsonNode>(
    value: Option<&N>,
    usage: UrlUse,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    checked_url(&text(value)?, usage, path, problems)
}

/// [`url_at`] for text already read.
pub fn checked_url(
    raw: &str,
    usage: UrlUse,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    let safe = safe_url(raw, usage);
    if safe.is_none() {
        problems.add(path, "not a safe absolute URL (http or https)");
    }
    safe
}

/// Reads an image given as a URL string or as an object with `src`/`url`.
pub fn image_at<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Option<Image> {
    let o = value?;
    match o.view() {
        View::String(_) => Some(Image {
            src: url_at(value, UrlUse::Resource, path, problems)?,
            ..Image::default()
        }),
        View::Object => {
            let src_field = ["src", "url", "contentUrl"]
                .into_iter()
                .find(|k| o.contains_key(k))?;
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
                    .and_then(N::as_str)
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
pub fn language_at<N: JsonNode>(
    value: Option<&N>,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    let raw = text(value)?;
    let tag = language_tag(&raw);
    if tag.is_none() {
        problems.add(path, "not a language tag such as \"en\" or \"es-MX\"");
    }
    tag
}
