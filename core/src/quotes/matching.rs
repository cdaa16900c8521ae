//! Matching quotes against the body: whether a pull-quote's words already
//! stand in a paragraph, so screen readers can skip the repeat.

use super::marks::is_quote_char;

/// Lower case, quote marks and apostrophes dropped, white space collapsed,
/// "..." as "…".
pub(super) fn normalise_for_match(text: &str) -> String {
    let text = text.replace("...", "…");
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if is_quote_char(c) || matches!(c, '‛' | '‟' | '`' | '´') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Do the words of `quote` stand in one of the (normalised) blocks? An
/// ellipsis in the quote may stand for any words left out.
pub(super) fn occurs_in(haystacks: &[String], quote: &str) -> bool {
    let needle = normalise_for_match(quote);
    let segments: Vec<&str> = needle
        .split('…')
        .map(|s| {
            s.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '-')
            })
        })
        .filter(|s| !s.is_empty())
        .collect();
    if segments.is_empty() {
        return false;
    }
    haystacks.iter().any(|hay| {
        let mut rest: &str = hay;
        segments.iter().all(|seg| match rest.find(seg) {
            Some(at) => {
                rest = rest.get(at.saturating_add(seg.len())..).unwrap_or("");
                true
            }
            None => false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_ignores_case_quote_marks_and_spacing() {
        let hay = vec![normalise_for_match(
            "She said: “Sovereignty is not\nfor sale,” and Mexico’s land is not either.",
        )];
        assert!(occurs_in(&hay, "sovereignty IS not for sale"));
        assert!(occurs_in(&hay, "\"Sovereignty is not for sale.\""));
        assert!(occurs_in(&hay, "Mexico's land"));
        assert!(occurs_in(&hay, "Sovereignty … Mexico's land..."));
        assert!(!occurs_in(&hay, "Mexico's land … sovereignty"));
        assert!(!occurs_in(&hay, "sovereignty is for sale"));
        assert!(!occurs_in(&hay, " … "));
    }
}
