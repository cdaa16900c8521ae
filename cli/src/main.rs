//! `article-widget-cli`: renders a widget ahead of time, for pages built by
//! a static-site generator, a CMS or a server.
//!
//! ```text
//! article-widget-cli render ARTICLE.json [--src URL] [--recommendations FILE]
//!     [--css link|inline] [--css-href URL] [--stale] [--attr NAME=VALUE]...
//! article-widget-cli stylesheet
//! ```
//!
//! `render` prints the `<article-widget>` snippet for the article (any
//! format the widget reads); `stylesheet` prints the stylesheet the
//! snippet links to, to serve beside it.

use std::process::ExitCode;

use article_widget::prerender::{render_snippet, Prerender, Stylesheet};

const USAGE: &str = "\
usage:
  article-widget-cli render ARTICLE.json [options] > snippet.html
  article-widget-cli stylesheet > article-widget.css

render options:
  --src URL               the widget's src: where it fetches the article when
                          the snippet is stale (and the fallback's target)
  --recommendations FILE  recommended stories as data (any list format the
                          widget's recommendations option reads)
  --css link|inline       link to the stylesheet (default: works under a
                          strict CSP's style-src 'self') or inline it
  --css-href URL          where the linked stylesheet is served
                          (default: article-widget.css)
  --stale                 the widget fetches src again and swaps in what it
                          renders (default: the snippet's data is current)
  --attr NAME=VALUE       any other attribute of <article-widget> (lang, theme,
                          pull-quotes, autoplay, recommendations, loading...)
  --lang, --theme, --pull-quotes VALUE
                          shorthands for --attr
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("article-widget-cli: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Render(message)) => {
            eprintln!("article-widget-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Usage(String),
    Render(String),
}

fn run(args: &[String]) -> Result<String, Failure> {
    match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]),
        Some("stylesheet") if args.len() == 1 => Ok(article_widget::prerender::stylesheet().into()),
        Some("--help" | "-h" | "help") => Ok(USAGE.into()),
        Some(other) => Err(Failure::Usage(format!("unknown command \"{other}\""))),
        None => Err(Failure::Usage("a command is needed".into())),
    }
}

fn render(args: &[String]) -> Result<String, Failure> {
    let mut how = Prerender::default();
    let mut article_path = None;
    let mut css_mode = "link".to_string();
    let mut css_href = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--src" => how.attributes.push(("src".into(), value(arg)?)),
            "--lang" | "--theme" | "--pull-quotes" => {
                let name = arg.trim_start_matches("--").to_string();
                how.attributes.push((name, value(arg)?));
            }
            "--attr" => {
                let pair = value(arg)?;
                let (name, v) = pair.split_once('=').ok_or_else(|| {
                    Failure::Usage(format!("--attr wants NAME=VALUE, not \"{pair}\""))
                })?;
                how.attributes.push((name.trim().into(), v.into()));
            }
            "--recommendations" => {
                let path = value(arg)?;
                how.recommendations = Some(read(&path)?);
            }
            "--css" => css_mode = value(arg)?,
            "--css-href" => css_href = Some(value(arg)?),
            "--stale" => how.current = false,
            other if other.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option \"{other}\"")))
            }
            path if article_path.is_none() => article_path = Some(path.to_string()),
            extra => {
                return Err(Failure::Usage(format!(
                    "one article at a time (\"{extra}\")"
                )))
            }
        }
    }
    how.stylesheet = match (css_mode.as_str(), css_href) {
        ("link", href) => Stylesheet::Link(href.unwrap_or_else(|| "article-widget.css".into())),
        ("inline", None) => Stylesheet::Inline,
        ("inline", Some(_)) => {
            return Err(Failure::Usage("--css-href goes with --css link".into()))
        }
        (other, _) => {
            return Err(Failure::Usage(format!(
                "--css is link or inline, not \"{other}\""
            )))
        }
    };
    let path = article_path.ok_or_else(|| Failure::Usage("which article?".into()))?;
    let article = read(&path)?;
    render_snippet(&article, &how)
        .map(|mut html| {
            html.push('\n');
            html
        })
        .map_err(|e| Failure::Render(format!("{path}: {e}")))
}

fn read(path: &str) -> Result<String, Failure> {
    let text = if path == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    text.map_err(|e| Failure::Render(format!("{path}: {e}")))
}
