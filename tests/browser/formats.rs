//! Every supported format renders headline, byline, date and body in the
//! browser, with HTML bodies going through the inert parser and allowlist.

use article_widget::embed::mount;
use wasm_bindgen_test::*;

use crate::support::*;

struct Case {
    fixture: &'static str,
    headline: &'static str,
    byline: Option<&'static str>,
    published_day: &'static str,
    first_paragraph_starts: &'static str,
}

const CASES: &[Case] = &[
    Case {
        fixture: include_str!("../../fixtures/formats/ours-full.json"),
        headline: "River City braces for its highest flood in forty years",
        byline: Some("By Ana Ruiz and Tom Okafor"),
        published_day: "2025-05-03",
        first_paragraph_starts: "The river rose another 40 centimetres overnight.",
    },
    Case {
        fixture: include_str!("../../fixtures/formats/jsonld-single.json"),
        headline: "Senate passes the electoral reform after a 14-hour session",
        byline: Some("Ana Ruiz"),
        published_day: "2025-05-03",
        first_paragraph_starts: "The Senate approved the reform by 87 votes to 41",
    },
    Case {
        fixture: include_str!("../../fixtures/formats/jsonld-graph.json"),
        headline: "How to bring bees back to a city garden",
        byline: Some("Lena Chen"),
        published_day: "2025-05-03",
        first_paragraph_starts: "Start with plants that flower early.",
    },
    Case {
        fixture: include_str!("../../fixtures/formats/jsonld-html-body.json"),
        headline: "Our streets are for people, not parking",
        byline: Some("By Marta Diaz"),
        published_day: "2025-05-03",
        first_paragraph_starts:
            "Every morning I count the cars parked on the pavement & the children walking in the road.",
    },
    Case {
        fixture: include_str!("../../fixtures/formats/wordpress-embed.json"),
        headline: "Q&A: Why the city\u{2019}s tram plan stalled",
        byline: Some("By Petra Nov\u{e1}k"),
        published_day: "2025-05-03",
        first_paragraph_starts: "Three years ago the council promised trams by 2026 & a new depot.",
    },
    Case {
        fixture: include_str!("../../fixtures/formats/jsonfeed-1.1.json"),
        headline: "La presa El Cajón llega al 92% de su capacidad",
        byline: Some("Por Lucía Hernández y Diego Ramos"),
        published_day: "2025-05-03",
        first_paragraph_starts: "",
    },
];

