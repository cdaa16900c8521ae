#![cfg(not(target_arch = "wasm32"))]
//! Every format the widget reads, from realistic fixtures in
//! fixtures/formats/, plus properties that no input makes a reader panic.

use std::path::PathBuf;

use article_widget_core::model::dates::read_date;
use article_widget_core::model::html::TextOnly;
use article_widget_core::model::read::{
    read_article, read_jsonld_documents, read_recommendation_list, read_recommendation_report,
    read_value, Read,
};
use article_widget_core::model::text::block_text;
use article_widget_core::model::{Article, Author, Block, Direction, Image, Inline};
use proptest::prelude::*;
use serde_json::Value;

const EVENING: i64 = 1_746_297_000_000; // 2025-05-03T18:30:00Z

/// Reads a fixture from the checkout being tested. The path is taken at run
/// time, not baked in with `env!`: the build cache is shared between
/// checkouts, and a test binary built in another one must not read its files.
fn fixture(name: &str) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path: PathBuf = [root.as_str(), "..", "fixtures", "formats", name]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str) -> Read {
    read_article(&fixture(name), &TextOnly).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn problems(read: &Read) -> Vec<String> {
    read.problems.iter().map(ToString::to_string).collect()
}

fn texts(article: &Article) -> Vec<String> {
    article.body.iter().filter_map(block_text).collect()
}

fn names(article: &Article) -> Vec<&str> {
    article.authors.iter().map(|a| a.name.as_str()).collect()
}

fn ms(t: &Option<article_widget_core::model::Timestamp>) -> Option<i64> {
    t.as_ref().map(|t| t.epoch_ms)
}

fn para(text: &str) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
    }
}

// ---------------------------------------------------------------- ours

#[test]
fn ours_full_is_json_and_reads_without_problems() {
    let text = fixture("ours-full.json");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "article-widget/1");
    let read = read("ours-full.json");
    assert_eq!(problems(&read), Vec::<String>::new());
    let a = &read.article;
    assert_eq!(a.id.as_deref(), Some("story-4821"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://news.example.com/2025/05/03/river-city-flood")
    );
    assert_eq!(a.lang.as_deref(), Some("en-GB"));
    assert_eq!(a.dir, Direction::Ltr);
    assert_eq!(a.section.as_deref(), Some("Environment"));
    assert_eq!(
        a.headline,
        "River City braces for its highest flood in forty years"
    );
    assert!(a
        .standfirst
        .as_deref()
        .unwrap()
        .starts_with("Engineers say"));
    assert_eq!(
        a.authors,
        vec![
            Author {
                name: "Ana Ruiz".into(),
                ..Author::default()
            },
            Author {
                name: "Tom Okafor".into(),
                url: Some("https://news.example.com/staff/tom-okafor".into()),
                role: Some("Photographer".into()),
                image: Some("https://img.example.com/staff/tom-okafor.jpg".into()),
            }
        ]
    );
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(ms(&a.updated), Some(1_746_339_300_000));
    assert_eq!(a.dateline.as_deref(), Some("RIVER CITY"));
    assert_eq!(
        a.lead_image,
        Some(Image {
            src: "https://img.example.com/2025/05/levee-1600.jpg".into(),
            srcset: Some("https://img.example.com/2025/05/levee-800.jpg 800w, https://img.example.com/2025/05/levee-1600.jpg 1600w".into()),
            width: Some(1600),
            height: Some(900),
            alt: Some("Sandbags stacked along the top of a grass levee at dusk".into()),
            caption: Some("Volunteers raised the east levee by half a metre on Friday.".into()),
            credit: Some("Tom Okafor / Example News".into()),
        })
    );
    assert_eq!(a.body.len(), 10);
    assert_eq!(
        a.body[0],
        para("The river rose another 40 centimetres overnight.")
    );
    assert_eq!(
        a.body[1],
        Block::Paragraph {
            content: vec![
                Inline::text("Officials said "),
                Inline::Strong {
                    content: vec![Inline::text("the east levee")]
                },
                Inline::text(" would hold"),
                Inline::LineBreak,
                Inline::Emphasis {
                    content: vec![Inline::text("for now")]
                },
                Inline::text(", "),
                Inline::Link {
                    href: "https://flood.example.gov/bulletin/118".into(),
                    content: vec![Inline::text("according to the agency")]
                },
                Inline::text("."),
            ]
        }
    );
    assert_eq!(
        a.body[2],
        Block::Heading {
            level: 2,
            text: "Who has to leave".into()
        }
    );
    let Block::List { ordered, items } = &a.body[3] else {
        panic!("{:?}", a.body[3])
    };
    assert!(*ordered);
    assert_eq!(items.len(), 2);
    assert!(
        matches!(&items[1][1], Inline::Link { href, .. } if href == "mailto:shelter@rivercity.example.gov")
    );
    assert!(
        matches!(&a.body[4], Block::BlockQuote { cite: Some(c), .. } if c == "Marta Diaz, resident")
    );
    let Block::Figure { image } = &a.body[5] else {
        panic!("{:?}", a.body[5])
    };
    assert_eq!((image.width, image.alt.as_deref()), (Some(1200), Some("")));
    assert!(
        matches!(&a.body[6], Block::PullQuote { quote } if quote.speaker.as_deref() == Some("Mayor Ines Vidal"))
    );
    assert_eq!(a.body[7], Block::Divider);
    assert!(matches!(&a.body[8], Block::Embed { provider: Some(p), .. } if p == "ExampleTube"));
    assert_eq!(a.body[9], para("The next bulletin is due at 6 a.m."));
    assert_eq!(a.pull_quotes.len(), 1);
    assert_eq!(a.pull_quotes[0].after, 1);
    assert_eq!(a.recommended.len(), 2);
    assert_eq!(
        a.recommended[0].title,
        "How the 1985 flood changed River City"
    );
    assert_eq!(ms(&a.recommended[0].published), Some(1_745_830_800_000));
    assert_eq!(
        a.recommended[1].url,
        "https://partner.example.org/flood-insurance"
    );
    assert_eq!(ms(&a.recommended[1].published), Some(1_746_000_000_000));
    assert!(a.recommended[1].sponsored && !a.recommended[0].sponsored);
}

