//! The "Recommended news" carousel: the WAI-ARIA carousel pattern, its
//! controls and keys, right-to-left, edge cases, the separate list and the
//! analytics events. Geometry is checked with getBoundingClientRect and
//! expectations are derived from it, so few depend on the window's width.

use std::cell::RefCell;
use std::rc::Rc;

use article_widget::browser::motion::{prefers_reduced_motion, scroll_behavior};
use article_widget::embed::{
    mount, WidgetOptions, RECOMMENDATION_CLICK, RECOMMENDATION_IMPRESSION,
};
use serde_json::{json, Value};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ScrollBehavior};

use crate::support::*;

const LIST: &str = include_str!("../../fixtures/recommendations-list.json");
const FEED: &str = include_str!("../../fixtures/recommendations-feed.json");
const ARTICLE_URL: &str = "https://news.example.com/politics/budget-vote";
/// What the list fixture leaves once the article itself and the duplicate
/// (same URL but for fragment and trailing slash) are gone.
const LIST_TITLES: [&str; 6] = [
    "Harbour ferries return after the three-day strike",
    "A picture that never loads",
    "Supercalifragilisticexpialidociouslylongwordthatneverbreaksanywhereunlessthelayoutletsitbreak and then a title so long that it must be clamped to a few lines instead of pushing the card taller than all the others in the row",
    "Sponsored: travel insurance compared",
    "Only a title and a link",
    "Rain returns for the weekend",
];

fn story(n: usize) -> Value {
    json!({
        "title": format!("Story number {n}"),
        "url": format!("https://news.example.com/story/{n}"),
        "teaser": "Two short sentences of teaser. Enough to fill a line or two.",
        "section": "News",
        "source": "Sample News",
        "published": "2025-05-03T09:15:00Z"
    })
}

/// An article in our format, at [`ARTICLE_URL`], recommending `stories`.
fn article(stories: Vec<Value>, extra: &[(&str, Value)]) -> String {
    let mut doc = json!({
        "format": "article-widget/1",
        "headline": "The budget vote, explained",
        "url": ARTICLE_URL,
        "body": ["One paragraph."],
        "recommended": stories
    });
    for (key, value) in extra {
        doc[*key] = value.clone();
    }
    doc.to_string()
}

fn stories(count: usize) -> Vec<Value> {
    (1..=count).map(story).collect()
}

async fn mounted(options: WidgetOptions) -> Element {
    let host = host();
    mount(&host, options).expect("mount");
    wait_for(&host, ".aw-headline").await;
    host
}

/// Scrolls the carousel into the viewport and lets the resize observer and
/// a scroll frame run.
async fn shown(host: &Element) -> Element {
    let section = wait_for(host, "section.aw-recommended").await;
    section.scroll_into_view();
    frames(3).await;
    section
}

async fn frames(count: usize) {
    for _ in 0..count {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .request_animation_frame(&resolve);
        });
        JsFuture::from(promise).await.expect("frame");
    }
}

