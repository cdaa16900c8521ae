//! The command as a publisher's build runs it.

use std::process::Command;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../fixtures/sample-article.json"
);
const LIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../fixtures/recommendations-list.json"
);

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_article-widget-cli"))
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn renders_a_snippet_with_the_options_given() {
    let (code, out, err) = cli(&[
        "render",
        SAMPLE,
        "--src",
        "/a.json",
        "--lang",
        "es",
        "--css-href",
        "/w.css",
        "--recommendations",
        LIST,
        "--attr",
        "pull-quotes=1",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(
        "<article-widget src=\"/a.json\" lang=\"es\" pull-quotes=\"1\" data-aw-state=\"rendered\""
    ));
    assert!(out.contains("<link rel=\"stylesheet\" href=\"/w.css\">"));
    assert!(
        out.contains("min de lectura"),
        "the interface speaks Spanish"
    );
    assert_eq!(out.matches("class=\"aw-pull-quote\"").count(), 1);
    assert!(out.contains("data-aw-recommendations"));
    assert!(out.trim_end().ends_with("</article-widget>"));
}

#[test]
fn inline_styles_and_stale_data_on_request() {
    let (code, out, _) = cli(&["render", SAMPLE, "--css", "inline", "--stale"]);
    assert_eq!(code, 0);
    assert!(out.contains("<style>") && !out.contains("<link"));
    assert!(out.contains("prerendered=\"stale\""));
}

#[test]
fn prints_the_stylesheet_it_links_to() {
    let (code, out, _) = cli(&["stylesheet"]);
    assert_eq!(code, 0);
    assert!(out.contains(".aw-headline") && !out.contains("/*"));
}

#[test]
fn misuse_is_a_usage_error_and_a_bad_article_a_failure() {
    for args in [
        &["render", SAMPLE, "--css", "bogus"][..],
        &["render", SAMPLE, "--css", "inline", "--css-href", "/x.css"],
        &["render"],
        &["render", SAMPLE, "--frobnicate"],
        &["render", SAMPLE, "--attr", "no-equals-sign"],
        &["paint"],
        &[],
    ] {
        let (code, _, err) = cli(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("usage:"), "{args:?}");
    }
    let (code, _, err) = cli(&["render", "/no/such/article.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/article.json"));
    let (code, _, err) = cli(&["render", SAMPLE, "--theme", "purple"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = cli(&["render", LIST]);
    assert_eq!(code, 1, "a list is no article");
}
