//! The HTML allowlist: what each element of untrusted HTML becomes in our
//! typed blocks, whichever parser read the tree (the browser's inert
//! `DOMParser` in the widget; a native parser can reuse the same rules).
//! Only decisions live here; walking a tree is the parser's side.

use super::article::{Block, Inline};
use super::url::{safe_url, UrlUse};

/// Deeper nesting than this is read as plain text: real articles never get
/// near it, hostile ones must not exhaust the stack.
pub const MAX_DEPTH: usize = 48;

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

/// Classes of the blockquotes social networks ship as embeds.
const SOCIAL_EMBED_CLASSES: &[&str] = &["twitter-tweet", "instagram-media", "tiktok-embed"];

/// What an element of source HTML becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Gone, with everything inside it.
    Dropped,
    Paragraph,
    /// Levels 2 to 4: the headline is the only level-1 heading.
    Heading(u8),
    List {
        ordered: bool,
    },
    ListItem,
    BlockQuote,
    Figure,
    Image,
    Divider,
    /// An iframe: a link card when its host is a known provider.
    Frame,
    LineBreak,
    Emphasis,
    Strong,
    Link,
    /// `<q>`: its text between quote marks.
    Quote,
    /// Inline wrappers whose content is kept without them (`span`, `abbr`...).
    InlineWrapper,
    /// Block wrappers (`div`, `section`, `table`...): content kept, wrapper
    /// dropped, a paragraph break on each side.
    BlockWrapper,
}

impl Role {
    /// True for elements that stay inside a paragraph.
    pub fn is_inline(self) -> bool {
        matches!(
            self,
            Self::LineBreak
                | Self::Emphasis
                | Self::Strong
                | Self::Link
                | Self::Quote
                | Self::InlineWrapper
        )
    }
}

/// The role of an element by its local name (any case).
pub fn role_of(local_name: &str) -> Role {
    let name = local_name.to_ascii_lowercase();
    if DROPPED.contains(&name.as_str()) {
        return Role::Dropped;
    }
    match name.as_str() {
        "p" => Role::Paragraph,
        "h1" | "h2" => Role::Heading(2),
        "h3" => Role::Heading(3),
        "h4" | "h5" | "h6" => Role::Heading(4),
        "ul" => Role::List { ordered: false },
        "ol" => Role::List { ordered: true },
        "li" => Role::ListItem,
        "blockquote" => Role::BlockQuote,
        "figure" => Role::Figure,
        "img" => Role::Image,
        "hr" => Role::Divider,
        "iframe" => Role::Frame,
        "br" => Role::LineBreak,
        "em" | "i" | "cite" => Role::Emphasis,
        "strong" | "b" => Role::Strong,
        "a" => Role::Link,
        "q" => Role::Quote,
        "span" | "small" | "mark" | "sub" | "sup" | "abbr" | "time" | "u" | "s" | "code" => {
            Role::InlineWrapper
        }
        _ => Role::BlockWrapper,
    }
}

/// True for a blockquote that is a social network's embed.
pub fn is_social_embed(classes: &[&str]) -> bool {
    classes.iter().any(|c| SOCIAL_EMBED_CLASSES.contains(c))
}

/// The provider's name when `url` is on a known embed host.
pub fn provider_of(url: &str) -> Option<&'static str> {
    let host = crate::privacy::host_of(url)?;
    EMBED_PROVIDERS
        .iter()
        .find(|(domain, _)| {
            host == *domain
                || host
                    .strip_suffix(domain)
                    .is_some_and(|rest| rest.ends_with('.'))
        })
        .map(|(_, name)| *name)
}

/// A link card for `raw_url` when it is safe and on a known provider.
pub fn embed_card(raw_url: &str, title: Option<String>) -> Option<Block> {
    let url = safe_url(raw_url, UrlUse::Resource)?;
    let provider = provider_of(&url)?;
    Some(Block::Embed {
        url,
        title: title.filter(|t| !t.trim().is_empty()),
        provider: Some(provider.to_string()),
    })
}

/// The inline form of an allowed inline element around `content`.
/// `href` is the element's `href` attribute, for links.
pub fn wrap_inline(role: Role, content: Vec<Inline>, href: Option<&str>) -> Vec<Inline> {
    match role {
        Role::Emphasis => vec![Inline::Emphasis { content }],
        Role::Strong => vec![Inline::Strong { content }],
        Role::LineBreak => vec![Inline::LineBreak],
        Role::Link => match href.and_then(|h| safe_url(h, UrlUse::Link)) {
            Some(href) if !content.is_empty() => vec![Inline::Link { href, content }],
            _ => content,
        },
        Role::Quote => {
            let mut quoted = vec![Inline::text("“")];
            quoted.extend(content);
            quoted.push(Inline::text("”"));
            quoted
        }
        _ => content,
    }
}