/// Waits for a (smooth) scroll to come to rest, then for the carousel's
/// next frame.
async fn settled(host: &Element) {
    let scroller = scroller(host);
    let mut last = f64::NAN;
    // Still for several checks in a row, not one: a smooth scroll can pause
    // a frame before it starts, and Firefox may still be snapping when two
    // reads first agree; a press then can be swallowed by the snap.
    let mut still = 0;
    for _ in 0..240 {
        let now = js_sys::Reflect::get(&scroller, &"scrollLeft".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or_default();
        if now == last {
            still += 1;
            if still >= 5 {
                break;
            }
        } else {
            still = 0;
        }
        last = now;
        frames(2).await;
    }
    frames(2).await;
}

/// Polls `check` for up to five seconds.
async fn until(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..250 {
        if check() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting until {what}");
}

fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

fn html(element: &Element) -> HtmlElement {
    element.clone().dyn_into().expect("an HTML element")
}

fn slides(host: &Element) -> Vec<Element> {
    all(host, ".aw-cards > .aw-slide")
}

fn link(slide: &Element) -> HtmlElement {
    html(&slide.query_selector("a[href]").unwrap().expect("a link"))
}

fn scroller(host: &Element) -> Element {
    all(host, ".aw-cards").remove(0)
}

fn control(host: &Element, class: &str) -> HtmlElement {
    html(&wait_for_sync(host, &format!("button.{class}")))
}

fn disabled(button: &HtmlElement) -> bool {
    button.get_attribute("aria-disabled").as_deref() == Some("true")
}

fn position(host: &Element) -> String {
    all(host, ".aw-carousel-position")
        .first()
        .map(text)
        .unwrap_or_default()
}

fn active(host: &Element) -> Option<Element> {
    shadow(host).active_element()
}

/// How much of `slide`'s width lies inside the scroller's box.
fn fraction_visible(slide: &Element, scroller: &Element) -> f64 {
    let s = slide.get_bounding_client_rect();
    let v = scroller.get_bounding_client_rect();
    let overlap = (s.right().min(v.right()) - s.left().max(v.left())).max(0.0);
    overlap / s.width()
}

/// Indices of the slides at least half inside the scroller.
fn visible(host: &Element) -> Vec<usize> {
    let scroller = scroller(host);
    slides(host)
        .iter()
        .enumerate()
        .filter(|(_, s)| fraction_visible(s, &scroller) >= 0.5)
        .map(|(i, _)| i)
        .collect()
}

/// Every slide at least half in view is reachable; every other one is
/// `inert` (a sliver at the edge counts as out of view).
fn assert_inert_matches_view(host: &Element, when: &str) {
    let scroller = scroller(host);
    for (i, slide) in slides(host).iter().enumerate() {
        let seen = fraction_visible(slide, &scroller);
        let inert = slide.has_attribute("inert");
        if seen > 0.52 {
            assert!(!inert, "{when}: slide {i} is {seen:.2} visible but inert");
        } else if seen < 0.48 {
            assert!(
                inert,
                "{when}: slide {i} is {seen:.2} visible and not inert"
            );
        }
    }
}

fn js(args: &str, body: &str) -> js_sys::Function {
    js_sys::Function::new_with_args(args, body)
}

/// Dispatches a key press as the browser does (bubbling out of the shadow
/// root); true when the page's default action was prevented.
fn press(target: &Element, key: &str) -> bool {
    js("el, key", "const e = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true}); el.dispatchEvent(e); return e.defaultPrevented;")
        .call2(&JsValue::NULL, target, &JsValue::from_str(key))
        .expect("press")
        .is_truthy()
}

/// Dispatches a primary-button click; true when something prevented the
/// navigation.
fn click(target: &Element) -> bool {
    js("el", "const e = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, button: 0}); el.dispatchEvent(e); return e.defaultPrevented;")
        .call1(&JsValue::NULL, target)
        .expect("click")
        .is_truthy()
}

fn fire(target: &Element, name: &str) {
    js(
        "el, name",
        "el.dispatchEvent(new MouseEvent(name, {bubbles: false, composed: true}));",
    )
    .call2(&JsValue::NULL, target, &JsValue::from_str(name))
    .expect("event");
}

/// A tall block above the next host, so the widget starts out of view.
fn spacer() -> Element {
    let spacer = document().create_element("div").unwrap();
    spacer.set_attribute("style", "height: 4000px").unwrap();
    document().body().unwrap().append_child(&spacer).unwrap();
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    spacer
}

fn titles(host: &Element) -> Vec<String> {
    all(host, ".aw-slide .aw-card-title")
        .iter()
        .map(text)
        .collect()
}

#[wasm_bindgen_test]
async fn the_carousel_follows_the_wai_aria_pattern() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    let section = shown(&host).await;
    assert_eq!(section.tag_name(), "SECTION");
    assert_eq!(
        attr(&section, "aria-roledescription").as_deref(),
        Some("carousel")
    );
    let title_id = attr(&section, "aria-labelledby").expect("labelled by its heading");
    let heading = shadow(&host)
        .get_element_by_id(&title_id)
        .expect("the label exists");
    assert_eq!(heading.tag_name(), "H2");
    assert_eq!(text(&heading), "Recommended news");

    let slides = slides(&host);
    assert_eq!(slides.len(), 8);
    for (i, slide) in slides.iter().enumerate() {
        assert_eq!(attr(slide, "role").as_deref(), Some("group"));
        assert_eq!(
            attr(slide, "aria-roledescription").as_deref(),
            Some("slide")
        );
        assert_eq!(attr(slide, "aria-label"), Some(format!("{} of 8", i + 1)));
    }

    let container = scroller(&host);
    assert_eq!(attr(&container, "aria-live").as_deref(), Some("polite"));
    let container_id = attr(&container, "id").expect("the slides have an id");
    let buttons = all(&host, "section.aw-recommended button");
    assert!(buttons.len() >= 2);
    for button in &buttons {
        assert_eq!(attr(button, "type").as_deref(), Some("button"));
        assert_eq!(attr(button, "aria-controls"), Some(container_id.clone()));
        assert!(
            !button.has_attribute("disabled"),
            "aria-disabled, so focus is never dropped"
        );
    }
    assert_eq!(text(&control(&host, "aw-carousel-prev")), "Previous");
    assert_eq!(text(&control(&host, "aw-carousel-next")), "Next");
    assert!(
        all(&host, ".aw-carousel-rotation").is_empty(),
        "no rotation control unless autoplay is on"
    );
    for dot in all(&host, ".aw-carousel-dot") {
        assert_eq!(attr(&dot, "tabindex").as_deref(), Some("-1"));
        assert!(attr(&dot, "aria-label")
            .unwrap_or_default()
            .starts_with("Go to slide "));
    }
}

#[wasm_bindgen_test]
async fn previous_and_next_follow_the_ends_and_keep_focus() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    shown(&host).await;
    let previous = control(&host, "aw-carousel-prev");
    let next = control(&host, "aw-carousel-next");
    until("the start state", || {
        disabled(&previous) && !disabled(&next)
    })
    .await;
    assert_eq!(position(&host), "1 of 8");
    let first_view = visible(&host);
    assert_eq!(first_view.first(), Some(&0));

    next.focus().unwrap();
    next.click();
    let expected = first_view.last().unwrap() + 1;
    let expected_position = format!("{} of 8", expected + 1);
    until("Next moved a page", || {
        visible(&host).first() == Some(&expected) && position(&host) == expected_position
    })
    .await;
    assert!(
        !disabled(&previous) && !disabled(&next),
        "both work in the middle"
    );
    assert_eq!(active(&host), Some(next.clone().into()), "focus stays put");
    assert_eq!(
        all(&host, ".aw-carousel-dot[aria-current='true']").len(),
        1,
        "one current page dot"
    );

    for _ in 0..8 {
        if disabled(&next) {
            break;
        }
        let before = position(&host);
        next.click();
        until("Next moved", || position(&host) != before).await;
        settled(&host).await;
    }
    until("the end state", || disabled(&next) && !disabled(&previous)).await;
    assert_eq!(visible(&host).last(), Some(&7), "the last card is in view");
    assert_eq!(
        active(&host),
        Some(next.clone().into()),
        "a button that reaches its end keeps focus"
    );
    let at_end = position(&host);
    next.click();
    frames(3).await;
    assert_eq!(position(&host), at_end, "Next does nothing at the end");

    // Two quick presses: the second counts from where the first is going,
    // not from where the scroll has got to, so together they go two pages.
    previous.click();
    previous.click();
    until("back at the start", || {
        disabled(&previous) && !disabled(&next)
    })
    .await;
    assert_eq!(position(&host), "1 of 8");
}

