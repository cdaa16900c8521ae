//! Why a widget shows no story. [`ErrorCode`] is public and stable: its
//! kebab-case text is the `code` of the `article-widget:error` event and
//! the `data-code` of the error shown inside the widget, so publishers
//! match on it. Reading and loading
//! fail for different reasons and carry different types; both end as a
//! code and an English message for the developer.

use std::fmt;

/// Every failure a publisher can see, as a closed set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The whole load, retries included, outran its deadline.
    Timeout,
    /// The request failed without an answer (DNS, CORS, connection).
    Network,
    /// The browser says it is offline.
    Offline,
    /// The server answered with this HTTP status (4xx or 5xx).
    Http(HttpStatus),
    /// The answer is not JSON (or nests too deeply to be an article).
    NotJson,
    /// The answer ended before its declared length.
    Truncated,
    /// The answer is larger than the size limit.
    TooLarge,
    /// The JSON holds no article we can read.
    NoArticle,
    /// A recommendations list holds no usable item.
    NoItems,
    /// No article URL was configured.
    NoSource,
    /// The article URL is malformed or not `http(s)`.
    BadUrl,
    /// The browser lacks something the widget needs (also sent by the loader).
    Unsupported,
    /// The load was cancelled (unmount or a new source); never shown.
    Aborted,
    /// A widget file did not match its Subresource Integrity hash (sent by
    /// the loader, which then runs none of it).
    Integrity,
    /// An internal error (a panic) stopped every widget on the page.
    Crashed,
    /// The page enforces Trusted Types without allowing our policy name.
    TrustedTypes,
}

/// The HTTP statuses with a code of their own, and the two families.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HttpStatus {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Gone,
    TooManyRequests,
    OtherClient,
    InternalServerError,
    BadGateway,
    ServiceUnavailable,
    GatewayTimeout,
    OtherServer,
}

impl HttpStatus {
    /// The family a status falls in; `None` for a status that is not an
    /// error (below 400).
    pub fn from_status(status: u16) -> Option<Self> {
        Some(match status {
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            410 => Self::Gone,
            429 => Self::TooManyRequests,
            500 => Self::InternalServerError,
            502 => Self::BadGateway,
            503 => Self::ServiceUnavailable,
            504 => Self::GatewayTimeout,
            _ if status >= 500 => Self::OtherServer,
            _ if status >= 400 => Self::OtherClient,
            _ => return None,
        })
    }

    /// True for 5xx: the server's trouble, not the request's.
    pub fn is_server(self) -> bool {
        matches!(
            self,
            Self::InternalServerError
                | Self::BadGateway
                | Self::ServiceUnavailable
                | Self::GatewayTimeout
                | Self::OtherServer
        )
    }
}

impl ErrorCode {
    /// Every code, for documentation checks and the TypeScript union.
    pub const ALL: [ErrorCode; 27] = [
        Self::Timeout,
        Self::Network,
        Self::Offline,
        Self::Http(HttpStatus::BadRequest),
        Self::Http(HttpStatus::Unauthorized),
        Self::Http(HttpStatus::Forbidden),
        Self::Http(HttpStatus::NotFound),
        Self::Http(HttpStatus::Gone),
        Self::Http(HttpStatus::TooManyRequests),
        Self::Http(HttpStatus::OtherClient),
        Self::Http(HttpStatus::InternalServerError),
        Self::Http(HttpStatus::BadGateway),
        Self::Http(HttpStatus::ServiceUnavailable),
        Self::Http(HttpStatus::GatewayTimeout),
        Self::Http(HttpStatus::OtherServer),
        Self::NotJson,
        Self::Truncated,
        Self::TooLarge,
        Self::NoArticle,
        Self::NoItems,
        Self::NoSource,
        Self::BadUrl,
        Self::Unsupported,
        Self::Aborted,
        Self::Integrity,
        Self::Crashed,
        Self::TrustedTypes,
    ];

    /// The stable public text (`http-404`, `not-json`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::Network => "network",
            Self::Offline => "offline",
            Self::Http(status) => match status {
                HttpStatus::BadRequest => "http-400",
                HttpStatus::Unauthorized => "http-401",
                HttpStatus::Forbidden => "http-403",
                HttpStatus::NotFound => "http-404",
                HttpStatus::Gone => "http-410",
                HttpStatus::TooManyRequests => "http-429",
                HttpStatus::OtherClient => "http-4xx",
                HttpStatus::InternalServerError => "http-500",
                HttpStatus::BadGateway => "http-502",
                HttpStatus::ServiceUnavailable => "http-503",
                HttpStatus::GatewayTimeout => "http-504",
                HttpStatus::OtherServer => "http-5xx",
            },
            Self::NotJson => "not-json",
            Self::Truncated => "truncated",
            Self::TooLarge => "too-large",
            Self::NoArticle => "no-article",
            Self::NoItems => "no-items",
            Self::NoSource => "no-source",
            Self::BadUrl => "bad-url",
            Self::Unsupported => "unsupported",
            Self::Aborted => "aborted",
            Self::Integrity => "integrity",
            Self::Crashed => "crashed",
            Self::TrustedTypes => "trusted-types",
        }
    }

    /// The code for a public text, the inverse of [`ErrorCode::as_str`].
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|code| code.as_str() == text)
    }

    /// A failure the browser coming back online may cure.
    pub fn cured_by_reconnecting(self) -> bool {
        matches!(self, Self::Offline | Self::Network)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a document could not be read: the text arrived but holds no article
/// (or list) we can show. Always `not-json`, `no-article` or `no-items`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub code: ErrorCode,
    /// For the publisher's developer, in English.
    pub message: String,
}

impl ReadError {
    pub fn not_json(message: impl Into<String>) -> Self {
        Self::with(ErrorCode::NotJson, message)
    }

    pub fn no_article(message: impl Into<String>) -> Self {
        Self::with(ErrorCode::NoArticle, message)
    }

    pub fn no_items(message: impl Into<String>) -> Self {
        Self::with(ErrorCode::NoItems, message)
    }

    fn with(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

/// Why a widget's story could not be had: the request failed, or what came
/// back could not be read. What the error state and the error event show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub code: ErrorCode,
    /// For the publisher's developer, in English.
    pub message: String,
}

impl LoadError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<ReadError> for LoadError {
    fn from(error: ReadError) -> Self {
        Self {
            code: error.code,
            message: error.message,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_from_its_text() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::parse(code.as_str()), Some(code), "{code}");
        }
        let mut texts: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), ErrorCode::ALL.len(), "two codes share a text");
    }

    #[test]
    fn statuses_map_to_the_published_codes() {
        let code = |s| HttpStatus::from_status(s).map(|h| ErrorCode::Http(h).as_str());
        assert_eq!(code(404), Some("http-404"));
        assert_eq!(code(418), Some("http-4xx"));
        assert_eq!(code(503), Some("http-503"));
        assert_eq!(code(599), Some("http-5xx"));
        assert_eq!(code(302), None);
        assert!(HttpStatus::from_status(502).is_some_and(HttpStatus::is_server));
        assert!(!HttpStatus::from_status(429).is_some_and(HttpStatus::is_server));
    }
}
