//! Untrusted HTML → our typed blocks, through an inert document and an
//! allowlist. The document comes from `Document.parseHTML` (the Sanitizer
//! API's parser, which pages enforcing Trusted Types allow) where the
//! browser has it, else from `DOMParser`; either runs no script and loads
//! no image. This module only reads its tree and never writes HTML
//! anywhere. Anything not on the allowlist is dropped or reduced to its
//! text.

use std::borrow::Cow;
use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

use crate::model::html::HtmlReader;
use crate::model::url::{safe_srcset, safe_url, UrlUse};
use crate::model::{Block, Image, Inline};
use crate::{ErrorCode, LoadError};

/// The browser-side [`HtmlReader`].
pub struct DomHtml;

/// Deeper nesting than this is read as plain text: real articles never get
/// near it, hostile ones must not exhaust the stack.
const MAX_DEPTH: usize = 48;

/// Elements dropped with everything inside them.
const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "object", "embed", "applet", "form", "input",
    "button", "select", "textarea", "svg", "math", "canvas", "audio", "video", "picture", "source",
    "track", "map", "head", "title", "meta", "link", "base", "frame", "frameset", "dialog", "slot",
];

/// Third-party hosts whose iframes become link cards, with the name shown.
const EMBED_PROVIDERS: &[(&str, &str)] = &[
    ("youtube.com", "YouTube"),
    ("youtube-nocookie.com", "YouTube"),
    ("youtu.be", "YouTube"),
    ("vimeo.com", "Vimeo"),
    ("twitter.com", "X"),
    ("x.com", "X"),
    ("instagram.com", "Instagram"),
    ("facebook.com", "Facebook"),
    ("tiktok.com", "TikTok"),
    ("spotify.com", "Spotify"),
    ("soundcloud.com", "SoundCloud"),
    ("dailymotion.com", "Dailymotion"),
];

