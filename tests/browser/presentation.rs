//! The story presented like a quality news site: the sample's structure
//! and texts, the pull-quotes chosen for several articles, a 320 px phone
//! with nothing sticking out, images, dates written in the article's
//! language, right-to-left, the empty body and the interface language.

use article_widget::embed::{mount, unmount, WidgetOptions};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

const SAMPLE_HEADLINE: &str = "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!";

/// Mounts a widget with `options` and waits for its headline.
async fn show_with(options: WidgetOptions) -> Element {
    let host = host();
    mount(&host, options).expect("mount");
    wait_for(&host, ".aw-headline").await;
    host
}

/// Mounts the article `doc` (JSON text) with default options.
async fn show(doc: &Value) -> Element {
    show_with(options(&json_url(&doc.to_string()))).await
}

/// Takes the widget off the page, so later tests see only their own.
fn done(host: &Element) {
    unmount(host);
    host.remove();
}

/// An article in our format with `body` and anything in `extra`.
fn article(headline: &str, body: &[&str], extra: Value) -> Value {
    let mut doc = json!({
        "format": "article-widget/1",
        "headline": headline,
        "body": body,
    });
    if let (Some(doc), Value::Object(extra)) = (doc.as_object_mut(), extra) {
        doc.extend(extra);
    }
    doc
}

fn the(host: &Element, selector: &str) -> Element {
    wait_for_sync(host, selector)
}

fn text_of(host: &Element, selector: &str) -> String {
    text(&the(host, selector))
}

fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

fn computed(element: &Element, property: &str) -> String {
    web_sys::window()
        .expect("window")
        .get_computed_style(element)
        .expect("style")
        .expect("computed style")
        .get_property_value(property)
        .expect("property")
}

