//! Reading one article node of the graph into our article: its text
//! fields, people, images, dates and body.

use super::{join, Graph, Item};
use crate::model::article::{Article, Author, Block, Image, Timestamp};
use crate::model::dates::{read_date, read_unix};
use crate::model::fields::{pixels, Problems};
use crate::model::html::{field_text, text_body, HtmlReader};
use crate::model::json::{JsonNode, View};
use crate::model::lang::{direction_of, language_tag};
use crate::model::url::{safe_url, UrlUse};

impl<'a, N: JsonNode> Graph<'a, N> {
    /// Reads one article node; `None` when it has no headline or name.
    pub fn read_node(
        &self,
        node: &'a N,
        path: &str,
        html: &dyn HtmlReader,
        problems: &mut Problems,
    ) -> Option<Article> {
        let at = |key: &str| join(path, key);
        let headline = self
            .text(node.get("headline"))
            .or_else(|| self.text(node.get("name")))
            .map(|h| field_text(&h, html))
            .filter(|h| !h.is_empty())?;
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
                .or_else(|| self.text(node.get("abstract")))
                .map(|d| field_text(&d, html))
                .filter(|d| !d.is_empty()),
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
                                .and_then(N::as_object)
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
    fn text(&self, value: Option<&'a N>) -> Option<String> {
        self.items(value, "")
            .into_iter()
            .find_map(|(item, _)| item.text())
    }

    fn date(&self, value: Option<&'a N>, path: &str, problems: &mut Problems) -> Option<Timestamp> {
        let (item, item_path) = self.items(value, path).into_iter().next()?;
        let date = match item.value() {
            Some(v) if matches!(v.view(), View::Number) => v.as_f64().and_then(read_unix),
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
        value: Option<&'a N>,
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
    fn page_url(&self, node: &'a N, path: &str, problems: &mut Problems) -> Option<String> {
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

    fn authors(&self, value: Option<&'a N>, path: &str, problems: &mut Problems) -> Vec<Author> {
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
                            .filter_map(|k| self.text(person.get(k)))
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
        value: Option<&'a N>,
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
    fn image(&self, value: Option<&'a N>, path: &str, problems: &mut Problems) -> Option<Image> {
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
                        .find(|k| object.contains_key(k))?;
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
    fn pixels(&self, value: Option<&'a N>) -> Option<u32> {
        let (item, _) = self.items(value, "").into_iter().next()?;
        match item {
            Item::Node(quantity) => pixels(quantity.get("value")),
            Item::Value(v) if v.is_object() => pixels(v.get("@value")),
            Item::Value(v) => pixels(Some(v)),
        }
    }

    /// `articleBody` (or `text`) as blocks: HTML (escaped or not) goes to
    /// the HTML reader, plain text becomes paragraphs.
    fn body(&self, node: &'a N, html: &dyn HtmlReader) -> Vec<Block> {
        let parts: Vec<String> = self
            .items(node.get("articleBody").or(node.get("text")), "")
            .into_iter()
            .filter_map(|(item, _)| item.text())
            .collect();
        let joined = parts.join("\n\n");
        if joined.is_empty() {
            Vec::new()
        } else {
            text_body(&joined, html)
        }
    }

    /// A live blog's updates as a heading and paragraphs each.
    fn live_updates(&self, value: Option<&'a N>, html: &dyn HtmlReader) -> Vec<Block> {
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

/// Why a node gave no name: a dangling reference or a missing `name`.
fn missing_name<N: JsonNode>(node: &N) -> String {
    match node.get("@id").and_then(N::as_str) {
        Some(id) if node.field_count() == 1 => {
            format!("refers to \"{id}\", which no node in the document has")
        }
        _ => "no name".to_string(),
    }
}