#[wasm_bindgen_test]
async fn each_format_renders_headline_byline_date_and_body() {
    for case in CASES {
        let host = host();
        mount(&host, options(&json_url(case.fixture))).expect("mount");
        let headline = wait_for(&host, ".aw-headline").await;
        assert_eq!(text(&headline), case.headline);

        let byline = all(&host, ".aw-byline");
        match case.byline {
            Some(expected) => {
                assert_eq!(byline.len(), 1, "{}: one byline", case.headline);
                let shown = text(&byline[0]);
                assert!(
                    shown.contains(expected),
                    "{}: byline {shown:?}",
                    case.headline
                );
            }
            None => assert!(byline.is_empty(), "{}: no byline", case.headline),
        }

        let time = wait_for(&host, ".aw-published time").await;
        let datetime = time.get_attribute("datetime").unwrap_or_default();
        assert!(
            datetime.starts_with(case.published_day),
            "{}: datetime {datetime}",
            case.headline
        );
        assert!(!text(&time).is_empty(), "the date is written out");

        let paragraphs = all(&host, ".aw-body > p");
        assert!(!paragraphs.is_empty(), "{}: body paragraphs", case.headline);
        assert!(
            text(&paragraphs[0]).starts_with(case.first_paragraph_starts),
            "{}: first paragraph {:?}",
            case.headline,
            text(&paragraphs[0])
        );
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn html_bodies_keep_structure_through_the_allowlist() {
    html_structure_is_kept().await;
}

/// Browsers without the Sanitizer API (Safari, older Chrome and Firefox)
/// read HTML through `DOMParser`: the same blocks must come out.
#[wasm_bindgen_test]
async fn html_bodies_read_the_same_without_document_parse_html() {
    let document_class = js_sys::Reflect::get(&js_sys::global(), &"Document".into()).unwrap();
    let parse_html = js_sys::Reflect::get(&document_class, &"parseHTML".into()).unwrap();
    let document_class: js_sys::Object = document_class.into();
    js_sys::Reflect::delete_property(&document_class, &"parseHTML".into()).unwrap();
    assert!(!js_sys::Reflect::has(&document_class, &"parseHTML".into()).unwrap());
    html_structure_is_kept().await;
    if !parse_html.is_undefined() {
        js_sys::Reflect::set(&document_class, &"parseHTML".into(), &parse_html).unwrap();
    }
}

async fn html_structure_is_kept() {
    let doc = r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Structure",
      "articleBody":"<h2>Section &amp; more</h2><p>A <em>fine</em> <strong>day</strong> with <a href=\"https://example.com/x\">a link</a>.</p><ul><li>One</li><li>Two</li></ul><blockquote><p>Said well.</p><cite>Someone</cite></blockquote><figure><img src=\"https://img.example.com/a.jpg\" width=\"800\" height=\"450\" alt=\"A river\"><figcaption>The river.</figcaption></figure><hr><iframe src=\"https://www.youtube.com/embed/abc\" title=\"Flood video\"></iframe><div><p>Inside a div.</p></div>"}"#;
    let host = host();
    mount(&host, options(&json_url(doc))).expect("mount");
    wait_for(&host, ".aw-headline").await;
    let heading = wait_for(&host, ".aw-body h2").await;
    assert_eq!(text(&heading), "Section & more");
    let first = wait_for(&host, ".aw-body > p").await;
    assert_eq!(text(&first), "A fine day with a link.");
    assert!(first.query_selector("em").unwrap().is_some());
    assert!(first.query_selector("strong").unwrap().is_some());
    let link = first.query_selector("a").unwrap().expect("link kept");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.com/x")
    );
    assert_eq!(all(&host, ".aw-body ul > li").len(), 2);
    let quote = wait_for(&host, ".aw-body blockquote.aw-block-quote").await;
    assert!(text(&quote).contains("Said well."));
    let img = wait_for(&host, ".aw-body figure img").await;
    assert_eq!(img.get_attribute("width").as_deref(), Some("800"));
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(
        text(&wait_for(&host, ".aw-body figcaption").await),
        "The river."
    );
    assert!(all(&host, ".aw-body hr").len() == 1);
    let embed = wait_for(&host, ".aw-embed a").await;
    assert_eq!(
        embed.get_attribute("href").as_deref(),
        Some("https://www.youtube.com/embed/abc")
    );
    assert!(text(&embed).contains("YouTube"));
    assert!(all(&host, "iframe").is_empty(), "iframes become link cards");
    let paragraphs: Vec<String> = all(&host, ".aw-body > p").iter().map(text).collect();
    assert!(
        paragraphs.contains(&"Inside a div.".to_string()),
        "{paragraphs:?}"
    );
}

/// On wasm32 `usize` is 32 bits: a pull-quote position past 4,294,967,295
/// must not wrap around to a small index and land in the body.
#[wasm_bindgen_test]
fn a_pull_quote_position_past_32_bits_is_refused_not_wrapped() {
    // The wasm build's own reader, parsing with `JSON.parse`.
    use article_widget::model::html::TextOnly;
    use article_widget::read_article;

    let doc = r#"{"format": "article-widget/1", "headline": "H",
        "body": ["One.", "Two."],
        "pull_quotes": [{"text": "Wrapped", "after": 4294967296}]}"#;
    let read = read_article(doc, &TextOnly).expect("an article");
    assert!(
        read.article.pull_quotes.is_empty(),
        "{:?}",
        read.article.pull_quotes
    );
    assert!(
        read.problems
            .iter()
            .any(|p| p.path == "pull_quotes[0].after"),
        "{:?}",
        read.problems
    );
}
