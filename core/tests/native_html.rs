//! The native HTML reader (html5ever through the one allowlist walk): the
//! typed blocks it makes, and no panic on any input.
#![cfg(feature = "native-html")]

use article_widget_core::model::html::HtmlReader;
use article_widget_core::model::native_html::NativeHtml;
use article_widget_core::model::{Block, Inline};
use proptest::prelude::*;

fn text(t: &str) -> Inline {
    Inline::text(t)
}

#[test]
fn reads_what_the_browser_walk_reads() {
    let blocks = NativeHtml.blocks(
        "<h2>Heading</h2><p>One <em>two</em> <a href=\"https://e.com/x\">three</a>\
         <a href=\"javascript:alert(1)\">four</a></p>\
         <ul><li>a</li><li><strong>b</strong></li></ul>\
         <blockquote><p>Said.</p><cite>Someone</cite></blockquote>\
         <figure><img src=\"https://e.com/i.jpg\" width=\"800\" height=\"450\" alt=\"Alt\">\
         <figcaption>Caption</figcaption></figure><hr>\
         <iframe src=\"https://www.youtube.com/embed/abc\" title=\"Clip\"></iframe>\
         <div><section>Loose text</section></div>\
         <script>alert(1)</script><style>p{}</style><svg><text>svg</text></svg>",
    );
    assert_eq!(
        blocks[0],
        Block::Heading {
            level: 2,
            text: "Heading".into()
        }
    );
    let Block::Paragraph { content } = &blocks[1] else {
        panic!("{blocks:?}");
    };
    assert_eq!(content[0], text("One "));
    assert_eq!(
        content[1],
        Inline::Emphasis {
            content: vec![text("two")]
        }
    );
    assert!(matches!(&content[3], Inline::Link { href, .. } if href == "https://e.com/x"));
    // The unsafe link keeps its words, not its target.
    assert!(!format!("{content:?}").contains("javascript"));
    assert!(format!("{content:?}").contains("four"));
    assert!(matches!(&blocks[2], Block::List { ordered: false, items } if items.len() == 2));
    assert!(
        matches!(&blocks[3], Block::BlockQuote { cite: Some(c), .. } if c == "Someone"),
        "{:?}",
        blocks[3]
    );
    let Block::Figure { image } = &blocks[4] else {
        panic!("{:?}", blocks[4]);
    };
    assert_eq!(image.src, "https://e.com/i.jpg");
    assert_eq!((image.width, image.height), (Some(800), Some(450)));
    assert_eq!(image.caption.as_deref(), Some("Caption"));
    assert_eq!(blocks[5], Block::Divider);
    assert!(matches!(&blocks[6], Block::Embed { provider: Some(p), .. } if p == "YouTube"));
    assert_eq!(
        blocks[7],
        Block::Paragraph {
            content: vec![text("Loose text")]
        }
    );
    assert_eq!(
        blocks.len(),
        8,
        "script, style and svg leave nothing: {blocks:?}"
    );
}

#[test]
fn social_embeds_become_cards_and_text_is_decoded_once() {
    let blocks = NativeHtml.blocks(
        "<blockquote class=\"twitter-tweet\"><p>Hi</p>\
         <a href=\"https://twitter.com/x/status/1\">date</a></blockquote>\
         <p>&amp;lt;b&amp;gt; stays text</p>",
    );
    assert!(matches!(&blocks[0], Block::Embed { provider: Some(p), .. } if p == "X"));
    assert_eq!(
        blocks[1],
        Block::Paragraph {
            content: vec![text("&lt;b&gt; stays text")]
        }
    );
    assert_eq!(
        NativeHtml.text("<b>Bold</b> &amp; <i>more</i>"),
        "Bold & more"
    );
}

#[test]
fn deep_nesting_is_read_as_text_without_overflowing() {
    let html = format!(
        "{}deep{}",
        "<div><span>".repeat(5000),
        "</span></div>".repeat(5000)
    );
    let blocks = NativeHtml.blocks(&html);
    assert!(format!("{blocks:?}").contains("deep"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_reads_without_panicking(html in "(<[a-z/!]{0,8}[^<>]{0,12}>|[^<]{0,16}|&[a-z#0-9]{0,6};?){0,40}") {
        let _ = NativeHtml.blocks(&html);
        let _ = NativeHtml.text(&html);
    }
}
