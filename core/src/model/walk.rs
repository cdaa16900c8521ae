//! The one walk over a parsed HTML tree, through the allowlist, into our
//! typed blocks. Whichever parser built the tree (the browser's inert
//! document in the widget, html5ever natively for server renders) only
//! answers the few questions of [`HtmlNode`]; every decision is made here,
//! so both paths yield the same blocks for the same tree.

use super::allowlist::{
    collapse_whitespace, embed_card, is_social_embed, push_text, quote_lines, role_of, wrap_inline,
    BlockWriter, Role, MAX_DEPTH,
};
use super::article::{Block, Image, Inline};
use super::url::{safe_srcset, safe_url, UrlUse};

/// What a node of a parsed tree is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// An element, with its local name in lower case.
    Element(String),
    Text,
    /// Comments, doctypes, processing instructions.
    Other,
}

/// A node of an already parsed, inert HTML tree.
pub trait HtmlNode: Sized {
    fn kind(&self) -> NodeKind;
    /// Child nodes in order.
    fn children(&self) -> Vec<Self>;
    /// An attribute's value, for elements.
    fn attribute(&self, name: &str) -> Option<String>;
    /// All text inside, as the DOM's `textContent`.
    fn text_content(&self) -> String;

    /// The element's lower-case local name, `None` for other nodes.
    fn element_name(&self) -> Option<String> {
        match self.kind() {
            NodeKind::Element(name) => Some(name),
            _ => None,
        }
    }
}

/// The blocks of a document body (or any container node).
pub fn body_blocks<N: HtmlNode>(body: &N) -> Vec<Block> {
    let mut out = BlockWriter::default();
    children(&mut out, body, 0);
    out.finish()
}

/// A fragment's text, whitespace collapsed and trimmed.
pub fn body_text<N: HtmlNode>(body: &N) -> String {
    collapse_whitespace(&body.text_content()).trim().to_string()
}

fn children<N: HtmlNode>(out: &mut BlockWriter, parent: &N, depth: usize) {
    for node in parent.children() {
        node_into(out, &node, depth);
    }
}

fn node_into<N: HtmlNode>(out: &mut BlockWriter, node: &N, depth: usize) {
    let name = match node.kind() {
        NodeKind::Element(name) => name,
        NodeKind::Text => {
            push_text(&mut out.pending, &node.text_content());
            return;
        }
        NodeKind::Other => return,
    };
    let role = role_of(&name);
    if role == Role::Dropped {
        return;
    }
    if depth > MAX_DEPTH {
        push_text(&mut out.pending, &node.text_content());
        return;
    }
    match role {
        Role::Paragraph => out.paragraph(inlines(node, depth + 1)),
        Role::Heading(level) => out.heading(level, &node.text_content()),
        Role::List { ordered } => {
            let items = node
                .children()
                .into_iter()
                .filter(|li| {
                    li.element_name()
                        .is_some_and(|n| role_of(&n) == Role::ListItem)
                })
                .map(|li| inlines(&li, depth + 1))
                .collect();
            out.list(ordered, items);
        }
        Role::BlockQuote => blockquote(out, node, depth),
        Role::Figure => {
            if let Some(image) = figure_image(node) {
                out.push(Block::Figure { image });
            } else if let Some(embed) = find_embed(node) {
                out.push(embed);
            } else {
                children(out, node, depth + 1);
            }
        }
        Role::Image => {
            if let Some(image) = image_of(node) {
                out.push(Block::Figure { image });
            }
        }
        Role::Divider => out.push(Block::Divider),
        Role::Frame => {
            if let Some(embed) = frame_card(node) {
                out.push(embed);
            }
        }
        role if role.is_inline() => {
            let inline = inline_element(node, &name, depth + 1);
            out.pending.extend(inline);
        }
        // div, section, article, li outside a list, table…: keep what they
        // hold, drop the wrapper.
        _ => {
            out.flush();
            children(out, node, depth + 1);
            out.flush();
        }
    }
}

fn is_cite(name: &str) -> bool {
    matches!(name, "cite" | "footer")
}

