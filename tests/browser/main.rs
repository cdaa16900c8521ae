//! The widget in real headless browsers: scripts/test runs this suite in
//! Chrome and in Firefox.
#![cfg(target_arch = "wasm32")]
#![allow(dead_code)]

mod article;
mod bodies;
mod carousel;
mod embed;
mod events;
mod formats;
mod json;
mod presentation;
mod support;
mod xss;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
