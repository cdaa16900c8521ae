//! The seam between pure readers and the browser's HTML parser.
//!
//! Readers meet HTML in JSON-LD `articleBody`, WordPress `content.rendered`
//! and JSON Feed `content_html`. They never interpret it themselves beyond
//! this trait: in the widget the implementation is the inert `DOMParser`
//! allowlist (`crate::sanitize`), natively it is [`TextOnly`].

use super::article::{Block, Inline};

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

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "eacute" => 'é',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "iexcl" => '¡',
        "iquest" => '¿',
        _ => return None,
    })
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
