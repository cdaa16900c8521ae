//! The few pieces of the snippet written by hand: the host's attributes,
//! the light-DOM fallback and the data the widget takes over from. Every
//! value is escaped here; the story itself comes from the components.

use crate::model::url::{safe_url, UrlUse};
use crate::model::Article;

/// Text for HTML element content and attribute values.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// ` name="value"`; names that are not plain attribute names are skipped
/// (they come from our option table, so none should be).
pub(super) fn attribute(html: &mut String, name: &str, value: &str) {
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !plain {
        return;
    }
    html.push(' ');
    html.push_str(name);
    html.push_str("=\"");
    html.push_str(&escape_text(value));
    html.push('"');
}

/// Our stylesheet inside `<style>`: it holds no `<`, and one that did could
/// not close the element early.
pub(super) fn style_text(css: &str) -> String {
    css.replace('<', "\\3c ")
}

/// A link to the story for readers whose browser shows no shadow root.
pub(super) fn fallback_link(html: &mut String, article: &Article) {
    let Some(url) = article
        .url
        .as_deref()
        .and_then(|u| safe_url(u, UrlUse::Link))
    else {
        html.push_str("<p>");
        html.push_str(&escape_text(&article.headline));
        html.push_str("</p>");
        return;
    };
    html.push_str("<a");
    attribute(html, "href", &url);
    html.push('>');
    html.push_str(&escape_text(&article.headline));
    html.push_str("</a>");
}

/// Source text as inert data: `type="application/json"` never runs, and
/// with every `<` written as `\u003c` (the same JSON) no `</script>` or
/// `<!--` inside can end the element or change how it is parsed.
pub(super) fn data_script(html: &mut String, marker: &str, json: &str) {
    html.push_str("<script type=\"application/json\" ");
    html.push_str(marker);
    html.push('>');
    html.push_str(&json.replace('<', "\\u003c"));
    html.push_str("</script>");
}