/// The pull-quotes on screen as (text, speaker), speaker "" when none.
fn pull_quotes(host: &Element) -> Vec<(String, String)> {
    all(host, ".aw-pull-quote")
        .iter()
        .map(|aside| {
            let part = |selector: &str| {
                aside
                    .query_selector(selector)
                    .expect("selector")
                    .map(|e| text(&e))
                    .unwrap_or_default()
            };
            (part(".aw-pull-quote-text"), part(".aw-pull-quote-speaker"))
        })
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn recommended(n: usize) -> Value {
    (1..=n)
        .map(|i| {
            json!({
                "title": format!("Other story {i}"),
                "url": format!("https://news.example.com/other/{i}"),
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// 1. The sample.

#[wasm_bindgen_test]
async fn the_sample_has_kicker_headline_reading_time_six_paragraphs_and_recommended_news() {
    let host = show_with(options(&json_url(SAMPLE))).await;

    let article = the(&host, "article.aw-article");
    assert_eq!(attr(&article, "lang").as_deref(), Some("en"));
    assert_eq!(attr(&article, "dir").as_deref(), Some("ltr"));

    let kicker = the(&host, ".aw-header > p.aw-kicker");
    assert_eq!(text(&kicker), "World");
    let headline = the(&host, ".aw-header > h1.aw-headline");
    assert_eq!(text(&headline), SAMPLE_HEADLINE);
    assert_eq!(
        kicker.next_element_sibling().as_ref(),
        Some(&headline),
        "the kicker stands right above the headline"
    );
    assert_eq!(all(&host, "h1").len(), 1, "one level-1 heading");
    assert!(
        all(&host, ".aw-standfirst").is_empty(),
        "the sample has no standfirst, so none is shown"
    );
    assert_eq!(text_of(&host, ".aw-meta .aw-reading-time"), "2 min read");

    let paragraphs = all(&host, ".aw-body > p");
    assert_eq!(paragraphs.len(), 6, "the sample has six paragraphs");
    assert!(
        text(&paragraphs[5]).ends_with("protections for Mexico’s national sovereignty."),
        "{}",
        text(&paragraphs[5])
    );
    assert!(all(&host, ".aw-empty").is_empty());

    let title = the(&host, "section.aw-recommended h2.aw-recommended-title");
    assert_eq!(text(&title), "Recommended news");
    done(&host);
}

// ---------------------------------------------------------------------------
// 2. Pull-quotes.

#[wasm_bindgen_test]
async fn an_article_without_quotations_gets_no_pull_quote() {
    let doc = article(
        "Council passes the budget",
        &[
            "The council met on Tuesday to discuss the budget.",
            "Members debated the proposal for three hours before voting.",
            "Mexico’s government didn’t respond, and the officials' comments weren't clear.",
            "The measure passed by a narrow margin of seven to six.",
            "A second vote is expected next month.",
        ],
        json!({}),
    );
    let host = show(&doc).await;
    assert_eq!(all(&host, ".aw-body > p").len(), 5);
    assert_eq!(pull_quotes(&host), Vec::<(String, String)>::new());
    done(&host);
}

#[wasm_bindgen_test]
async fn short_scare_quotes_are_not_pull_quotes() {
    let doc = article(
        "Reform heads to the Senate",
        &[
            "The reform was announced on Monday.",
            "The so-called “reform” was called “a joke” by critics and “dead on arrival” by others.",
            "Supporters described it as a \"historic step\" while the opposition spoke of 'chaos'.",
            "The bill, titled “The Clean Rivers And Safe Harbors Act”, goes to the Senate.",
            "Some called it «una farsa» and others «un paso atrás».",
            "Debate continues.",
        ],
        json!({}),
    );
    let host = show(&doc).await;
    assert_eq!(all(&host, ".aw-body > p").len(), 6);
    assert_eq!(pull_quotes(&host), Vec::<(String, String)>::new());
    done(&host);
}

#[wasm_bindgen_test]
async fn a_spanish_article_gets_its_quotes_speakers_and_a_spanish_interface() {
    let doc = article(
        "La ciudad tendrá agua todo el verano",
        &[
            "La alcaldesa Marta Gómez presentó este martes el plan de agua para la ciudad.",
            "«No vamos a permitir que ningún barrio se quede sin agua este verano, cueste lo que cueste», dijo Gómez ante los vecinos.",
            "El plan incluye nuevas tuberías y dos depósitos en el norte.",
            "El portavoz Luis Pardo afirmó: “Las obras empezarán en junio y estarán terminadas antes de que acabe el año”.",
            "La votación será el jueves.",
        ],
        json!({
            "lang": "es",
            "section": "Local",
            "authors": ["Ana Ruiz", "Ben Ode"],
            "recommended": recommended(3),
        }),
    );
    let host = show(&doc).await;
    assert_eq!(
        pull_quotes(&host),
        owned(&[
            (
                "No vamos a permitir que ningún barrio se quede sin agua este verano, cueste lo que cueste",
                "Gómez",
            ),
            (
                "Las obras empezarán en junio y estarán terminadas antes de que acabe el año",
                "Luis Pardo",
            ),
        ])
    );
    let paragraphs = all(&host, ".aw-body > p");
    assert_eq!(paragraphs.len(), 5);
    let asides = all(&host, ".aw-body > aside.aw-pull-quote");
    assert_eq!(
        asides[0].previous_element_sibling().as_ref(),
        Some(&paragraphs[1]),
        "each quote follows its own paragraph"
    );
    assert_eq!(
        asides[1].previous_element_sibling().as_ref(),
        Some(&paragraphs[3])
    );
    for aside in &asides {
        assert_eq!(attr(aside, "aria-hidden").as_deref(), Some("true"));
    }

    assert_eq!(text_of(&host, ".aw-byline"), "Por Ana Ruiz y Ben Ode");
    assert_eq!(text_of(&host, ".aw-reading-time"), "1 min de lectura");
    assert_eq!(
        text_of(&host, ".aw-recommended-title"),
        "Noticias recomendadas"
    );
    assert_eq!(
        attr(&the(&host, "article.aw-article"), "lang").as_deref(),
        Some("es")
    );
    done(&host);
}

#[wasm_bindgen_test]
async fn the_pull_quotes_setting_none_shows_no_chosen_quote() {
    let host = show_with(WidgetOptions {
        pull_quotes: article_widget::quotes::PullQuoteSetting::None,
        ..options(&json_url(SAMPLE))
    })
    .await;
    assert_eq!(all(&host, ".aw-body > p").len(), 6);
    assert_eq!(pull_quotes(&host), Vec::<(String, String)>::new());
    done(&host);
}

#[wasm_bindgen_test]
async fn explicit_pull_quotes_are_placed_where_the_data_says_and_labelled_when_new() {
    let doc = article(
        "The storm, one week on",
        &[
            "Governor Maria Lopez visited the coast on Tuesday.",
            "“We will rebuild every home that the storm destroyed, no matter how long it takes,” she said.",
            "Emergency official Dana Reyes told Reuters: “We have never seen a storm surge like this one in forty years of records.”",
            "Power was restored to most homes.",
            "Schools reopen on Monday.",
        ],
        json!({
            "pull_quotes": [
                {
                    "after": 3,
                    "text": "A week on, the coast is still counting what it lost.",
                    "speaker": "The editors",
                },
                {
                    "after": 1,
                    "text": "We will rebuild every home that the storm destroyed, no matter how long it takes",
                    "speaker": "Maria Lopez",
                },
            ],
        }),
    );
    let check = |host: &Element| {
        assert_eq!(
            pull_quotes(host),
            owned(&[
                (
                    "We will rebuild every home that the storm destroyed, no matter how long it takes",
                    "Maria Lopez",
                ),
                (
                    "A week on, the coast is still counting what it lost.",
                    "The editors",
                ),
            ]),
            "the data's quotes, in body order, and no chosen ones"
        );
        let paragraphs = all(host, ".aw-body > p");
        assert_eq!(paragraphs.len(), 5);
        let asides = all(host, ".aw-body > aside.aw-pull-quote");
        assert_eq!(
            asides[0].previous_element_sibling().as_ref(),
            Some(&paragraphs[1]),
            "right after body block 1"
        );
        assert_eq!(
            asides[0].next_element_sibling().as_ref(),
            Some(&paragraphs[2])
        );
        assert_eq!(
            asides[1].previous_element_sibling().as_ref(),
            Some(&paragraphs[3]),
            "right after body block 3"
        );

        // Words already in the body are hidden from screen readers...
        assert_eq!(attr(&asides[0], "aria-hidden").as_deref(), Some("true"));
        assert_eq!(attr(&asides[0], "aria-label"), None);
        // ...new words are read, as a labelled landmark.
        assert_eq!(attr(&asides[1], "aria-hidden"), None);
        assert_eq!(attr(&asides[1], "aria-label").as_deref(), Some("Quote"));
    };
    let host = show(&doc).await;
    check(&host);
    done(&host);

    // The setting only stops chosen quotes: the data's own still show.
    let host = show_with(WidgetOptions {
        pull_quotes: article_widget::quotes::PullQuoteSetting::None,
        ..options(&json_url(&doc.to_string()))
    })
    .await;
    check(&host);
    done(&host);
}

// A pull-quote the source places in the body speaks the interface
// language and is hidden from screen readers when it repeats the body.
#[wasm_bindgen_test]
async fn pull_quote_blocks_in_a_spanish_body_speak_spanish_and_are_not_heard_twice() {
    let doc = article(
        "La ciudad tendrá agua todo el verano",
        &[],
        json!({
            "lang": "es",
            "body": [
                "La alcaldesa Marta Gómez presentó este martes el plan de agua para la ciudad.",
                "«No vamos a permitir que ningún barrio se quede sin agua este verano», dijo Gómez.",
                { "type": "pull_quote", "text": "No vamos a permitir que ningún barrio se quede sin agua este verano", "speaker": "Marta Gómez" },
                "El plan incluye nuevas tuberías y dos depósitos en el norte.",
                { "type": "pull_quote", "text": "Un verano sin cortes sería el primero en diez años.", "speaker": "La redacción" },
                "La votación será el jueves.",
            ],
        }),
    );
    let host = show(&doc).await;
    assert_eq!(
        pull_quotes(&host),
        owned(&[
            (
                "No vamos a permitir que ningún barrio se quede sin agua este verano",
                "Marta Gómez",
            ),
            (
                "Un verano sin cortes sería el primero en diez años.",
                "La redacción",
            ),
        ]),
        "the body's own pull-quotes, and no chosen ones"
    );
    let asides = all(&host, ".aw-body > aside.aw-pull-quote");
    assert_eq!(
        attr(&asides[1], "aria-label").as_deref(),
        Some("Cita"),
        "the landmark is named in the interface language"
    );
    assert_eq!(
        attr(&asides[0], "aria-hidden").as_deref(),
        Some("true"),
        "words that stand in the paragraph above are not read twice"
    );
    done(&host);
}

// ---------------------------------------------------------------------------
// 3. A 320 px phone.

/// Everything in the shadow root that reaches outside `container`, and
/// any horizontal scrolling of the root, described for the failure
/// message. The recommendations scroller moves sideways by design: what is
/// inside an element scrolling on the x axis is left out.
const OVERFLOW_CHECK: &str = r#"
const edge = container.getBoundingClientRect();
const problems = [];
const root = shadow.querySelector('.aw-root');
if (!root) return ['no .aw-root'];
const scrolling = (el) => root.contains(el) && root !== el &&
  ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
const scrollers = [...shadow.querySelectorAll('*')].filter(scrolling);
const inScroller = (node) => scrollers.some((s) => s !== node && s.contains(node));
const name = (node) => node.nodeType === 1
  ? node.tagName.toLowerCase() + [...node.classList].map((c) => '.' + c).join('')
  : 'text "' + node.data.trim().slice(0, 40) + '"';
const check = (node, r) => {
  if (r.width === 0 && r.height === 0) return;
  if (r.right > edge.right + 1 || r.left < edge.left - 1) {
    problems.push(`${name(node)} spans ${r.left.toFixed(1)}..${r.right.toFixed(1)}, the container ${edge.left.toFixed(1)}..${edge.right.toFixed(1)}`);
  }
};
for (const el of [container, root]) {
  if (el.scrollWidth > el.clientWidth + 1) {
    problems.push(`${name(el)} scrolls sideways: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  }
}
for (const el of shadow.querySelectorAll('*')) {
  if (!inScroller(el)) check(el, el.getBoundingClientRect());
}
const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
const range = document.createRange();
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.data.trim() || inScroller(node)) continue;
  range.selectNodeContents(node);
  for (const r of range.getClientRects()) check(node, r);
}
if (scrollers.length === 0) problems.push('no horizontal scroller found: is the carousel there?');
return problems;
"#;

#[wasm_bindgen_test]
async fn nothing_sticks_out_of_a_320px_column() {
    let long_word = format!(
        "https://news.example.com/world/{}?utm_source=widget",
        "sheinbaumrejectstrumpstroopofferandsovereigntyisnotforsale".repeat(3)
    );
    let mut doc: Value = serde_json::from_str(SAMPLE).expect("sample JSON");
    doc["image"] = json!({
        "src": "https://img.example.invalid/lead-1600.jpg",
        "width": 1600,
        "height": 900,
        "alt": "Claudia Sheinbaum speaks at a university event near the capital",
        "caption": "Claudia Sheinbaum at the National Autonomous University",
        "credit": "Sample News",
    });
    let body = doc["body"].as_array_mut().expect("sample body");
    body.insert(
        2,
        json!({ "type": "paragraph", "text": format!("The full statement is at {long_word} today.") }),
    );
    body.insert(
        3,
        json!({ "type": "paragraph", "content": [
            "Read it at ",
            { "type": "link", "href": long_word.clone(), "text": long_word.clone() },
        ] }),
    );

    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    container
        .style()
        .set_property("width", "320px")
        .expect("width");
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let host = host();
    container.append_child(&host).expect("move the host");
    mount(&host, options(&json_url(&doc.to_string()))).expect("mount");
    wait_for(&host, ".aw-headline").await;
    wait_for(&host, ".aw-lead-image img").await;
    wait_for(&host, ".aw-cards .aw-card").await;
    assert_eq!(all(&host, ".aw-body > p").len(), 8);
    assert_eq!(container.get_bounding_client_rect().width(), 320.0);

    let measure = js_sys::Function::new_with_args("shadow, container", OVERFLOW_CHECK);
    let problems = |host: &Element| -> Vec<String> {
        let found = measure
            .call2(&JsValue::NULL, &shadow(host), &container)
            .expect("overflow check");
        js_sys::Array::from(&found)
            .iter()
            .filter_map(|p| p.as_string())
            .collect()
    };
    // Layout settles within a frame or two of the render; give it until
    // the check passes or a second has gone.
    let mut found = problems(&host);
    for _ in 0..50 {
        if found.is_empty() {
            break;
        }
        sleep(20).await;
        found = problems(&host);
    }
    assert!(found.is_empty(), "at 320 px:\n{}", found.join("\n"));
    unmount(&host);
    container.remove();
}

// ---------------------------------------------------------------------------
// 4. Images.

#[wasm_bindgen_test]
async fn the_lead_image_reserves_its_box_and_loads_eagerly_body_figures_lazily() {
    let lead_srcset =
        "https://img.example.invalid/lead-800.jpg 800w, https://img.example.invalid/lead-1600.jpg 1600w";
    let figure_srcset =
        "https://img.example.invalid/fig-600.jpg 600w, https://img.example.invalid/fig-1200.jpg 1200w";
    let doc = json!({
        "format": "article-widget/1",
        "headline": "River City braces for its highest flood in forty years",
        "image": {
            "src": "https://img.example.invalid/lead-1600.jpg",
            "srcset": lead_srcset,
            "width": 1600,
            "height": 900,
            "alt": "Sandbags along the river wall",
            "caption": "Volunteers filled sandbags overnight.",
            "credit": "Ana Ruiz",
        },
        "body": [
            "The river rose another 40 centimetres overnight.",
            { "type": "figure", "image": {
                "src": "https://img.example.invalid/fig-1200.jpg",
                "srcset": figure_srcset,
                "width": 1200,
                "height": 800,
                "alt": "A flooded street",
            } },
            "Schools are closed until further notice.",
            { "type": "image", "src": "https://img.example.invalid/plain.jpg", "alt": "" },
        ],
    });
    let host = show(&doc).await;

    let lead = the(&host, "article > figure.aw-lead-image > img");
    assert_eq!(attr(&lead, "width").as_deref(), Some("1600"));
    assert_eq!(attr(&lead, "height").as_deref(), Some("900"));
    assert_ne!(
        attr(&lead, "loading").as_deref(),
        Some("lazy"),
        "the lead image is above the fold"
    );
    assert_eq!(attr(&lead, "srcset").as_deref(), Some(lead_srcset));
    assert!(
        attr(&lead, "sizes").is_some_and(|s| !s.trim().is_empty()),
        "srcset needs sizes"
    );
    assert_eq!(
        attr(&lead, "alt").as_deref(),
        Some("Sandbags along the river wall")
    );
    assert_eq!(
        text_of(&host, ".aw-lead-image figcaption"),
        "Volunteers filled sandbags overnight.Ana Ruiz"
    );
    assert_eq!(text_of(&host, ".aw-lead-image .aw-credit"), "Ana Ruiz");
    let header = the(&host, "article > header.aw-header");
    assert_eq!(
        header.next_element_sibling().as_ref(),
        Some(&the(&host, "figure.aw-lead-image")),
        "the lead image comes right after the header"
    );

    let figures = all(&host, ".aw-body > figure.aw-figure > img");
    assert_eq!(figures.len(), 2);
    let figure = &figures[0];
    assert_eq!(attr(figure, "loading").as_deref(), Some("lazy"));
    assert_eq!(attr(figure, "width").as_deref(), Some("1200"));
    assert_eq!(attr(figure, "height").as_deref(), Some("800"));
    assert_eq!(attr(figure, "srcset").as_deref(), Some(figure_srcset));
    assert!(attr(figure, "sizes").is_some_and(|s| !s.trim().is_empty()));
    assert_eq!(attr(figure, "alt").as_deref(), Some("A flooded street"));

    let plain = &figures[1];
    assert_eq!(attr(plain, "loading").as_deref(), Some("lazy"));
    assert_eq!(attr(plain, "srcset"), None, "no srcset when none is given");
    assert_eq!(attr(plain, "alt").as_deref(), Some(""), "decorative");
    done(&host);
}

// ---------------------------------------------------------------------------
// 5. Dates.

fn dated(lang: &str) -> Value {
    article(
        "River City braces for its highest flood in forty years",
        &["The river rose another 40 centimetres overnight."],
        json!({
            "lang": lang,
            "published": "2025-05-03T18:30:00Z",
            "updated": "2025-05-04",
        }),
    )
}

#[wasm_bindgen_test]
async fn dates_are_written_by_intl_in_the_article_language() {
    let host = show(&dated("es")).await;
    let published = the(&host, ".aw-meta .aw-published time");
    assert_eq!(
        attr(&published, "datetime").as_deref(),
        Some("2025-05-03T18:30:00Z")
    );
    let written = text(&published);
    assert!(
        written.contains("mayo") && written.contains("2025") && !written.contains("May"),
        "{written}"
    );
    let updated = the(&host, ".aw-meta .aw-updated");
    assert_eq!(
        attr(&the(&host, ".aw-updated time"), "datetime").as_deref(),
        Some("2025-05-04")
    );
    assert_eq!(text(&updated), "Actualizado 4 de mayo de 2025");
    done(&host);

    let host = show(&dated("en")).await;
    let published = the(&host, ".aw-meta .aw-published time");
    assert_eq!(
        attr(&published, "datetime").as_deref(),
        Some("2025-05-03T18:30:00Z")
    );
    let written = text(&published);
    assert!(
        written.contains("May") && written.contains("2025") && !written.contains("mayo"),
        "{written}"
    );
    assert_eq!(
        text_of(&host, ".aw-meta .aw-updated"),
        "Updated May 4, 2025"
    );
    done(&host);

    // No dates in the data: no empty date elements.
    let host = show_with(options(&json_url(SAMPLE))).await;
    assert!(all(&host, ".aw-meta time").is_empty());
    assert!(all(&host, ".aw-updated").is_empty());
    done(&host);
}

// ---------------------------------------------------------------------------
// 6. Right-to-left.

#[wasm_bindgen_test]
async fn an_arabic_article_reads_right_to_left() {
    let doc = article(
        "المكسيك ترفض عرض القوات الأمريكية",
        &[
            "قالت الرئيسة المكسيكية إن السيادة ليست للبيع.",
            "وأضافت أن التعاون ممكن بين البلدين.",
        ],
        json!({
            "lang": "ar",
            "section": "العالم",
            "recommended": recommended(4),
        }),
    );
    let host = show(&doc).await;
    let article_el = the(&host, "article.aw-article");
    assert_eq!(attr(&article_el, "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&article_el, "lang").as_deref(), Some("ar"));
    assert_eq!(computed(&article_el, "direction"), "rtl");
    let headline = the(&host, ".aw-headline");
    assert_eq!(computed(&headline, "direction"), "rtl");
    let align = computed(&headline, "text-align");
    assert!(align == "start" || align == "right", "text-align: {align}");
    let carousel = the(&host, "section.aw-recommended");
    assert_eq!(
        attr(&carousel, "dir").as_deref(),
        Some("rtl"),
        "the carousel sits outside the article and needs its own dir"
    );
    done(&host);

    // An explicit "dir" wins over the language.
    let doc = article(
        "Written right to left",
        &["Text."],
        json!({ "lang": "en", "dir": "rtl" }),
    );
    let host = show(&doc).await;
    let article_el = the(&host, "article.aw-article");
    assert_eq!(attr(&article_el, "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&article_el, "lang").as_deref(), Some("en"));
    assert_eq!(computed(&article_el, "direction"), "rtl");
    done(&host);
}

// ---------------------------------------------------------------------------
// 8. The empty body and the interface language.

#[wasm_bindgen_test]
async fn an_empty_body_says_there_is_no_text_yet() {
    let doc = article("Breaking: more soon", &[], json!({}));
    let host = show(&doc).await;
    let empty = the(&host, ".aw-body > p.aw-empty");
    assert_eq!(text(&empty), "This article has no text yet.");
    assert_eq!(
        all(&host, ".aw-body > *").len(),
        1,
        "nothing else in the body"
    );
    assert!(all(&host, ".aw-pull-quote").is_empty());
    assert!(
        all(&host, ".aw-reading-time").is_empty(),
        "no reading time without words"
    );
    done(&host);

    let host = show_with(WidgetOptions {
        lang: Some("es".into()),
        ..options(&json_url(&doc.to_string()))
    })
    .await;
    assert_eq!(
        text_of(&host, ".aw-body > p.aw-empty"),
        "Este artículo aún no tiene texto."
    );
    done(&host);

    // A body with text has no such paragraph.
    let host = show(&article("Text", &["One paragraph."], json!({}))).await;
    assert!(all(&host, ".aw-empty").is_empty());
    done(&host);
}

#[wasm_bindgen_test]
async fn the_lang_option_switches_the_interface_of_an_english_article_to_spanish() {
    let doc = article(
        "Council passes the budget",
        &["The council met on Tuesday to discuss the budget."],
        json!({
            "lang": "en",
            "authors": ["Ana Ruiz", "Ben Ode"],
            "recommended": recommended(3),
        }),
    );
    let host = show(&doc).await;
    assert_eq!(text_of(&host, ".aw-byline"), "By Ana Ruiz and Ben Ode");
    assert_eq!(text_of(&host, ".aw-reading-time"), "1 min read");
    assert_eq!(text_of(&host, ".aw-recommended-title"), "Recommended news");
    done(&host);

    let host = show_with(WidgetOptions {
        lang: Some("es".into()),
        ..options(&json_url(&doc.to_string()))
    })
    .await;
    assert_eq!(text_of(&host, ".aw-byline"), "Por Ana Ruiz y Ben Ode");
    assert_eq!(text_of(&host, ".aw-reading-time"), "1 min de lectura");
    assert_eq!(
        text_of(&host, ".aw-recommended-title"),
        "Noticias recomendadas"
    );
    assert_eq!(
        attr(&the(&host, "article.aw-article"), "lang").as_deref(),
        Some("en"),
        "the article's own language stays on its text"
    );
    done(&host);
}
