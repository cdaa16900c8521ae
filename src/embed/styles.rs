use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's whole stylesheet, compiled in so it needs no request and no
/// inline `style` attribute (a strict CSP forbids those): `style/*.css`,
/// minified by build.rs so their comments cost no bytes.
pub(crate) const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One constructed sheet shared by every widget on the page.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(WIDGET_CSS).is_ok());
}

/// Gives `root` our stylesheet: adopted where supported, else a `<style>`.
pub fn adopt_styles(root: &ShadowRoot) -> Result<(), JsValue> {
    let adopted = SHEET.with(|sheet| {
        sheet.as_ref().is_some_and(|sheet| {
            let sheets = js_sys::Array::of1(sheet);
            js_sys::Reflect::set(root, &"adoptedStyleSheets".into(), &sheets).unwrap_or(false)
        })
    });
    if adopted {
        return Ok(());
    }
    let document = root.owner_document().ok_or("no document")?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(WIDGET_CSS));
    root.append_child(style.unchecked_ref())?;
    Ok(())
}
