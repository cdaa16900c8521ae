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

use serde_json::{Map, Value};

use super::article::{Article, Author, Block, Image, Inline, Timestamp};
use super::dates::{read_date, read_unix};
use super::fields::{pixels, Problems};
use super::html::HtmlReader;
use super::lang::language_tag;
use super::ours::direction_of;
use super::url::{safe_url, UrlUse};
use crate::error::ReadError;

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
pub fn detect(doc: &Map<String, Value>) -> bool {
    doc.contains_key("@context") || doc.contains_key("@graph") || doc.contains_key("@type")
}

/// True when an `@context` is the schema.org vocabulary (http or https), as
/// a string, an object (`@vocab` or a prefix) or an array of either.
fn is_schema_context(context: &Value) -> bool {
    match context {
        Value::String(s) => s.to_ascii_lowercase().contains("schema.org"),
        Value::Object(o) => o.values().any(|v| match v {
            Value::String(s) => s.to_ascii_lowercase().contains("schema.org"),
            _ => false,
        }),
        Value::Array(list) => list.iter().any(is_schema_context),
        _ => false,
    }
}

/// The schema.org type names of a node, prefixes such as `schema:` or
/// `https://schema.org/` removed.
fn type_names(node: &Map<String, Value>) -> Vec<&str> {
    fn strip(t: &str) -> Option<&str> {
        let t = t.trim();
        let t = t.rsplit(['/', '#']).next().unwrap_or(t);
        let t = t.strip_prefix("schema:").unwrap_or(t);
        (!t.is_empty()).then_some(t)
    }
    match node.get("@type") {
        Some(Value::String(s)) => strip(s).into_iter().collect(),
        Some(Value::Array(list)) => list
            .iter()
            .take(MAX_ITEMS)
            .filter_map(Value::as_str)
            .filter_map(strip)
            .collect(),
        _ => Vec::new(),
    }
}

fn node_score(node: &Map<String, Value>) -> u8 {
    type_names(node)
        .into_iter()
        .map(article_type_score)
        .max()
        .unwrap_or(0)
}

/// One object of the documents that has an `@type` or an `@id`.
#[derive(Clone, Debug)]
pub struct Node<'a> {
    pub map: &'a Map<String, Value>,
    /// JSON path of the node, for problems.
    pub path: String,
    depth: usize,
    order: usize,
    /// Inside another node (an author of an article, a list's item).
    nested: bool,
}

/// Every node of one or more JSON-LD documents, indexed by `@id`.
#[derive(Default)]
pub struct Graph<'a> {
    nodes: Vec<Node<'a>>,
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

