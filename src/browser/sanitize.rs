//! Untrusted HTML → our typed blocks, through the browser's inert
//! `DOMParser` and the allowlist of `model::allowlist`. A document made by
//! `DOMParser` runs no script and loads no image; this module only reads
//! its tree and never writes HTML anywhere. Anything the allowlist does not
//! name is dropped or reduced to its text.

use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

use crate::model::allowlist::{
    collapse_whitespace, embed_card, is_social_embed, push_text, quote_lines, role_of, wrap_inline,
    BlockWriter, Role, MAX_DEPTH,
};
use crate::model::html::HtmlReader;
use crate::model::url::{safe_srcset, safe_url, UrlUse};
use crate::model::{Block, Image, Inline};

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

fn parse(html: &str) -> Option<Document> {
    DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()
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
