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

use crate::model::html::HtmlReader;
use crate::model::walk::{body_blocks, body_text, HtmlNode, NodeKind};
use crate::model::Block;
use crate::{ErrorCode, LoadError};

/// The browser-side [`HtmlReader`].
pub struct DomHtml;

/// A node of the inert document, for core's walker.
struct DomNode(Node);

impl HtmlReader for DomHtml {
    fn blocks(&self, html: &str) -> Vec<Block> {
        parse(html)
            .and_then(|d| d.body())
            .map(|body| body_blocks(&DomNode(body.into())))
            .unwrap_or_default()
    }

    fn text(&self, html: &str) -> String {
        parse(html)
            .and_then(|d| d.body())
            .map(|body| body_text(&DomNode(body.into())))
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

/// The parsed tree as the walker sees it.
impl HtmlNode for DomNode {
    fn kind(&self) -> NodeKind {
        match self.0.dyn_ref::<Element>() {
            Some(element) => NodeKind::Element(element.local_name().to_ascii_lowercase()),
            None if self.0.node_type() == Node::TEXT_NODE => NodeKind::Text,
            None => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        let nodes = self.0.child_nodes();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(DomNode)
            .collect()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<Element>()?.get_attribute(name)
    }

    fn text_content(&self) -> String {
        self.0.text_content().unwrap_or_default()
    }
}
