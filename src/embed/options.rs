//! Reading a host's options. The table and the parsing are core's
//! (`crate::options`); this only asks the element for its attributes and
//! reports values it cannot take, the way the JavaScript API would throw
//! them.

use web_sys::Element;

use crate::options::{OptionError, OptionName, WidgetOptions};

/// Attribute names the custom element observes: every option's.
pub fn observed_attributes() -> impl Iterator<Item = &'static str> {
    OptionName::ALL.into_iter().map(OptionName::attribute)
}

/// Reads options from attributes: `src` on `<article-widget>`, or
/// `data-src` on any element marked `data-article-widget`. A value an
/// option cannot take is reported on the console, and that option keeps
/// its default.
pub fn from_element(element: &Element) -> WidgetOptions {
    let (options, errors) = WidgetOptions::from_attributes(|name| {
        element
            .get_attribute(name)
            .or_else(|| element.get_attribute(&format!("data-{name}")))
    });
    for error in errors {
        report(&error);
    }
    options
}

/// The same message the JavaScript API throws for the same value.
fn report(error: &OptionError) {
    web_sys::console::error_1(&error.to_string().into());
}
