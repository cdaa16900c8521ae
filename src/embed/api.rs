//! The JavaScript API: `ArticleWidget.mount(element, options)` returning a
//! handle with `update`, `refresh` and `unmount`, and `ArticleWidget.scan()`.
//! Keys and values go through the same option table as attributes, so a
//! wrong value gets the same message on both paths.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::mount::{mount, options_of, unmount};
use super::options::from_element;
use crate::options::{OptionName, OptionValue, WidgetOptions};

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
        let Some(name) = OptionName::from_js_key(&key) else {
            return Err(JsError::new(&format!(
                "article-widget: unknown option \"{key}\" (known: {})",
                OptionName::known_js_keys()
            )));
        };
        let text = value.as_string();
        let value = if let Some(text) = text.as_deref() {
            OptionValue::Text(text)
        } else if let Some(number) = value.as_f64() {
            OptionValue::Number(number)
        } else if let Some(on) = value.as_bool() {
            OptionValue::Bool(on)
        } else if value.is_null() {
            OptionValue::Null
        } else {
            return Err(JsError::new(&format!(
                "article-widget: options.{key}: expected a string, a number or a boolean"
            )));
        };
        out.set(name, value)
            .map_err(|error| JsError::new(&error.to_string()))?;
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

/// `ArticleWidget.mount(element, options)`: the element's own attributes
/// first, then the options object.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let options = read_options(from_element(&element), &options)?;
    mount(&element, options).map_err(|_| JsError::new("article-widget: could not render"))?;
    Ok(WidgetHandle { host: element })
}

/// `ArticleWidget.scan()`: mounts widgets added to the page since load.
#[wasm_bindgen(js_name = scan)]
pub fn scan_js() {
    super::boot::mount_all();
}
