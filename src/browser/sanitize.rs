//! Untrusted HTML → our typed blocks, through an inert document and the
//! allowlist of `model::allowlist`. The document comes from
//! `Document.parseHTML` (the Sanitizer API's parser, which pages enforcing
//! Trusted Types allow) where the browser has it, else from `DOMParser`;
//! either runs no script and loads no image. This module only reads its
//! tree and never writes HTML anywhere. Anything the allowlist does not
//! name is dropped or reduced to its text.

use std::borrow::Cow;
use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

use crate::model::allowlist::{
    collapse_whitespace, embed_card, is_social_embed, push_text, quote_lines, role_of, wrap_inline,
    BlockWriter, Role, MAX_DEPTH,
};
use crate::model::html::HtmlReader;
use crate::model::url::{safe_srcset, safe_url, UrlUse};
use crate::model::{Block, Image, Inline};
use crate::{ErrorCode, LoadError};

/// The browser-side [`HtmlReader`].
pub struct DomHtml;

impl HtmlReader for DomHtml {
    fn blocks(&self, html: &str) -> Vec<Block> {
        let Some(body) = parse(html).and_then(|d| d.body()) else {
            return Vec::new();
        };
        let mut out = BlockWriter::default();
        children(&mut out, &body, 0);
        out.finish()
    }

    fn text(&self, html: &str) -> String {
        parse(html)
            .and_then(|d| d.body())
            .and_then(|b| b.text_content())
            .map(|t| collapse_whitespace(&t).trim().to_string())
            .unwrap_or_default()
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Document, js_name = parseHTML, catch)]
    fn parse_html(html: &str, options: &JsValue) -> Result<Document, JsValue>;
}

/// What `<iframe>` is called while the safe parser reads the HTML: it
/// drops every iframe, and an embed card needs the frame's `src`.
const FRAME_STAND_IN: &str = "aw-iframe";

thread_local! {
    /// Set when the page refused `DOMParser` while reading.
    static REFUSED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `read` and says whether the page's Trusted Types refused the
/// parser meanwhile: then some HTML went unread, and the widget says so
/// (code `trusted-types`) instead of showing a story with holes.
pub fn reading<T>(read: impl FnOnce() -> T) -> (T, Option<LoadError>) {
    REFUSED.set(false);
    let out = read();
    let refusal = REFUSED.replace(false).then(|| {
        LoadError::new(
            ErrorCode::TrustedTypes,
            "This page enforces Trusted Types (require-trusted-types-for 'script') and this \
             browser has no Document.parseHTML, so the article's HTML cannot be read safely. \
             No policy would help: the widget passes no source text to a sink.",
        )
    });
    (out, refusal)
}

fn parse(html: &str) -> Option<Document> {
    let has =
        |object: &JsValue, key: &str| js_sys::Reflect::has(object, &key.into()).unwrap_or(false);
    let global: JsValue = js_sys::global().into();
    let safe = js_sys::Reflect::get(&global, &"Document".into())
        .is_ok_and(|class| has(&class, "parseHTML"));
    if !safe {
        let parsed = DomParser::new()
            .ok()?
            .parse_from_string(html, SupportedType::TextHtml);
        if parsed.is_err() && has(&global, "trustedTypes") {
            REFUSED.set(true);
        }
        return parsed.ok();
    }
    // No allowlist here: the browser still drops what it deems unsafe
    // (scripts, handlers, javascript: URLs); ours below decides the rest.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"sanitizer".into(), &js_sys::Object::new()).ok()?;
    let document = parse_html(&with_frame_stand_ins(html), &options).ok()?;
    restore_frames(&document);
    Some(document)
}

/// Renames `<iframe` and `</iframe` tags (any case) to the stand-in. Text
/// cannot hold a raw `<iframe`, so only tags change (and attribute values
/// or comments, which the allowlist never shows).
fn with_frame_stand_ins(html: &str) -> Cow<'_, str> {
    const NAME: &str = "iframe";
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find(NAME)) {
        let at = from + found;
        let end = at + NAME.len();
        let before = lower.get(..at).unwrap_or_default();
        let tag = before.ends_with('<') || before.ends_with("</");
        let whole = lower
            .get(end..)
            .and_then(|rest| rest.bytes().next())
            .is_none_or(|b| b.is_ascii_whitespace() || b == b'>' || b == b'/');
        if tag && whole {
            out.push_str(html.get(copied..at).unwrap_or_default());
            out.push_str(FRAME_STAND_IN);
            copied = end;
        }
        from = end;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(html.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

/// Turns stand-ins back into (inert, never loaded) iframes with the
/// attributes an embed card reads.
fn restore_frames(document: &Document) {
    let Ok(stand_ins) = document.query_selector_all(FRAME_STAND_IN) else {
        return;
    };
    for i in 0..stand_ins.length() {
        let Some(old) = stand_ins.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Ok(frame) = document.create_element("iframe") else {
            continue;
        };
        for name in ["src", "title"] {
            if let Some(value) = old.get_attribute(name) {
                let _ = frame.set_attribute(name, &value);
            }
        }
        if let Some(parent) = old.parent_node() {
            let _ = parent.replace_child(&frame, &old);
        }
    }
}

fn text_of(node: &Node) -> String {
    node.text_content().unwrap_or_default()
}

fn children(out: &mut BlockWriter, parent: &Node, depth: usize) {
    let nodes = parent.child_nodes();
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            node_into(out, &node, depth);
        }
    }
}

