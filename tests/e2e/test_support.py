"""What readers on older engines get (docs/embedding.md, "Browser support"),
simulated in current browsers: an engine that cannot compile the module
keeps the publisher's fallback, and the stylesheet holds up where :has(),
container queries and container units are unknown."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_an_engine_that_cannot_compile_the_module_keeps_the_fallback(page):
    p = page("old-engine.html")
    p.wait("(window.__awEvents || []).some(e => e.type === 'error')")
    errors = p.events("error", "old")
    assert len(errors) == 1 and errors[0]["detail"]["code"] == "unsupported", errors
    assert "simulated engine" in errors[0]["detail"]["message"]
    assert p.js("return document.getElementById('old').getAttribute('data-aw-state')") == "unsupported"
    assert p.js("return document.getElementById('old').shadowRoot") is None
    assert p.js("return document.getElementById('fallback').getBoundingClientRect().height") > 0
    # The space held for the article is handed back.
    assert p.js("return document.getElementById('old').style.minHeight") == ""


def widget_css():
    """The stylesheet the widget compiles in, before build.rs minifies it
    for src/embed/styles.rs."""
    source = (ROOT / "build.rs").read_text()
    files = re.findall(r'"(style/[^"]+\.css)"', source)
    assert files, "no stylesheet found in build.rs"
    return "".join((ROOT / name).read_text() for name in files)


def as_an_older_engine_reads_it(css):
    # What such an engine does not know becomes something no engine knows,
    # so the current one drops it the same way.
    return css.replace(":has(", ":aw-unknown(").replace("@container", "@aw-unknown").replace("cqi", "awq")


def test_the_stylesheet_holds_up_without_has_and_container_queries(page):
    p = page("many.html")
    p.wait_rendered("first")
    old = as_an_older_engine_reads_it(widget_css())
    assert old != widget_css()
    p.js(
        "const root = document.getElementById('first').shadowRoot;"
        "const sheet = new CSSStyleSheet(); sheet.replaceSync(arguments[0]);"
        "root.adoptedStyleSheets = [sheet];"
        "root.querySelectorAll('style').forEach(s => s.remove());",
        old,
    )
    # The fallback link is hidden once the article is on screen.
    assert p.js(
        "const f = document.getElementById('first').shadowRoot.querySelector('.aw-fallback');"
        "return getComputedStyle(f).display"
    ) == "none"
    assert p.js("return document.querySelector('#first > a').getBoundingClientRect().height") == 0
    # The headline and the pull-quotes stay larger than the text.
    headline, quote, text = p.js(
        "const root = document.getElementById('first').shadowRoot;"
        "const px = s => parseFloat(getComputedStyle(root.querySelector(s)).fontSize);"
        "return [px('.aw-headline'), px('.aw-pull-quote-text'), px('.aw-body p')];"
    )
    assert headline >= 1.5 * text, (headline, text)
    assert quote >= 1.15 * text, (quote, text)
