//! The seam between pure readers and the browser's HTML parser.
//!
//! Readers meet HTML in JSON-LD `articleBody`, WordPress `content.rendered`
//! and JSON Feed `content_html`. They never interpret it themselves beyond
//! this trait: in the widget the implementation is the inert `DOMParser`
//! allowlist (`crate::sanitize`), natively it is [`TextOnly`].
//!
//! The helpers at the end decide what a field holds before it reaches the
//! reader: markup, markup that was entity-escaped (`&lt;b&gt;…`, decoded
//! once and then read as markup, so the reader never sees the tags), or
//! plain text (its character references decoded, made into paragraphs).

use super::article::{Block, Inline};
use super::text::{looks_like_html, split_long_paragraphs, text_paragraphs};

/// Turns untrusted HTML into our typed blocks or plain text.
pub trait HtmlReader {
    /// Body HTML as allowlisted blocks.
    fn blocks(&self, html: &str) -> Vec<Block>;
    /// A fragment's text with entities decoded once and tags dropped
    /// (titles, excerpts, captions).
    fn text(&self, html: &str) -> String;
}

/// A reader for native tests, fuzzing and non-browser use: keeps only text,
/// one paragraph per blank-line-separated run, and never yields markup.
pub struct TextOnly;

impl HtmlReader for TextOnly {
    fn blocks(&self, html: &str) -> Vec<Block> {
        let text = strip_tags(html);
        text.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Block::Paragraph {
                content: vec![Inline::text(p)],
            })
            .collect()
    }

    fn text(&self, html: &str) -> String {
        strip_tags(html).trim().to_string()
    }
}

