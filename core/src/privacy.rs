//! What a widget's images and links tell other hosts about the reader. The
//! widget lives in the publisher's page, so a `Referer` would carry that
//! page's URL to every image host and linked site. By default images send
//! none, and links from the article send none once they leave the
//! article's own site. A publisher whose image host needs a referrer (hot
//! link protection) names a policy with the `referrer-policy` option; it
//! then applies to every image and link the widget draws.

/// The policies the `referrer-policy` option accepts: the values of HTML's
/// `referrerpolicy` attribute.
pub const REFERRER_POLICIES: [&str; 8] = [
    "no-referrer",
    "no-referrer-when-downgrade",
    "origin",
    "origin-when-cross-origin",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
    "unsafe-url",
];

/// What images use when the publisher chose nothing: not even the origin,
/// since which publisher a reader is on is itself worth tracking.
pub const DEFAULT_IMAGE_POLICY: &str = "no-referrer";

/// The publisher's policy, when `raw` names one (any case, spaces around);
/// `None` keeps the private default.
pub fn parse_referrer_policy(raw: &str) -> Option<&'static str> {
    let wanted = raw.trim();
    REFERRER_POLICIES
        .into_iter()
        .find(|policy| policy.eq_ignore_ascii_case(wanted))
}

/// The host of an absolute `http(s)` URL, lowercase, without user info or
/// port; `None` for anything else (`mailto:`, relative, garbage).
pub fn host_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let authority = rest.split(['/', '?', '#', '\\']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = if host_port.starts_with('[') {
        // An IPv6 literal keeps its colons.
        host_port.split_inclusive(']').next()?
    } else {
        host_port.split(':').next()?
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// The `rel` of a link from source content going to `href`. Always
/// `noopener` (the linked page gets no handle on the publisher's window);
/// also `noreferrer` when the link leaves `site` (the article's own host)
/// and the publisher chose no referrer policy.
pub fn link_rel(href: &str, site: Option<&str>, publisher_policy: Option<&str>) -> &'static str {
    let own = site.is_some_and(|site| host_of(href).is_some_and(|host| host == site));
    if own || publisher_policy.is_some() {
        "noopener"
    } else {
        "noopener noreferrer"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_policies_are_taken() {
        assert_eq!(parse_referrer_policy(" Origin "), Some("origin"));
        assert_eq!(
            parse_referrer_policy("strict-origin-when-cross-origin"),
            Some("strict-origin-when-cross-origin")
        );
        assert_eq!(parse_referrer_policy(""), None);
        assert_eq!(parse_referrer_policy("always"), None);
        assert_eq!(parse_referrer_policy("origin; unsafe-url"), None);
    }

    #[test]
    fn hosts_ignore_case_user_info_and_port() {
        assert_eq!(
            host_of("https://News.Example.com/a?b#c").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(
            host_of("http://user:pw@example.com:8080/x").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            host_of("https://example.com.").as_deref(),
            Some("example.com")
        );
        assert_eq!(host_of("http://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(
            host_of("https://a.example@evil.test/").as_deref(),
            Some("evil.test")
        );
        assert_eq!(host_of("mailto:desk@example.com"), None);
        assert_eq!(host_of("/relative/path"), None);
        assert_eq!(host_of("ftp://example.com/"), None);
        assert_eq!(host_of("https:///nohost"), None);
    }

    #[test]
    fn links_leaving_the_site_lose_the_referrer_unless_the_publisher_opted_in() {
        let site = Some("news.example.com");
        assert_eq!(
            link_rel("https://news.example.com/other", site, None),
            "noopener"
        );
        assert_eq!(
            link_rel("https://NEWS.example.com:443/x", site, None),
            "noopener"
        );
        assert_eq!(
            link_rel("https://tracker.test/", site, None),
            "noopener noreferrer"
        );
        assert_eq!(
            link_rel("https://sub.news.example.com/", site, None),
            "noopener noreferrer"
        );
        assert_eq!(
            link_rel("mailto:desk@news.example.com", site, None),
            "noopener noreferrer"
        );
        assert_eq!(
            link_rel("https://news.example.com/", None, None),
            "noopener noreferrer"
        );
        assert_eq!(
            link_rel("https://tracker.test/", site, Some("origin")),
            "noopener"
        );
    }
}