/// White space as HTML renders it: runs become one space; no-break spaces
/// stay.
pub fn collapse_whitespace(text: &str) -> String {
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

/// A text node's words, joined to the text before them.
pub fn push_text(out: &mut Vec<Inline>, raw: &str) {
    let text = collapse_whitespace(raw);
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        match text.strip_prefix(' ').filter(|_| last.ends_with(' ')) {
            Some(rest) => last.push_str(rest),
            None => last.push_str(&text),
        }
    } else {
        out.push(Inline::text(text));
    }
}

/// Drops white space at the very start and end of a block's content.
pub fn trim_inlines(mut content: Vec<Inline>) -> Vec<Inline> {
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

/// A blockquote's paragraphs as one run of lines.
pub fn quote_lines(blocks: Vec<Block>) -> Vec<Inline> {
    let mut content = Vec::new();
    for block in blocks {
        if let Block::Paragraph { content: p } = block {
            if !content.is_empty() {
                content.push(Inline::LineBreak);
            }
            content.extend(p);
        }
    }
    content
}

/// Collects blocks; loose inline content between blocks becomes a paragraph.
#[derive(Default)]
pub struct BlockWriter {
    blocks: Vec<Block>,
    /// Inline content waiting for the next block boundary.
    pub pending: Vec<Inline>,
}

impl BlockWriter {
    pub fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }

    /// Ends the loose paragraph, if any.
    pub fn flush(&mut self) {
        let content = trim_inlines(std::mem::take(&mut self.pending));
        if !content.is_empty() {
            self.blocks.push(Block::Paragraph { content });
        }
    }

    pub fn push(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    /// A `<p>`'s content as its own paragraph.
    pub fn paragraph(&mut self, content: Vec<Inline>) {
        self.flush();
        let content = trim_inlines(content);
        if !content.is_empty() {
            self.blocks.push(Block::Paragraph { content });
        }
    }

    /// A heading from its text; empty headings are dropped.
    pub fn heading(&mut self, level: u8, raw: &str) {
        let text = collapse_whitespace(raw).trim().to_string();
        if !text.is_empty() {
            self.push(Block::Heading { level, text });
        }
    }

    /// A list from its items' content; empty items and lists are dropped.
    pub fn list(&mut self, ordered: bool, items: Vec<Vec<Inline>>) {
        let items: Vec<Vec<Inline>> = items
            .into_iter()
            .map(trim_inlines)
            .filter(|item| !item.is_empty())
            .collect();
        if !items.is_empty() {
            self.push(Block::List { ordered, items });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_and_unknown_elements_never_pass() {
        for name in [
            "script", "STYLE", "svg", "iframe", "object", "form", "template",
        ] {
            assert!(
                matches!(role_of(name), Role::Dropped | Role::Frame),
                "{name}"
            );
        }
        assert_eq!(role_of("H6"), Role::Heading(4));
        assert_eq!(role_of("h1"), Role::Heading(2));
        assert_eq!(role_of("custom-element"), Role::BlockWrapper);
        assert!(role_of("abbr").is_inline() && !role_of("div").is_inline());
    }

    #[test]
    fn providers_match_whole_host_names() {
        assert_eq!(
            provider_of("https://www.youtube.com/embed/x"),
            Some("YouTube")
        );
        assert_eq!(provider_of("https://user@x.com:443/a"), Some("X"));
        assert_eq!(provider_of("https://notyoutube.com/embed/x"), None);
        assert_eq!(provider_of("https://youtube.com.evil.example/x"), None);
        assert_eq!(provider_of("no scheme"), None);
        assert!(embed_card("javascript:alert(1)//youtube.com", None).is_none());
    }

    #[test]
    fn links_only_over_safe_schemes() {
        let words = || vec![Inline::text("here")];
        assert_eq!(
            wrap_inline(Role::Link, words(), Some("javascript:alert(1)")),
            words()
        );
        assert!(matches!(
            wrap_inline(Role::Link, words(), Some("https://example.com/")).as_slice(),
            [Inline::Link { .. }]
        ));
        assert!(wrap_inline(Role::Link, vec![], Some("https://example.com/")).is_empty());
    }

    #[test]
    fn white_space_is_rendered_as_html_does() {
        let mut out = Vec::new();
        push_text(&mut out, "  One\n\t two ");
        push_text(&mut out, " three\u{a0}");
        assert_eq!(out, vec![Inline::text(" One two three\u{a0}")]);
        assert_eq!(
            trim_inlines(vec![Inline::text("  a "), Inline::LineBreak]),
            vec![Inline::text("a")]
        );
        let mut writer = BlockWriter::default();
        writer.pending.push(Inline::text("   "));
        writer.heading(2, " \n ");
        writer.list(false, vec![vec![Inline::text(" ")]]);
        assert!(writer.finish().is_empty(), "nothing visible, no block");
    }
}
