//! The native [`HtmlReader`]: html5ever (through scraper) parses the way
//! browsers do, and the tree goes through the same walk and allowlist as
//! the browser's inert document. Only text and typed blocks come out.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::article::Block;
use super::html::HtmlReader;
use super::walk::{body_blocks, body_text, HtmlNode, NodeKind};

/// Reads HTML natively (server renders, tests, fuzzing).
pub struct NativeHtml;

impl HtmlReader for NativeHtml {
    fn blocks(&self, html: &str) -> Vec<Block> {
        let document = Html::parse_document(html);
        body(&document).map(|b| body_blocks(&b)).unwrap_or_default()
    }

    fn text(&self, html: &str) -> String {
        let document = Html::parse_document(html);
        body(&document).map(|b| body_text(&b)).unwrap_or_default()
    }
}

/// The parsed document's `<body>` (html5ever always makes one).
fn body(document: &Html) -> Option<TreeNode<'_>> {
    document
        .root_element()
        .children()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "body"))
        .map(TreeNode)
}

struct TreeNode<'a>(NodeRef<'a, Node>);

impl HtmlNode for TreeNode<'_> {
    fn kind(&self) -> NodeKind {
        match self.0.value() {
            Node::Element(element) => NodeKind::Element(element.name().to_ascii_lowercase()),
            Node::Text(_) => NodeKind::Text,
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.0.children().map(TreeNode).collect()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.value().as_element()?.attr(name).map(str::to_string)
    }

    fn text_content(&self) -> String {
        self.0
            .descendants()
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect()
    }
}
