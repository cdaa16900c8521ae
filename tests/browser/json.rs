//! The wasm reads JSON with the browser's `JSON.parse`, native builds with
//! serde_json: here both read the same texts in a real browser and must
//! give the same article, list or error (test builds compile core's
//! serde_json reader too; the shipped wasm does not).

use article_widget::browser::json;
use article_widget::model::html::TextOnly;
use article_widget::model::read;
use article_widget::model::Block;
use article_widget::{Read, ReadError};
use wasm_bindgen_test::*;

const FIXTURES: &[&str] = &[
    include_str!("../../fixtures/sample-article.json"),
    include_str!("../../fixtures/recommendations-feed.json"),
    include_str!("../../fixtures/recommendations-list.json"),
    include_str!("../../fixtures/formats/jsonfeed-1.0.json"),
    include_str!("../../fixtures/formats/jsonfeed-1.1.json"),
    include_str!("../../fixtures/formats/jsonfeed-empty.json"),
    include_str!("../../fixtures/formats/jsonld-array.json"),
    include_str!("../../fixtures/formats/jsonld-graph.json"),
    include_str!("../../fixtures/formats/jsonld-html-body.json"),
    include_str!("../../fixtures/formats/jsonld-liveblog.json"),
    include_str!("../../fixtures/formats/jsonld-single.json"),
    include_str!("../../fixtures/formats/ours-bad-recommended.json"),
    include_str!("../../fixtures/formats/ours-full.json"),
    include_str!("../../fixtures/formats/ours-list.json"),
    include_str!("../../fixtures/formats/ours-recommended-array.json"),
    include_str!("../../fixtures/formats/wordpress-embed.json"),
    include_str!("../../fixtures/formats/wordpress-error.json"),
    include_str!("../../fixtures/formats/wordpress-plain.json"),
    include_str!("../../fixtures/formats/jsonld-page/0-breadcrumbs.json"),
    include_str!("../../fixtures/formats/jsonld-page/1-organization.json"),
    include_str!("../../fixtures/formats/jsonld-page/2-broken.json"),
    include_str!("../../fixtures/formats/jsonld-page/3-article.json"),
];

/// Where `JSON.parse` and serde_json could part: duplicate keys, key
/// order, `__proto__`, surrogates, numbers, depth, white space and marks.
fn edge_cases() -> Vec<String> {
    let ours = |fields: &str| {
        format!(r#"{{"format": "article-widget/1", "body": ["One.", "Two."], {fields}}}"#)
    };
    let mut cases: Vec<String> = [
        r#""headline": "First", "headline": "Last""#,
        r#""headline": "H", "__proto__": {"id": "from the prototype"}"#,
        r#""__proto__": {"headline": "from the prototype"}"#,
        r#""headline": "H", "constructor": "c", "toString": 1, "hasOwnProperty": 2"#,
        r#""headline": "\ud83d\ude00 paired""#,
        r#""headline": "\ud83d lone high""#,
        r#""headline": "lone low \ude00""#,
        r#""headline": "\\ud83d escaped backslash""#,
        r#""headline": "Ñandú 😀 中文 — «x»", "": "", "😀": "é", "dateline": "", "section": "ß""#,
        r#""headline": "H", "id": 4821"#,
        r#""headline": "H", "id": -17"#,
        r#""headline": "H", "id": 1.5"#,
        r#""headline": "H", "id": 0.1"#,
        r#""headline": "H", "id": 1.5e300"#,
        r#""headline": "H", "id": 1.5e-7"#,
        r#""headline": "H", "id": 0.000015"#,
        r#""headline": "H", "id": 123456.789"#,
        r#""headline": "H", "id": 1e21"#,
        r#""headline": "H", "id": 1e400"#,
        r#""headline": 2025"#,
        r#""headline": "H", "pull_quotes": [{"text": "Q", "after": 1}]"#,
        r#""headline": "H", "pull_quotes": [{"text": "Q", "after": -1}]"#,
        r#""headline": "H", "pull_quotes": [{"text": "Q", "after": 4294967296}]"#,
        r#""headline": "H", "pull_quotes": [{"text": "Q", "after": 18446744073709551616}]"#,
        r#""headline": "H", "published": 1746297000"#,
        r#""headline": "H", "published": 1746297000000"#,
        r#""headline": "H", "image": {"src": "https://x.example/a.jpg", "width": 1200.4, "height": "800px"}"#,
        r#""headline": "H", "recommended": [{"title": "T", "url": "https://x.example/1", "sponsored": 1}]"#,
    ]
    .iter()
    .map(|fields| ours(fields))
    .collect();
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    cases.extend([
        nested(127),
        nested(128),
        nested(100_000),
        format!(r#"{{"headline": "{}", "body": ["x"]}}"#, "[".repeat(500)),
        "\u{feff}  {\"headline\": \"BOM\", \"body\": [\"x\"]}  ".to_string(),
        "<!doctype html><p>no</p>".to_string(),
        String::new(),
        "{\"headline\": \"H\", \"body\": [\"x\"],}".to_string(),
        "[1, 2".to_string(),
        "\"just a string\"".to_string(),
        "null".to_string(),
        "[]".to_string(),
        // Sizes in key order: the last of two equal widths is dropped.
        r#"{"title": {"rendered": "WP"}, "link": "https://wp.example/p",
            "_embedded": {"wp:featuredmedia": [{"source_url": "https://wp.example/f.jpg",
            "media_details": {"sizes": {"b": {"source_url": "https://wp.example/b.jpg", "width": 300},
            "a": {"source_url": "https://wp.example/a.jpg", "width": 300},
            "10": {"source_url": "https://wp.example/10.jpg", "width": 600}}}}],
            "author": [{"name": "A", "avatar_urls": {"96": "https://wp.example/96.png", "24": "https://wp.example/24.png"}}]}}"#
            .to_string(),
        // Two equally good article nodes: the first met in key order wins.
        r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": "Graph"}],
            "zeta": {"@type": "NewsArticle", "headline": "Zeta"},
            "alpha": {"@type": "NewsArticle", "headline": "Alpha"}}"#
            .to_string(),
        r##"[{"@id": "#a", "@type": "Person", "name": "Short"},
            {"@id": "#a", "@type": "Person", "name": "Long", "url": "https://x.example/a"},
            {"@type": "NewsArticle", "headline": "Refs", "author": {"@id": "#a"}}]"##
            .to_string(),
    ]);
    cases
}