#[wasm_bindgen_test]
async fn only_the_slides_in_view_can_be_reached() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    shown(&host).await;
    until("some slides are inert", || {
        slides(&host).iter().any(|s| s.has_attribute("inert"))
    })
    .await;
    assert_inert_matches_view(&host, "at the start");

    let hidden = slides(&host)
        .into_iter()
        .find(|s| s.has_attribute("inert"))
        .unwrap();
    link(&hidden).focus().unwrap();
    assert_ne!(
        active(&host),
        Some(link(&hidden).into()),
        "an inert card cannot take focus"
    );

    control(&host, "aw-carousel-next").click();
    until("the view moved", || visible(&host).first() != Some(&0)).await;
    settled(&host).await;
    assert_inert_matches_view(&host, "after Next");

    // A narrow widget shows about one card at a time; the resize observer
    // catches the change without any window resize.
    host.set_attribute("style", "width: 360px").unwrap();
    frames(3).await;
    until("one card in view", || visible(&host).len() == 1).await;
    frames(2).await;
    assert_inert_matches_view(&host, "after the widget narrowed");
    host.remove_attribute("style").unwrap();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_cards_and_the_carousel_follows() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    shown(&host).await;
    until("measured", || {
        slides(&host).iter().any(|s| s.has_attribute("inert"))
    })
    .await;
    let all_slides = slides(&host);
    link(&all_slides[0]).focus().unwrap();
    assert!(
        press(&link(&all_slides[0]), "ArrowRight"),
        "the key is handled"
    );
    assert_eq!(active(&host), Some(link(&all_slides[1]).into()));

    // From the last card in view, the next card scrolls in and takes focus.
    let last = *visible(&host).last().unwrap();
    link(&all_slides[last]).focus().unwrap();
    press(&link(&all_slides[last]), "ArrowRight");
    assert_eq!(active(&host), Some(link(&all_slides[last + 1]).into()));
    until("the carousel followed", || {
        visible(&host).contains(&(last + 1)) && position(&host) == "2 of 8"
    })
    .await;
    assert!(!all_slides[last + 1].has_attribute("inert"));

    press(&link(&all_slides[last + 1]), "ArrowLeft");
    assert_eq!(active(&host), Some(link(&all_slides[last]).into()));

    // From a control, the carousel moves one card and focus stays.
    let next = control(&host, "aw-carousel-next");
    next.focus().unwrap();
    press(&next, "ArrowRight");
    until("moved one card", || position(&host) == "3 of 8").await;
    assert_eq!(active(&host), Some(next.clone().into()));
    press(&next, "ArrowLeft");
    until("moved back one card", || position(&host) == "2 of 8").await;

    assert!(!press(&next, "Tab"), "other keys are left to the browser");
}