#[test]
fn ours_skips_one_bad_recommended_item_and_says_where() {
    let read = read("ours-bad-recommended.json");
    assert_eq!(read.article.headline, "Council approves the new bridge");
    assert_eq!(read.article.published, None);
    let titles: Vec<&str> = read
        .article
        .recommended
        .iter()
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(titles, ["Bridge timeline", "Who voted how", "Bridge costs"]);
    assert_eq!(
        problems(&read),
        [
            "published: not a date that can be read",
            "recommended[2].title: missing",
            "recommended[3].url: not a safe absolute URL (http or https)",
        ]
    );
}

// ------------------------------------------------------------- JSON-LD

#[test]
fn jsonld_single_news_article() {
    let read = read("jsonld-single.json");
    assert_eq!(problems(&read), Vec::<String>::new());
    let a = &read.article;
    assert_eq!(
        a.headline,
        "Senate passes the electoral reform after a 14-hour session"
    );
    assert_eq!(
        a.url.as_deref(),
        Some("https://news.example.com/politica/2025/05/03/reforma-electoral")
    );
    assert_eq!(
        a.standfirst.as_deref(),
        Some("The bill now goes to the states, where it needs 17 legislatures to approve it.")
    );
    assert_eq!(a.lang.as_deref(), Some("es-MX"));
    assert_eq!(a.section.as_deref(), Some("Politics"));
    assert_eq!(a.dateline.as_deref(), Some("MEXICO CITY"));
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(ms(&a.updated), Some(1_746_302_700_000));
    assert_eq!(names(a), ["Ana Ruiz", "Tom Okafor"]);
    assert_eq!(
        a.authors[0].url.as_deref(),
        Some("https://news.example.com/staff/ana-ruiz")
    );
    assert_eq!(
        a.authors[0].role.as_deref(),
        Some("Political correspondent")
    );
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://img.example.com/2025/05/senate-16x9.jpg")
    );
    assert_eq!(
        texts(a),
        [
            "The Senate approved the reform by 87 votes to 41 shortly after midnight, ending a session that began on Friday morning.",
            "Opposition senators walked out before the final vote.",
            "The bill changes how the electoral authority is funded and who appoints its council.",
        ]
    );
}