/// Drops everything between `<` and `>`, turns block ends into blank lines
/// and decodes entities once.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let close = after.find('>').map_or(after.len(), |c| c + 1);
        let tag = after[..close].to_ascii_lowercase();
        if tag.starts_with("</p") || tag.starts_with("<br") || tag.starts_with("</h") {
            out.push_str("\n\n");
        }
        rest = &after[close..];
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// Decodes HTML character references once: `&amp;#038;` stays `&#038;`.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e > 0 && e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let ch = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse().ok()?,
                };
                char::from_u32(code).filter(|c| *c != '\0')?
            } else {
                named_entity(name)?
            };
            Some((ch, e))
        });
        match decoded {
            Some((ch, e)) => {
                out.push(ch);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Named character references sources use, for the languages the widget
/// meets most; others stay as written.
#[rustfmt::skip]
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("hellip", '…'), ("mdash", '—'), ("ndash", '–'), ("lsquo", '‘'), ("rsquo", '’'),
    ("ldquo", '“'), ("rdquo", '”'), ("bdquo", '„'), ("sbquo", '‚'), ("laquo", '«'),
    ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'), ("copy", '©'), ("reg", '®'),
    ("trade", '™'), ("euro", '€'), ("pound", '£'), ("deg", '°'), ("middot", '·'),
    ("bull", '•'), ("times", '×'), ("shy", '\u{ad}'), ("iexcl", '¡'), ("iquest", '¿'),
    ("ordf", 'ª'), ("ordm", 'º'), ("szlig", 'ß'),
    ("aacute", 'á'), ("eacute", 'é'), ("iacute", 'í'), ("oacute", 'ó'), ("uacute", 'ú'),
    ("Aacute", 'Á'), ("Eacute", 'É'), ("Iacute", 'Í'), ("Oacute", 'Ó'), ("Uacute", 'Ú'),
    ("agrave", 'à'), ("egrave", 'è'), ("igrave", 'ì'), ("ograve", 'ò'), ("ugrave", 'ù'),
    ("Agrave", 'À'), ("Egrave", 'È'),
    ("acirc", 'â'), ("ecirc", 'ê'), ("icirc", 'î'), ("ocirc", 'ô'), ("ucirc", 'û'),
    ("Ecirc", 'Ê'),
    ("atilde", 'ã'), ("otilde", 'õ'), ("ntilde", 'ñ'), ("Atilde", 'Ã'), ("Otilde", 'Õ'),
    ("Ntilde", 'Ñ'),
    ("auml", 'ä'), ("euml", 'ë'), ("iuml", 'ï'), ("ouml", 'ö'), ("uuml", 'ü'),
    ("Auml", 'Ä'), ("Ouml", 'Ö'), ("Uuml", 'Ü'),
    ("ccedil", 'ç'), ("Ccedil", 'Ç'), ("oelig", 'œ'),
];

fn named_entity(name: &str) -> Option<char> {
    NAMED_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
}

/// Tags whose escaped form (`&lt;p&gt;`) shows that a field holds markup.
const ESCAPED_TAGS: &[&str] = &[
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "div",
    "span",
    "figure",
    "figcaption",
    "img",
    "hr",
    "q",
    "cite",
    "section",
    "article",
    "table",
    "tr",
    "td",
];

/// Longest tag name looked for after `&lt;`.
const MAX_TAG_NAME: usize = 10;

/// Does this text hold HTML whose tags were entity-escaped (`&lt;b&gt;…
/// &lt;/b&gt;`)? Only when a known tag is both opened and closed, or when
/// there are two or more paragraph or line-break tags: a text that merely
/// mentions `&lt;` or a tag in passing stays text.
pub fn looks_like_escaped_html(text: &str) -> bool {
    let mut opened: Vec<&str> = Vec::new();
    let mut closed: Vec<&str> = Vec::new();
    let mut breaks = 0;
    let mut rest = text;
    while let Some(at) = rest.find("&lt;") {
        rest = rest.get(at.saturating_add(4)..).unwrap_or("");
        let closing = rest.starts_with('/');
        let name_from = usize::from(closing);
        let name_len = rest
            .get(name_from..)
            .unwrap_or("")
            .bytes()
            .take(MAX_TAG_NAME.saturating_add(1))
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name_end = name_from.saturating_add(name_len);
        let (Some(name), Some(after)) = (rest.get(name_from..name_end), rest.get(name_end..))
        else {
            continue;
        };
        let ends =
            after.starts_with("&gt;") || after.starts_with(' ') || after.starts_with("/&gt;");
        let Some(known) = ESCAPED_TAGS
            .iter()
            .find(|t| t.eq_ignore_ascii_case(name))
            .filter(|_| ends)
        else {
            continue;
        };
        if closing {
            closed.push(known);
        } else {
            if matches!(*known, "p" | "br") {
                breaks += 1;
            }
            opened.push(known);
        }
    }
    breaks >= 2 || opened.iter().any(|t| closed.contains(t))
}

/// Escaped markup in a field with no tag of its own, decoded once so that
/// the reader sees tags; `None` for anything else.
fn unescaped_markup(field: &str) -> Option<String> {
    (!looks_like_html(field) && looks_like_escaped_html(field)).then(|| decode_entities(field))
}

/// A text field that may hold a whole body (JSON-LD `articleBody`, JSON
/// Feed `content_text`) as blocks: markup, escaped or not, through
/// `reader`; plain text, its character references decoded, as paragraphs.
/// Long paragraphs come out cut either way.
pub fn text_body(text: &str, reader: &dyn HtmlReader) -> Vec<Block> {
    if looks_like_html(text) {
        split_long_paragraphs(reader.blocks(text))
    } else if let Some(markup) = unescaped_markup(text) {
        split_long_paragraphs(reader.blocks(&markup))
    } else {
        text_paragraphs(&decode_entities(text))
    }
}

/// An HTML field (WordPress `content.rendered`, JSON Feed `content_html`)
/// as blocks, long paragraphs cut; escaped markup is read as markup.
pub fn html_body(html: &str, reader: &dyn HtmlReader) -> Vec<Block> {
    let blocks = match unescaped_markup(html) {
        Some(markup) => reader.blocks(&markup),
        None => reader.blocks(html),
    };
    split_long_paragraphs(blocks)
}

/// A text field shown on one line (headline, description): escaped markup
/// reduced to its text; anything else shown as the text it is, character
/// references decoded once (a tag written in a text field stays visible
/// as text, as it always has).
pub fn field_text(text: &str, reader: &dyn HtmlReader) -> String {
    match unescaped_markup(text) {
        Some(markup) => reader.text(&markup),
        None => decode_entities(text).trim().to_string(),
    }
}

/// An HTML field shown on one line (WordPress `title.rendered`).
pub fn html_text(html: &str, reader: &dyn HtmlReader) -> String {
    match unescaped_markup(html) {
        Some(markup) => reader.text(&markup),
        None => reader.text(html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_once() {
        assert_eq!(decode_entities("Q&#038;A"), "Q&A");
        assert_eq!(decode_entities("Q&amp;#038;A"), "Q&#038;A");
        assert_eq!(decode_entities("&#x201C;hi&#8221; &rsquo;"), "“hi” ’");
        assert_eq!(decode_entities("AT&T & co; &bogus;"), "AT&T & co; &bogus;");
    }

    #[test]
    fn text_only_never_keeps_markup() {
        let blocks = TextOnly.blocks("<p>One <script>x</script></p><p>Two &amp; three</p>");
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                content: vec![Inline::text("Two & three")]
            }
        );
    }
}
