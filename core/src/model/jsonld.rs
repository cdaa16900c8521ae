//! Reader for schema.org articles in JSON-LD: `NewsArticle`, `Article`,
//! `BlogPosting` and their kin, alone, in a top-level array, nested under a
//! `WebPage`, or in an `@graph` whose nodes refer to each other by `@id`.
//!
//! A page can carry many JSON-LD blocks (BreadcrumbList, Organization,
//! WebPage, NewsArticle...): all of them go into one [`Graph`], references
//! are resolved across blocks and the best article node is read.
//!
//! Every reference is followed at most once per field read, and no field
//! read starts another walk of the graph, so cyclic references (an author
//! whose `worksFor` points back at the article, a node referring to itself)
//! cannot loop.

use std::collections::HashMap;

use super::json::{JsonNode, View};

use super::article::Article;
use super::fields::Problems;
use super::html::HtmlReader;
use crate::error::ReadError;

mod node;

/// Deeper than this a JSON-LD document is not walked.
const MAX_DEPTH: usize = 32;
/// Nodes indexed at most, across all blocks of a page.
const MAX_NODES: usize = 5_000;
/// Values read at most from one array-valued property.
const MAX_ITEMS: usize = 200;

/// How much a schema.org type says "this is the article": 0 for types that
/// are not articles.
pub fn article_type_score(type_name: &str) -> u8 {
    match type_name {
        "NewsArticle"
        | "ReportageNewsArticle"
        | "AnalysisNewsArticle"
        | "OpinionNewsArticle"
        | "ReviewNewsArticle"
        | "BackgroundNewsArticle"
        | "AskPublicNewsArticle"
        | "LiveBlogPosting" => 3,
        "Article" | "BlogPosting" | "SatiricalArticle" | "AdvertiserContentArticle" => 2,
        "TechArticle"
        | "ScholarlyArticle"
        | "MedicalScholarlyArticle"
        | "Report"
        | "APIReference"
        | "SocialMediaPosting"
        | "DiscussionForumPosting" => 1,
        _ => 0,
    }
}

/// True when an object looks like JSON-LD rather than another format.
pub fn detect<N: JsonNode>(doc: &N) -> bool {
    doc.contains_key("@context") || doc.contains_key("@graph") || doc.contains_key("@type")
}

/// True when an `@context` is the schema.org vocabulary (http or https), as
/// a string, an object (`@vocab` or a prefix) or an array of either.
fn is_schema_context<N: JsonNode>(context: &N) -> bool {
    match context.view() {
        View::String(s) => s.to_ascii_lowercase().contains("schema.org"),
        View::Object => context.entries().any(|(_, v)| match v.view() {
            View::String(s) => s.to_ascii_lowercase().contains("schema.org"),
            _ => false,
        }),
        View::Array(list) => list.iter().any(is_schema_context),
        _ => false,
    }
}

/// The schema.org type names of a node, prefixes such as `schema:` or
/// `https://schema.org/` removed.
fn type_names<N: JsonNode>(node: &N) -> Vec<&str> {
    fn strip(t: &str) -> Option<&str> {
        let t = t.trim();
        let t = t.rsplit(['/', '#']).next().unwrap_or(t);
        let t = t.strip_prefix("schema:").unwrap_or(t);
        (!t.is_empty()).then_some(t)
    }
    match node.get("@type").map(N::view) {
        Some(View::String(s)) => strip(s).into_iter().collect(),
        Some(View::Array(list)) => list
            .iter()
            .take(MAX_ITEMS)
            .filter_map(N::as_str)
            .filter_map(strip)
            .collect(),
        _ => Vec::new(),
    }
}

fn node_score<N: JsonNode>(node: &N) -> u8 {
    type_names(node)
        .into_iter()
        .map(article_type_score)
        .max()
        .unwrap_or(0)
}

/// One object of the documents that has an `@type` or an `@id`.
pub struct Node<'a, N> {
    /// The object.
    pub map: &'a N,
    /// JSON path of the node, for problems.
    pub path: String,
    depth: usize,
    order: usize,
    /// Inside another node (an author of an article, a list's item).
    nested: bool,
}

