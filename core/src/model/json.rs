//! The JSON the readers walk, as a trait: natively it is
//! `serde_json::Value` (tests, fuzzing, a server render); in the browser it
//! is the widget's own tree built from `JSON.parse`, so the wasm carries no
//! JSON parser of its own. The readers are generic over it and only one
//! implementation is ever compiled into a build.

use crate::error::ReadError;

/// Containers nested deeper than this are refused while parsing, as
/// serde_json does (it allows 127 levels): hostile depth is an error, not
/// a stack overflow.
pub const MAX_PARSE_DEPTH: usize = 127;

/// One JSON value, borrowed, by kind.
pub enum View<'a, N> {
    Null,
    Bool(bool),
    /// Read it through [`JsonNode::as_f64`], [`JsonNode::as_u64`] or
    /// [`JsonNode::number_text`].
    Number,
    String(&'a str),
    Array(&'a [N]),
    /// The node itself: read its fields with [`JsonNode::get`].
    Object,
}

/// What the format readers need of a parsed JSON value, and nothing more.
/// Object fields are own fields only, each key at most once (the last one
/// given wins, as in `JSON.parse` and serde_json), iterated in key order.
pub trait JsonNode: Sized {
    /// Parses a document already trimmed and checked by
    /// [`super::read::parse_json`].
    fn parse(text: &str) -> Result<Self, ReadError>;
    fn view(&self) -> View<'_, Self>;
    /// A field of an object; `None` for a missing key or a non-object.
    fn get(&self, key: &str) -> Option<&Self>;
    /// An object's fields in key order; nothing for a non-object.
    fn entries(&self) -> impl Iterator<Item = (&str, &Self)>;
    fn as_f64(&self) -> Option<f64>;
    /// A non-negative whole number.
    fn as_u64(&self) -> Option<u64>;
    /// A number written out as text (an `id` given as `4821`).
    fn number_text(&self) -> Option<String>;

    fn as_str(&self) -> Option<&str> {
        match self.view() {
            View::String(s) => Some(s),
            _ => None,
        }
    }
    fn items(&self) -> Option<&[Self]> {
        match self.view() {
            View::Array(list) => Some(list),
            _ => None,
        }
    }
    /// The node itself when it is an object.
    fn as_object(&self) -> Option<&Self> {
        matches!(self.view(), View::Object).then_some(self)
    }
    fn is_object(&self) -> bool {
        matches!(self.view(), View::Object)
    }
    fn is_array(&self) -> bool {
        matches!(self.view(), View::Array(_))
    }
    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    /// How many fields an object has.
    fn field_count(&self) -> usize {
        self.entries().count()
    }
}

/// The error for input nested deeper than [`MAX_PARSE_DEPTH`].
pub fn too_deep() -> ReadError {
    ReadError::not_json("The JSON is nested too deeply to be an article.")
}

#[cfg(feature = "serde_json")]
mod serde_impl {
    use serde_json::Value;

    use super::{too_deep, JsonNode, View};
    use crate::error::ReadError;

    impl JsonNode for Value {
        fn parse(text: &str) -> Result<Self, ReadError> {
            serde_json::from_str(text).map_err(|e| {
                if e.to_string().contains("recursion limit") {
                    too_deep()
                } else {
                    ReadError::not_json(format!("The response is not valid JSON: {e}."))
                }
            })
        }

        fn view(&self) -> View<'_, Self> {
            match self {
                Value::Null => View::Null,
                Value::Bool(b) => View::Bool(*b),
                Value::Number(_) => View::Number,
                Value::String(s) => View::String(s),
                Value::Array(list) => View::Array(list),
                Value::Object(_) => View::Object,
            }
        }

        fn get(&self, key: &str) -> Option<&Self> {
            self.as_object()?.get(key)
        }

        fn entries(&self) -> impl Iterator<Item = (&str, &Self)> {
            Value::as_object(self)
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.as_str(), v))
        }

        fn as_f64(&self) -> Option<f64> {
            Value::as_f64(self)
        }

        fn as_u64(&self) -> Option<u64> {
            Value::as_u64(self)
        }

        fn number_text(&self) -> Option<String> {
            match self {
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        }

        fn field_count(&self) -> usize {
            Value::as_object(self).map_or(0, serde_json::Map::len)
        }
    }
}