fn node_into(out: &mut BlockWriter, node: &Node, depth: usize) {
    let Some(element) = node.dyn_ref::<Element>() else {
        if node.node_type() == Node::TEXT_NODE {
            push_text(&mut out.pending, &text_of(node));
        }
        return;
    };
    let role = role_of(&element.local_name());
    if role == Role::Dropped {
        return;
    }
    if depth > MAX_DEPTH {
        push_text(&mut out.pending, &text_of(node));
        return;
    }
    match role {
        Role::Paragraph => out.paragraph(inlines(element, depth + 1)),
        Role::Heading(level) => out.heading(level, &text_of(node)),
        Role::List { ordered } => {
            let items = child_elements(element)
                .filter(|li| role_of(&li.local_name()) == Role::ListItem)
                .map(|li| inlines(&li, depth + 1))
                .collect();
            out.list(ordered, items);
        }
        Role::BlockQuote => blockquote(out, element, depth),
        Role::Figure => {
            if let Some(image) = figure_image(element) {
                out.push(Block::Figure { image });
            } else if let Some(embed) = find_embed(element) {
                out.push(embed);
            } else {
                children(out, element, depth + 1);
            }
        }
        Role::Image => {
            if let Some(image) = image_of(element) {
                out.push(Block::Figure { image });
            }
        }
        Role::Divider => out.push(Block::Divider),
        Role::Frame => {
            if let Some(embed) = frame_card(element) {
                out.push(embed);
            }
        }
        role if role.is_inline() => {
            let inline = inline_element(element, depth + 1);
            out.pending.extend(inline);
        }
        // div, section, article, li outside a list, table…: keep what they
        // hold, drop the wrapper.
        _ => {
            out.flush();
            children(out, element, depth + 1);
            out.flush();
        }
    }
}

fn blockquote(out: &mut BlockWriter, element: &Element, depth: usize) {
    let class = element.get_attribute("class").unwrap_or_default();
    let classes: Vec<&str> = class.split_whitespace().collect();
    if is_social_embed(&classes) {
        if let Some(embed) = find_link_embed(element) {
            out.push(embed);
            return;
        }
    }
    let cite = element
        .query_selector("cite, footer")
        .ok()
        .flatten()
        .map(|c| collapse_whitespace(&text_of(&c)).trim().to_string())
        .filter(|c| !c.is_empty());
    let mut inner = BlockWriter::default();
    let nodes = element.child_nodes();
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            let is_cite = node.dyn_ref::<Element>().is_some_and(|e| {
                matches!(
                    e.local_name().to_ascii_lowercase().as_str(),
                    "cite" | "footer"
                )
            });
            if !is_cite {
                node_into(&mut inner, &node, depth + 1);
            }
        }
    }
    let content = quote_lines(inner.finish());
    if !content.is_empty() {
        out.push(Block::BlockQuote { content, cite });
    }
}

fn child_elements(element: &Element) -> impl Iterator<Item = Element> {
    let children = element.children();
    (0..children.length()).filter_map(move |i| children.item(i))
}

/// The inline content of `parent`'s children.
fn inlines(parent: &Element, depth: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    let nodes = parent.child_nodes();
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else { continue };
        match node.dyn_ref::<Element>() {
            Some(element) => out.extend(inline_element(element, depth)),
            None if node.node_type() == Node::TEXT_NODE => push_text(&mut out, &text_of(&node)),
            None => {}
        }
    }
    out
}

/// One element inside a paragraph, mapped through the allowlist.
fn inline_element(element: &Element, depth: usize) -> Vec<Inline> {
    let role = role_of(&element.local_name());
    if matches!(role, Role::Dropped | Role::Frame | Role::Image) {
        return Vec::new();
    }
    if depth > MAX_DEPTH {
        let mut out = Vec::new();
        push_text(&mut out, &text_of(element));
        return out;
    }
    let content = inlines(element, depth + 1);
    let href = element.get_attribute("href");
    wrap_inline(role, content, href.as_deref())
}

fn image_of(img: &Element) -> Option<Image> {
    let src = img
        .get_attribute("src")
        .or_else(|| img.get_attribute("data-src"))
        .and_then(|s| safe_url(&s, UrlUse::Resource))?;
    let number = |name: &str| {
        img.get_attribute(name)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    Some(Image {
        src,
        srcset: img.get_attribute("srcset").and_then(|s| safe_srcset(&s)),
        width: number("width"),
        height: number("height"),
        alt: img.get_attribute("alt"),
        caption: None,
        credit: None,
    })
}

fn figure_image(figure: &Element) -> Option<Image> {
    let img = figure.query_selector("img").ok().flatten()?;
    let mut image = image_of(&img)?;
    image.caption = figure
        .query_selector("figcaption")
        .ok()
        .flatten()
        .map(|c| collapse_whitespace(&text_of(&c)).trim().to_string())
        .filter(|c| !c.is_empty());
    Some(image)
}

fn frame_card(iframe: &Element) -> Option<Block> {
    embed_card(&iframe.get_attribute("src")?, iframe.get_attribute("title"))
}

fn find_embed(element: &Element) -> Option<Block> {
    frame_card(&element.query_selector("iframe").ok().flatten()?)
}

fn find_link_embed(element: &Element) -> Option<Block> {
    let links = element.query_selector_all("a[href]").ok()?;
    (0..links.length())
        .rev()
        .filter_map(|i| links.item(i)?.dyn_into::<Element>().ok())
        .find_map(|a| embed_card(&a.get_attribute("href")?, None))
}