#[wasm_bindgen_test]
async fn right_to_left_starts_at_the_right_and_next_moves_left() {
    let doc = article(stories(8), &[("lang", json!("ar")), ("dir", json!("rtl"))]);
    let host = mounted(options(&json_url(&doc))).await;
    let section = shown(&host).await;
    assert_eq!(attr(&section, "dir").as_deref(), Some("rtl"));
    until("measured", || {
        slides(&host).iter().any(|s| s.has_attribute("inert"))
    })
    .await;
    let scroller = scroller(&host);
    let all_slides = slides(&host);
    let frame = scroller.get_bounding_client_rect();
    let first = all_slides[0].get_bounding_client_rect();
    let second = all_slides[1].get_bounding_client_rect();
    assert!(
        (first.right() - frame.right()).abs() <= 2.0,
        "the first slide is at the right edge: {} vs {}",
        first.right(),
        frame.right()
    );
    assert!(second.right() <= first.left(), "the second is to its left");
    assert_inert_matches_view(&host, "right to left, at the start");

    // ArrowLeft is forward in right-to-left.
    link(&all_slides[0]).focus().unwrap();
    press(&link(&all_slides[0]), "ArrowLeft");
    assert_eq!(active(&host), Some(link(&all_slides[1]).into()));

    let beyond = *visible(&host).last().unwrap() + 1;
    let before = all_slides[beyond].get_bounding_client_rect();
    assert!(before.right() <= frame.left() + before.width() / 2.0);
    control(&host, "aw-carousel-next").click();
    until("Next brought the next cards in from the left", || {
        let after = all_slides[beyond].get_bounding_client_rect();
        visible(&host).first() == Some(&beyond) && (after.right() - frame.right()).abs() <= 2.0
    })
    .await;
    let after = all_slides[beyond].get_bounding_client_rect();
    assert!(after.left() > before.left(), "the row moved rightwards");
    let scroll_left = js_sys::Reflect::get(&scroller, &"scrollLeft".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        scroll_left < 0.0,
        "scrolled towards the left: {scroll_left}"
    );
    assert!(!disabled(&control(&host, "aw-carousel-prev")));
}

#[wasm_bindgen_test]
fn reduced_motion_makes_programmatic_scrolling_instant() {
    // A test cannot switch the media query; what it can check is that the
    // decision follows it, and that the browser's answer is what is read.
    assert_eq!(scroll_behavior(true), ScrollBehavior::Auto);
    assert_eq!(scroll_behavior(false), ScrollBehavior::Smooth);
    let matches = web_sys::window()
        .unwrap()
        .match_media("(prefers-reduced-motion: reduce)")
        .unwrap()
        .unwrap()
        .matches();
    assert_eq!(prefers_reduced_motion(), matches);
}

