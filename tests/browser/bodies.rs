//! Bodies that read well from any source, in a real browser: a story sent
//! as one run of plain text shows as paragraphs of a few sentences (and
//! gets its pull-quotes), and a body whose HTML was entity-escaped shows
//! formatted, through the DOMParser allowlist, never as tags.

use article_widget::embed::{mount, unmount};
use serde_json::json;
use wasm_bindgen_test::*;
use web_sys::Element;

use crate::support::*;

/// A court report in one run of text, about 2,300 characters, as many
/// publishers put it in `articleBody`.
const ONE_RUN: &str = "The corruption trial of former Riverton mayor Daniel Hart opened on Monday at the county courthouse, more than two years after investigators first searched City Hall. Hart, 58, is accused of accepting payments from two construction firms in exchange for U.S. federal grants worth $14 million. He has pleaded not guilty to all eleven counts. In her opening statement, prosecutor Elena Marsh told the jury that the evidence would show a pattern of secret meetings and cash deliveries. \"This case is about a man who treated a public office as a private business, and who believed no one would ever check the books,\" Marsh said. The jury of seven women and five men was chosen last week after two days of questioning. Several potential jurors were excused because they had followed the case closely in the local press. Hart sat silently at the defense table and did not look at the jury. His wife and two adult sons sat in the row behind him. Defense attorney Robert Kline asked jurors to keep an open mind. \"The government has a theory, but a theory is not proof, and you will not hear a single witness who saw my client take a dollar,\" Kline said. Judge Susan Albright told both sides she expected the trial to last about three weeks. The first witness, a former city engineer, is due to testify on Tuesday. Outside the courthouse, a small group of residents held signs calling for accountability. Testimony resumes at nine in the morning.";

/// Mounts the JSON-LD article `doc` and waits for its body.
async fn show(doc: serde_json::Value) -> Element {
    let host = host();
    mount(&host, options(&json_url(&doc.to_string()))).expect("mount");
    wait_for(&host, ".aw-body > p").await;
    host
}

fn done(host: &Element) {
    unmount(host);
    host.remove();
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[wasm_bindgen_test]
async fn a_one_paragraph_plain_text_body_reads_as_several_paragraphs() {
    let host = show(json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Former mayor denies taking bribes as corruption trial opens",
        "inLanguage": "en",
        "articleBody": ONE_RUN,
    }))
    .await;
    let paragraphs: Vec<String> = all(&host, ".aw-body > p").iter().map(text).collect();
    assert!(paragraphs.len() >= 4, "{paragraphs:#?}");
    for p in &paragraphs {
        assert!(
            p.chars().count() <= 1000,
            "{} characters",
            p.chars().count()
        );
        assert_eq!(p.matches('"').count() % 2, 0, "cut inside a quotation: {p}");
        assert!(!p.ends_with("U.S."), "cut after an abbreviation: {p}");
    }
    assert_eq!(
        squash(&paragraphs.join(" ")),
        squash(ONE_RUN),
        "no text lost"
    );
    // Its speech is quoted now that it has paragraphs.
    let speakers: Vec<String> = all(&host, ".aw-pull-quote-speaker")
        .iter()
        .map(text)
        .collect();
    assert_eq!(speakers, ["Marsh", "Kline"]);
    done(&host);
}

#[wasm_bindgen_test]
async fn an_escaped_html_body_shows_formatted_not_as_tags() {
    let host = show(json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "&lt;b&gt;Honduras&lt;/b&gt;: council votes on water",
        "description": "&lt;p&gt;A &lt;em&gt;long&lt;/em&gt; night.&lt;/p&gt;",
        "inLanguage": "en",
        "articleBody": "&lt;p&gt;&lt;strong&gt;TEGUCIGALPA&lt;/strong&gt; – The council met on Monday &amp;amp; voted &lt;em&gt;unanimously&lt;/em&gt;.&lt;/p&gt;&lt;p&gt;&amp;ldquo;We will not wait,&amp;rdquo; said Ana Ruiz.&lt;/p&gt;&lt;p&gt;Write &amp;lt;b&amp;gt; to make text bold.&lt;/p&gt;",
    }))
    .await;
    let paragraphs = all(&host, ".aw-body > p");
    let texts: Vec<String> = paragraphs.iter().map(text).collect();
    assert_eq!(
        texts,
        [
            "TEGUCIGALPA – The council met on Monday & voted unanimously.",
            "“We will not wait,” said Ana Ruiz.",
            // Decoded once: what the source escaped twice stays as text.
            "Write <b> to make text bold.",
        ]
    );
    let strong = paragraphs[0]
        .query_selector("strong")
        .expect("selector")
        .expect("the dateline is bold");
    assert_eq!(text(&strong), "TEGUCIGALPA");
    assert!(paragraphs[0]
        .query_selector("em")
        .expect("selector")
        .is_some());
    assert!(paragraphs[2]
        .query_selector("b")
        .expect("selector")
        .is_none());
    assert_eq!(
        text(&wait_for_sync(&host, ".aw-headline")),
        "Honduras: council votes on water"
    );
    assert!(
        all(&host, ".aw-headline b").is_empty(),
        "the headline is text"
    );
    assert_eq!(
        text(&wait_for_sync(&host, ".aw-standfirst")),
        "A long night."
    );
    let html = shadow(&host).inner_html();
    assert!(!html.contains("&amp;lt;"), "no escaped tag shown");
    done(&host);
}

#[wasm_bindgen_test]
async fn a_long_body_renders_its_first_screen_first_and_the_rest_in_later_tasks() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let body: Vec<serde_json::Value> = (0..130)
        .map(|i| serde_json::json!({"type": "paragraph", "text": format!("Paragraph {i}.")}))
        .collect();
    let doc = serde_json::json!({
        "format": "article-widget/1",
        "headline": "A long story",
        "body": body,
        "recommended": [{"title": "Next", "url": "https://example.com/next"}],
    })
    .to_string();
    let host = host();
    // What the page has when the story is announced, read in that task.
    let at_rendered: Rc<RefCell<Option<(usize, bool)>>> = Rc::default();
    let seen = at_rendered.clone();
    let watched = host.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        let paragraphs = all(&watched, ".aw-body > p").len();
        let carousel = !all(&watched, ".aw-recommended").is_empty();
        seen.borrow_mut().get_or_insert((paragraphs, carousel));
    });
    host.add_event_listener_with_callback(
        article_widget::embed::RENDERED,
        listener.as_ref().unchecked_ref(),
    )
    .expect("listen");
    listener.forget();
    mount(&host, options(&json_url(&doc))).expect("mount");
    wait_for(&host, ".aw-recommended").await;
    assert_eq!(
        *at_rendered.borrow(),
        Some((40, false)),
        "the first 40 blocks, then the rest and the carousel in later tasks"
    );
    let texts: Vec<String> = all(&host, ".aw-body > p").iter().map(text).collect();
    let expected: Vec<String> = (0..130).map(|i| format!("Paragraph {i}.")).collect();
    assert_eq!(texts, expected, "every block once, in order");
    host.remove();
}
