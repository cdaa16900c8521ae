#![cfg(not(target_arch = "wasm32"))]
//! The pull-quote chooser measured on an evaluation set of our own
//! (`core/tests/quotes_eval/*.txt`, format in its README): article bodies in
//! English, Spanish, German, French and Portuguese, each with the quotes an
//! editor would pull and who said them.
//!
//! Every case is read as a schema.org `NewsArticle` with its body as
//! `articleBody` and prepared as the widget prepares it (plain text split
//! into paragraphs, escaped markup decoded, the headline known), asking
//! for as many pull-quotes as the case expects (two when it expects none).
//!
//! A pull-quote *matches* a case's passage when its words (case, quote
//! marks and punctuation aside) stand, in order and contiguous, inside the
//! passage; it is matched to the shortest passage that holds it, `expect`
//! and `also` lines alike. The figures:
//!
//! - **recall**: `expect` passages matched by a pull-quote, over all
//!   `expect` passages;
//! - **attribution precision**: matched pull-quotes whose speaker is right,
//!   over matched pull-quotes that name a speaker (a speaker is right when
//!   it is one of the passage's names or their last words; naming anyone
//!   for a `-` passage is wrong);
//! - **quote precision**: pull-quotes that match a passage, over all
//!   pull-quotes (speech an editor would not pull, cut fragments,
//!   headline repeats and scare quotes count against it);
//! - **speaker coverage**: matched pull-quotes of named passages that name
//!   the right speaker, over matched pull-quotes of named passages.
//!
//! The test fails below 95 % attribution precision, 90 % recall or 90 %
//! quote precision over the whole set, and prints every miss (and, with
//! `AW_EVAL_VERBOSE` set, every pull-quote chosen).

use article_widget_core::model::html::TextOnly;
use article_widget_core::model::read::read_article;
use article_widget_core::prepare::{prepare, Preferences};
use article_widget_core::quotes::PullQuoteSetting;

const MIN_ATTRIBUTION_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;
const MIN_QUOTE_PRECISION: f64 = 0.90;

/// The set, one file per language.
const LANGUAGES: [&str; 5] = ["en", "es", "de", "fr", "pt"];

/// Reads a file of the set from the checkout being tested, at run time:
/// the build cache is shared between checkouts, and a test binary built in
/// another one must not carry its files.
fn set_file(lang: &str) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path: std::path::PathBuf = [
        root.as_str(),
        "tests",
        "quotes_eval",
        &format!("{lang}.txt"),
    ]
    .iter()
    .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

struct Passage {
    required: bool,
    /// Acceptable names, normalised; empty for "nobody named".
    speakers: Vec<String>,
    text: String,
}

struct Case {
    /// 1 for the cases the chooser was tuned on, 2 for those written after.
    batch: u8,
    id: String,
    lang: String,
    headline: String,
    body: String,
    passages: Vec<Passage>,
}

fn parse(file: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut batch = 1;
    for chunk in file.split("\n=== ").map(|c| c.trim_start_matches("=== ")) {
        let mut lines = chunk.lines();
        let Some(id) = lines.next().map(str::trim).filter(|s| !s.is_empty()) else {
            continue;
        };
        let mut case = Case {
            batch,
            id: id.to_string(),
            lang: String::new(),
            headline: String::new(),
            body: String::new(),
            passages: Vec::new(),
        };
        let mut body: Vec<&str> = Vec::new();
        let mut in_body = false;
        for line in lines {
            let passage = line
                .strip_prefix("expect:")
                .map(|rest| (true, rest))
                .or_else(|| line.strip_prefix("also:").map(|rest| (false, rest)));
            if let Some((required, rest)) = passage {
                in_body = false;
                let (speaker, text) = rest.split_once('|').expect("speaker | quote");
                let speaker = speaker.trim();
                case.passages.push(Passage {
                    required,
                    speakers: if speaker == "-" {
                        Vec::new()
                    } else {
                        speaker.split(" / ").map(normalise).collect()
                    },
                    text: text.trim().to_string(),
                });
            } else if in_body {
                body.push(line);
            } else if let Some(v) = line.strip_prefix("lang:") {
                case.lang = v.trim().to_string();
            } else if let Some(v) = line.strip_prefix("headline:") {
                case.headline = v.trim().to_string();
            } else if line.starts_with("body:") {
                in_body = true;
            }
        }
        case.body = body.join("\n").trim().to_string();
        // A "# Batch 2" comment after this case's lines starts the next batch.
        if chunk.lines().any(|l| l.starts_with("# Batch 2")) {
            batch = 2;
        }
        assert!(!case.body.is_empty(), "{}: no body", case.id);
        cases.push(case);
    }
    cases
}