impl<'a> Graph<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one parsed JSON-LD document; `path` prefixes the problems found
    /// in it (empty for a single document, `script[2]` for a page's third).
    pub fn add_document(&mut self, value: &'a Value, path: &str) {
        self.walk(value, path.to_string(), 0, false);
    }

    fn walk(&mut self, value: &'a Value, path: String, depth: usize, nested: bool) {
        if depth > MAX_DEPTH || self.nodes.len() >= MAX_NODES {
            return;
        }
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.is_object() || item.is_array() {
                        self.walk(item, format!("{path}[{i}]"), depth + 1, nested);
                    }
                }
            }
            Value::Object(map) => {
                if map.contains_key("@value") {
                    return;
                }
                if map.get("@context").is_some_and(|c| !is_schema_context(c)) {
                    self.foreign = true;
                    return;
                }
                let reference_only = map.keys().all(|k| k == "@id");
                let is_node =
                    !reference_only && (map.contains_key("@type") || map.contains_key("@id"));
                if is_node {
                    let index = self.nodes.len();
                    if let Some(id) = map.get("@id").and_then(Value::as_str) {
                        let keep_old = self
                            .by_id
                            .get(id)
                            .and_then(|&old| self.nodes.get(old))
                            .is_some_and(|old| old.map.len() >= map.len());
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
                for (key, v) in map {
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
    fn items(&self, value: Option<&'a Value>, path: &str) -> Vec<(Item<'a>, String)> {
        let mut out = Vec::new();
        if let Some(v) = value {
            self.push_items(v, path.to_string(), 0, &mut out);
        }
        out
    }

    fn push_items(
        &self,
        value: &'a Value,
        path: String,
        depth: usize,
        out: &mut Vec<(Item<'a>, String)>,
    ) {
        if depth > 3 || out.len() >= MAX_ITEMS {
            return;
        }
        match value {
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    self.push_items(v, format!("{path}[{i}]"), depth + 1, out);
                }
            }
            Value::Object(map) => {
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
            Value::Null => {}
            _ => out.push((Item::Value(value), path)),
        }
    }

    /// The fullest node known under a map's `@id`, or the map itself. One
    /// hop only: indexed nodes are never bare references, so there is no
    /// chain to chase and no cycle to fall into.
    fn resolve_map(&self, map: &'a Map<String, Value>, path: String) -> (Item<'a>, String) {
        let found = map
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| self.by_id.get(id))
            .and_then(|&i| self.nodes.get(i));
        match found {
            Some(node) if node.map.len() > map.len() => (Item::Node(node.map), node.path.clone()),
            _ => (Item::Node(map), path),
        }
    }

    /// The article node to show: the best article type, then one with a
    /// headline, then one with a body, then the shallowest, then the first.
    pub fn candidates(&self) -> Vec<&Node<'a>> {
        let mut found: Vec<&Node<'a>> = self
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

    fn explain_missing(&self, first: Option<&Node<'a>>) -> ReadError {
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

    /// Reads one article node; `None` when it has no headline or name.
    pub fn read_node(
        &self,
        node: &'a Map<String, Value>,
        path: &str,
        html: &dyn HtmlReader,
        problems: &mut Problems,
    ) -> Option<Article> {
        let at = |key: &str| join(path, key);
        let headline = self
            .text(node.get("headline"))
            .or_else(|| self.text(node.get("name")))?;
        let lang = self.language(node.get("inLanguage"), &at("inLanguage"), problems);
        let mut body = self.body(node, html);
        if body.is_empty() {
            body = self.live_updates(node.get("liveBlogUpdate"), html);
        }
        let mut authors = self.authors(node.get("author"), &at("author"), problems);
        if authors.is_empty() {
            authors = self.authors(node.get("publisher"), &at("publisher"), problems);
        }
        let lead_image = self
            .image(node.get("image"), &at("image"), problems)
            .or_else(|| self.image(node.get("thumbnailUrl"), &at("thumbnailUrl"), problems));
        Some(Article {
            id: self
                .text(node.get("identifier"))
                .or_else(|| self.text(node.get("@id"))),
            url: self.page_url(node, path, problems),
            dir: lang.as_deref().map(direction_of).unwrap_or_default(),
            lang,
            section: self
                .items(node.get("articleSection"), &at("articleSection"))
                .into_iter()
                .find_map(|(item, _)| item.text()),
            headline,
            standfirst: self
                .text(node.get("description"))
                .or_else(|| self.text(node.get("abstract"))),
            authors,
            published: self
                .date(node.get("datePublished"), &at("datePublished"), problems)
                .or_else(|| self.date(node.get("dateCreated"), &at("dateCreated"), problems)),
            updated: self.date(node.get("dateModified"), &at("dateModified"), problems),
            dateline: self.text(node.get("dateline")).or_else(|| {
                self.items(node.get("locationCreated"), &at("locationCreated"))
                    .into_iter()
                    .find_map(|(item, _)| match item {
                        Item::Node(place) => self.text(place.get("name")).or_else(|| {
                            place
                                .get("address")
                                .and_then(Value::as_object)
                                .and_then(|a| self.text(a.get("addressLocality")))
                        }),
                        Item::Value(_) => item.text(),
                    })
            }),
            lead_image,
            body,
            pull_quotes: Vec::new(),
            recommended: Vec::new(),
        })
    }

    /// The first text of a value: a string, a number, an `@value`, or the
    /// first of an array or `@list` that has text.
    fn text(&self, value: Option<&'a Value>) -> Option<String> {
        self.items(value, "")
            .into_iter()
            .find_map(|(item, _)| item.text())
    }

    fn date(
        &self,
        value: Option<&'a Value>,
        path: &str,
        problems: &mut Problems,
    ) -> Option<Timestamp> {
        let (item, item_path) = self.items(value, path).into_iter().next()?;
        let date = match item.value() {
            Some(Value::Number(n)) => n.as_f64().and_then(read_unix),
            _ => read_date(&item.text()?),
        };
        if date.is_none() {
            problems.add(item_path, "not a date that can be read");
        }
        date
    }

    /// `inLanguage` as a BCP 47 tag: a string, or a `Language` whose
    /// `alternateName` (or `name`) is a tag.
    fn language(
        &self,
        value: Option<&'a Value>,
        path: &str,
        problems: &mut Problems,
    ) -> Option<String> {
        let (item, item_path) = self.items(value, path).into_iter().next()?;
        let tag = match item {
            Item::Node(lang) => self
                .text(lang.get("alternateName"))
                .or_else(|| self.text(lang.get("name"))),
            Item::Value(_) => item.text(),
        }?;
        let tag = language_tag(&tag);
        if tag.is_none() {
            problems.add(item_path, "not a language tag such as \"en\" or \"es-MX\"");
        }
        tag
    }

    /// `url`, else `mainEntityOfPage` as a URL, a node's `url` or its `@id`.
    fn page_url(
        &self,
        node: &'a Map<String, Value>,
        path: &str,
        problems: &mut Problems,
    ) -> Option<String> {
        if let Some((item, item_path)) = self
            .items(node.get("url"), &join(path, "url"))
            .into_iter()
            .next()
        {
            if let Some(raw) = item.text() {
                match safe_url(&raw, UrlUse::Resource) {
                    Some(url) => return Some(url),
                    None => problems.add(item_path, "not a safe absolute URL (http or https)"),
                }
            }
        }
        let (item, _) = self
            .items(
                node.get("mainEntityOfPage"),
                &join(path, "mainEntityOfPage"),
            )
            .into_iter()
            .next()?;
        let raw = match item {
            Item::Node(page) => self
                .text(page.get("url"))
                .or_else(|| self.text(page.get("@id")))?,
            Item::Value(_) => item.text()?,
        };
        let raw = raw.split('#').next().unwrap_or(&raw);
        safe_url(raw, UrlUse::Resource)
    }

    fn authors(
        &self,
        value: Option<&'a Value>,
        path: &str,
        problems: &mut Problems,
    ) -> Vec<Author> {
        let mut authors: Vec<Author> = Vec::new();
        for (item, item_path) in self.items(value, path) {
            let author = match item {
                Item::Value(_) => item.text().map(|name| Author {
                    name,
                    ..Author::default()
                }),
                Item::Node(person) => {
                    let name = self.text(person.get("name")).or_else(|| {
                        let parts: Vec<String> = ["givenName", "familyName"]
                            .iter()
                            .filter_map(|k| self.text(person.get(*k)))
                            .collect();
                        (!parts.is_empty()).then(|| parts.join(" "))
                    });
                    match name {
                        Some(name) => Some(Author {
                            name,
                            url: self.url(
                                person.get("url"),
                                UrlUse::Link,
                                &join(&item_path, "url"),
                                problems,
                            ),
                            role: self.text(person.get("jobTitle")),
                            image: self
                                .image(person.get("image"), &join(&item_path, "image"), problems)
                                .map(|i| i.src),
                        }),
                        None => {
                            problems.add(item_path, missing_name(person));
                            None
                        }
                    }
                }
            };
            if let Some(author) = author {
                if !authors.iter().any(|a| a.name == author.name) {
                    authors.push(author);
                }
            }
        }
        authors
    }

    fn url(
        &self,
        value: Option<&'a Value>,
        usage: UrlUse,
        path: &str,
        problems: &mut Problems,
    ) -> Option<String> {
        let (item, item_path) = self.items(value, path).into_iter().next()?;
        let raw = item.text()?;
        let url = safe_url(&raw, usage);
        if url.is_none() {
            problems.add(item_path, "not a safe absolute URL (http or https)");
        }
        url
    }

    /// The first usable image: a URL or an `ImageObject`.
    fn image(
        &self,
        value: Option<&'a Value>,
        path: &str,
        problems: &mut Problems,
    ) -> Option<Image> {
        self.items(value, path)
            .into_iter()
            .find_map(|(item, item_path)| match item {
                Item::Value(_) => {
                    let raw = item.text()?;
                    let src = safe_url(&raw, UrlUse::Resource);
                    if src.is_none() {
                        problems.add(item_path, "not a safe absolute URL (http or https)");
                    }
                    Some(Image {
                        src: src?,
                        ..Image::default()
                    })
                }
                Item::Node(object) => {
                    let key = ["contentUrl", "url"]
                        .into_iter()
                        .find(|k| object.contains_key(*k))?;
                    let src = self.url(
                        object.get(key),
                        UrlUse::Resource,
                        &join(&item_path, key),
                        problems,
                    )?;
                    let credit = self.text(object.get("creditText")).or_else(|| {
                        self.items(object.get("copyrightHolder"), "")
                            .into_iter()
                            .find_map(|(holder, _)| match holder {
                                Item::Node(h) => self.text(h.get("name")),
                                Item::Value(_) => holder.text(),
                            })
                    });
                    Some(Image {
                        src,
                        srcset: None,
                        width: self.pixels(object.get("width")),
                        height: self.pixels(object.get("height")),
                        alt: None,
                        caption: self.text(object.get("caption")),
                        credit,
                    })
                }
            })
    }

    /// A size as a number, a numeric string or a `QuantitativeValue`.
    fn pixels(&self, value: Option<&'a Value>) -> Option<u32> {
        let (item, _) = self.items(value, "").into_iter().next()?;
        match item {
            Item::Node(quantity) => pixels(quantity.get("value")),
            Item::Value(v) => match v {
                Value::Object(o) => pixels(o.get("@value")),
                _ => pixels(Some(v)),
            },
        }
    }

    /// `articleBody` (or `text`) as blocks: HTML goes to the HTML reader,
    /// plain text becomes paragraphs.
    fn body(&self, node: &'a Map<String, Value>, html: &dyn HtmlReader) -> Vec<Block> {
        let parts: Vec<String> = self
            .items(node.get("articleBody").or(node.get("text")), "")
            .into_iter()
            .filter_map(|(item, _)| item.text())
            .collect();
        let joined = parts.join("\n\n");
        if joined.is_empty() {
            Vec::new()
        } else if looks_like_html(&joined) {
            html.blocks(&joined)
        } else {
            text_paragraphs(&joined)
        }
    }

    /// A live blog's updates as a heading and paragraphs each.
    fn live_updates(&self, value: Option<&'a Value>, html: &dyn HtmlReader) -> Vec<Block> {
        let mut blocks = Vec::new();
        for (item, _) in self.items(value, "") {
            let Item::Node(update) = item else { continue };
            if let Some(title) = self
                .text(update.get("headline"))
                .or_else(|| self.text(update.get("name")))
            {
                blocks.push(Block::Heading {
                    level: 2,
                    text: title,
                });
            }
            blocks.extend(self.body(update, html));
        }
        blocks
    }
}

/// One value of a property after references are resolved.
#[derive(Clone, Copy, Debug)]
enum Item<'a> {
    /// A node (object) such as a `Person` or an `ImageObject`.
    Node(&'a Map<String, Value>),
    /// A string, number or boolean, or an `@value` object.
    Value(&'a Value),
}

impl<'a> Item<'a> {
    fn value(self) -> Option<&'a Value> {
        match self {
            Item::Value(Value::Object(o)) => o.get("@value"),
            Item::Value(v) => Some(v),
            Item::Node(_) => None,
        }
    }

    fn text(self) -> Option<String> {
        match self.value()? {
            Value::String(s) => {
                let s = s.trim();
                (!s.is_empty()).then(|| s.to_string())
            }
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// Why a node gave no name: a dangling reference or a missing `name`.
fn missing_name(node: &Map<String, Value>) -> String {
    match node.get("@id").and_then(Value::as_str) {
        Some(id) if node.len() == 1 => {
            format!("refers to \"{id}\", which no node in the document has")
        }
        _ => "no name".to_string(),
    }
}

fn has_text(node: &Map<String, Value>, key: &str) -> bool {
    match node.get(key) {
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Null) | None => false,
        Some(_) => true,
    }
}

/// True when text contains something that looks like a tag (`<p`, `</`,
/// `<!--`), so it must go through the HTML reader.
pub fn looks_like_html(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b'<', c] if c.is_ascii_alphabetic() || *c == b'/' || *c == b'!'))
}

/// Plain text as paragraphs: split on blank lines when there are any (lines
/// inside a paragraph joined with a space), else one paragraph per line.
pub fn text_paragraphs(text: &str) -> Vec<Block> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for line in normalized.split('\n').map(str::trim) {
        if line.is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(group) = groups.last_mut() {
            group.push(line);
        }
    }
    groups.retain(|g| !g.is_empty());
    let paragraphs: Vec<String> = if groups.len() > 1 {
        groups.iter().map(|g| g.join(" ")).collect()
    } else {
        groups.concat().into_iter().map(str::to_string).collect()
    };
    paragraphs
        .into_iter()
        .map(|p| Block::Paragraph {
            content: vec![Inline::text(p)],
        })
        .collect()
}

/// Reads an article object that has schema.org property names but no
/// `@type` or `@context` (`{"headline": ..., "articleBody": ...}`).
pub fn read_untyped(
    value: &Value,
    html: &dyn HtmlReader,
    problems: &mut Problems,
) -> Result<Article, ReadError> {
    let mut graph = Graph::new();
    graph.add_document(value, "");
    let Value::Object(node) = value else {
        return Err(ReadError::no_article("No article found in this document."));
    };
    graph.read_node(node, "", html, problems).ok_or_else(|| {
        ReadError::no_article("No headline found in this document: give the article a headline.")
    })
}