#[wasm_bindgen_test]
async fn the_stylesheet_drops_smooth_scrolling_under_reduced_motion() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    wait_for(&host, ".aw-cards").await;
    let found = js(
        "root",
        "const sheets = [...(root.adoptedStyleSheets || []), ...[...root.querySelectorAll('style')].map((s) => s.sheet)];
         for (const sheet of sheets) {
           for (const rule of sheet.cssRules) {
             if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('prefers-reduced-motion: reduce')) continue;
             for (const inner of rule.cssRules) {
               if (inner.selectorText === '.aw-cards' && inner.style.scrollBehavior === 'auto') return true;
             }
           }
         }
         return false;",
    )
    .call1(&JsValue::NULL, &shadow(&host))
    .unwrap();
    assert!(
        found.is_truthy(),
        "@media (prefers-reduced-motion: reduce) {{ .aw-cards {{ scroll-behavior: auto }} }}"
    );
}

#[wasm_bindgen_test]
async fn no_items_leave_no_section() {
    let host = mounted(options(&json_url(&article(vec![], &[])))).await;
    let slot = wait_for(&host, ".aw-recommended-slot").await;
    sleep(50).await;
    assert!(all(&host, ".aw-recommended").is_empty());
    assert_eq!(slot.child_element_count(), 0);
    assert_eq!(
        html(&slot).offset_height(),
        0,
        "no empty band under the story"
    );
}

#[wasm_bindgen_test]
async fn one_item_shows_no_controls() {
    let host = mounted(options(&json_url(&article(stories(1), &[])))).await;
    shown(&host).await;
    assert_eq!(slides(&host).len(), 1);
    assert!(all(&host, "section.aw-recommended button").is_empty());
    assert!(all(&host, ".aw-carousel-position").is_empty());
    assert_eq!(
        attr(&slides(&host)[0], "aria-label").as_deref(),
        Some("1 of 1")
    );
    assert!(!slides(&host)[0].has_attribute("inert"));
}

#[wasm_bindgen_test]
async fn stories_that_all_fit_hide_the_controls() {
    let host = mounted(options(&json_url(&article(stories(2), &[])))).await;
    shown(&host).await;
    let controls = wait_for(&host, ".aw-carousel-controls").await;
    if visible(&host).len() < 2 {
        return; // a window too narrow for two cards: nothing to check here
    }
    until("the controls hide", || controls.has_attribute("hidden")).await;
    assert!(slides(&host).iter().all(|s| !s.has_attribute("inert")));
    assert!(all(&host, ".aw-carousel-dot").is_empty());
}

#[wasm_bindgen_test]
async fn two_hundred_items_stay_light_and_keep_up() {
    let many: Vec<Value> = (1..=200)
        .map(|n| {
            let mut s = story(n);
            s["image"] = json!(format!("https://127.0.0.1:1/pictures/{n}.jpg"));
            s
        })
        .collect();
    let host = mounted(options(&json_url(&article(many, &[])))).await;
    shown(&host).await;
    let all_slides = slides(&host);
    assert_eq!(all_slides.len(), 200);
    let images = all(&host, ".aw-slide img");
    assert_eq!(images.len(), 200);
    assert!(images
        .iter()
        .all(|i| attr(i, "loading").as_deref() == Some("lazy")));
    let elements = shadow(&host)
        .query_selector_all("section.aw-recommended *")
        .unwrap()
        .length();
    assert!(elements <= 200 * 13, "{elements} elements for 200 cards");
    assert!(
        all(&host, ".aw-carousel-dot").is_empty(),
        "no row of 60 dots: the position says it"
    );
    until("measured", || {
        all_slides
            .iter()
            .filter(|s| !s.has_attribute("inert"))
            .count()
            < 6
    })
    .await;
    assert_eq!(position(&host), "1 of 200");

    // A jump to the end (as a fling would) is caught up with in a frame or two.
    let scroller = scroller(&host);
    scroller.set_scroll_left(scroller.scroll_width());
    until("at the end", || {
        disabled(&control(&host, "aw-carousel-next"))
    })
    .await;
    let in_view = visible(&host);
    assert_eq!(in_view.last(), Some(&199));
    assert_eq!(
        position(&host),
        format!("{} of 200", in_view.first().unwrap() + 1)
    );
    assert_inert_matches_view(&host, "200 cards, at the end");
    assert!(!disabled(&control(&host, "aw-carousel-prev")));
}