#[test]
fn jsonld_graph_resolves_references_and_survives_cycles() {
    let read = read("jsonld-graph.json");
    let a = &read.article;
    assert_eq!(a.headline, "How to bring bees back to a city garden");
    assert_eq!(
        a.id.as_deref(),
        Some("https://blog.example.org/2025/05/garden-bees/#article")
    );
    // From mainEntityOfPage, a reference to the WebPage node.
    assert_eq!(
        a.url.as_deref(),
        Some("https://blog.example.org/2025/05/garden-bees/")
    );
    assert_eq!(a.section.as_deref(), Some("Gardening"));
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Five plants, one water dish and a little patience.")
    );
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(ms(&a.updated), Some(1_746_435_600_000));
    assert_eq!(
        a.authors,
        vec![Author {
            name: "Lena Chen".into(),
            url: Some("https://blog.example.org/author/lena/".into()),
            role: Some("Garden editor".into()),
            image: Some("https://avatars.example.org/lena-96.jpg".into()),
        }]
    );
    assert_eq!(
        a.lead_image,
        Some(Image {
            src: "https://blog.example.org/wp-content/uploads/2025/05/bees.jpg".into(),
            width: Some(1200),
            height: Some(800),
            caption: Some("A bumblebee on lavender.".into()),
            credit: Some("Photo: Lena Chen".into()),
            ..Image::default()
        })
    );
    assert_eq!(
        texts(a),
        [
            "Start with plants that flower early.",
            "Add a shallow dish of water with stones.",
            "Leave one corner of the garden wild.",
        ]
    );
    assert_eq!(
        problems(&read),
        ["@graph[0].author[1]: refers to \"https://blog.example.org/#/schema/person/gone\", which no node in the document has"]
    );
}

#[test]
fn jsonld_top_level_array_with_lists_and_language_objects() {
    let read = read("jsonld-array.json");
    let a = &read.article;
    // `name` stands in for a missing `headline`.
    assert_eq!(a.headline, "Beirut port reopens its grain terminal");
    assert_eq!(a.id.as_deref(), Some("ex-2025-0503-77"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://news.example.com/world/2025/05/03/beirut-port")
    );
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_eq!(a.dir, Direction::Rtl);
    assert_eq!(a.section.as_deref(), Some("World"));
    assert_eq!(a.dateline.as_deref(), Some("BEIRUT"));
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(ms(&a.updated), Some(1_746_299_400_000));
    assert_eq!(names(a), ["Example News"]);
    assert_eq!(
        a.authors[0].url.as_deref(),
        Some("https://news.example.com/")
    );
    assert_eq!(
        a.lead_image,
        Some(Image {
            src: "https://img.example.com/2025/05/silo.jpg".into(),
            width: Some(2000),
            height: Some(1333),
            caption: Some("The rebuilt grain silo at dawn.".into()),
            credit: Some("Example News".into()),
            ..Image::default()
        })
    );
    assert_eq!(
        texts(a),
        [
            "Ships queued outside the harbour as the terminal opened.",
            "The first cargo, 30,000 tonnes of wheat, was unloaded by noon.",
        ]
    );
    assert_eq!(
        problems(&read),
        ["[2].image.@list[0].contentUrl: not a safe absolute URL (http or https)"]
    );
}

#[test]
fn jsonld_html_body_goes_through_the_html_reader() {
    let read = read("jsonld-html-body.json");
    assert_eq!(problems(&read), Vec::<String>::new());
    let a = &read.article;
    assert_eq!(a.headline, "Our streets are for people, not parking");
    assert_eq!(names(a), ["Marta Diaz"]);
    assert_eq!(ms(&a.published), Some(EVENING + 250));
    let updated = a.updated.as_ref().unwrap();
    assert_eq!(updated.epoch_ms, 1_746_316_800_000);
    assert!(!updated.has_time);
    assert_eq!(updated.iso, "2025-05-04");
    let image = a.lead_image.as_ref().unwrap();
    assert_eq!(image.src, "https://img.example.com/2025/05/street.jpg");
    assert_eq!((image.width, image.height), (Some(1280), Some(720)));
    assert_eq!(image.credit.as_deref(), Some("Example Photo Agency"));
    assert_eq!(
        texts(a),
        [
            "Every morning I count the cars parked on the pavement & the children walking in the road.",
            "Last week it was forty-one cars.",
            "We can do better.",
        ]
    );
}

#[test]
fn jsonld_live_blog_updates_become_the_body() {
    let read = read("jsonld-liveblog.json");
    let a = &read.article;
    assert_eq!(a.headline, "Election night: live results");
    assert_eq!(ms(&a.published), Some(1_746_295_200_000));
    assert_eq!(ms(&a.updated), Some(1_746_315_900_000));
    assert_eq!(a.body.len(), 4);
    assert_eq!(
        a.body[0],
        Block::Heading {
            level: 2,
            text: "Turnout at 61%, the highest since 1994".into()
        }
    );
    assert_eq!(
        a.body[3],
        para("Counting has begun in all 650 constituencies.")
    );
}

fn page_scripts() -> Vec<String> {
    [
        "0-breadcrumbs.json",
        "1-organization.json",
        "2-broken.json",
        "3-article.json",
    ]
    .iter()
    .map(|n| fixture(&format!("jsonld-page/{n}")))
    .collect()
}

#[test]
fn jsonld_documents_pick_the_article_among_many_blocks() {
    let scripts = page_scripts();
    let docs: Vec<&str> = scripts.iter().map(String::as_str).collect();
    let read = read_jsonld_documents(&docs, &TextOnly).unwrap();
    let a = &read.article;
    assert_eq!(
        a.headline,
        "A comet will be visible to the naked eye next week"
    );
    // No author: the publisher, a reference into another block, stands in.
    assert_eq!(names(a), ["Example Science Weekly"]);
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://science.example.com/img/comet.jpg")
    );
    assert_eq!(a.body.len(), 2);
    assert_eq!(read.problems.len(), 1);
    assert_eq!(read.problems[0].path, "script[2]");
    assert!(read.problems[0].message.contains("not valid JSON"));
}

