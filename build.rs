//! Compiles the widget's stylesheets into one minified file in OUT_DIR,
//! which `src/embed/styles.rs` includes: the sources keep their comments
//! (they say why), the wasm does not carry them.

#[path = "build/css.rs"]
mod css;

/// The stylesheets, in cascade order. tests/e2e/test_support.py reads this
/// list to rebuild the sheet as an older engine would read it.
const STYLESHEETS: [&str; 2] = ["style/widget.css", "style/recommended.css"];

fn main() {
    let mut all = String::new();
    for path in STYLESHEETS {
        println!("cargo::rerun-if-changed={path}");
        match std::fs::read_to_string(path) {
            Ok(text) => all.push_str(&text),
            Err(error) => panic!("cannot read {path}: {error}"),
        }
    }
    println!("cargo::rerun-if-changed=build/css.rs");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("widget.min.css");
    if let Err(error) = std::fs::write(&out, css::minify(&all)) {
        panic!("cannot write {}: {error}", out.display());
    }
}
