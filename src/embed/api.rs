//! The JavaScript API: `ArticleWidget.mount(element, options)` returning a
//! handle with `update`, `refresh` and `unmount`, and `ArticleWidget.scan()`.
//! Options are read key by key through serde-wasm-bindgen so a wrong type
//! names the option it concerns.

use article_widget_core::privacy::parse_referrer_policy;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::mount::{mount, options_of, unmount};
use super::WidgetOptions;

const KNOWN: &str =
    "src, fromPage, recommendations, lang, theme, pullQuotes, autoplay, credentials, loading, timeout, maxBytes, referrerPolicy";

/// A pull-quote setting may be a word or a number.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum WordOrNumber {
    Word(String),
    Number(u32),
}

fn field<T: DeserializeOwned>(key: &str, value: JsValue) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("article-widget: options.{key}: {e}")))
}

/// Applies a JS options object on top of `base`.
fn read_options(base: WidgetOptions, options: &JsValue) -> Result<WidgetOptions, JsError> {
    let mut out = base;
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(JsError::new("article-widget: options must be an object"));
    }
    let entries = js_sys::Object::entries(options.unchecked_ref());
    for entry in entries.iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1);
        if value.is_undefined() {
            continue;
        }
        match key.as_str() {
            "src" => out.src = field(&key, value)?,
            "fromPage" => out.from_page = field(&key, value)?,
            "recommendations" => out.recommendations = field(&key, value)?,
            "lang" => out.lang = field(&key, value)?,
            "theme" => out.theme = field(&key, value)?,
            "pullQuotes" => {
                out.pull_quotes = field::<Option<WordOrNumber>>(&key, value)?.map(|v| match v {
                    WordOrNumber::Word(w) => w,
                    WordOrNumber::Number(n) => n.to_string(),
                })
            }
            "autoplay" => out.autoplay = field(&key, value)?,
            "credentials" => {
                let credentials: String = field(&key, value)?;
                out.with_credentials = match credentials.as_str() {
                    "include" => true,
                    "omit" | "same-origin" => false,
                    other => {
                        return Err(JsError::new(&format!(
                            "article-widget: options.credentials: \"{other}\" is not \"include\" or \"omit\""
                        )))
                    }
                };
            }
            "timeout" => out.timeout_ms = field(&key, value)?,
            "maxBytes" => out.max_bytes = field(&key, value)?,
            "referrerPolicy" => {
                let policy: Option<String> = field(&key, value)?;
                out.referrer_policy = match policy {
                    None => None,
                    Some(policy) => Some(parse_referrer_policy(&policy).ok_or_else(|| {
                        JsError::new(&format!(
                            "article-widget: options.referrerPolicy: \"{policy}\" is not a referrer policy"
                        ))
                    })?),
                };
            }
            "loading" => {
                let loading: String = field(&key, value)?;
                out.lazy = loading != "eager";
            }
            other => {
                return Err(JsError::new(&format!(
                    "article-widget: unknown option \"{other}\" (known: {KNOWN})"
                )))
            }
        }
    }
    Ok(out)
}

/// A widget mounted through the JavaScript API.
#[wasm_bindgen]
pub struct WidgetHandle {
    host: Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Changes some options and renders again.
    pub fn update(&self, options: JsValue) -> Result<(), JsError> {
        let base = options_of(&self.host).unwrap_or_default();
        let next = read_options(base, &options)?;
        mount(&self.host, next).map_err(|_| JsError::new("article-widget: could not render"))
    }

    /// Loads the article again.
    pub fn refresh(&self) -> Result<(), JsError> {
        let current = options_of(&self.host).unwrap_or_default();
        mount(&self.host, current).map_err(|_| JsError::new("article-widget: could not render"))
    }

    /// Removes the widget, its listeners, observers and pending work.
    pub fn unmount(&self) {
        unmount(&self.host);
    }

    /// The host element.
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> Element {
        self.host.clone()
    }
}

/// `ArticleWidget.mount(element, options)`.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let base = WidgetOptions {
        lazy: true,
        ..WidgetOptions::from_element(&element)
    };
    let options = read_options(base, &options)?;
    mount(&element, options).map_err(|_| JsError::new("article-widget: could not render"))?;
    Ok(WidgetHandle { host: element })
}

/// `ArticleWidget.scan()`: mounts widgets added to the page since load.
#[wasm_bindgen(js_name = scan)]
pub fn scan_js() {
    super::boot::mount_all();
}