#[test]
fn jsonld_documents_without_an_article_say_what_they_found() {
    let scripts = page_scripts();
    let docs: Vec<&str> = scripts.iter().take(2).map(String::as_str).collect();
    let err = read_jsonld_documents(&docs, &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    assert!(
        err.message
            .contains("BreadcrumbList, NewsMediaOrganization"),
        "{}",
        err.message
    );
    let err = read_jsonld_documents(&[], &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    let err = read_jsonld_documents(&["{nope", "<html>"], &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "not-json");
}

#[test]
fn jsonld_article_without_headline_is_named() {
    let err = read_article(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","articleBody":"x"}"#,
        &TextOnly,
    )
    .unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    assert!(err.message.contains("No headline found"), "{}", err.message);
    assert!(err.message.contains("NewsArticle"), "{}", err.message);
}

#[test]
fn jsonld_self_and_mutual_references_terminate() {
    let doc = r##"{"@context":"https://schema.org","@graph":[
      {"@id":"#a","@type":"NewsArticle","headline":"Loop","author":{"@id":"#p"},
       "image":{"@id":"#a"},"mainEntityOfPage":{"@id":"#a"},"publisher":{"@id":"#a"}},
      {"@id":"#p","@type":"Person","name":"Ada","image":{"@id":"#p"},"url":{"@id":"#p"},
       "worksFor":{"@id":"#a"}}]}"##;
    let read = read_article(doc, &TextOnly).unwrap();
    assert_eq!(read.article.headline, "Loop");
    assert_eq!(names(&read.article), ["Ada"]);
    assert_eq!(read.article.lead_image, None);
}

#[test]
fn jsonld_with_a_foreign_context_is_not_read_as_schema_org() {
    let err = read_article(
        r#"{"@context":"https://www.w3.org/ns/activitystreams","type":"Article","@type":"Article","name":"x"}"#,
        &TextOnly,
    )
    .unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    assert!(err.message.contains("schema.org"), "{}", err.message);
}

// ----------------------------------------------------------- WordPress

