//! Server renders, natively (`cargo test --features ssr`): the snippet for
//! the sample article, and hostile bodies in every HTML-carrying format
//! leaving nothing active in it.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

use article_widget::prerender::{render_snippet, Prerender, Stylesheet};
use scraper::{ElementRef, Html, Node};

const SAMPLE: &str = include_str!("../fixtures/sample-article.json");
const RECOMMENDATIONS: &str = include_str!("../fixtures/recommendations-list.json");
const PAYLOADS: &str = include_str!("../fixtures/xss/payloads.txt");

/// Every element of a parsed snippet, template contents included.
fn elements(html: &Html) -> Vec<ElementRef<'_>> {
    html.tree.nodes().filter_map(ElementRef::wrap).collect()
}

fn text_of(html: &Html, class: &str) -> Vec<String> {
    elements(html)
        .into_iter()
        .filter(|e| e.value().classes().any(|c| c == class))
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn the_sample_renders_inside_a_declarative_shadow_root() {
    let how = Prerender {
        attributes: vec![("src".into(), "/fixtures/sample-article.json".into())],
        ..Prerender::default()
    };
    let snippet = render_snippet(SAMPLE, &how).expect("a snippet");
    assert!(snippet.starts_with("<article-widget src=\"/fixtures/sample-article.json\""));
    assert!(snippet.contains(" prerendered=\"current\""));
    assert!(snippet.contains(" data-aw-state=\"rendered\""));
    assert!(snippet.contains("><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"article-widget.css\"><div class=\"aw-root aw-prerendered\"><div class=\"aw-widget\"><article"));
    let html = Html::parse_document(&snippet);
    assert_eq!(
        text_of(&html, "aw-headline"),
        ["Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"]
    );
    let quotes = text_of(&html, "aw-pull-quote-text");
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert!(quotes[0].starts_with("How can we help you fight drug trafficking?"));
    let body = text_of(&html, "aw-body");
    assert!(body[0].starts_with("Mexican President Claudia Sheinbaum stated on Saturday"));
    assert_eq!(
        text_of(&html, "aw-slide").len(),
        8,
        "the article's own recommendations"
    );
    assert_eq!(text_of(&html, "aw-recommended-title"), ["Recommended news"]);
    // The data the widget takes over from, inert.
    let data: Vec<_> = elements(&html)
        .into_iter()
        .filter(|e| e.value().name() == "script")
        .collect();
    assert_eq!(data.len(), 1);
    assert_eq!(data[0].value().attr("type"), Some("application/json"));
    let json: String = data[0].text().collect();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json).expect("JSON"),
        serde_json::from_str::<serde_json::Value>(SAMPLE).expect("JSON"),
    );
}

#[test]
fn recommendations_given_as_data_replace_the_articles_own() {
    let how = Prerender {
        recommendations: Some(RECOMMENDATIONS.into()),
        stylesheet: Stylesheet::Inline,
        current: false,
        ..Prerender::default()
    };
    let snippet = render_snippet(SAMPLE, &how).expect("a snippet");
    assert!(snippet.contains(" prerendered=\"stale\""));
    let html = Html::parse_document(&snippet);
    let titles = text_of(&html, "aw-card-title");
    let list: serde_json::Value = serde_json::from_str(RECOMMENDATIONS).expect("JSON");
    let first = list["items"][0]["title"]
        .as_str()
        .or_else(|| list[0]["title"].as_str())
        .expect("a first title");
    assert_eq!(titles.first().map(|t| t.trim()), Some(first));
    let styles: Vec<_> = elements(&html)
        .into_iter()
        .filter(|e| e.value().name() == "style")
        .collect();
    assert_eq!(styles.len(), 1, "inline mode carries the stylesheet");
    assert!(styles[0]
        .text()
        .collect::<String>()
        .contains(".aw-headline"));
    assert_eq!(
        elements(&html)
            .into_iter()
            .filter(|e| e.value().attr("data-aw-recommendations").is_some())
            .count(),
        1
    );
}

#[test]
fn attributes_the_widget_would_refuse_fail_the_render() {
    for (name, value) in [("theme", "purple"), ("colour", "red"), ("timeout", "soon")] {
        let how = Prerender {
            attributes: vec![(name.into(), value.into())],
            ..Prerender::default()
        };
        let error = render_snippet(SAMPLE, &how).expect_err(name);
        assert!(!error.to_string().is_empty());
    }
    assert!(render_snippet("{\"nothing\": true}", &Prerender::default()).is_err());
    assert!(render_snippet("not json", &Prerender::default()).is_err());
}

/// The payload as the HTML body of each format that carries HTML.
fn hostile_documents(payload: &str) -> Vec<String> {
    let body = format!("<p>Before.</p>{payload}<p>After.</p>");
    let hostile_url = "javascript:window.__awPwned=1";
    vec![
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": format!("XSS {payload}"),
            "articleBody": body,
            "url": hostile_url,
            "image": hostile_url,
            "author": {"@type": "Person", "name": payload, "url": hostile_url},
        }),
        serde_json::json!({
            "id": 1,
            "link": hostile_url,
            "title": {"rendered": format!("XSS {payload}")},
            "content": {"rendered": body},
            "excerpt": {"rendered": payload},
            "date_gmt": "2025-05-03T07:00:00",
        }),
        serde_json::json!({
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Feed",
            "items": [{
                "id": "1",
                "url": hostile_url,
                "title": format!("XSS {payload}"),
                "content_html": body,
                "summary": payload,
                "image": hostile_url,
                "authors": [{"name": payload, "url": hostile_url}],
            }],
        }),
    ]
    .into_iter()
    .map(|d| d.to_string())
    .collect()
}