/// Every node of one or more JSON-LD documents, indexed by `@id`.
pub struct Graph<'a, N> {
    nodes: Vec<Node<'a, N>>,
    by_id: HashMap<&'a str, usize>,
    /// A subtree was skipped for a non-schema.org `@context`.
    foreign: bool,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl<N> Default for Graph<'_, N> {
    fn default() -> Self {
        Self {
            nodes: Vec::new(),
            by_id: HashMap::new(),
            foreign: false,
        }
    }
}

impl<'a, N: JsonNode> Graph<'a, N> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one parsed JSON-LD document; `path` prefixes the problems found
    /// in it (empty for a single document, `script[2]` for a page's third).
    pub fn add_document(&mut self, value: &'a N, path: &str) {
        self.walk(value, path.to_string(), 0, false);
    }

    fn walk(&mut self, value: &'a N, path: String, depth: usize, nested: bool) {
        if depth > MAX_DEPTH || self.nodes.len() >= MAX_NODES {
            return;
        }
        match value.view() {
            View::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.is_object() || item.is_array() {
                        self.walk(item, format!("{path}[{i}]"), depth + 1, nested);
                    }
                }
            }
            View::Object => {
                let map = value;
                if map.contains_key("@value") {
                    return;
                }
                if map.get("@context").is_some_and(|c| !is_schema_context(c)) {
                    self.foreign = true;
                    return;
                }
                let reference_only = map.entries().all(|(k, _)| k == "@id");
                let is_node =
                    !reference_only && (map.contains_key("@type") || map.contains_key("@id"));
                if is_node {
                    let index = self.nodes.len();
                    if let Some(id) = map.get("@id").and_then(N::as_str) {
                        let keep_old = self
                            .by_id
                            .get(id)
                            .and_then(|&old| self.nodes.get(old))
                            .is_some_and(|old| old.map.field_count() >= map.field_count());
                        if !keep_old {
                            self.by_id.insert(id, index);
                        }
                    }
                    self.nodes.push(Node {
                        map,
                        path: path.clone(),
                        depth,
                        order: index,
                        nested,
                    });
                }
                // `@graph` members are top-level nodes, whatever holds them.
                for (key, v) in map.entries() {
                    if key != "@context" && (v.is_object() || v.is_array()) {
                        let inner = (nested || is_node) && key != "@graph";
                        self.walk(v, join(&path, key), depth + 1, inner);
                    }
                }
            }
            _ => {}
        }
    }

    /// The values of a property that may be one value, an array, an
    /// `@list` or an `@set`, each resolved, with its path.
    fn items(&self, value: Option<&'a N>, path: &str) -> Vec<(Item<'a, N>, String)> {
        let mut out = Vec::new();
        if let Some(v) = value {
            self.push_items(v, path.to_string(), 0, &mut out);
        }
        out
    }

    fn push_items(
        &self,
        value: &'a N,
        path: String,
        depth: usize,
        out: &mut Vec<(Item<'a, N>, String)>,
    ) {
        if depth > 3 || out.len() >= MAX_ITEMS {
            return;
        }
        match value.view() {
            View::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    self.push_items(v, format!("{path}[{i}]"), depth + 1, out);
                }
            }
            View::Object => {
                let map = value;
                for key in ["@list", "@set"] {
                    if let Some(inner) = map.get(key) {
                        return self.push_items(inner, join(&path, key), depth + 1, out);
                    }
                }
                if map.contains_key("@value") {
                    out.push((Item::Value(value), path));
                    return;
                }
                out.push(self.resolve_map(map, path));
            }
            View::Null => {}
            _ => out.push((Item::Value(value), path)),
        }
    }

    /// The fullest node known under a map's `@id`, or the map itself. One
    /// hop only: indexed nodes are never bare references, so there is no
    /// chain to chase and no cycle to fall into.
    fn resolve_map(&self, map: &'a N, path: String) -> (Item<'a, N>, String) {
        let found = map
            .get("@id")
            .and_then(N::as_str)
            .and_then(|id| self.by_id.get(id))
            .and_then(|&i| self.nodes.get(i));
        match found {
            Some(node) if node.map.field_count() > map.field_count() => {
                (Item::Node(node.map), node.path.clone())
            }
            _ => (Item::Node(map), path),
        }
    }

    /// The article node to show: the best article type, then one with a
    /// headline, then one with a body, then the shallowest, then the first.
    pub fn candidates(&self) -> Vec<&Node<'a, N>> {
        let mut found: Vec<&Node<'a, N>> = self
            .nodes
            .iter()
            .filter(|n| node_score(n.map) > 0)
            .collect();
        found.sort_by_key(|n| {
            (
                std::cmp::Reverse(node_score(n.map)),
                !has_text(n.map, "headline") && !has_text(n.map, "name"),
                !n.map.contains_key("articleBody"),
                n.depth,
                n.order,
            )
        });
        found
    }

    /// Reads the best article of the graph.
    pub fn read_article(
        &self,
        html: &dyn HtmlReader,
        problems: &mut Problems,
    ) -> Result<Article, ReadError> {
        let candidates = self.candidates();
        for node in &candidates {
            let mut own = Problems::default();
            if let Some(article) = self.read_node(node.map, &node.path, html, &mut own) {
                problems.0.extend(own.0);
                return Ok(article);
            }
        }
        Err(self.explain_missing(candidates.first().copied()))
    }

    fn explain_missing(&self, first: Option<&Node<'a, N>>) -> ReadError {
        if let Some(node) = first {
            let kind = type_names(node.map)
                .into_iter()
                .find(|t| article_type_score(t) > 0)
                .unwrap_or("article");
            let at = if node.path.is_empty() {
                String::new()
            } else {
                format!(" at {}", node.path)
            };
            return ReadError::no_article(format!(
                "No headline found in this document: the {kind}{at} has neither headline nor name."
            ));
        }
        let mut seen: Vec<&str> = Vec::new();
        let top = self.nodes.iter().filter(|n| !n.nested);
        for node in top {
            for t in type_names(node.map) {
                if !seen.contains(&t) && seen.len() < 6 {
                    seen.push(t);
                }
            }
        }
        let message = if seen.is_empty() && self.foreign {
            "This JSON-LD does not use the schema.org vocabulary, so no article can be read from it."
                .to_string()
        } else if seen.is_empty() {
            "No article found in the JSON-LD: no node has an @type such as NewsArticle.".to_string()
        } else {
            format!(
                "No article found in the JSON-LD: it describes {} but no NewsArticle, Article or BlogPosting.",
                seen.join(", ")
            )
        };
        ReadError::no_article(message)
    }
}