#[test]
fn wordpress_post_with_embed() {
    let read = read("wordpress-embed.json");
    assert_eq!(problems(&read), Vec::<String>::new());
    let a = &read.article;
    assert_eq!(a.headline, "Q&A: Why the city\u{2019}s tram plan stalled");
    assert_eq!(a.id.as_deref(), Some("48213"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://times.example.com/2025/05/03/qa-why-the-tram-plan-stalled/")
    );
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.section.as_deref(), Some("Transport & Cities"));
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Three years, two mayors and \u{20ac}40 million later\u{2026} here\u{2019}s what went wrong.")
    );
    assert_eq!(
        a.authors,
        vec![Author {
            name: "Petra Nov\u{e1}k".into(),
            url: Some("https://times.example.com/author/petra/".into()),
            role: None,
            image: Some("https://secure.gravatar.example.com/avatar/9f1?s=96&d=mm&r=g".into()),
        }]
    );
    let published = a.published.as_ref().unwrap();
    assert_eq!(published.epoch_ms, EVENING);
    assert!(published.has_zone, "date_gmt is UTC");
    assert_eq!(published.iso, "2025-05-03T18:30:00Z");
    assert_eq!(ms(&a.updated), Some(1_746_342_900_000));
    let up = "https://times.example.com/wp-content/uploads/2025/05/westgate-tracks";
    assert_eq!(
        a.lead_image,
        Some(Image {
            src: format!("{up}.jpg"),
            srcset: Some(format!(
                "{up}-150x150.jpg 150w, {up}-300x200.jpg 300w, {up}-1024x683.jpg 1024w, {up}.jpg 2048w"
            )),
            width: Some(2048),
            height: Some(1365),
            alt: Some("Tram tracks ending in a grass field".into()),
            caption: Some("The unfinished line at Westgate \u{2013} photographed in March.".into()),
            credit: Some("Jan Novak / Example Times".into()),
        })
    );
    assert_eq!(
        texts(a),
        [
            "Three years ago the council promised trams by 2026 & a new depot.",
            "Today the tracks end in a field at Westgate.",
            "What went wrong",
            "Costs rose by \u{20ac}40 million after the 2023 survey.",
        ]
    );
}

#[test]
fn wordpress_post_list_without_embed_gives_the_first_post() {
    let read = read("wordpress-plain.json");
    assert_eq!(problems(&read), Vec::<String>::new());
    let a = &read.article;
    assert_eq!(
        a.headline,
        "Budget 2025: what changes for renters & landlords"
    );
    assert_eq!(a.id.as_deref(), Some("912"));
    assert!(a.authors.is_empty());
    assert_eq!(a.section, None);
    assert_eq!(ms(&a.published), Some(1_746_255_600_000));
    assert_eq!(ms(&a.updated), Some(1_746_255_600_000));
    assert_eq!(
        a.standfirst.as_deref(),
        Some("The deposit cap falls to five weeks\u{2019} rent.")
    );
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://blog.example.net/wp-content/uploads/2025/05/keys.jpg")
    );
    assert_eq!(
        texts(a),
        [
            "The deposit cap falls to five weeks\u{2019} rent.",
            "Landlords must register by January.",
        ]
    );
}

#[test]
fn wordpress_entities_are_decoded_exactly_once() {
    let post = |title: &str| {
        serde_json::json!({"id": 1, "link": "https://wp.example.com/?p=1",
            "title": {"rendered": title}, "content": {"rendered": ""}})
        .to_string()
    };
    let title = |raw: &str| {
        read_article(&post(raw), &TextOnly)
            .unwrap()
            .article
            .headline
    };
    assert_eq!(title("Q&#038;A"), "Q&A");
    assert_eq!(title("Fish &amp;#038; chips"), "Fish &#038; chips");
    assert_eq!(title("AT&amp;T &amp; Verizon"), "AT&T & Verizon");
    assert!(!title("Q&#038;A").contains("&amp;"));
}

#[test]
fn wordpress_error_responses_are_explained() {
    let err = read_article(&fixture("wordpress-error.json"), &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    assert!(err.message.contains("Invalid post ID"), "{}", err.message);
    assert!(
        err.message.contains("rest_post_invalid_id"),
        "{}",
        err.message
    );
}

#[test]
fn wordpress_posts_as_a_recommendation_list() {
    let list = read_recommendation_list(&fixture("wordpress-plain.json"), &TextOnly).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0].title,
        "Budget 2025: what changes for renters & landlords"
    );
    assert_eq!(list[1].title, "\u{201c}Fixed\u{201d} energy tariffs return");
    assert_eq!(list[1].url, "https://blog.example.net/energy-bills-may/");
    assert_eq!(
        list[1].teaser.as_deref(),
        Some("Suppliers are offering one-year deals again.")
    );
    assert!(list[0].image.is_some() && list[1].image.is_none());
    assert_eq!(ms(&list[1].published), Some(1_745_945_100_000));
}

// ----------------------------------------------------------- JSON Feed