fn blockquote<N: HtmlNode>(out: &mut BlockWriter, element: &N, depth: usize) {
    let class = element.attribute("class").unwrap_or_default();
    let classes: Vec<&str> = class.split_whitespace().collect();
    if is_social_embed(&classes) {
        if let Some(embed) = find_link_embed(element) {
            out.push(embed);
            return;
        }
    }
    let cite = first_descendant(element, &|name| is_cite(name))
        .map(|c| collapse_whitespace(&c.text_content()).trim().to_string())
        .filter(|c| !c.is_empty());
    let mut inner = BlockWriter::default();
    for node in element.children() {
        if !node.element_name().is_some_and(|n| is_cite(&n)) {
            node_into(&mut inner, &node, depth + 1);
        }
    }
    let content = quote_lines(inner.finish());
    if !content.is_empty() {
        out.push(Block::BlockQuote { content, cite });
    }
}

/// The inline content of `parent`'s children.
fn inlines<N: HtmlNode>(parent: &N, depth: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    for node in parent.children() {
        match node.kind() {
            NodeKind::Element(name) => out.extend(inline_element(&node, &name, depth)),
            NodeKind::Text => push_text(&mut out, &node.text_content()),
            NodeKind::Other => {}
        }
    }
    out
}

/// One element inside a paragraph, mapped through the allowlist.
fn inline_element<N: HtmlNode>(element: &N, name: &str, depth: usize) -> Vec<Inline> {
    let role = role_of(name);
    if matches!(role, Role::Dropped | Role::Frame | Role::Image) {
        return Vec::new();
    }
    if depth > MAX_DEPTH {
        let mut out = Vec::new();
        push_text(&mut out, &element.text_content());
        return out;
    }
    let content = inlines(element, depth + 1);
    let href = element.attribute("href");
    wrap_inline(role, content, href.as_deref())
}

fn image_of<N: HtmlNode>(img: &N) -> Option<Image> {
    let src = img
        .attribute("src")
        .or_else(|| img.attribute("data-src"))
        .and_then(|s| safe_url(&s, UrlUse::Resource))?;
    let number = |name: &str| {
        img.attribute(name)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    Some(Image {
        src,
        srcset: img.attribute("srcset").and_then(|s| safe_srcset(&s)),
        width: number("width"),
        height: number("height"),
        alt: img.attribute("alt"),
        caption: None,
        credit: None,
    })
}

fn figure_image<N: HtmlNode>(figure: &N) -> Option<Image> {
    let img = first_descendant(figure, &|name| name == "img")?;
    let mut image = image_of(&img)?;
    image.caption = first_descendant(figure, &|name| name == "figcaption")
        .map(|c| collapse_whitespace(&c.text_content()).trim().to_string())
        .filter(|c| !c.is_empty());
    Some(image)
}

fn frame_card<N: HtmlNode>(iframe: &N) -> Option<Block> {
    embed_card(&iframe.attribute("src")?, iframe.attribute("title"))
}

fn find_embed<N: HtmlNode>(element: &N) -> Option<Block> {
    frame_card(&first_descendant(element, &|name| name == "iframe")?)
}

/// The last link in `element` that makes an embed card (the permalink of a
/// social embed comes after its text).
fn find_link_embed<N: HtmlNode>(element: &N) -> Option<Block> {
    let mut links = Vec::new();
    collect_descendants(element, &|name| name == "a", &mut links, 0);
    links
        .iter()
        .rev()
        .find_map(|a| embed_card(&a.attribute("href")?, None))
}

/// The first element below `node`, in document order, whose name matches
/// (as `querySelector`).
fn first_descendant<N: HtmlNode>(node: &N, wanted: &dyn Fn(&str) -> bool) -> Option<N> {
    find_descendant(node, wanted, 0)
}

fn find_descendant<N: HtmlNode>(
    node: &N,
    wanted: &dyn Fn(&str) -> bool,
    depth: usize,
) -> Option<N> {
    if depth > MAX_DEPTH {
        return None;
    }
    for child in node.children() {
        let Some(name) = child.element_name() else {
            continue;
        };
        if wanted(&name) {
            return Some(child);
        }
        if let Some(found) = find_descendant(&child, wanted, depth + 1) {
            return Some(found);
        }
    }
    None
}

fn collect_descendants<N: HtmlNode>(
    node: &N,
    wanted: &dyn Fn(&str) -> bool,
    out: &mut Vec<N>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in node.children() {
        let Some(name) = child.element_name() else {
            continue;
        };
        // Document order: an element before what it holds.
        let at = out.len();
        collect_descendants(&child, wanted, out, depth + 1);
        if wanted(&name) {
            out.insert(at, child);
        }
    }
}