#[wasm_bindgen_test]
async fn impressions_fire_once_per_card_after_a_second_in_view() {
    let spacer = spacer();
    let host = host();
    let seen = record_events(&host, RECOMMENDATION_IMPRESSION);
    mount(&host, options(&json_url(SAMPLE))).expect("mount");
    wait_for(&host, ".aw-headline").await;
    sleep(1100).await;
    assert!(seen.borrow().is_empty(), "nothing counts while out of view");

    shown(&host).await;
    let in_view = visible(&host);
    assert!(!in_view.is_empty());
    sleep(600).await;
    assert!(
        seen.borrow().is_empty(),
        "half a second in view is not enough"
    );
    wait_for_count(&seen, in_view.len()).await;
    let all_slides = slides(&host);
    let mut positions: Vec<usize> = Vec::new();
    for detail in seen.borrow().iter() {
        let position = number(detail, "position").expect("position") as usize;
        let slide = &all_slides[position - 1];
        assert_eq!(prop(detail, "url"), attr(&link(slide), "href").unwrap());
        assert_eq!(prop(detail, "title"), text(&link(slide)));
        positions.push(position);
    }
    positions.sort_unstable();
    let expected: Vec<usize> = in_view.iter().map(|i| i + 1).collect();
    assert_eq!(
        positions, expected,
        "1-based positions of the cards in view"
    );

    // Out of view and back: the same cards are not counted again.
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    sleep(100).await;
    shown(&host).await;
    sleep(1100).await;
    assert_eq!(
        seen.borrow().len(),
        in_view.len(),
        "once per card per mount"
    );
    spacer.remove();
}

#[wasm_bindgen_test]
async fn a_click_can_be_cancelled_by_the_page_and_says_which_story() {
    let host = mounted(options(&json_url(SAMPLE))).await;
    shown(&host).await;
    let details: Rc<RefCell<Vec<JsValue>>> = Rc::new(RefCell::new(Vec::new()));
    let sink = details.clone();
    let cancel = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        e.prevent_default();
        sink.borrow_mut().push(e.detail());
    });
    host.add_event_listener_with_callback(RECOMMENDATION_CLICK, cancel.as_ref().unchecked_ref())
        .unwrap();
    // Runs after the widget's own handler: records whether the navigation
    // was prevented, then prevents it anyway so the test page stays.
    let prevented: Rc<RefCell<Vec<bool>>> = Rc::new(RefCell::new(Vec::new()));
    let record = prevented.clone();
    let net = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        record.borrow_mut().push(e.default_prevented());
        e.prevent_default();
    });
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("click", net.as_ref().unchecked_ref())
        .unwrap();

    let all_slides = slides(&host);
    let second = link(&all_slides[1]);
    assert!(click(&second), "the page's preventDefault stops navigation");
    assert_eq!(prevented.borrow().as_slice(), [true]);
    assert_eq!(details.borrow().len(), 1, "one event per click");
    let detail = details.borrow()[0].clone();
    assert_eq!(
        prop(&detail, "url"),
        "https://news.example.com/sample/city-council-approves-late-night-bus-routes"
    );
    assert_eq!(
        prop(&detail, "title"),
        "Sample item: City council approves late-night bus routes"
    );
    assert_eq!(number(&detail, "position"), Some(2.0));

    host.remove_event_listener_with_callback(RECOMMENDATION_CLICK, cancel.as_ref().unchecked_ref())
        .unwrap();
    let plain = record_events(&host, RECOMMENDATION_CLICK);
    click(&link(&all_slides[0]));
    assert_eq!(
        prevented.borrow().as_slice(),
        [true, false],
        "without a cancelling listener the link navigates"
    );
    assert_eq!(number(&plain.borrow()[0], "position"), Some(1.0));
    window
        .remove_event_listener_with_callback("click", net.as_ref().unchecked_ref())
        .unwrap();
}

fn with_list(doc: &str, list: &str) -> WidgetOptions {
    WidgetOptions {
        recommendations: Some(list.to_string()),
        ..options(&json_url(doc))
    }
}