/// Nothing in the parsed snippet can run, load or style: only our own
/// elements, attributes and http(s) URLs.
fn assert_inert(snippet: &str, payload: &str) {
    let html = Html::parse_document(snippet);
    for element in elements(&html) {
        let e = element.value();
        let name = e.name();
        let ours = match name {
            "script" => {
                e.attr("type") == Some("application/json")
                    && element
                        .children()
                        .all(|c| matches!(c.value(), Node::Text(_)))
            }
            "template" => e.attr("shadowrootmode") == Some("open"),
            "link" => {
                e.attr("rel") == Some("stylesheet") && e.attr("href") == Some("article-widget.css")
            }
            "article-widget" => e.attr("prerendered").is_some(),
            "iframe" | "object" | "embed" | "form" | "svg" | "math" | "base" | "meta" | "style"
            | "video" | "details" | "noscript" | "input" | "button" => {
                // Our own buttons: the carousel's, with nothing from a source.
                name == "button" && e.classes().any(|c| c.starts_with("aw-carousel"))
            }
            _ => true,
        };
        assert!(ours, "<{name}> in the snippet for {payload}\n{snippet}");
        for (attr, value) in e.attrs() {
            assert!(!attr.starts_with("on"), "{attr} on <{name}> for {payload}");
            assert_ne!(attr, "style", "style on <{name}> for {payload}");
            assert_ne!(attr, "srcdoc", "srcdoc on <{name}> for {payload}");
            if matches!(attr, "href" | "src" | "srcset" | "action" | "data") {
                let value: String = value
                    .to_ascii_lowercase()
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                assert!(
                    ["https:", "http:", "mailto:"]
                        .iter()
                        .any(|s| value.starts_with(s))
                        || (name == "link" && value == "article-widget.css"),
                    "{attr}={value} on <{name}> for {payload}"
                );
            }
        }
    }
}

#[test]
fn hostile_bodies_leave_nothing_active_in_the_snippet() {
    let mut rendered = 0;
    for payload in PAYLOADS.lines().filter(|l| !l.is_empty()) {
        for document in hostile_documents(payload) {
            let snippet = render_snippet(&document, &Prerender::default())
                .unwrap_or_else(|e| panic!("{payload}: {e}"));
            assert_inert(&snippet, payload);
            assert!(snippet.contains("Before."), "{payload}: the body is there");
            rendered += 1;
        }
    }
    assert!(rendered >= 90, "{rendered} snippets");
}

#[test]
fn the_same_payloads_in_every_field_stay_text() {
    for payload in PAYLOADS.lines().filter(|l| !l.is_empty()) {
        let document = serde_json::json!({
            "format": "article-widget/1",
            "headline": payload,
            "standfirst": payload,
            "section": payload,
            "authors": [{"name": payload, "url": "javascript:window.__awPwned=1"}],
            "image": {"src": "javascript:window.__awPwned=1", "alt": payload, "caption": payload},
            "body": [
                {"type": "paragraph", "content": [{"type": "link", "href": "javascript:x", "content": payload}]},
                {"type": "quote", "content": payload, "cite": payload},
                {"type": "embed", "url": "javascript:window.__awPwned=1"}
            ],
            "recommended": [
                {"title": payload, "url": "https://example.com/a", "image": "data:image/svg+xml,<svg onload=alert(1)>"}
            ]
        })
        .to_string();
        let snippet = render_snippet(&document, &Prerender::default())
            .unwrap_or_else(|e| panic!("{payload}: {e}"));
        assert_inert(&snippet, payload);
        let html = Html::parse_document(&snippet);
        let headline = elements(&html)
            .into_iter()
            .find(|e| e.value().classes().any(|c| c == "aw-headline"))
            .expect("a headline");
        assert!(
            headline
                .children()
                .all(|c| matches!(c.value(), Node::Text(_))),
            "the headline is text only for {payload}"
        );
        assert!(
            headline.text().collect::<String>().contains("__awPwned")
                || !payload.contains("__awPwned")
        );
    }
}

#[test]
fn a_long_body_is_rendered_whole_ahead_of_time() {
    let body: Vec<serde_json::Value> = (0..130)
        .map(|i| serde_json::json!({"type": "paragraph", "text": format!("Paragraph {i}.")}))
        .collect();
    let document = serde_json::json!({
        "format": "article-widget/1",
        "headline": "A long story",
        "body": body,
        "recommended": [{"title": "Next", "url": "https://example.com/next"}],
    })
    .to_string();
    let snippet = render_snippet(&document, &Prerender::default()).expect("a snippet");
    let html = Html::parse_document(&snippet);
    let paragraphs: Vec<String> = elements(&html)
        .into_iter()
        .filter(|e| {
            e.value().name() == "p"
                && e.parent()
                    .and_then(ElementRef::wrap)
                    .is_some_and(|p| p.value().classes().any(|c| c == "aw-body"))
        })
        .map(|e| e.text().collect())
        .collect();
    let expected: Vec<String> = (0..130).map(|i| format!("Paragraph {i}.")).collect();
    assert_eq!(paragraphs, expected);
    assert_eq!(text_of(&html, "aw-card-title").len(), 1, "and the carousel");
}