/// One value of a property after references are resolved.
enum Item<'a, N> {
    /// A node (object) such as a `Person` or an `ImageObject`.
    Node(&'a N),
    /// A string, number or boolean, or an `@value` object.
    Value(&'a N),
}

impl<N> Clone for Item<'_, N> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<N> Copy for Item<'_, N> {}

impl<'a, N: JsonNode> Item<'a, N> {
    fn value(self) -> Option<&'a N> {
        match self {
            Item::Value(v) if v.is_object() => v.get("@value"),
            Item::Value(v) => Some(v),
            Item::Node(_) => None,
        }
    }

    fn text(self) -> Option<String> {
        let value = self.value()?;
        match value.view() {
            View::String(s) => {
                let s = s.trim();
                (!s.is_empty()).then(|| s.to_string())
            }
            View::Number => value.number_text(),
            _ => None,
        }
    }
}

fn has_text<N: JsonNode>(node: &N, key: &str) -> bool {
    match node.get(key).map(N::view) {
        Some(View::String(s)) => !s.trim().is_empty(),
        Some(View::Null) | None => false,
        Some(_) => true,
    }
}

/// Reads the best article of one JSON-LD document (an object, an array
/// or an `@graph`).
pub fn read<N: JsonNode>(
    document: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let mut graph = Graph::new();
    graph.add_document(document, "");
    graph.read_article(html, problems)
}

/// Reads an article object that has schema.org property names but no
/// `@type` or `@context` (`{"headline": ..., "articleBody": ...}`).
pub fn read_untyped<N: JsonNode>(
    value: &N,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let mut graph = Graph::new();
    graph.add_document(value, "");
    let Some(node) = value.as_object() else {
        return Err(ReadError::no_article("No article found in this document."));
    };
    graph.read_node(node, "", html, problems).ok_or_else(|| {
        ReadError::no_article("No headline found in this document: give the article a headline.")
    })
}