#[wasm_bindgen_test]
async fn a_recommendations_list_replaces_the_articles_items_once_near_view() {
    let doc = article(stories(2), &[]);
    let spacer = spacer();
    let host = mounted(with_list(&doc, &json_url(LIST))).await;
    assert_eq!(
        titles(&host),
        ["Story number 1", "Story number 2"],
        "the article's own stories first"
    );
    // Out of view, nothing is fetched yet; the next fetch is the list's.
    hold_next_fetch();
    sleep(100).await;
    shown(&host).await;
    sleep(100).await;
    assert_eq!(
        titles(&host).len(),
        2,
        "still the article's own while loading"
    );
    release_fetch();
    until("the list arrived", || titles(&host) == LIST_TITLES).await;
    spacer.remove();

    for slide in slides(&host) {
        let href = attr(&link(&slide), "href").unwrap().to_ascii_lowercase();
        assert!(!href.contains("budget-vote"), "never the article itself");
    }
    let labels: Vec<String> = all(&host, ".aw-sponsored").iter().map(text).collect();
    assert_eq!(labels, ["Sponsored"], "the sponsored story says so");
    assert_eq!(
        attr(&slides(&host)[0], "aria-label").as_deref(),
        Some("1 of 6")
    );

    // The broken picture is hidden, its frame stays; long words do not
    // widen a card.
    shown(&host).await;
    wait_for(&host, ".aw-card-image img.aw-image-broken").await;
    let widths: Vec<f64> = slides(&host)
        .iter()
        .map(|s| s.get_bounding_client_rect().width())
        .collect();
    assert!(
        widths.iter().all(|w| (w - widths[0]).abs() < 1.0),
        "{widths:?}"
    );
    let frames_ok = all(&host, ".aw-card-image")
        .iter()
        .all(|f| f.get_bounding_client_rect().height() > 0.0);
    assert!(frames_ok, "every card keeps its picture frame");
    let long_title = &all(&host, ".aw-card-title")[2];
    assert!(
        long_title.scroll_height() > long_title.client_height(),
        "the long title is clamped"
    );
}

