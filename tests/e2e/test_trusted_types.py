"""Pages that enforce Trusted Types (`require-trusted-types-for 'script'`):
the widget uses no string sink at all, so it needs no policy, and renders,
re-renders, fails and unmounts with zero violations. No element of our
views is built from markup, and source HTML is read with the Sanitizer
API's `Document.parseHTML`, which is no sink."""

import re
import time

import pytest

from conftest import DIST

HEADLINE = "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"


def test_the_wasm_holds_no_markup_for_inner_html():
    # Leptos's view! turns an element whose attributes are all literals into
    # markup set through a <template>'s innerHTML; such markup in the build
    # means a view gained one (give it a named, non-literal attribute).
    wasm = next(DIST.glob("article-widget-*_bg.wasm")).read_bytes()
    tag = rb"(?:div|span|p|a|ul|ol|li|button|svg|path|figure|img|h[1-6]|hr|br|g|section|header|footer|nav|time)"
    # An opening tag with quoted attributes, or a whole element: shapes
    # that bytes of code or data do not take by chance.
    markup = re.compile(rb"<" + tag + rb'(?: [a-z:-]+="[^"<>]*")+ ?/?>|<(' + tag + rb")>[^<>\x00-\x1f]*</\1>")
    assert [m.group(0) for m in markup.finditer(wasm)] == []
    # The check itself finds such markup.
    assert markup.search(b'..<span class="aw-carousel-icon" aria-hidden="true"></span>..')
    assert markup.search(b"..<p>Hello</p>..")


def violations(p):
    """Trusted Types violations only. (Chrome also reports script-src-attr
    when an inert parser meets inline handlers in a hostile body, with
    DOMParser as with parseHTML; they never run.)"""
    return [
        v
        for v in p.js("return window.__violations")
        if v["directive"] in ("require-trusted-types-for", "trusted-types")
    ]


def needs_parse_html(p):
    """HTML bodies render under Trusted Types only with Document.parseHTML;
    without it they end in code trusted-types, which
    test_without_the_sanitizer_api_html_bodies_fail_cleanly checks."""
    if not p.js("return typeof Document.parseHTML === 'function'"):
        pytest.skip(f"{p.browser} enforces Trusted Types but has no Document.parseHTML (Sanitizer API)")


def exercise(p):
    """Skeleton, story, pull-quotes, carousel, HTML bodies, error state,
    retry, update and unmount, through attributes and the API."""
    for host in ("story", "html", "hostile"):
        p.wait_rendered(host)
    p.wait("document.getElementById('broken').getAttribute('data-aw-state') === 'error'")
    assert p.shadow_text("story", ".aw-headline") == HEADLINE
    assert p.shadow("story", ".aw-pull-quote") is not None
    assert p.shadow("story", ".aw-carousel-next") is not None
    p.js("document.getElementById('story').shadowRoot.querySelector('.aw-carousel-next').click()")
    # HTML bodies are read, not dropped.
    assert len(p.js("return document.getElementById('html').shadowRoot.querySelectorAll('.aw-body p')")) > 2
    # Retry from the error state.
    p.js("document.getElementById('broken').shadowRoot.querySelector('.aw-retry').click()")
    p.wait("(window.__awEvents || []).filter(e => e.type === 'error' && e.host === 'broken').length === 2")
    # Update: a new option renders again, from the skeleton.
    p.js("document.getElementById('story').setAttribute('theme', 'dark')")
    p.wait("(window.__awEvents || []).filter(e => e.type === 'rendered' && e.host === 'story').length === 2")
    # The JavaScript API: mount, update, unmount.
    p.js(
        "window.__handle = ArticleWidget.mount(document.getElementById('api'),"
        " { src: '/fixtures/formats/jsonld-single.json', loading: 'eager' });"
    )
    p.wait_rendered("api")
    p.js("window.__handle.update({ theme: 'light' })")
    p.wait("(window.__awEvents || []).filter(e => e.type === 'rendered' && e.host === 'api').length === 2")
    p.js("window.__handle.unmount(); document.getElementById('html').remove()")
    time.sleep(0.3)
    assert p.js("return document.querySelectorAll('[data-aw-state=crashed]').length") == 0


def test_every_widget_works_with_zero_violations(page):
    p = page("trusted-types.html")
    needs_parse_html(p)
    exercise(p)
    assert violations(p) == []
    # The page really enforces Trusted Types: the same sink from the page
    # is refused, and the recorder sees it.
    assert p.js("try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed' } catch (e) { return e.name }") == "TypeError"
    assert len(violations(p)) == 1


def test_source_html_never_reaches_a_sink(page):
    p = page("trusted-types.html")
    needs_parse_html(p)
    p.wait_rendered("hostile")
    time.sleep(0.3)
    assert p.js("return window.__pwned === undefined")
    assert violations(p) == []
    texts = p.js(
        "return [...document.getElementById('hostile').shadowRoot.querySelectorAll('.aw-body p')].map(p => p.textContent.trim())"
    )
    assert "First paragraph." in texts and "Last paragraph." in texts, texts
    # The YouTube frame became a link card; the javascript: one is gone.
    hrefs = p.js(
        "return [...document.getElementById('hostile').shadowRoot.querySelectorAll('a')].map(a => a.getAttribute('href'))"
    )
    assert "https://www.youtube.com/embed/abc" in hrefs
    assert not any(h and h.lower().startswith("javascript:") for h in hrefs), hrefs
    assert p.js("return document.getElementById('hostile').shadowRoot.querySelectorAll('iframe, script, [onclick], [onerror]').length") == 0


def test_no_policy_is_created_so_a_page_allowing_none_works_too(page):
    p = page("trusted-types-none.html")
    needs_parse_html(p)
    exercise(p)
    assert violations(p) == []
    # Creating our policy here is refused: had the widget tried, it would
    # have shown up above.
    assert p.js("try { trustedTypes.createPolicy('article-widget', {}); return 'created' } catch (e) { return e.name }") == "TypeError"
    assert len(violations(p)) == 1


def test_without_the_sanitizer_api_html_bodies_fail_cleanly(page):
    p = page("trusted-types.html?no-sanitizer=1")
    p.wait_rendered("story")
    for host in ("html", "hostile"):
        p.wait("document.getElementById(arguments[0]).getAttribute('data-aw-state') === 'error'", 10.0, host)
        errors = p.events("error", host)
        assert [e["detail"]["code"] for e in errors] == ["trusted-types"], errors
        assert "require-trusted-types-for" in errors[0]["detail"]["message"]
        assert p.shadow(host, ".aw-error") is not None
    assert p.js("return window.__pwned === undefined")
    assert p.js("return document.querySelectorAll('[data-aw-state=crashed]').length") == 0
    # The only sink touched is the parser the page refused, once per read.
    assert {v["sample"].split("|")[0] for v in violations(p)} == {"DOMParser parseFromString"}
