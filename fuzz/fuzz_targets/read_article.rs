//! Fuzzes every pure entry point with one input: as an article source (read
//! and prepared as the widget does), as a list of recommended items, as a
//! page's JSON-LD blocks (split at NUL), as a date, as every option's
//! attribute value, as HTML for the allowlist walk (html5ever, as in a
//! server render), and as body paragraphs for the pull-quote chooser. Any
//! panic is a bug: in the widget it would abort every widget on the page.
#![no_main]

use article_widget_core::model::dates::read_date;
use article_widget_core::model::html::{HtmlReader, TextOnly};
use article_widget_core::model::native_html::NativeHtml;
use article_widget_core::model::read::{
    read_article, read_jsonld_documents, read_recommendation_list,
};
use article_widget_core::model::{Block, Inline};
use article_widget_core::options::{OptionName, OptionValue, WidgetOptions};
use article_widget_core::prepare::{prepare, Preferences};
use article_widget_core::quotes::choose_pull_quotes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(read) = read_article(text, &TextOnly) {
        let _ = prepare(read, &Preferences::default());
    }
    if let Ok(read) = read_article(text, &NativeHtml) {
        let _ = prepare(read, &Preferences::default());
    }
    let _ = NativeHtml.blocks(text);
    let _ = NativeHtml.text(text);
    let mut options = WidgetOptions::default();
    for name in OptionName::ALL {
        let _ = options.set(name, OptionValue::Attribute(text));
    }
    let _ = read_recommendation_list(text, &TextOnly);
    let docs: Vec<&str> = text.split('\0').take(16).collect();
    let _ = read_jsonld_documents(&docs, &TextOnly);
    if let Some(date) = read_date(text) {
        let _ = article_widget_core::written_date::written_date(&date, Some("en"));
    }
    let body: Vec<Block> = text
        .split('\n')
        .take(64)
        .map(|p| Block::Paragraph {
            content: vec![Inline::text(p)],
        })
        .collect();
    let _ = choose_pull_quotes(&body, 3);
});
