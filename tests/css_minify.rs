//! The stylesheet minifier build.rs runs (build/css.rs): what it drops and
//! what it must keep, and that the widget's own sheets lose nothing but
//! comments and whitespace.

#[path = "../build/css.rs"]
mod css;

use css::minify;

#[test]
fn drops_comments_and_the_whitespace_around_punctuation() {
    assert_eq!(
        minify("/* why */\n:host {\n  --aw-x: 1em; /* note */\n  color: red;\n}\n\n.a,\n.b { margin: 0 }\n"),
        ":host{--aw-x:1em;color:red}.a,.b{margin:0}"
    );
}

#[test]
fn keeps_the_spaces_that_mean_something() {
    // A descendant combinator before a pseudo-class, calc() operators, a
    // media query's `and (`, a comment between two tokens, strings.
    assert_eq!(minify(".a :hover { x: 1 }"), ".a :hover{x:1}");
    assert_eq!(
        minify("a { width: calc(100% - 2 * var(--s)) }"),
        "a{width:calc(100% - 2 * var(--s))}"
    );
    assert_eq!(
        minify("@media screen and (min-width: 40em) { a { b: c } }"),
        "@media screen and (min-width:40em){a{b:c}}"
    );
    assert_eq!(minify("a{margin:1px/**/2px}"), "a{margin:1px 2px}");
    assert_eq!(
        minify("a::before { content: \"  ;}  /* no */ \\\" \" }"),
        "a::before{content:\"  ;}  /* no */ \\\" \"}"
    );
    assert_eq!(
        minify("a { font-family: 'Segoe  UI', serif; }"),
        "a{font-family:'Segoe  UI',serif}"
    );
}

/// `css` without comments and whitespace outside strings: what no
/// minification may change.
fn tokens_only(css: &str) -> String {
    let mut out = String::new();
    let mut in_string = None;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match in_string {
            Some(quote) => {
                out.push(c);
                if c == '\\' {
                    out.extend(chars.next());
                } else if c == quote {
                    in_string = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            None if c.is_whitespace() => {}
            None => {
                if c == '"' || c == '\'' {
                    in_string = Some(c);
                }
                out.push(c);
            }
        }
    }
    out.replace(";}", "}")
}

#[test]
fn the_widget_sheets_lose_only_comments_and_whitespace() {
    for path in ["style/widget.css", "style/recommended.css"] {
        let source =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
                .unwrap_or_else(|error| panic!("{path}: {error}"));
        let minified = minify(&source);
        assert_eq!(tokens_only(&minified), tokens_only(&source), "{path}");
        assert!(
            !minified.contains("/*") && !minified.contains('\n'),
            "{path}"
        );
        assert!(
            minified.len() * 5 < source.len() * 4,
            "{path}: {} of {} bytes",
            minified.len(),
            source.len()
        );
    }
}
