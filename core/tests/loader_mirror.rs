#![cfg(not(target_arch = "wasm32"))]
//! The loader (embed/embed.js) and the stylesheet keep their own copies of
//! a few numbers and names the wasm uses; these fail when a copy drifts
//! from core/src/embedding.rs and core/src/options.rs.

use std::path::PathBuf;

use article_widget_core::embedding::{
    DATA_HOST_SELECTOR, EVENT_ERROR, HOST_SELECTOR, LAZY_MARGIN_PX, RESERVED_ATTRIBUTE,
    RESERVED_HEIGHT, STATE_ATTRIBUTE,
};
use article_widget_core::options::OptionName;

/// A file of the checkout being tested, found at run time (the build cache
/// is shared between checkouts, so no path is baked in).
fn repository_file(parts: &[&str]) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path: PathBuf = std::iter::once(root.as_str())
        .chain(std::iter::once(".."))
        .chain(parts.iter().copied())
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn loader() -> String {
    repository_file(&["embed", "embed.js"])
}

#[test]
fn the_loader_finds_the_same_hosts() {
    assert!(loader().contains(&format!("var SELECTOR = \"{HOST_SELECTOR}\";")));
    assert!(HOST_SELECTOR.ends_with(DATA_HOST_SELECTOR));
}

#[test]
fn the_loader_starts_lazy_widgets_at_the_same_distance() {
    assert!(loader().contains(&format!("var MARGIN = {LAZY_MARGIN_PX};")));
}

#[test]
fn the_loader_and_the_stylesheet_hold_the_same_space() {
    assert!(loader().contains(&format!("var RESERVED_HEIGHT = \"{RESERVED_HEIGHT}\";")));
    let css = repository_file(&["style", "widget.css"]);
    assert!(
        css.contains(&format!("min-height: {RESERVED_HEIGHT};")),
        "style/widget.css holds another height than {RESERVED_HEIGHT}"
    );
}

#[test]
fn the_loader_uses_the_same_attributes_and_event() {
    let loader = loader();
    for name in [RESERVED_ATTRIBUTE, STATE_ATTRIBUTE, EVENT_ERROR] {
        assert!(loader.contains(&format!("\"{name}\"")), "{name}");
    }
    // The options the loader reads to start a request early.
    for name in [
        OptionName::Src,
        OptionName::FromPage,
        OptionName::Loading,
        OptionName::Credentials,
    ] {
        assert!(
            loader.contains(&format!("(el, \"{}\")", name.attribute())),
            "{}",
            name.attribute()
        );
    }
}
