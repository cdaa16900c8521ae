//! From a read article to a [`Story`] the components render as it is:
//! pull-quotes chosen and placed, repeats marked, reading time counted,
//! interface language chosen, recommendations de-duplicated and capped.
//! Everything that decides what a reader sees happens here, natively
//! testable; components only draw it.

use std::collections::HashSet;

use crate::i18n::{strings_for, Strings};
use crate::model::text::{reading_minutes, word_count};
use crate::model::{Article, PlacedPullQuote, Problem, Read, Recommendation};
use crate::quotes::{mark_repeated_pull_quotes, pull_quotes_for, PullQuoteSetting};

/// The most recommended stories a carousel shows. The carousel stays light
/// with 200 (a browser test holds it to that); past that a hostile or
/// broken list would only cost the reader memory.
pub const MAX_RECOMMENDATIONS: usize = 200;

/// What the publisher's options say about preparing a story.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    /// How many pull-quotes to choose when the source places none.
    pub pull_quotes: PullQuoteSetting,
    /// Interface language; the article's own when `None`.
    pub lang: Option<String>,
}

/// An article ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// The article; source-placed pull-quotes in its body know whether
    /// they repeat it, and `recommended` is already de-duplicated.
    pub article: Article,
    /// Pull-quotes in body order, each to follow body block `after`.
    pub pull_quotes: Vec<PlacedPullQuote>,
    /// Whole minutes to read; `None` for a body without words.
    pub reading_minutes: Option<u32>,
    /// Interface strings in the language the widget speaks.
    pub strings: &'static Strings,
    /// What was skipped while reading, each with where it was.
    pub problems: Vec<Problem>,
}

impl Story {
    /// The BCP 47 tag dates are written in: the article's language.
    pub fn date_lang(&self) -> Option<&str> {
        self.article.lang.as_deref()
    }
}

/// Prepares what a reader will see of `read`.
pub fn prepare(read: Read, preferences: &Preferences) -> Story {
    let Read {
        mut article,
        problems,
    } = read;
    mark_repeated_pull_quotes(&mut article.body);
    let pull_quotes = pull_quotes_for(&article, &preferences.pull_quotes);
    let reading_minutes = (word_count(&article.body) > 0).then(|| reading_minutes(&article.body));
    let strings = strings_for(preferences.lang.as_deref().or(article.lang.as_deref()));
    let own = std::mem::take(&mut article.recommended);
    article.recommended = prepare_recommendations(own, article.url.as_deref());
    Story {
        article,
        pull_quotes,
        reading_minutes,
        strings,
        problems,
    }
}

/// Each story once, in order, never the article itself (`article_url`),
/// at most [`MAX_RECOMMENDATIONS`].
pub fn prepare_recommendations(
    items: Vec<Recommendation>,
    article_url: Option<&str>,
) -> Vec<Recommendation> {
    let mut seen: HashSet<String> = article_url.map(url_key).into_iter().collect();
    items
        .into_iter()
        .filter(|item| seen.insert(url_key(&item.url)))
        .take(MAX_RECOMMENDATIONS)
        .collect()
}

/// What makes two links the same story: the fragment and a trailing slash
/// do not count, nor the case of the scheme and host.
fn url_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (path, query) = match url.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (url, None),
    };
    let mut key = match path.split_once("://") {
        Some((scheme, rest)) => {
            let (host, tail) = rest.split_once('/').unwrap_or((rest, ""));
            let tail = tail.trim_end_matches('/');
            let mut key = format!(
                "{}://{}",
                scheme.to_ascii_lowercase(),
                host.to_ascii_lowercase()
            );
            if !tail.is_empty() {
                key.push('/');
                key.push_str(tail);
            }
            key
        }
        None => path.trim_end_matches('/').to_string(),
    };
    if let Some(query) = query {
        key.push('?');
        key.push_str(query);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Inline, PullQuote};

    fn story(title: &str, url: &str) -> Recommendation {
        Recommendation {
            title: title.into(),
            url: url.into(),
            ..Recommendation::default()
        }
    }

    #[test]
    fn the_same_story_counts_once_and_the_article_never() {
        let items = vec![
            story("One", "https://news.example.com/a/1"),
            story("Again", "HTTPS://NEWS.example.com/a/1/#top"),
            story("Itself", "https://news.example.com/self/"),
            story("Query differs", "https://news.example.com/a/1?page=2"),
            story("Path case differs", "https://news.example.com/A/1"),
        ];
        let kept = prepare_recommendations(items, Some("https://news.example.com/self"));
        let titles: Vec<&str> = kept.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["One", "Query differs", "Path case differs"]);
    }

    #[test]
    fn long_lists_are_capped_in_order() {
        let items = (0..500)
            .map(|n| story(&format!("S{n}"), &format!("https://x.example/{n}")))
            .collect();
        let kept = prepare_recommendations(items, None);
        assert_eq!(kept.len(), MAX_RECOMMENDATIONS);
        assert_eq!(kept[0].title, "S0");
        assert_eq!(kept[MAX_RECOMMENDATIONS - 1].title, "S199");
    }

    #[test]
    fn a_story_is_prepared_once_for_every_component() {
        let paragraph = |text: &str| Block::Paragraph {
            content: vec![Inline::text(text)],
        };
        let article = Article {
            headline: "H".into(),
            lang: Some("es-MX".into()),
            url: Some("https://news.example.com/self".into()),
            body: vec![
                paragraph("Uno dos tres."),
                Block::PullQuote {
                    quote: PullQuote {
                        text: "uno dos tres".into(),
                        speaker: None,
                        repeats_body: false,
                    },
                },
            ],
            recommended: vec![
                story("Itself", "https://news.example.com/self#x"),
                story("Other", "https://news.example.com/other"),
            ],
            ..Article::default()
        };
        let read = Read {
            article,
            problems: Vec::new(),
        };
        let story = prepare(read.clone(), &Preferences::default());
        assert_eq!(story.strings.lang, "es", "the article's language");
        assert_eq!(story.reading_minutes, Some(1));
        assert!(story.pull_quotes.is_empty(), "the source placed its own");
        assert!(matches!(
            &story.article.body[1],
            Block::PullQuote { quote } if quote.repeats_body
        ));
        assert_eq!(story.article.recommended.len(), 1);
        let english = prepare(
            read,
            &Preferences {
                lang: Some("en".into()),
                ..Preferences::default()
            },
        );
        assert_eq!(english.strings.lang, "en", "the option wins");
        assert_eq!(
            english.date_lang(),
            Some("es-MX"),
            "dates stay the article's"
        );
    }

    #[test]
    fn no_words_no_reading_time() {
        let read = Read {
            article: Article {
                headline: "H".into(),
                ..Article::default()
            },
            problems: Vec::new(),
        };
        assert_eq!(prepare(read, &Preferences::default()).reading_minutes, None);
    }
}
