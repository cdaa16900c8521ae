//! The stylesheet minifier of `build.rs` (also compiled by
//! `tests/css_minify.rs`): comments out, whitespace collapsed, and dropped
//! where CSS gives it no meaning. It keeps a space wherever dropping it
//! could change a token: before `(` (`and (` in a media query), around
//! `+`, `-`, `*`, `>` and `~` (operators in `calc()` need them), before `:`
//! (`.a :hover` is a descendant selector) and inside strings.

/// After these a space never separates two tokens that would merge.
const NO_SPACE_AFTER: &[char] = &['{', '}', ';', ',', ':', '('];
/// Before these neither.
const NO_SPACE_BEFORE: &[char] = &['{', '}', ';', ',', ')'];

/// `css` without comments and without the whitespace that carries nothing.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for c in chars.by_ref() {
                if last == '*' && c == '/' {
                    break;
                }
                last = c;
            }
            // A comment separates tokens as whitespace does.
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space
            && out
                .chars()
                .last()
                .is_some_and(|last| !NO_SPACE_AFTER.contains(&last))
            && !NO_SPACE_BEFORE.contains(&c)
        {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            // The last declaration of a block needs no `;`.
            out.pop();
        }
        out.push(c);
        if c == '"' || c == '\'' {
            // A string is copied as written, escapes included.
            while let Some(s) = chars.next() {
                out.push(s);
                if s == '\\' {
                    if let Some(escaped) = chars.next() {
                        out.push(escaped);
                    }
                } else if s == c {
                    break;
                }
            }
        }
    }
    out
}