/// Lower case, words only: quote marks, apostrophes and punctuation become
/// spaces, white space collapsed, a space at each end.
fn normalise(text: &str) -> String {
    let mut out = String::from(" ");
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn speaker_right(given: &str, acceptable: &[String]) -> bool {
    let given = normalise(given);
    given.trim().chars().count() > 1 && acceptable.iter().any(|name| name.ends_with(&given))
}

#[derive(Default, Clone, Copy)]
struct Tally {
    expected: usize,
    found: usize,
    returned: usize,
    matched: usize,
    named: usize,
    named_right: usize,
    of_named_passages: usize,
    of_named_passages_right: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.expected += o.expected;
        self.found += o.found;
        self.returned += o.returned;
        self.matched += o.matched;
        self.named += o.named;
        self.named_right += o.named_right;
        self.of_named_passages += o.of_named_passages;
        self.of_named_passages_right += o.of_named_passages_right;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn row(name: &str, cases: usize, t: &Tally) -> String {
    format!(
        "{name:<6} {cases:>5} {:>7.1} {:>9.1} {:>9.1} {:>9.1}   ({}/{} found, {}/{} named right, {}/{} matched)",
        100.0 * ratio(t.found, t.expected),
        100.0 * ratio(t.named_right, t.named),
        100.0 * ratio(t.matched, t.returned),
        100.0 * ratio(t.of_named_passages_right, t.of_named_passages),
        t.found,
        t.expected,
        t.named_right,
        t.named,
        t.matched,
        t.returned,
    )
}

/// Scores one case, noting its misses in `misses`.
fn run(case: &Case, misses: &mut Vec<String>) -> Tally {
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": case.headline,
        "inLanguage": case.lang,
        "articleBody": case.body,
    });
    let read = read_article(&doc.to_string(), &TextOnly).expect("an article");
    let required = case.passages.iter().filter(|p| p.required).count();
    let asked = if required == 0 { 2 } else { required };
    let story = prepare(
        read,
        &Preferences {
            pull_quotes: PullQuoteSetting::Count(asked),
            ..Preferences::default()
        },
    );
    let mut tally = Tally {
        expected: required,
        ..Tally::default()
    };
    if std::env::var_os("AW_EVAL_VERBOSE").is_some() {
        println!("{} ({} blocks):", case.id, story.article.body.len());
        for q in &story.pull_quotes {
            println!(
                "    after {}: {:?} ({:?})",
                q.after, q.quote.text, q.quote.speaker
            );
        }
    }
    let mut found = vec![false; case.passages.len()];
    for q in &story.pull_quotes {
        tally.returned += 1;
        let words = normalise(&q.quote.text);
        let speaker = q.quote.speaker.as_deref();
        let passage = case
            .passages
            .iter()
            .enumerate()
            .filter(|(_, p)| !words.trim().is_empty() && normalise(&p.text).contains(&words))
            .min_by_key(|(_, p)| p.text.len());
        let Some((i, p)) = passage else {
            misses.push(format!(
                "{}: not a passage: {:?} ({speaker:?})",
                case.id, q.quote.text
            ));
            continue;
        };
        tally.matched += 1;
        found[i] = true;
        let right = speaker.is_some_and(|s| speaker_right(s, &p.speakers));
        if speaker.is_some() {
            tally.named += 1;
            if right {
                tally.named_right += 1;
            }
        }
        if !p.speakers.is_empty() {
            tally.of_named_passages += 1;
            if right {
                tally.of_named_passages_right += 1;
            }
        }
        if speaker.is_some() && !right {
            misses.push(format!(
                "{}: wrong speaker {speaker:?} for {:?}",
                case.id, q.quote.text
            ));
        } else if speaker.is_none() && !p.speakers.is_empty() {
            misses.push(format!("{}: no speaker for {:?}", case.id, q.quote.text));
        }
    }
    for (p, hit) in case.passages.iter().zip(&found) {
        if p.required && *hit {
            tally.found += 1;
        } else if p.required {
            misses.push(format!("{}: missed {:?}", case.id, p.text));
        }
    }
    tally
}

#[test]
fn the_evaluation_set_meets_the_thresholds() {
    let mut total = Tally::default();
    let mut batches = [Tally::default(); 2];
    let mut batch_cases = [0; 2];
    let mut cases = 0;
    let mut misses = Vec::new();
    let mut table = vec![format!(
        "{:<6} {:>5} {:>7} {:>9} {:>9} {:>9}",
        "lang", "cases", "recall", "attr.prec", "quote.prec", "speakers"
    )];
    for lang in LANGUAGES {
        let mut tally = Tally::default();
        let parsed = parse(&set_file(lang));
        for case in &parsed {
            assert_eq!(case.lang, lang, "{}: in the {lang} file", case.id);
            let one = run(case, &mut misses);
            tally.add(&one);
            let b = usize::from(case.batch == 2);
            if let (Some(t), Some(n)) = (batches.get_mut(b), batch_cases.get_mut(b)) {
                t.add(&one);
                *n += 1;
            }
        }
        table.push(row(lang, parsed.len(), &tally));
        total.add(&tally);
        cases += parsed.len();
    }
    table.push(row("batch1", batch_cases[0], &batches[0]));
    table.push(row("batch2", batch_cases[1], &batches[1]));
    table.push(row("all", cases, &total));
    println!("{}", table.join("\n"));
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(cases >= 40, "at least 40 cases, {cases} given");
    let recall = ratio(total.found, total.expected);
    let attribution = ratio(total.named_right, total.named);
    let quotes = ratio(total.matched, total.returned);
    assert!(
        recall >= MIN_RECALL
            && attribution >= MIN_ATTRIBUTION_PRECISION
            && quotes >= MIN_QUOTE_PRECISION,
        "recall {recall:.3} (at least {MIN_RECALL}), attribution precision {attribution:.3} \
         (at least {MIN_ATTRIBUTION_PRECISION}), quote precision {quotes:.3} \
         (at least {MIN_QUOTE_PRECISION})\n{}",
        table.join("\n")
    );
}
