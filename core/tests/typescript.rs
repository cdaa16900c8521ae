#![cfg(not(target_arch = "wasm32"))]
//! The TypeScript declarations (types/index.d.ts, shipped in the npm
//! package) are written by hand; these fail when an option, an error code
//! or an event exists on one side only, or when the declarations allow a
//! value the option table refuses.

use std::collections::BTreeSet;
use std::path::PathBuf;

use article_widget_core::embedding::{
    EVENT_ERROR, EVENT_READY, EVENT_RECOMMENDATION_CLICK, EVENT_RECOMMENDATION_IMPRESSION,
    EVENT_RENDERED,
};
use article_widget_core::options::{OptionName, OptionValue, WidgetOptions};
use article_widget_core::ErrorCode;

/// The declarations of the checkout being tested, found at run time (the
/// build cache is shared between checkouts, so no path is baked in).
fn declarations() -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path: PathBuf = [root.as_str(), "..", "types", "index.d.ts"]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text from `start` to the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("types/index.d.ts has no `{start}`"))
        + start.len();
    let rest = &text[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// The members of `export interface NAME { ... }`: each line `key?: type;`
/// or `"key": type;` (comments skipped), as (key, type).
fn members(text: &str, name: &str) -> Vec<(String, String)> {
    let body = between(text, &format!("export interface {name} {{"), "\n}");
    body.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("/*") && !line.starts_with('*') && !line.starts_with("//"))
        .filter_map(|line| {
            // A quoted key may hold a colon itself (`"article-widget:ready"`).
            let (key, rest) = match line.strip_prefix('"') {
                Some(quoted) => quoted.split_once('"')?,
                None => line.split_once(['?', ':'])?,
            };
            let ty = rest.trim_start_matches('?').trim_start_matches(':');
            Some((key.to_string(), ty.trim().trim_end_matches(';').to_string()))
        })
        .collect()
}

/// Every `"text"` in `text`.
fn literals(text: &str) -> BTreeSet<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Names on one side only, for the failure message.
fn only_on_one_side(rust: &BTreeSet<String>, typescript: &BTreeSet<String>) -> String {
    let only = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
        a.difference(b).cloned().collect::<Vec<_>>().join(", ")
    };
    format!(
        "only in Rust: [{}]; only in types/index.d.ts: [{}]",
        only(rust, typescript),
        only(typescript, rust)
    )
}

#[test]
fn every_option_has_its_key_and_its_attribute() {
    let text = declarations();
    let rust: BTreeSet<String> = OptionName::ALL.map(|n| n.js_key().to_string()).into();
    let typescript: BTreeSet<String> = members(&text, "ArticleWidgetOptions")
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    assert_eq!(rust, typescript, "{}", only_on_one_side(&rust, &typescript));

    let rust: BTreeSet<String> = OptionName::ALL.map(|n| n.attribute().to_string()).into();
    let typescript: BTreeSet<String> = members(&text, "ArticleWidgetAttributes")
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    assert_eq!(rust, typescript, "{}", only_on_one_side(&rust, &typescript));
}

#[test]
fn every_error_code_is_in_the_union() {
    let rust: BTreeSet<String> = ErrorCode::ALL.map(|c| c.as_str().to_string()).into();
    let typescript = literals(between(
        &declarations(),
        "export type ArticleWidgetErrorCode =",
        ";",
    ));
    assert_eq!(rust, typescript, "{}", only_on_one_side(&rust, &typescript));
}

#[test]
fn every_event_has_its_detail() {
    let rust: BTreeSet<String> = [
        EVENT_READY,
        EVENT_RENDERED,
        EVENT_ERROR,
        EVENT_RECOMMENDATION_CLICK,
        EVENT_RECOMMENDATION_IMPRESSION,
    ]
    .map(str::to_string)
    .into();
    let typescript: BTreeSet<String> = members(&declarations(), "ArticleWidgetEventMap")
        .into_iter()
        .map(|(key, ty)| {
            assert!(ty.starts_with("CustomEvent<"), "{key}: {ty}");
            key
        })
        .collect();
    assert_eq!(rust, typescript, "{}", only_on_one_side(&rust, &typescript));
}

/// What a declared type lets a caller write, as the values the widget
/// receives: the options object passes numbers and booleans as they are, an
/// attribute is always text.
#[derive(Clone, Copy, PartialEq)]
enum Path {
    Options,
    Attribute,
}

/// Sample values of a type such as `ArticleWidgetTheme | null | undefined`,
/// with `export type` aliases of the same file resolved.
fn samples(text: &str, ty: &str, path: Path) -> Vec<String> {
    let mut out = Vec::new();
    for part in ty.split('|').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "null" | "undefined" => {}
            "string" => out.push("\"/articles/1.json\"".into()),
            "number" => out.extend(["1", "2"].map(String::from)),
            "`${number}`" => out.extend(["\"1\"", "\"2500\""].map(String::from)),
            "boolean" if path == Path::Options => out.extend(["true", "false"].map(String::from)),
            "boolean" => out.extend(["\"\"", "\"true\"", "\"false\""].map(String::from)),
            literal if literal.starts_with('"') => out.push(literal.to_string()),
            alias => {
                let resolved = between(text, &format!("export type {alias} ="), ";");
                out.extend(samples(text, resolved, path));
            }
        }
    }
    out
}

fn value_of(sample: &str, path: Path) -> OptionValue<'_> {
    let text = sample.trim_matches('"');
    match (path, sample) {
        (Path::Attribute, _) => OptionValue::Attribute(text),
        (Path::Options, "true") => OptionValue::Bool(true),
        (Path::Options, "false") => OptionValue::Bool(false),
        (Path::Options, s) if s.starts_with('"') => OptionValue::Text(text),
        (Path::Options, s) => OptionValue::Number(s.parse().unwrap_or(f64::NAN)),
    }
}

#[test]
fn every_value_the_types_allow_is_taken() {
    let text = declarations();
    for (interface, path) in [
        ("ArticleWidgetOptions", Path::Options),
        ("ArticleWidgetAttributes", Path::Attribute),
    ] {
        for (key, ty) in members(&text, interface) {
            let name = OptionName::ALL
                .into_iter()
                .find(|n| key == n.js_key() || key == n.attribute())
                .unwrap_or_else(|| panic!("{interface}.{key} is no option"));
            let allowed = samples(&text, &ty, path);
            assert!(!allowed.is_empty(), "{interface}.{key}: no value in {ty}");
            for sample in allowed {
                let mut options = WidgetOptions::default();
                let taken = options.set(name, value_of(&sample, path));
                assert!(taken.is_ok(), "{interface}.{key} = {sample}: {taken:?}");
            }
        }
    }
}
