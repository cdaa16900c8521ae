//! Events on the host element, bubbling and composed out of the shadow root.

use article_widget::embed::{mount, ERROR, RENDERED};
use wasm_bindgen_test::*;

use crate::support::*;

#[wasm_bindgen_test]
async fn rendered_fires_once_with_id_url_and_timing() {
    let host = host();
    let on_host = record_events(&host, RENDERED);
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    wait_for(&host, ".aw-headline").await;
    wait_for_count(&on_host, 1).await;
    sleep(50).await;
    let seen = on_host.borrow();
    assert_eq!(seen.len(), 1, "once per load");
    assert_eq!(prop(&seen[0], "id"), "sample-sheinbaum-troop-offer");
    assert_eq!(
        prop(&seen[0], "url"),
        "https://news.example.com/world/sheinbaum-rejects-troop-offer"
    );
    let timing = number(&seen[0], "timing").expect("timing in ms");
    assert!(timing >= 0.0, "timing {timing}");
}

#[wasm_bindgen_test]
async fn error_bubbles_to_the_document_with_code_message_and_source() {
    let host = host();
    let on_document = record_events(&document(), ERROR);
    let before = on_document.borrow().len();
    let source = "/no-such-article-for-the-event-test.json";
    mount(&host, options(source)).expect("mount");
    wait_for(&host, ".aw-error").await;
    wait_for_count(&on_document, before + 1).await;
    let seen = on_document.borrow();
    let detail = &seen[before];
    assert_eq!(prop(detail, "code"), "http-404");
    assert!(prop(detail, "message").contains("404"));
    assert_eq!(prop(detail, "source"), source);
}