#[test]
fn jsonfeed_1_0_first_item_is_the_article() {
    let read = read("jsonfeed-1.0.json");
    let a = &read.article;
    assert_eq!(a.headline, "Ferry fares to rise by 8% from June");
    assert_eq!(a.id.as_deref(), Some("https://gazette.example.net/p/1201"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://gazette.example.net/2025/05/ferry-fares")
    );
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Season tickets are spared; day returns go up by 60 pence.")
    );
    assert_eq!(
        a.authors,
        vec![Author {
            name: "Harbour Gazette Newsroom".into(),
            url: Some("https://gazette.example.net/newsroom".into()),
            role: None,
            image: Some("https://gazette.example.net/logo-512.png".into()),
        }]
    );
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(ms(&a.updated), Some(1_746_298_800_000));
    assert_eq!(a.section.as_deref(), Some("Transport"));
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://gazette.example.net/img/ferry.jpg")
    );
    assert_eq!(
        texts(a),
        [
            "The harbour authority confirmed the rise on Saturday.",
            "Season tickets stay at \u{a3}310 \u{2014} for now.",
        ]
    );
    let recommended: Vec<(&str, &str)> = a
        .recommended
        .iter()
        .map(|r| (r.title.as_str(), r.url.as_str()))
        .collect();
    assert_eq!(
        recommended,
        [
            (
                "Lifeboat open day draws 2,000",
                "https://gazette.example.net/2025/05/lifeboat-day"
            ),
            (
                "Survey maps a decade of coastal erosion",
                "https://other.example.org/coast/erosion-survey"
            ),
        ]
    );
    assert_eq!(ms(&a.recommended[0].published), Some(1_746_176_400_000));
    assert_eq!(a.recommended[0].section.as_deref(), Some("Community"));
    assert_eq!(
        problems(&read),
        ["items[1].url: not a safe absolute URL (http or https)"]
    );
}

#[test]
fn jsonfeed_1_1_authors_language_and_text_content() {
    let read = read("jsonfeed-1.1.json");
    let a = &read.article;
    assert_eq!(a.headline, "La presa El Cajón llega al 92% de su capacidad");
    assert_eq!(a.lang.as_deref(), Some("es-MX"));
    assert_eq!(names(a), ["Lucía Hernández", "Diego Ramos"]);
    assert_eq!(
        a.authors[0].image.as_deref(),
        Some("https://diario.example.com/img/autores/lucia.jpg")
    );
    assert_eq!(ms(&a.published), Some(EVENING));
    assert_eq!(a.updated, None);
    assert_eq!(a.section.as_deref(), Some("Estado"));
    assert_eq!(
        a.lead_image.as_ref().map(|i| i.src.as_str()),
        Some("https://diario.example.com/img/presa-banner.jpg")
    );
    assert_eq!(
        texts(a),
        [
            "La presa alcanzó el 92 por ciento este sábado.",
            "La Comisión del Agua abrirá las compuertas a partir del lunes.",
            "No se prevén inundaciones.",
        ]
    );
    assert_eq!(a.recommended.len(), 1);
    assert_eq!(a.recommended[0].title, "Dam tours resume on Saturdays");
    assert_eq!(ms(&a.recommended[0].published), Some(1_746_108_000_000));
    assert_eq!(problems(&read), ["items[1].title: missing"]);
}

#[test]
fn jsonfeed_without_items_says_so() {
    let err = read_article(&fixture("jsonfeed-empty.json"), &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-article");
    assert!(
        err.message.contains("JSON Feed with no items"),
        "{}",
        err.message
    );
    assert_eq!(
        read_recommendation_list(&fixture("jsonfeed-empty.json"), &TextOnly).unwrap(),
        vec![]
    );
}

#[test]
fn jsonfeed_as_a_recommendation_list() {
    let report = read_recommendation_report(&fixture("jsonfeed-1.0.json"), &TextOnly).unwrap();
    let titles: Vec<&str> = report.items.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Ferry fares to rise by 8% from June",
            "Lifeboat open day draws 2,000",
            "Survey maps a decade of coastal erosion",
        ]
    );
    assert_eq!(
        report.items[0].teaser.as_deref(),
        Some("Season tickets are spared; day returns go up by 60 pence.")
    );
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].path, "items[1].url");
}

// ------------------------------------------------------ our list shapes

#[test]
fn our_list_shape_skips_bad_items_with_paths() {
    let report = read_recommendation_report(&fixture("ours-list.json"), &TextOnly).unwrap();
    let titles: Vec<&str> = report.items.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Ferry strike called off",
            "Rain returns for the weekend",
            "Sponsored: travel insurance compared",
        ]
    );
    assert_eq!(ms(&report.items[0].published), Some(1_746_252_000_000));
    assert!(report.items[2].sponsored);
    assert_eq!(
        report.items[2].image.as_ref().map(|i| i.src.as_str()),
        Some("https://partner.example.org/img/compare.jpg")
    );
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "items[2].url: not a safe absolute URL (http or https)",
            "items[3].url: missing",
            "items[4]: not an object",
        ]
    );
}

