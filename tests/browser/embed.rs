//! The embedding layer: the custom element, `data-*` hosts, the JavaScript
//! API, the page's own JSON-LD, lazy loading and themes.

use article_widget::embed::{define_element, mount, mount_js, unmount, WidgetOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use crate::support::*;

fn article(headline: &str) -> String {
    serde_json::json!({
        "format": "article-widget/1",
        "headline": headline,
        "body": ["One paragraph."]
    })
    .to_string()
}

fn js_options(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

async fn wait_for_headline(host: &web_sys::Element, expected: &str) {
    for _ in 0..250 {
        let now = all(host, ".aw-headline").first().map(text);
        if now.as_deref() == Some(expected) {
            return;
        }
        sleep(20).await;
    }
    let html = host
        .shadow_root()
        .map(|r| r.inner_html())
        .unwrap_or_default();
    let state = host.get_attribute("data-aw-state");
    panic!("headline never became {expected}; state {state:?}; shadow root: {html}");
}

#[wasm_bindgen_test]
async fn the_custom_element_renders_and_re_renders_on_attribute_change() {
    define_element();
    let element = document().create_element("article-widget").unwrap();
    element
        .set_attribute("src", &json_url(&article("First")))
        .unwrap();
    element.set_attribute("loading", "eager").unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    wait_for_headline(&element, "First").await;
    assert_eq!(
        element.get_attribute("data-aw-state").as_deref(),
        Some("rendered")
    );

    element
        .set_attribute("src", &json_url(&article("Second")))
        .unwrap();
    wait_for_headline(&element, "Second").await;
    assert_eq!(all(&element, ".aw-root").len(), 1, "re-rendered in place");

    element.set_attribute("theme", "dark").unwrap();
    sleep(50).await;
    wait_for_headline(&element, "Second").await;
    assert_eq!(
        element.get_attribute("data-aw-theme").as_deref(),
        Some("dark")
    );

    element.remove();
    sleep(30).await;
    assert!(
        !article_widget::embed::is_mounted(&element),
        "removal unmounts"
    );
    assert_eq!(
        shadow(&element).child_nodes().length(),
        0,
        "shadow content is gone"
    );
}

#[wasm_bindgen_test]
async fn a_moved_element_keeps_its_widget() {
    define_element();
    let element = document().create_element("article-widget").unwrap();
    element
        .set_attribute("src", &json_url(&article("Moved")))
        .unwrap();
    element.set_attribute("loading", "eager").unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    wait_for_headline(&element, "Moved").await;
    let holder = host();
    holder.append_child(&element).unwrap();
    sleep(30).await;
    assert!(article_widget::embed::is_mounted(&element));
    assert_eq!(all(&element, ".aw-headline").len(), 1);
}

#[wasm_bindgen_test]
async fn the_js_api_mounts_updates_refreshes_and_unmounts() {
    let element = host();
    let handle = mount_js(
        element.clone(),
        js_options(&[
            (
                "src",
                JsValue::from_str(&json_url(&article("From the API"))),
            ),
            ("loading", JsValue::from_str("eager")),
            ("pullQuotes", JsValue::from_f64(1.0)),
        ]),
    )
    .map_err(JsValue::from)
    .expect("mount");
    wait_for_headline(&element, "From the API").await;

    handle
        .update(js_options(&[(
            "src",
            JsValue::from_str(&json_url(&article("Updated"))),
        )]))
        .map_err(JsValue::from)
        .expect("update");
    wait_for_headline(&element, "Updated").await;

    handle.refresh().map_err(JsValue::from).expect("refresh");
    wait_for_headline(&element, "Updated").await;

    handle.unmount();
    assert!(!article_widget::embed::is_mounted(&element));
    assert_eq!(shadow(&element).child_nodes().length(), 0);
    assert_eq!(element.get_attribute("data-aw-state"), None);
}

#[wasm_bindgen_test]
fn wrong_option_types_are_clear_errors_not_panics() {
    let element = host();
    let cases = [
        (
            js_options(&[("src", JsValue::from_f64(5.0))]),
            "options.src",
        ),
        (
            js_options(&[("autoplay", JsValue::from_str("yes"))]),
            "options.autoplay",
        ),
        (
            js_options(&[("credentials", JsValue::from_str("sometimes"))]),
            "options.credentials",
        ),
        (
            js_options(&[("colour", JsValue::from_str("red"))]),
            "unknown option \"colour\"",
        ),
        (
            JsValue::from_str("just a string"),
            "options must be an object",
        ),
    ];
    for (options, expected) in cases {
        let error = mount_js(element.clone(), options).err().expect("an error");
        let message: String = JsValue::from(error)
            .unchecked_into::<js_sys::Error>()
            .message()
            .into();
        assert!(
            message.contains(expected),
            "{message} should mention {expected}"
        );
        assert!(message.starts_with("article-widget:"), "{message}");
    }
    assert!(!article_widget::embed::is_mounted(&element));
}

#[wasm_bindgen_test]
async fn from_page_reads_the_host_pages_json_ld_without_a_request() {
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/ld+json").unwrap();
    script.set_text_content(Some(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Read from this page","author":{"@type":"Person","name":"Page Author"},"articleBody":"Body from the page."}"#,
    ));
    document().head().unwrap().append_child(&script).unwrap();
    let element = host();
    mount(
        &element,
        WidgetOptions {
            from_page: true,
            ..WidgetOptions::default()
        },
    )
    .unwrap();
    wait_for_headline(&element, "Read from this page").await;
    assert_eq!(
        text(&wait_for(&element, ".aw-byline").await),
        "By Page Author"
    );
    script.remove();
}

#[wasm_bindgen_test]
async fn data_attribute_hosts_mount_with_the_same_options() {
    let div = document().create_element("div").unwrap();
    div.set_attribute("data-article-widget", "").unwrap();
    div.set_attribute("data-src", &json_url(&article("From data attributes")))
        .unwrap();
    div.set_attribute("data-theme", "dark").unwrap();
    div.set_attribute("data-loading", "eager").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    article_widget::embed::mount_all();
    wait_for_headline(&div, "From data attributes").await;
    assert_eq!(div.get_attribute("data-aw-theme").as_deref(), Some("dark"));
}

#[wasm_bindgen_test]
async fn a_lazy_widget_waits_for_the_viewport() {
    let spacer: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    spacer.style().set_property("height", "6000px").unwrap();
    document().body().unwrap().append_child(&spacer).unwrap();
    let element = host();
    mount(
        &element,
        WidgetOptions {
            src: Some(json_url(&article("Lazy"))),
            lazy: true,
            ..WidgetOptions::default()
        },
    )
    .unwrap();
    sleep(200).await;
    assert!(
        all(&element, ".aw-widget").is_empty(),
        "nothing loads far below the fold"
    );
    element.scroll_into_view();
    wait_for_headline(&element, "Lazy").await;
    spacer.remove();
    unmount(&element);
}

#[wasm_bindgen_test]
async fn dark_theme_applies_and_light_is_light() {
    let dark = host();
    mount(
        &dark,
        WidgetOptions {
            src: Some(json_url(&article("Dark"))),
            theme: article_widget::options::Theme::Dark,
            ..WidgetOptions::default()
        },
    )
    .unwrap();
    let light = host();
    mount(
        &light,
        WidgetOptions {
            src: Some(json_url(&article("Light"))),
            theme: article_widget::options::Theme::Light,
            ..WidgetOptions::default()
        },
    )
    .unwrap();
    wait_for_headline(&dark, "Dark").await;
    wait_for_headline(&light, "Light").await;
    let background = |host: &web_sys::Element| {
        let root = wait_for_sync(host, ".aw-root");
        web_sys::window()
            .unwrap()
            .get_computed_style(&root)
            .unwrap()
            .unwrap()
            .get_property_value("background-color")
            .unwrap()
    };
    assert_eq!(background(&dark), "rgb(22, 23, 26)");
    assert_eq!(background(&light), "rgb(255, 255, 255)");
}