fn same_error(text: &str, serde: &ReadError, browser: &ReadError) {
    assert_eq!(serde.code, browser.code, "{text:.200}: {serde} / {browser}");
    // The parsers word syntax errors their own way; every other message
    // comes from the readers and must match.
    if !serde.message.contains("not valid JSON") {
        assert_eq!(serde.message, browser.message, "{text:.200}");
    }
}

/// The parsers word syntax errors their own way, also in the problems of
/// a page's JSON-LD blocks.
fn worded_alike(mut read: Read) -> Read {
    for p in &mut read.problems {
        if p.message.contains("not valid JSON") {
            p.message = "not valid JSON".into();
        }
    }
    read
}

fn same_reads(text: &str) {
    match (
        read::read_article(text, &TextOnly),
        json::read_article(text, &TextOnly),
    ) {
        (Ok(serde), Ok(browser)) => {
            assert_eq!(worded_alike(serde), worded_alike(browser), "{text:.200}")
        }
        (Err(serde), Err(browser)) => same_error(text, &serde, &browser),
        (serde, browser) => panic!("{text:.200}: serde {serde:?}, browser {browser:?}"),
    }
    match (
        read::read_recommendation_list(text, &TextOnly),
        json::read_recommendation_list(text, &TextOnly),
    ) {
        (Ok(serde), Ok(browser)) => assert_eq!(serde, browser, "{text:.200}"),
        (Err(serde), Err(browser)) => same_error(text, &serde, &browser),
        (serde, browser) => panic!("{text:.200}: serde {serde:?}, browser {browser:?}"),
    }
}

#[wasm_bindgen_test]
fn every_fixture_reads_the_same_with_json_parse_as_with_serde_json() {
    for text in FIXTURES {
        same_reads(text);
    }
    let page: Vec<&str> = FIXTURES[FIXTURES.len() - 4..].to_vec();
    assert_eq!(
        read::read_jsonld_documents(&page, &TextOnly)
            .map(worded_alike)
            .map_err(|e| e.code),
        json::read_jsonld_documents(&page, &TextOnly)
            .map(worded_alike)
            .map_err(|e| e.code)
    );
}

#[wasm_bindgen_test]
fn edge_cases_read_the_same_with_json_parse_as_with_serde_json() {
    for text in edge_cases() {
        same_reads(&text);
    }
}

#[wasm_bindgen_test]
fn the_browser_reader_keeps_the_last_duplicate_and_never_reads_the_prototype() {
    let read = json::read_article(
        r#"{"format": "article-widget/1", "headline": "First", "headline": "Last",
            "body": ["x"], "__proto__": {"id": "proto"}}"#,
        &TextOnly,
    )
    .expect("an article");
    assert_eq!(read.article.headline, "Last");
    assert_eq!(read.article.id, None);
    let err = json::read_article(
        r#"{"format": "article-widget/1", "__proto__": {"headline": "proto"}}"#,
        &TextOnly,
    )
    .unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
}

#[wasm_bindgen_test]
fn hostile_json_is_refused_by_the_browser_reader_as_not_json() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let err = json::read_article(&deep, &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "not-json");
    assert!(err.message.contains("nested too deeply"), "{err}");
    for text in [
        r#"{"headline": "\ud83d", "body": ["x"]}"#,
        r#"{"headline": "H", "body": ["x"], "id": 1e400}"#,
        r#"{"headline": "H", "body": ["x"],}"#,
    ] {
        let err = json::read_article(text, &TextOnly).unwrap_err();
        assert_eq!(err.code.as_str(), "not-json", "{text}");
        assert!(err.message.contains("not valid JSON"), "{err}");
    }
}

/// The known differences, both about numbers: `JSON.parse` keeps no
/// trace of how a number was written, so `3.0` (or `3e0`) is the whole
/// number 3 in the browser, while serde_json keeps it a float that is no
/// heading level or pull-quote position (and writes `1e16` as `1e+16`, not
/// `10000000000000000`); and whole numbers past 2^53 lose their last
/// digits, as in any JavaScript.
#[wasm_bindgen_test]
fn numbers_are_read_as_javascript_reads_them() {
    let doc = r#"{"format": "article-widget/1", "headline": "H",
        "body": [{"type": "heading", "level": 3.0, "text": "Sub"}]}"#;
    let level = |read: article_widget::Read| match read.article.body.first() {
        Some(Block::Heading { level, .. }) => *level,
        other => panic!("{other:?}"),
    };
    assert_eq!(level(json::read_article(doc, &TextOnly).unwrap()), 3);
    assert_eq!(level(read::read_article(doc, &TextOnly).unwrap()), 2);
    let doc = r#"{"format": "article-widget/1", "headline": "H", "body": ["x"],
        "id": 9007199254740993}"#;
    let id = |read: Read| read.article.id;
    assert_eq!(
        id(json::read_article(doc, &TextOnly).unwrap()).as_deref(),
        Some("9007199254740992")
    );
    assert_eq!(
        id(read::read_article(doc, &TextOnly).unwrap()).as_deref(),
        Some("9007199254740993")
    );
}