#[test]
fn bare_arrays_and_recommended_objects_are_lists() {
    let list =
        read_recommendation_list(&fixture("ours-recommended-array.json"), &TextOnly).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].title, "Market opens in the old tram depot");
    assert_eq!(ms(&list[1].published), Some(1_746_144_000_000));
    let list = read_recommendation_list(&fixture("ours-bad-recommended.json"), &TextOnly).unwrap();
    assert_eq!(list.len(), 3);
}

#[test]
fn list_errors_are_actionable() {
    let err =
        read_recommendation_list(r#"[{"title":"x","url":"javascript:1"}]"#, &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-items");
    assert!(err.message.contains("[0].url"), "{}", err.message);
    let err = read_recommendation_list(r#"{"headline":"x"}"#, &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-items");
    let err = read_recommendation_list("42", &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "no-items");
    let err = read_recommendation_list("<!doctype html>", &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "not-json");
    assert_eq!(read_recommendation_list("[]", &TextOnly).unwrap(), vec![]);
}

// ------------------------------------------------------------ dispatch

#[test]
fn dispatch_errors_name_what_is_missing() {
    let cases = [
        ("{}", "no-article", "No article found in this document"),
        ("[]", "no-article", "empty list"),
        ("\"just text\"", "no-article", "single value"),
        (
            r#"{"format":"article-widget/1","body":[]}"#,
            "no-article",
            "No headline found",
        ),
        (
            &fixture("ours-list.json"),
            "no-article",
            "list of recommended items",
        ),
        ("<html><body>hi</body></html>", "not-json", "HTML page"),
        ("", "not-json", "empty"),
    ];
    for (text, code, needle) in cases {
        let err = read_article(text, &TextOnly).unwrap_err();
        assert_eq!(err.code.as_str(), code, "{text}");
        assert!(err.message.contains(needle), "{text}: {}", err.message);
    }
}

#[test]
fn arrays_are_searched_for_an_article() {
    let doc = r#"[42, {"unrelated": true}, {"headline": "Found me", "body": ["Yes."]}]"#;
    let read = read_article(doc, &TextOnly).unwrap();
    assert_eq!(read.article.headline, "Found me");
    assert_eq!(texts(&read.article), ["Yes."]);
}

#[test]
fn untyped_schema_org_objects_are_read() {
    let doc =
        r#"{"headline":"Plain keys","articleBody":"One.\n\nTwo.","datePublished":"3 May 2025"}"#;
    let read = read_article(doc, &TextOnly).unwrap();
    assert_eq!(read.article.headline, "Plain keys");
    assert_eq!(read.article.body.len(), 2);
    assert_eq!(ms(&read.article.published), Some(1_746_230_400_000));
}

#[test]
fn too_deep_values_are_refused_not_overflowed() {
    let mut value = Value::String("x".into());
    for _ in 0..1_000 {
        value = Value::Array(vec![value]);
    }
    let err = read_value(&value, &TextOnly).unwrap_err();
    assert_eq!(err.code.as_str(), "not-json");
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        read_article(&deep, &TextOnly).unwrap_err().code.as_str(),
        "not-json"
    );
    assert_eq!(
        read_recommendation_list(&deep, &TextOnly)
            .unwrap_err()
            .code
            .as_str(),
        "not-json"
    );
}

// --------------------------------------------------------------- dates

#[test]
fn dates_in_every_shape_the_formats_use() {
    let cases: [(&str, i64); 12] = [
        ("2025-05-03T18:30:00Z", EVENING),
        ("2025-05-03T18:30:00+0000", EVENING),
        ("2025-05-03T18:30:00+00", EVENING),
        ("2025-05-03T18:30:00.000Z", EVENING),
        ("2025-05-03 18:30", EVENING),
        ("Sat, 03 May 2025 18:30:00 +0000", EVENING),
        ("Sat, 03 May 2025 18:30:00 GMT", EVENING),
        ("03 May 2025 14:30:00 EDT", EVENING),
        ("May 3, 2025", 1_746_230_400_000),
        ("3 May 2025", 1_746_230_400_000),
        ("2025/05/03", 1_746_230_400_000),
        ("1746297000", EVENING),
    ];
    for (raw, expected) in cases {
        assert_eq!(read_date(raw).map(|t| t.epoch_ms), Some(expected), "{raw}");
    }
    assert_eq!(
        read_date("1746297000000").map(|t| t.epoch_ms),
        Some(EVENING)
    );
    for bad in [
        "soon",
        "05/03/2025",
        "2025-02-29",
        "32 May 2025",
        "Mon, 99 Foo 2025",
    ] {
        assert_eq!(read_date(bad), None, "{bad}");
    }
}

// ---------------------------------------------------------- properties

/// Keys the readers look for, so generated objects reach deep code.
const KEYS: &[&str] = &[
    "@context",
    "@type",
    "@id",
    "@graph",
    "@list",
    "@value",
    "headline",
    "name",
    "author",
    "authors",
    "image",
    "url",
    "articleBody",
    "datePublished",
    "publisher",
    "format",
    "body",
    "items",
    "recommended",
    "title",
    "rendered",
    "content",
    "excerpt",
    "_embedded",
    "wp:featuredmedia",
    "wp:term",
    "version",
    "content_html",
    "type",
    "text",
    "href",
    "after",
    "pull_quotes",
    "liveBlogUpdate",
    "mainEntityOfPage",
    "inLanguage",
    "width",
    "value",
    "media_details",
    "sizes",
    "code",
    "message",
    "data",
];

const STRINGS: &[&str] = &[
    "",
    "NewsArticle",
    "Article",
    "LiveBlogPosting",
    "https://schema.org",
    "article-widget/1",
    "https://jsonfeed.org/version/1.1",
    "https://example.com/a",
    "javascript:alert(1)",
    "2025-05-03T18:30:00Z",
    "Sat, 03 May 2025 18:30:00 GMT",
    "#a",
    "<p>x &amp; y</p>",
    "&#038;",
    "p",
    "list",
    "em",
    "a",
    "1200px",
    "ar",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(12, 256, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        prop::sample::select(KEYS).prop_map(String::from),
                        "[a-z@_:]{1,8}"
                    ],
                    inner
                ),
                0..8
            )
            .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A value wrapped in up to 200 levels of arrays and objects.
