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

#[wasm_bindgen_test]
async fn rendered_lists_what_was_skipped_and_where() {
    let doc = serde_json::json!({
        "format": "article-widget/1",
        "headline": "Kept",
        "body": ["Text."],
        "recommended": [
            {"title": "Bad link", "url": "javascript:alert(1)"},
            {"title": "Good", "url": "https://example.com/good"}
        ]
    })
    .to_string();
    let host = host();
    let seen = record_events(&host, RENDERED);
    mount(&host, options(&json_url(&doc))).expect("mount");
    wait_for_count(&seen, 1).await;
    let problems = js_sys::Reflect::get(&seen.borrow()[0], &"problems".into()).unwrap();
    let problems: Vec<String> = js_sys::Array::from(&problems)
        .iter()
        .filter_map(|p| p.as_string())
        .collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("recommended[0].url"),
        "{problems:?}"
    );
    assert_eq!(all(&host, ".aw-card").len(), 1);
}

#[wasm_bindgen_test]
async fn errors_are_explained_in_the_interface_language() {
    let host = host();
    mount(
        &host,
        article_widget::embed::WidgetOptions {
            src: Some("/no-such-article-spanish.json".into()),
            lang: Some("es".into()),
            ..Default::default()
        },
    )
    .expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(
        text(&error.query_selector(".aw-error-title").unwrap().unwrap()),
        "No se pudo mostrar este artículo."
    );
    assert_eq!(
        text(
            &error
                .query_selector(".aw-error-explanation")
                .unwrap()
                .unwrap()
        ),
        "El artículo no se encontró en el servidor de noticias."
    );
    assert_eq!(
        text(&error.query_selector("button").unwrap().unwrap()),
        "Reintentar"
    );
}
