//! Numbers and names the loader shares with the wasm. The loader
//! (`embed/embed.js`) is a few lines of plain JavaScript that must run
//! before the wasm, so it keeps its own copy of each; every constant here
//! names its mirror, and `core/tests/loader_mirror.rs` fails when the two
//! drift apart.

/// Hosts the loader and the wasm look for. Mirror: `SELECTOR` in embed.js.
pub const HOST_SELECTOR: &str = "article-widget, [data-article-widget]";

/// Hosts for CMSs that strip unknown elements (the second half of
/// [`HOST_SELECTOR`]).
pub const DATA_HOST_SELECTOR: &str = "[data-article-widget]";

/// How far outside the viewport, in CSS pixels, a lazy widget starts
/// loading. Mirror: `MARGIN` in embed.js.
pub const LAZY_MARGIN_PX: u32 = 800;

/// How far below the viewport a separate recommendations list starts
/// loading, so it is usually there before the reader is.
pub const RECOMMENDATIONS_MARGIN_PX: u32 = 400;

/// Space held for a widget until it renders or fails, unless the publisher
/// sets `--aw-min-height`. In em of the host, as the `:host` rule of
/// style/widget.css has it. Mirrors: embed.js (`el.style.minHeight`) and
/// style/widget.css.
pub const RESERVED_HEIGHT: &str = "var(--aw-min-height, 32em)";

/// On the host while the loader holds space (CSSOM `min-height`).
/// Mirror: embed.js.
pub const RESERVED_ATTRIBUTE: &str = "data-aw-reserved";

/// On the host: where the widget is (`loading`, `rendered`, `error`,
/// `unsupported`, `crashed`). Mirror: embed.js sets `unsupported`.
pub const STATE_ATTRIBUTE: &str = "data-aw-state";

/// On the host: the theme our `:host` rules follow.
pub const THEME_ATTRIBUTE: &str = "data-aw-theme";

/// On a host rendered ahead of time (`article_widget::prerender`): `current`
/// when the story in it is current, so the widget takes it over without
/// fetching `src` again; `stale` when the widget should fetch and then
/// swap in what it renders.
pub const PRERENDERED_ATTRIBUTE: &str = "prerendered";

/// The light-DOM `<script type="application/json">` holding the article a
/// pre-rendered snippet was made from.
pub const ARTICLE_DATA_ATTRIBUTE: &str = "data-aw-article";

/// The same for the recommended stories it was given as data.
pub const RECOMMENDATIONS_DATA_ATTRIBUTE: &str = "data-aw-recommendations";

/// Event names on the host element (public, stable). The loader fires
/// [`EVENT_ERROR`] itself when the wasm cannot start.
pub const EVENT_READY: &str = "article-widget:ready";
pub const EVENT_RENDERED: &str = "article-widget:rendered";
pub const EVENT_ERROR: &str = "article-widget:error";
pub const EVENT_RECOMMENDATION_CLICK: &str = "article-widget:recommendation-click";
pub const EVENT_RECOMMENDATION_IMPRESSION: &str = "article-widget:recommendation-impression";