fn arb_deep() -> impl Strategy<Value = Value> {
    (arb_json(), prop::collection::vec(any::<bool>(), 0..200)).prop_map(|(mut v, levels)| {
        for as_array in levels {
            v = if as_array {
                Value::Array(vec![v])
            } else {
                serde_json::json!({ "@graph": v })
            };
        }
        v
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_string_panics(text in ".{0,300}") {
        let _ = read_article(&text, &TextOnly);
        let _ = read_recommendation_list(&text, &TextOnly);
        let _ = read_jsonld_documents(&[&text, &text], &TextOnly);
        let _ = read_date(&text);
    }

    #[test]
    fn no_json_value_panics(value in arb_json()) {
        let text = value.to_string();
        let _ = read_value(&value, &TextOnly);
        let _ = read_article(&text, &TextOnly);
        let _ = read_recommendation_list(&text, &TextOnly);
        let _ = read_jsonld_documents(&[&text], &TextOnly);
    }

    #[test]
    fn no_deep_value_panics(value in arb_deep()) {
        let text = value.to_string();
        let _ = read_value(&value, &TextOnly);
        let _ = read_article(&text, &TextOnly);
        let _ = read_recommendation_list(&text, &TextOnly);
    }

    #[test]
    fn read_articles_keep_urls_safe(value in arb_json()) {
        if let Ok(read) = read_value(&value, &TextOnly) {
            let a = read.article;
            prop_assert!(!a.headline.is_empty());
            for url in a.url.iter().chain(a.lead_image.iter().map(|i| &i.src)) {
                prop_assert!(url.to_ascii_lowercase().starts_with("http"), "{}", url);
            }
            for r in &a.recommended {
                prop_assert!(!r.title.is_empty());
                prop_assert!(r.url.to_ascii_lowercase().starts_with("http"));
            }
        }
    }

    #[test]
    fn dates_never_panic_and_iso_round_trips(raw in "[0-9A-Za-z :+,./-]{0,40}") {
        if let Some(t) = read_date(&raw) {
            let again = read_date(&t.iso);
            prop_assert_eq!(again.map(|a| a.epoch_ms), Some(t.epoch_ms), "{} -> {}", raw, t.iso);
        }
    }
}