/// Scans JSON text the way serde_json's parser would refuse it and
/// `JSON.parse` would not: nesting deeper than [`MAX_PARSE_DEPTH`] and
/// `\u` escapes that leave a surrogate unpaired. Builds that parse with
/// `JSON.parse` run it first, so both parsers refuse the same documents.
/// Invalid JSON may pass; the parser refuses it next.
pub fn check_text(text: &str) -> Result<(), ReadError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    // A high surrogate escape waiting for its low half.
    let mut pending_high = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if !in_string {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_PARSE_DEPTH {
                        return Err(too_deep());
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            continue;
        }
        let unit = match b {
            b'\\' => {
                let escaped = bytes.get(i).copied();
                i += 1;
                if escaped == Some(b'u') {
                    let unit = bytes
                        .get(i..i + 4)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u16::from_str_radix(h, 16).ok());
                    i += 4;
                    unit
                } else {
                    None
                }
            }
            b'"' => {
                in_string = false;
                None
            }
            _ => None,
        };
        let high = unit.is_some_and(|u| (0xD800..0xDC00).contains(&u));
        let low = unit.is_some_and(|u| (0xDC00..0xE000).contains(&u));
        if (pending_high && !low) || (!pending_high && low) {
            return Err(lone_surrogate());
        }
        pending_high = high;
    }
    if pending_high {
        return Err(lone_surrogate());
    }
    Ok(())
}

fn lone_surrogate() -> ReadError {
    ReadError::not_json("The response is not valid JSON: a \\u escape leaves a surrogate unpaired.")
}

#[cfg(all(test, feature = "serde_json"))]
mod tests {
    use serde_json::Value;

    use super::{check_text, JsonNode, MAX_PARSE_DEPTH};

    fn nested(levels: usize) -> String {
        format!("{}1{}", "[".repeat(levels), "]".repeat(levels))
    }

    /// `check_text` refuses exactly what serde_json refuses of these, so a
    /// `JSON.parse` build refuses the same documents.
    #[test]
    fn check_text_refuses_what_serde_json_refuses() {
        let cases = [
            nested(MAX_PARSE_DEPTH),
            nested(MAX_PARSE_DEPTH + 1),
            format!(r#"{{"a": "{}", "b": {}}}"#, "[".repeat(300), nested(20)),
            format!(r#"["\"{}"]"#, "{".repeat(300)),
            r#"["\ud83d\ude00"]"#.to_string(),
            r#"["\ud83d"]"#.to_string(),
            r#"["\ud83d x"]"#.to_string(),
            r#"["\ude00"]"#.to_string(),
            r#"["\ud83d\u0041"]"#.to_string(),
            r#"["\ud83d\n"]"#.to_string(),
            r#"["\\ud83d"]"#.to_string(),
            r#"["\u00e9\"\\"]"#.to_string(),
        ];
        for text in &cases {
            let serde_refuses = serde_json::from_str::<Value>(text).is_err();
            let ours_refuse = check_text(text).is_err();
            assert_eq!(ours_refuse, serde_refuses, "{text}");
        }
        assert!(check_text(&nested(MAX_PARSE_DEPTH + 1))
            .unwrap_err()
            .message
            .contains("nested too deeply"));
    }

    /// What the browser's parser has to match: the last of duplicate keys
    /// wins, fields come in key order, `1e400` is refused.
    #[test]
    fn serde_json_keeps_the_last_duplicate_and_sorts_keys() {
        let v = Value::parse(r#"{"b": 1, "a": 2, "10": 3, "9": 4, "a": 5}"#).unwrap();
        let keys: Vec<&str> = v.entries().map(|(k, _)| k).collect();
        assert_eq!(keys, ["10", "9", "a", "b"]);
        assert_eq!(v.get("a").and_then(JsonNode::as_f64), Some(5.0));
        assert_eq!(
            Value::parse("[1e400]").unwrap_err().code.as_str(),
            "not-json"
        );
    }
}
