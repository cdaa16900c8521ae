//! The privacy settings of one widget, handed down through Leptos context;
//! the rules are in `article_widget_core::privacy`. Images ask for no
//! cookies (`crossorigin="anonymous"`) and no referrer; links from the
//! article lose the referrer when they leave its site.

use article_widget_core::privacy::{self, DEFAULT_IMAGE_POLICY};
use leptos::prelude::*;

use crate::browser::dom::{absolute_url, remove_target_attribute};

#[derive(Clone, Debug, Default, PartialEq)]
struct Privacy {
    /// The publisher's `referrer-policy`, if they chose one.
    chosen: Option<&'static str>,
    /// Host of the article's own site: links there keep their referrer.
    site: Option<String>,
}

/// Sets the policy for one widget. Until the article says where it lives,
/// its own site is the host it is loaded from (`src`, resolved against
/// the page).
pub fn provide_privacy(chosen: Option<&'static str>, src: Option<&str>) {
    let site = src
        .and_then(absolute_url)
        .and_then(|url| privacy::host_of(&url));
    provide_context(Privacy { chosen, site });
}

/// Inside the story: its canonical URL names its site.
pub fn provide_article_site(url: Option<&str>) {
    let Some(site) = url.and_then(privacy::host_of) else {
        return;
    };
    let chosen = use_context::<Privacy>().and_then(|p| p.chosen);
    provide_context(Privacy {
        chosen,
        site: Some(site),
    });
}

/// `referrerpolicy` for an image from a source.
pub fn image_referrer_policy() -> &'static str {
    use_context::<Privacy>()
        .and_then(|p| p.chosen)
        .unwrap_or(DEFAULT_IMAGE_POLICY)
}

/// `rel` for a link from source content to `href`.
pub fn link_rel(href: &str) -> &'static str {
    let privacy = use_context::<Privacy>().unwrap_or_default();
    privacy::link_rel(href, privacy.site.as_deref(), privacy.chosen)
}

/// `referrerpolicy` for a link from source content: only the publisher's.
pub fn link_referrer_policy() -> Option<&'static str> {
    use_context::<Privacy>().and_then(|p| p.chosen)
}

/// An image host that sends no CORS headers refuses the anonymous request;
/// the picture then loads the ordinary way (with whatever cookies the
/// browser's own rules allow) rather than not at all.
pub fn retry_without_cors(event: &web_sys::Event) {
    remove_target_attribute(event, "crossorigin");
}
