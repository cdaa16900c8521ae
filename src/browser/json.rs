//! The browser's JSON for the format readers: the engine's `JSON.parse`,
//! then one walk that copies the result into a small Rust tree. The wasm
//! then carries no JSON parser (serde_json stays in native builds), and the
//! readers, generic over [`JsonNode`], read this tree exactly as they read
//! a `serde_json::Value` natively.
//!
//! Where `JSON.parse` is laxer than serde_json, this side refuses what
//! serde_json refuses, with the same error code: nesting deeper than 127
//! levels and unpaired surrogate escapes ([`check_text`], before parsing),
//! numbers beyond `f64` (`1e400`, which `JSON.parse` makes `Infinity`).
//! Only own fields are read (`Object.keys`), never the prototype chain, so
//! a `"__proto__"` key is an ordinary field.
//!
//! The trade, measured on the bench's 300 KB article (Chrome, one test
//! binary timing both readers in turn): the wasm is ~7 KB brotli smaller,
//! while parse + read takes ~6.6 ms instead of ~1.7 ms: `JSON.parse` alone
//! is slower than serde_json in wasm, and the walk crosses into JS per
//! value. The copy is eager because the readers touch nearly every value
//! (and look fields up repeatedly); a lazy tree of JS handles would cross
//! even more often. Collecting the strings and handing them over joined in
//! one string, cut apart in wasm, measured slower than this walk.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::html::HtmlReader;
use crate::model::json::{check_text, too_deep, JsonNode, View, MAX_PARSE_DEPTH};
use crate::model::read::{
    read_article_with, read_jsonld_documents_with, read_recommendation_report_with,
};
use crate::model::{Read, Recommendation};
use crate::ReadError;

/// A JSON value parsed by the browser.
pub enum BrowserJson {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<BrowserJson>),
    /// Fields sorted by key, the order serde_json iterates a map in, so
    /// that both builds meet fields in the same order.
    Object(Vec<(String, BrowserJson)>),
}

/// Whole numbers below this are exact in an `f64` and written as integers.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;
/// `u64::MAX + 1` as an `f64`.
const PAST_U64: f64 = 18_446_744_073_709_551_616.0;

impl JsonNode for BrowserJson {
    fn parse(text: &str) -> Result<Self, ReadError> {
        check_text(text)?;
        let parsed = JSON::parse(text).map_err(|e| {
            ReadError::not_json(format!(
                "The response is not valid JSON: {}.",
                super::describe(&e).trim_end_matches('.')
            ))
        })?;
        from_js(&parsed, 0)
    }

    fn view(&self) -> View<'_, Self> {
        match self {
            Self::Null => View::Null,
            Self::Bool(b) => View::Bool(*b),
            Self::Number(_) => View::Number,
            Self::String(s) => View::String(s),
            Self::Array(list) => View::Array(list),
            Self::Object(_) => View::Object,
        }
    }

    fn get(&self, key: &str) -> Option<&Self> {
        let Self::Object(fields) = self else {
            return None;
        };
        let at = fields.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        fields.get(at).map(|(_, v)| v)
    }

    fn entries(&self) -> impl Iterator<Item = (&str, &Self)> {
        let fields: &[(String, Self)] = match self {
            Self::Object(fields) => fields,
            _ => &[],
        };
        fields.iter().map(|(k, v)| (k.as_str(), v))
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Self::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn as_u64(&self) -> Option<u64> {
        let n = self.as_f64()?;
        // In range and whole, the cast is exact.
        ((0.0..PAST_U64).contains(&n) && n.fract() == 0.0).then_some(n as u64)
    }

    fn number_text(&self) -> Option<String> {
        let n = self.as_f64()?;
        if n.fract() == 0.0 && n.abs() < EXACT_INTEGERS {
            // In range and whole, the cast is exact.
            return Some((n as i64).to_string());
        }
        // JavaScript's shortest round trip, as serde_json writes it too
        // (`1.5e+300`); no float formatting code in the wasm.
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .ok()
            .map(String::from)
    }

    fn field_count(&self) -> usize {
        match self {
            Self::Object(fields) => fields.len(),
            _ => 0,
        }
    }
}

/// Copies a parsed value into the tree. `JSON.parse` only makes the kinds
/// below; `depth` stays within [`MAX_PARSE_DEPTH`], which [`check_text`]
/// has already enforced on the text.
fn from_js(value: &JsValue, depth: usize) -> Result<BrowserJson, ReadError> {
    if value.is_object() {
        if depth >= MAX_PARSE_DEPTH {
            return Err(too_deep());
        }
        if Array::is_array(value) {
            let array: &Array = value.unchecked_ref();
            let mut items = Vec::with_capacity(array.length() as usize);
            for item in array.iter() {
                items.push(from_js(&item, depth + 1)?);
            }
            return Ok(BrowserJson::Array(items));
        }
        let object: &Object = value.unchecked_ref();
        let keys = Object::keys(object);
        let values = Object::values(object);
        let mut fields = Vec::with_capacity(keys.length() as usize);
        for (key, item) in keys.iter().zip(values.iter()) {
            fields.push((
                key.as_string().unwrap_or_default(),
                from_js(&item, depth + 1)?,
            ));
        }
        // Own keys are unique: JSON.parse keeps the last of duplicates.
        fields.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
        return Ok(BrowserJson::Object(fields));
    }
    if let Some(s) = value.as_string() {
        return Ok(BrowserJson::String(s));
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            return Err(ReadError::not_json(
                "The response is not valid JSON: a number is out of range.",
            ));
        }
        return Ok(BrowserJson::Number(n));
    }
    Ok(value.as_bool().map_or(BrowserJson::Null, BrowserJson::Bool))
}

/// Reads source text into an article with the browser's parser (the
/// wasm build's `article_widget::read_article`).
pub fn read_article(text: &str, html: &dyn HtmlReader) -> Result<Read, ReadError> {
    read_article_with::<BrowserJson>(text, html)
}

/// Reads a list of recommended stories with the browser's parser.
pub fn read_recommendation_list(
    text: &str,
    html: &dyn HtmlReader,
) -> Result<Vec<Recommendation>, ReadError> {
    read_recommendation_report_with::<BrowserJson>(text, html).map(|list| list.items)
}

/// Reads a page's JSON-LD blocks with the browser's parser.
pub fn read_jsonld_documents(docs: &[&str], html: &dyn HtmlReader) -> Result<Read, ReadError> {
    read_jsonld_documents_with::<BrowserJson>(docs, html)
}
