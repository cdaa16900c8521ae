#![cfg(not(target_arch = "wasm32"))]
//! Bodies that read well from any source: plain text without line breaks
//! becomes paragraphs of a few sentences in every format, long paragraphs
//! are cut between sentences, and entity-escaped markup is read as markup
//! (with `TextOnly`, as text without tags) while prose that mentions `<`
//! stays text.

use article_widget_core::model::html::{looks_like_escaped_html, TextOnly};
use article_widget_core::model::read::read_article;
use article_widget_core::model::text::{block_text, text_paragraphs, PARAGRAPH_LIMIT};
use article_widget_core::model::{Article, Block};
use proptest::prelude::*;
use serde_json::json;

/// A story of about 2,700 characters in one run: quotations with full
/// stops inside, abbreviations and initials.
const ONE_RUN: &str = "The corruption trial of former Riverton mayor Daniel Hart opened on Monday at the county courthouse, more than two years after investigators first searched City Hall. Hart, 58, is accused of accepting payments from two construction firms in exchange for U.S. federal grants worth $14 million. He has pleaded not guilty to all eleven counts. In her opening statement, prosecutor Elena Marsh told the jury that the evidence would show a pattern of secret meetings. \"This case is about a man who treated a public office as a private business. He believed no one would ever check the books,\" Marsh said. The jury of seven women and five men was chosen last week after two days of questioning by Dr. Ruth A. Keller, a jury consultant. Several potential jurors were excused because they had followed the case closely. Hart sat silently at the defense table and did not look at the jury. His wife and two adult sons sat in the row behind him. Defense attorney Robert Kline asked jurors to keep an open mind. \"The government has a theory. A theory is not proof, and you will not hear a single witness who saw my client take a dollar,\" Kline said. Judge Susan Albright told both sides she expected the trial to last about three weeks. The first witness, a former city engineer, is due to testify on Tuesday. Outside the courthouse, a small group of residents held signs calling for accountability. Some had driven from the next county to be there. Others had taken the day off work. The courthouse steps were crowded by noon. Police closed one lane of Main St. for the afternoon. Testimony resumes at nine in the morning. Reporters from across the state are expected to attend.";

fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { .. } => block_text(b),
            _ => None,
        })
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read(doc: serde_json::Value) -> Article {
    read_article(&doc.to_string(), &TextOnly)
        .expect("an article")
        .article
}

/// What every format must make of [`ONE_RUN`].
fn assert_cut_well(format: &str, article: &Article) {
    let paras = paragraphs(article);
    assert!(paras.len() >= 5, "{format}: {} paragraphs", paras.len());
    for p in &paras {
        assert!(
            p.chars().count() <= PARAGRAPH_LIMIT,
            "{format}: {} characters",
            p.chars().count()
        );
        // Never inside a quotation: each paragraph has its marks paired.
        assert_eq!(p.matches('"').count() % 2, 0, "{format}: {p}");
        // Never after an abbreviation or an initial.
        for bad in ["U.S.", "Dr.", "A.", "St."] {
            assert!(!p.ends_with(bad), "{format}: cut after {bad}: {p}");
        }
    }
    assert_eq!(squash(&paras.join(" ")), squash(ONE_RUN), "{format}");
}

#[test]
fn one_run_of_text_becomes_paragraphs_in_every_format() {
    let jsonld = read(json!({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "H", "articleBody": ONE_RUN,
    }));
    assert_cut_well("JSON-LD", &jsonld);

    let feed = read(json!({
        "version": "https://jsonfeed.org/version/1.1", "title": "Feed",
        "items": [{"id": "1", "title": "H", "content_text": ONE_RUN}],
    }));
    assert_cut_well("JSON Feed text", &feed);

    // One HTML paragraph holding the whole story is cut too.
    let html_feed = read(json!({
        "version": "https://jsonfeed.org/version/1.1", "title": "Feed",
        "items": [{"id": "1", "title": "H", "content_html": format!("<p>{ONE_RUN}</p>")}],
    }));
    assert_cut_well("JSON Feed HTML", &html_feed);

    let wordpress = read(json!({
        "id": 7, "date_gmt": "2025-05-03T18:30:00", "link": "https://example.com/p",
        "title": {"rendered": "H"}, "content": {"rendered": format!("<p>{ONE_RUN}</p>")},
    }));
    assert_cut_well("WordPress", &wordpress);

    let ours = read(json!({
        "format": "article-widget/1", "headline": "H", "body": [ONE_RUN],
    }));
    assert_cut_well("ours", &ours);
}

#[test]
fn line_breaks_win_and_short_paragraphs_stay_whole() {
    let text = "First paragraph. It has two sentences.\n\nSecond one. Also short. And a third. And a fourth.";
    let blocks = text_paragraphs(text);
    let got: Vec<String> = blocks.iter().filter_map(block_text).collect();
    assert_eq!(
        got,
        [
            "First paragraph. It has two sentences.",
            "Second one. Also short. And a third. And a fourth."
        ]
    );
    // One line per paragraph when there is no blank line.
    let got: Vec<String> = text_paragraphs("One. Two.\nThree. Four.")
        .iter()
        .filter_map(block_text)
        .collect();
    assert_eq!(got, ["One. Two.", "Three. Four."]);
}

