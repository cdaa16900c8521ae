//! A corpus of hostile sources: after render, nothing ran, and no handler,
//! script URL or active element exists inside the widget.

use article_widget::embed::mount;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use crate::support::*;

/// Payloads that try to run `window.__awPwned = 1` (or load something),
/// one per line; the native server-render test reads the same file.
const PAYLOADS: &str = include_str!("../../fixtures/xss/payloads.txt");

fn pwned() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__awPwned"))
        .map(|v| !v.is_undefined())
        .unwrap_or(false)
}

/// Checks the rendered shadow tree for anything active.
fn assert_inert(host: &web_sys::Element, payload: &str) {
    for element in all(host, "*") {
        let name = element.local_name();
        assert!(
            !matches!(
                name.as_str(),
                "script"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "form"
                    | "svg"
                    | "math"
                    | "base"
                    | "meta"
                    | "style"
                    | "template"
                    | "video"
                    | "details"
            ),
            "<{name}> rendered for {payload}"
        );
        let attributes = element.get_attribute_names();
        for i in 0..attributes.length() {
            let attr = attributes.get(i).as_string().unwrap_or_default();
            assert!(!attr.starts_with("on"), "{attr} on <{name}> for {payload}");
            assert_ne!(attr, "style", "style attribute on <{name}> for {payload}");
            assert_ne!(attr, "srcdoc", "srcdoc on <{name}> for {payload}");
            if matches!(attr.as_str(), "href" | "src" | "srcset" | "action" | "data") {
                let value = element
                    .get_attribute(&attr)
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let value: String = value.chars().filter(|c| !c.is_whitespace()).collect();
                assert!(
                    value.starts_with("https:")
                        || value.starts_with("http:")
                        || value.starts_with("mailto:"),
                    "{attr}={value} on <{name}> for {payload}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
async fn hostile_html_bodies_execute_nothing_and_render_inert() {
    for payload in PAYLOADS.lines() {
        let body = format!("<p>Before.</p>{payload}<p>After.</p>");
        let doc = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": format!("XSS {payload}"),
            "articleBody": body,
            "image": "javascript:window.__awPwned=1",
            "author": {"@type": "Person", "name": "<img src=x onerror=window.__awPwned=1>", "url": "javascript:window.__awPwned=1"},
        })
        .to_string();
        let host = host();
        mount(&host, options(&json_url(&doc))).expect("mount");
        wait_for(&host, ".aw-headline").await;
        // Give any event handler or script a chance to run.
        sleep(30).await;
        assert!(!pwned(), "script ran for {payload}");
        assert_inert(&host, payload);
        let headline = text(&wait_for(&host, ".aw-headline").await);
        assert!(
            headline.starts_with("XSS "),
            "the headline is shown as text"
        );
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn hostile_fields_in_our_format_render_as_text() {
    let doc = serde_json::json!({
        "format": "article-widget/1",
        "headline": "<img src=x onerror=window.__awPwned=1>",
        "standfirst": "<script>window.__awPwned=1</script>",
        "authors": [{"name": "Eve", "url": "javascript:window.__awPwned=1"}],
        "image": {"src": "javascript:window.__awPwned=1"},
        "body": [
            {"type": "paragraph", "content": [{"type": "link", "href": "javascript:window.__awPwned=1", "content": "words stay"}]},
            {"type": "embed", "url": "javascript:window.__awPwned=1"}
        ],
        "recommended": [
            {"title": "bad", "url": "javascript:window.__awPwned=1"},
            {"title": "<b>good</b>", "url": "https://example.com/ok", "image": "data:image/svg+xml,<svg onload=alert(1)>"}
        ]
    })
    .to_string();
    let host = host();
    mount(&host, options(&json_url(&doc))).expect("mount");
    let headline = wait_for(&host, ".aw-headline").await;
    sleep(30).await;
    assert!(!pwned());
    assert_eq!(text(&headline), "<img src=x onerror=window.__awPwned=1>");
    assert_inert(&host, "our format");
    assert_eq!(text(&wait_for(&host, ".aw-body p").await), "words stay");
    assert_eq!(
        all(&host, ".aw-card").len(),
        1,
        "the unsafe recommendation is skipped"
    );
    assert!(
        all(&host, ".aw-card img").is_empty(),
        "a data: image is dropped"
    );
}
