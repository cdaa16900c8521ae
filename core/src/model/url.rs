//! Checks that keep unsafe schemes out of links and images.

/// Which schemes a URL may use where it ends up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// `<a href>`: `http:`, `https:` and `mailto:`.
    Link,
    /// `<img src>`, fetches, canonical URLs: `http:` and `https:` only.
    Resource,
}

/// Returns the URL trimmed when it is absolute and its scheme is allowed for
/// `usage`; `None` otherwise (`javascript:`, `data:`, relative, garbage).
///
/// Browsers ignore ASCII tab and newline anywhere in a URL and trim control
/// characters and spaces around it, so `java\tscript:` is `javascript:`: both
/// are removed before the scheme is read.
pub fn safe_url(raw: &str, usage: UrlUse) -> Option<String> {
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = cleaned[..colon].to_ascii_lowercase();
    let rest = &cleaned[colon + 1..];
    let allowed = match scheme.as_str() {
        "http" | "https" => rest.starts_with("//") && rest.len() > 2,
        "mailto" => usage == UrlUse::Link && rest.len() > 1,
        _ => false,
    };
    if !allowed || cleaned.chars().any(|c| c.is_control() || c == ' ') {
        return None;
    }
    Some(cleaned)
}

/// Returns a `srcset` keeping only candidates whose URL is `http(s)`.
pub fn safe_srcset(raw: &str) -> Option<String> {
    let kept: Vec<String> = raw
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = safe_url(parts.next()?, UrlUse::Resource)?;
            let descriptor: Vec<&str> = parts.collect();
            Some(if descriptor.is_empty() {
                url
            } else {
                format!("{url} {}", descriptor.join(" "))
            })
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_http_and_https() {
        assert_eq!(
            safe_url(" https://example.com/a?b=1 ", UrlUse::Resource).as_deref(),
            Some("https://example.com/a?b=1")
        );
        assert!(safe_url("HTTP://example.com", UrlUse::Link).is_some());
    }

    #[test]
    fn refuses_script_data_and_relative() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "/relative/path",
            "//example.com/protocol-relative",
            "https:",
            "https:/one-slash",
            "",
        ] {
            assert_eq!(safe_url(bad, UrlUse::Link), None, "{bad:?}");
        }
    }

    #[test]
    fn mailto_only_for_links() {
        assert!(safe_url("mailto:desk@example.com", UrlUse::Link).is_some());
        assert!(safe_url("mailto:desk@example.com", UrlUse::Resource).is_none());
    }

    #[test]
    fn srcset_drops_unsafe_candidates() {
        assert_eq!(
            safe_srcset("https://a.test/1.jpg 480w, javascript:x 800w, https://a.test/2.jpg 1200w")
                .as_deref(),
            Some("https://a.test/1.jpg 480w, https://a.test/2.jpg 1200w")
        );
        assert_eq!(safe_srcset("javascript:x 1x"), None);
    }
}