impl HtmlReader for DomHtml {
    fn blocks(&self, html: &str) -> Vec<Block> {
        let Some(document) = parse(html) else {
            return Vec::new();
        };
        let Some(body) = document.body() else {
            return Vec::new();
        };
        let mut out = BlockWriter::default();
        out.children(&body, 0);
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

fn tag(element: &Element) -> String {
    element.local_name().to_ascii_lowercase()
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Collects blocks; loose inline content between blocks becomes a paragraph.
#[derive(Default)]
struct BlockWriter {
    blocks: Vec<Block>,
    pending: Vec<Inline>,
}

impl BlockWriter {
    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }

    fn flush(&mut self) {
        let content = trim_inlines(std::mem::take(&mut self.pending));
        if !content.is_empty() {
            self.blocks.push(Block::Paragraph { content });
        }
    }

    fn push(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    fn children(&mut self, parent: &Node, depth: usize) {
        let nodes = parent.child_nodes();
        for i in 0..nodes.length() {
            if let Some(node) = nodes.item(i) {
                self.node(&node, depth);
            }
        }
    }

    fn node(&mut self, node: &Node, depth: usize) {
        let Some(element) = node.dyn_ref::<Element>() else {
            if node.node_type() == Node::TEXT_NODE {
                let text = node.text_content().unwrap_or_default();
                push_text(&mut self.pending, &text);
            }
            return;
        };
        let name = tag(element);
        if DROPPED.contains(&name.as_str()) {
            return;
        }
        if depth > MAX_DEPTH {
            let text = element.text_content().unwrap_or_default();
            push_text(&mut self.pending, &text);
            return;
        }
        match name.as_str() {
            "p" => {
                self.flush();
                let content = trim_inlines(inlines(element, depth + 1));
                if !content.is_empty() {
                    self.blocks.push(Block::Paragraph { content });
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse::<u8>().unwrap_or(2).clamp(2, 4);
                let text = collapse_whitespace(&element.text_content().unwrap_or_default())
                    .trim()
                    .to_string();
                if !text.is_empty() {
                    self.push(Block::Heading { level, text });
                }
            }
            "ul" | "ol" => {
                let items: Vec<Vec<Inline>> = child_elements(element)
                    .filter(|li| tag(li) == "li")
                    .map(|li| trim_inlines(inlines(&li, depth + 1)))
                    .filter(|item| !item.is_empty())
                    .collect();
                if !items.is_empty() {
                    self.push(Block::List {
                        ordered: name == "ol",
                        items,
                    });
                }
            }
            "blockquote" => self.blockquote(element, depth),
            "figure" => {
                if let Some(image) = figure_image(element) {
                    self.push(Block::Figure { image });
                } else if let Some(embed) = find_embed(element) {
                    self.push(embed);
                } else {
                    self.children(element, depth + 1);
                }
            }
            "img" => {
                if let Some(image) = image_of(element) {
                    self.push(Block::Figure { image });
                }
            }
            "hr" => self.push(Block::Divider),
            "iframe" => {
                if let Some(embed) = embed_of(element) {
                    self.push(embed);
                }
            }
            "br" => self.pending.push(Inline::LineBreak),
            "a" | "em" | "i" | "strong" | "b" | "span" | "cite" | "q" | "small" | "mark"
            | "sub" | "sup" | "abbr" | "time" | "u" | "s" | "code" => {
                self.pending.extend(inline_element(element, depth + 1));
            }
            // div, section, article, main, header, footer, aside, table…:
            // keep what they hold, drop the wrapper.
            _ => {
                self.flush();
                self.children(element, depth + 1);
                self.flush();
            }
        }
    }

    fn blockquote(&mut self, element: &Element, depth: usize) {
        // Social embeds ship as a blockquote with a link to the post.
        if element.class_list().contains("twitter-tweet")
            || element.class_list().contains("instagram-media")
            || element.class_list().contains("tiktok-embed")
        {
            if let Some(embed) = find_link_embed(element) {
                self.push(embed);
                return;
            }
        }
        let cite = element
            .query_selector("cite, footer")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .map(|c| collapse_whitespace(&c).trim().to_string())
            .filter(|c| !c.is_empty());
        let mut inner = BlockWriter::default();
        let nodes = element.child_nodes();
        for i in 0..nodes.length() {
            if let Some(node) = nodes.item(i) {
                let is_cite = node
                    .dyn_ref::<Element>()
                    .is_some_and(|e| matches!(tag(e).as_str(), "cite" | "footer"));
                if !is_cite {
                    inner.node(&node, depth + 1);
                }
            }
        }
        let mut content = Vec::new();
        for block in inner.finish() {
            if let Block::Paragraph { content: p } = block {
                if !content.is_empty() {
                    content.push(Inline::LineBreak);
                }
                content.extend(p);
            }
        }
        if !content.is_empty() {
            self.push(Block::BlockQuote { content, cite });
        }
    }
}

fn child_elements(element: &Element) -> impl Iterator<Item = Element> {
    let children = element.children();
    (0..children.length()).filter_map(move |i| children.item(i))
}

fn push_text(out: &mut Vec<Inline>, raw: &str) {
    let text = collapse_whitespace(raw);
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        if last.ends_with(' ') && text.starts_with(' ') {
            last.push_str(&text[1..]);
        } else {
            last.push_str(&text);
        }
    } else {
        out.push(Inline::text(text));
    }
}

/// The inline content of `parent`'s children.
fn inlines(parent: &Element, depth: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    let nodes = parent.child_nodes();
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else { continue };
        match node.dyn_ref::<Element>() {
            Some(element) => out.extend(inline_element(element, depth)),
            None if node.node_type() == Node::TEXT_NODE => {
                push_text(&mut out, &node.text_content().unwrap_or_default())
            }
            None => {}
        }
    }
    out
}

/// One inline element mapped through the allowlist.
fn inline_element(element: &Element, depth: usize) -> Vec<Inline> {
    let name = tag(element);
    if DROPPED.contains(&name.as_str()) || name == "iframe" || name == "img" {
        return Vec::new();
    }
    if depth > MAX_DEPTH {
        let mut out = Vec::new();
        push_text(&mut out, &element.text_content().unwrap_or_default());
        return out;
    }
    let content = inlines(element, depth + 1);
    match name.as_str() {
        "em" | "i" | "cite" => vec![Inline::Emphasis { content }],
        "strong" | "b" => vec![Inline::Strong { content }],
        "br" => vec![Inline::LineBreak],
        "a" => match element
            .get_attribute("href")
            .and_then(|h| safe_url(&h, UrlUse::Link))
        {
            Some(href) if !content.is_empty() => vec![Inline::Link { href, content }],
            _ => content,
        },
        "q" => {
            let mut quoted = vec![Inline::text("“")];
            quoted.extend(content);
            quoted.push(Inline::text("”"));
            quoted
        }
        _ => content,
    }
}

/// Drops white space at the very start and end of a block's content.
fn trim_inlines(mut content: Vec<Inline>) -> Vec<Inline> {
    while let Some(Inline::LineBreak) = content.last() {
        content.pop();
    }
    if let Some(Inline::Text { text }) = content.first_mut() {
        *text = text.trim_start().to_string();
    }
    if let Some(Inline::Text { text }) = content.last_mut() {
        *text = text.trim_end().to_string();
    }
    content.retain(|i| !matches!(i, Inline::Text { text } if text.is_empty()));
    content
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
        .and_then(|c| c.text_content())
        .map(|c| collapse_whitespace(&c).trim().to_string())
        .filter(|c| !c.is_empty());
    Some(image)
}

fn provider_of(url: &str) -> Option<&'static str> {
    let host = url.split("//").nth(1)?.split(['/', '?', '#']).next()?;
    let host = host
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    EMBED_PROVIDERS
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")))
        .map(|(_, name)| *name)
}

fn embed_of(iframe: &Element) -> Option<Block> {
    let url = iframe
        .get_attribute("src")
        .and_then(|s| safe_url(&s, UrlUse::Resource))?;
    let provider = provider_of(&url)?;
    Some(Block::Embed {
        title: iframe
            .get_attribute("title")
            .filter(|t| !t.trim().is_empty()),
        provider: Some(provider.to_string()),
        url,
    })
}

fn find_embed(element: &Element) -> Option<Block> {
    let iframe = element.query_selector("iframe").ok().flatten()?;
    embed_of(&iframe)
}

fn find_link_embed(element: &Element) -> Option<Block> {
    let links = element.query_selector_all("a[href]").ok()?;
    (0..links.length())
        .rev()
        .filter_map(|i| links.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|a| {
            a.get_attribute("href")
                .and_then(|h| safe_url(&h, UrlUse::Resource))
        })
        .find_map(|url| {
            let provider = provider_of(&url)?;
            Some(Block::Embed {
                url,
                title: None,
                provider: Some(provider.to_string()),
            })
        })
}