#[test]
fn a_pull_quote_placed_after_a_long_paragraph_follows_its_last_piece() {
    let ours = read(json!({
        "format": "article-widget/1", "headline": "H",
        "body": ["Lede.", ONE_RUN, "After."],
        "pull_quotes": [{"text": "A theory is not proof", "after": 1},
                        {"text": "The lede", "after": 0}],
    }));
    let last_piece = ours.body.len() - 2;
    let afters: Vec<usize> = ours.pull_quotes.iter().map(|q| q.after).collect();
    assert_eq!(afters, [last_piece, 0]);
    assert_eq!(
        block_text(&ours.body[last_piece + 1]).as_deref(),
        Some("After.")
    );
}

const ESCAPED: &str = "&lt;p&gt;&lt;b&gt;TEGUCIGALPA&lt;/b&gt; – The council met on Monday &amp;amp; voted.&lt;/p&gt;&lt;p&gt;&amp;ldquo;We will not wait,&amp;rdquo; said Ana Ruiz.&lt;/p&gt;";

#[test]
fn escaped_markup_is_read_as_markup_in_every_text_field() {
    let article = read(json!({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "&lt;b&gt;Council&lt;/b&gt; votes",
        "description": "&lt;p&gt;A &lt;em&gt;short&lt;/em&gt; summary.&lt;/p&gt;",
        "articleBody": ESCAPED,
    }));
    assert_eq!(article.headline, "Council votes");
    assert_eq!(article.standfirst.as_deref(), Some("A short summary."));
    assert_eq!(
        paragraphs(&article),
        [
            "TEGUCIGALPA – The council met on Monday & voted.",
            "“We will not wait,” said Ana Ruiz."
        ]
    );

    let feed = read(json!({
        "version": "https://jsonfeed.org/version/1.1", "title": "Feed",
        "items": [{"id": "1", "title": "&lt;i&gt;Feed&lt;/i&gt; item", "content_html": ESCAPED,
                   "summary": "&lt;b&gt;Sum&lt;/b&gt;"}],
    }));
    assert_eq!(feed.headline, "Feed item");
    assert_eq!(feed.standfirst.as_deref(), Some("Sum"));
    assert_eq!(paragraphs(&feed).len(), 2);
    assert!(paragraphs(&feed).iter().all(|p| !p.contains('<')));

    let wordpress = read(json!({
        "id": 7, "date_gmt": "2025-05-03T18:30:00", "link": "https://example.com/p",
        "title": {"rendered": "&lt;em&gt;Title&lt;/em&gt; here"},
        "content": {"rendered": ESCAPED},
    }));
    assert_eq!(wordpress.headline, "Title here");
    assert_eq!(paragraphs(&wordpress).len(), 2);
}

#[test]
fn prose_that_mentions_a_tag_or_a_less_than_sign_stays_text() {
    let article = read(json!({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Why 3 &lt; 5 &amp; other truths",
        "articleBody": "Write &lt;b&gt; to make text bold. Prices fell 5 &lt; 10 percent.",
    }));
    assert_eq!(article.headline, "Why 3 < 5 & other truths");
    assert_eq!(
        paragraphs(&article),
        ["Write <b> to make text bold. Prices fell 5 < 10 percent."]
    );
    assert!(!looks_like_escaped_html("x &lt; y and &lt;b&gt; once"));
    assert!(!looks_like_escaped_html(
        "&lt;/b&gt; closed before it was &lt;i&gt;"
    ));
    assert!(looks_like_escaped_html("&lt;b&gt;x&lt;/b&gt;"));
    assert!(looks_like_escaped_html("a&lt;br&gt;b&lt;br /&gt;c"));
    assert!(looks_like_escaped_html("&lt;P&gt;One&lt;/P&gt;"));
    // Markup that is really there wins: its escaped tags are shown as text.
    let real = read(json!({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "<b>Real</b> tags in a headline &amp; stay text",
        "articleBody": "<p>Use &lt;b&gt;bold&lt;/b&gt; sparingly.</p>",
    }));
    assert_eq!(paragraphs(&real), ["Use <b>bold</b> sparingly."]);
    // A tag written in a text field is shown, never read as markup.
    assert_eq!(real.headline, "<b>Real</b> tags in a headline & stay text");
}

/// Text rich in sentence ends, quotations, abbreviations and line breaks.
fn body_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "([A-Z][a-z]{0,8}|[a-z]{1,8}|U\\.S\\.|Dr\\.|J\\.|3\\.|2019\\.|“|”|«|»|„|\"|[.!?…]|, |\\n|\\n\\n|\r| ){0,900}",
        "([A-Z][a-z]{2,8} [a-z]{2,9} [a-z]{2,9}[.!?] ){0,80}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_text_is_lost_or_reordered_and_long_paragraphs_have_no_boundary(text in body_text()) {
        let blocks = text_paragraphs(&text);
        let paras: Vec<String> = blocks.iter().filter_map(block_text).collect();
        prop_assert_eq!(squash(&paras.join(" ")), squash(&text));
        for p in &paras {
            prop_assert!(!p.trim().is_empty());
            if p.chars().count() > PARAGRAPH_LIMIT {
                // Only a run with no sentence boundary may stay this long.
                prop_assert_eq!(text_paragraphs(p).len(), 1, "{:?}", p);
            }
        }
    }

    #[test]
    fn every_field_reads_without_panicking(text in body_text()) {
        for doc in [
            json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": text, "articleBody": text, "description": text}),
            json!({"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "T", "content_html": text, "summary": text}]}),
            json!({"format": "article-widget/1", "headline": "H", "body": [text], "pull_quotes": [{"text": "q", "after": 0}]}),
        ] {
            let _ = read_article(&doc.to_string(), &TextOnly);
        }
    }
}
