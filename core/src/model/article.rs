//! The one internal article model every format reader produces and every
//! component renders. Plain data: no DOM, no framework.

/// Writing direction of the article's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// A point in time read from a source.
///
/// `iso` is what goes into `<time datetime>`; `epoch_ms` is what the
/// browser's `Intl.DateTimeFormat` formats. A source date without a zone is
/// read as UTC and `has_zone` says so, so it is never shown as more precise
/// than it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timestamp {
    pub epoch_ms: i64,
    pub iso: String,
    pub has_time: bool,
    pub has_zone: bool,
}

/// A person or organisation credited with the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    /// Profile link, already checked to be `http(s)`.
    pub url: Option<String>,
    /// Role such as "Reporter" or "Photographer".
    pub role: Option<String>,
    /// Portrait, already checked to be `http(s)`.
    pub image: Option<String>,
}

/// An image with everything needed to lay it out without a shift.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Image {
    /// Always an `http(s)` URL.
    pub src: String,
    /// A `srcset` whose every candidate is `http(s)`.
    pub srcset: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Empty means decorative; `None` means the source gave none.
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// A run of inline content inside a paragraph, list item or quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text {
        text: String,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    /// `href` is always `http:`, `https:` or `mailto:`.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
}

impl Inline {
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text { text: text.into() }
    }
}

/// One block of the article body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    /// `level` is 2 to 4: the headline is the only level-1 heading.
    Heading {
        level: u8,
        text: String,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    BlockQuote {
        content: Vec<Inline>,
        cite: Option<String>,
    },
    Figure {
        image: Image,
    },
    /// A pull-quote placed by the source at this point of the body.
    PullQuote {
        quote: PullQuote,
    },
    Divider,
    /// Third-party content (video, social post) shown as a link card,
    /// never as an iframe.
    Embed {
        url: String,
        title: Option<String>,
        provider: Option<String>,
    },
}

/// A quotation lifted out of the body and set large.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PullQuote {
    pub text: String,
    pub speaker: Option<String>,
    /// True when the same words stand in the body, so screen readers skip
    /// the pull-quote instead of reading it twice.
    pub repeats_body: bool,
}

/// A pull-quote given by the source, to be placed after body block `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedPullQuote {
    pub after: usize,
    pub quote: PullQuote,
}

/// A story recommended under the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendation {
    pub title: String,
    /// Always an `http(s)` URL.
    pub url: String,
    pub teaser: Option<String>,
    pub image: Option<Image>,
    pub section: Option<String>,
    pub published: Option<Timestamp>,
    pub source: Option<String>,
    pub sponsored: bool,
}

/// The article, whatever format it came in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub id: Option<String>,
    /// Canonical URL, always `http(s)`.
    pub url: Option<String>,
    /// BCP 47 language tag as given, e.g. `en`, `es-MX`, `ar`.
    pub lang: Option<String>,
    pub dir: Direction,
    /// Section or kicker shown above the headline.
    pub section: Option<String>,
    pub headline: String,
    pub standfirst: Option<String>,
    pub authors: Vec<Author>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    /// Place line such as "MEXICO CITY".
    pub dateline: Option<String>,
    pub lead_image: Option<Image>,
    pub body: Vec<Block>,
    /// Pull-quotes the source placed explicitly.
    pub pull_quotes: Vec<PlacedPullQuote>,
    pub recommended: Vec<Recommendation>,
}

/// Something in the source that was wrong but not fatal, with where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// A JSON path such as `recommended[3].url`.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}