#[wasm_bindgen_test]
async fn a_json_feed_list_works_too() {
    let doc = article(stories(2), &[]);
    let host = mounted(with_list(&doc, &json_url(FEED))).await;
    shown(&host).await;
    until("the feed arrived", || {
        titles(&host)
            == [
                "Night buses start on Friday",
                "The city museum reopens its upper floors",
            ]
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_list_that_fails_leaves_the_articles_items() {
    let doc = article(stories(3), &[]);
    let host = mounted(with_list(&doc, "/no-such-recommendations-list.json")).await;
    shown(&host).await;
    sleep(300).await;
    assert_eq!(
        titles(&host),
        ["Story number 1", "Story number 2", "Story number 3"]
    );
    assert!(
        all(&host, ".aw-error").is_empty(),
        "no error for the reader"
    );
}

#[wasm_bindgen_test]
async fn duplicates_and_the_article_itself_are_dropped_from_its_own_items() {
    let mut own = stories(3);
    own.push(json!({"title": "Again", "url": "https://news.example.com/story/2/#top"}));
    own.push(json!({"title": "Itself", "url": "https://news.example.com/politics/budget-vote/"}));
    let host = mounted(options(&json_url(&article(own, &[])))).await;
    assert_eq!(
        titles(&host),
        ["Story number 1", "Story number 2", "Story number 3"]
    );
}

mod direct {
    //! `Recommended` mounted directly, for what `mount` cannot reach yet (the
    //! rotation) or at all (items given as a signal). A widget mounted first
    //! brings the stylesheet into the same shadow root.

    use article_widget::browser::motion::prefers_reduced_motion;
    use article_widget::components::Recommended;
    use article_widget::embed::mount;
    use article_widget::model::Recommendation;
    use article_widget::prepare::prepare_recommendations;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::Element;

    use super::{article, control, fire, link, position, slides, titles, until};
    use crate::support::{host, json_url, options, shadow, sleep, text, wait_for};

    /// Shortens every interval the page starts from now on, so a five-second
    /// rotation can be watched in a test; returns the undo.
    fn fast_intervals() -> js_sys::Function {
        js_sys::Function::new_no_args(
            "const real = window.setInterval;
             window.setInterval = (f, ms, ...rest) => real(f, Math.min(ms, 250), ...rest);
             return () => { window.setInterval = real; };",
        )
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
        .unchecked_into()
    }

    fn stories(prefix: &str, count: usize) -> Vec<Recommendation> {
        (1..=count)
            .map(|n| Recommendation {
                title: format!("{prefix} story {n}"),
                url: format!("https://news.example.com/{}/{n}", prefix.to_lowercase()),
                ..Recommendation::default()
            })
            .collect()
    }

    /// A host with the widget's stylesheet and an empty `.aw-root` to mount
    /// into, beside a widget that shows no recommendations of its own.
    async fn styled_container() -> (Element, web_sys::HtmlElement) {
        let host = host();
        mount(&host, options(&json_url(&article(vec![], &[])))).expect("mount");
        wait_for(&host, ".aw-headline").await;
        let container: web_sys::HtmlElement = crate::support::document()
            .create_element("div")
            .unwrap()
            .unchecked_into();
        container.set_class_name("aw-root");
        shadow(&host).append_child(&container).unwrap();
        (host, container)
    }

    #[wasm_bindgen_test]
    async fn items_given_as_a_signal_are_followed() {
        let (host, container) = styled_container().await;
        let items = RwSignal::new(Vec::<Recommendation>::new());
        let handle = leptos::mount::mount_to(container, move || {
            view! {
                <Recommended items=Signal::derive(move || {
                    // What the widget hands over: prepared for the article.
                    prepare_recommendations(items.get(), Some("https://news.example.com/first/2"))
                }) />
            }
        });
        sleep(50).await;
        assert!(super::all(&host, "section.aw-recommended").is_empty());
        items.set(stories("First", 3));
        until("the first stories show", || {
            titles(&host) == ["First story 1", "First story 3"]
        })
        .await;
        items.set(stories("Second", 4));
        until("the second stories replace them", || {
            titles(&host).len() == 4
        })
        .await;
        assert_eq!(titles(&host)[0], "Second story 1");
        items.set(Vec::new());
        until("the section goes", || {
            super::all(&host, "section.aw-recommended").is_empty()
        })
        .await;
        drop(handle);
    }

    #[wasm_bindgen_test]
    async fn autoplay_rotates_until_hover_or_focus_and_only_the_button_restarts_it() {
        let (host, container) = styled_container().await;
        let items = stories("Rotating", 8);
        let undo = fast_intervals();
        let handle = leptos::mount::mount_to(container, move || {
            view! {
                <Recommended items=items autoplay=true />
            }
        });

        let section = wait_for(&host, "section.aw-recommended").await;
        section.scroll_into_view();
        let first_control = section
            .query_selector("button, a[href]")
            .unwrap()
            .expect("a control");
        assert!(
            first_control.class_list().contains("aw-carousel-rotation"),
            "the rotation control comes first in tab order"
        );
        let rotation = control(&host, "aw-carousel-rotation");
        let live = || {
            shadow(&host)
                .query_selector(".aw-cards")
                .unwrap()
                .and_then(|c| c.get_attribute("aria-live"))
                .unwrap_or_default()
        };
        if prefers_reduced_motion() {
            assert_eq!(text(&rotation), "Start automatic slide show");
            undo.call0(&wasm_bindgen::JsValue::NULL).unwrap();
            drop(handle);
            return;
        }
        assert_eq!(text(&rotation), "Stop automatic slide show");
        assert_eq!(live(), "off", "no announcements while rotating");
        until("it rotated", || position(&host) != "1 of 8").await;

        fire(&section, "mouseenter");
        until("hover stopped it", || {
            text(&rotation) == "Start automatic slide show"
        })
        .await;
        assert_eq!(live(), "polite");
        sleep(200).await;
        let stopped_at = position(&host);
        sleep(600).await;
        assert_eq!(
            position(&host),
            stopped_at,
            "and it does not restart by itself"
        );

        rotation.click();
        until("the button restarted it", || {
            text(&rotation) == "Stop automatic slide show" && live() == "off"
        })
        .await;
        until("it rotates again", || position(&host) != stopped_at).await;

        let visible_slide = slides(&host)
            .into_iter()
            .find(|s| !s.has_attribute("inert"))
            .expect("a slide in view");
        link(&visible_slide).focus().unwrap();
        until("focus stopped it", || {
            text(&rotation) == "Start automatic slide show"
        })
        .await;
        undo.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        drop(handle);
    }
}
