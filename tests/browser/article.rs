//! What a reader sees for the sample article and for failures.

use article_widget::embed::{mount, WidgetOptions};
use wasm_bindgen_test::*;

use crate::support::*;

#[wasm_bindgen_test]
async fn sample_article_renders_headline_body_quote_and_recommendations() {
    let host = host();
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    let headline = wait_for(&host, ".aw-headline").await;
    assert_eq!(headline.tag_name(), "H1");
    assert_eq!(
        text(&headline),
        "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"
    );

    let paragraphs = all(&host, ".aw-body > p");
    assert_eq!(paragraphs.len(), 6, "the sample has six paragraphs");
    assert!(text(&paragraphs[0]).starts_with("Mexican President Claudia Sheinbaum stated"));

    let quotes = all(&host, ".aw-body > aside.aw-pull-quote");
    let chosen: Vec<(String, String)> = quotes
        .iter()
        .map(|q| {
            let part = |selector: &str| {
                q.query_selector(selector)
                    .unwrap()
                    .map(|e| text(&e))
                    .unwrap_or_default()
            };
            (part(".aw-pull-quote-text"), part(".aw-pull-quote-speaker"))
        })
        .collect();
    assert_eq!(
        chosen,
        [
            (
                "How can we help you fight drug trafficking? I propose that the U.S. Army come in to help you.".to_string(),
                "Trump".to_string()
            ),
            (
                "No, President Trump, the territory is sacrosanct, sovereignty is sacrosanct, sovereignty is not for sale, sovereignty is loved and defended.".to_string(),
                "Sheinbaum".to_string()
            ),
        ]
    );
    let paragraph_text: Vec<String> = paragraphs.iter().map(text).collect();
    let body_text = paragraph_text.join("\n");
    for quote in &quotes {
        let before = quote
            .previous_element_sibling()
            .expect("a block before the quote");
        let after = quote
            .next_element_sibling()
            .expect("a block after the quote");
        assert_eq!(before.tag_name(), "P", "pull-quotes sit between paragraphs");
        assert_eq!(after.tag_name(), "P", "pull-quotes sit between paragraphs");
        assert_eq!(
            quote.get_attribute("aria-hidden").as_deref(),
            Some("true"),
            "the words repeat the body, so screen readers skip them"
        );
    }
    for (quote, _) in &chosen {
        assert!(
            body_text.contains(quote.as_str()),
            "{quote} is in the paragraphs"
        );
    }
    assert_ne!(
        quotes[0].previous_element_sibling(),
        quotes[1].previous_element_sibling()
    );

    let cards = all(&host, ".aw-recommended .aw-card");
    assert_eq!(cards.len(), 8);
    let first_title = text(&all(&host, ".aw-card-title")[0]);
    assert_eq!(first_title, "Watch Out for Third Baseman Draft Pitfalls!");
    let first_teaser = text(&all(&host, ".aw-card-teaser")[0]);
    assert!(
        first_teaser.ends_with("solid fantasy..."),
        "the teaser stays as given: {first_teaser}"
    );
}

#[wasm_bindgen_test]
async fn an_article_without_author_has_no_byline() {
    let host = host();
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    wait_for(&host, ".aw-headline").await;
    assert!(
        all(&host, ".aw-byline").is_empty(),
        "no empty byline for the seed's empty Author"
    );
    assert!(!shadow(&host)
        .text_content()
        .unwrap_or_default()
        .contains("By "));
}

#[wasm_bindgen_test]
async fn named_authors_get_a_byline() {
    let doc = r#"{"format":"article-widget/1","headline":"H","authors":[{"name":"Ana Ruiz","url":"https://example.com/ana"},"Ben Ode"],"body":["Text."]}"#;
    let host = host();
    mount(&host, options(&json_url(doc))).expect("mount");
    let byline = wait_for(&host, ".aw-byline").await;
    assert_eq!(text(&byline), "By Ana Ruiz and Ben Ode");
    let link = byline.query_selector("a").unwrap().expect("linked author");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.com/ana")
    );
}

#[wasm_bindgen_test]
async fn a_skeleton_shows_until_the_article_arrives() {
    hold_next_fetch();
    let host = host();
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    let skeleton = wait_for(&host, ".aw-skeleton").await;
    assert_eq!(skeleton.get_attribute("aria-busy").as_deref(), Some("true"));
    sleep(50).await;
    assert!(
        all(&host, ".aw-headline").is_empty(),
        "nothing but the skeleton while loading"
    );
    release_fetch();
    wait_for(&host, ".aw-headline").await;
    assert!(
        all(&host, ".aw-skeleton").is_empty(),
        "the skeleton goes when the article arrives"
    );
}

#[wasm_bindgen_test]
async fn missing_article_shows_a_404_error_with_retry() {
    let host = host();
    mount(&host, options("/no-such-article-for-this-test.json")).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("http-404")
    );
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&error).contains("404"));
    assert!(error.query_selector("button.aw-retry").unwrap().is_some());
    assert!(all(&host, ".aw-headline").is_empty());
}

#[wasm_bindgen_test]
async fn malformed_json_shows_an_error() {
    let host = host();
    mount(&host, options(&json_url(r#"{"headline": "cut off"#))).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("not-json")
    );
    assert!(text(&error).contains("not valid JSON"), "{}", text(&error));
}

#[wasm_bindgen_test]
async fn an_html_page_is_reported_as_not_json() {
    let host = host();
    let url = blob_url(
        "<!doctype html><title>Error</title><h1>Oops</h1>",
        "text/html",
    );
    mount(&host, options(&url)).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("not-json")
    );
    assert!(text(&error).contains("HTML page"));
}

#[wasm_bindgen_test]
async fn a_widget_without_src_says_so() {
    let host = host();
    mount(&host, WidgetOptions::default()).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("no-source")
    );
}

#[wasm_bindgen_test]
async fn mounting_again_replaces_the_widget() {
    let host = host();
    let url = json_url(SAMPLE);
    mount(&host, options(&format!("{url}-gone"))).expect("mount");
    wait_for(&host, ".aw-error").await;
    mount(&host, options(&url)).expect("remount");
    wait_for(&host, ".aw-headline").await;
    assert!(all(&host, ".aw-error").is_empty());
    assert_eq!(all(&host, ".aw-root").len(), 1, "one widget per host");
}

#[wasm_bindgen_test]
async fn the_retry_button_loads_again_after_a_network_failure() {
    fail_fetches();
    let host = host();
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    restore_fetch();
    assert_eq!(error.get_attribute("data-code").as_deref(), Some("network"));
    let retry: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(
        error
            .query_selector("button.aw-retry")
            .unwrap()
            .expect("retry button"),
    );
    retry.click();
    let headline = wait_for(&host, ".aw-headline").await;
    assert_eq!(
        text(&headline),
        "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"
    );
}

#[wasm_bindgen_test]
async fn a_widget_that_failed_on_the_network_loads_when_the_connection_returns() {
    fail_fetches();
    let host = host();
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    let error = wait_for(&host, ".aw-error").await;
    assert_eq!(error.get_attribute("data-code").as_deref(), Some("network"));
    restore_fetch();
    sleep(50).await;
    assert!(
        all(&host, ".aw-headline").is_empty(),
        "no retry until the connection returns"
    );
    let online = web_sys::Event::new("online").unwrap();
    web_sys::window().unwrap().dispatch_event(&online).unwrap();
    let headline = wait_for(&host, ".aw-headline").await;
    assert_eq!(
        text(&headline),
        "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"
    );
}
