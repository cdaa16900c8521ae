"""The widget on publisher pages served over HTTP, in headless Chrome and
Firefox and in WebKit: the loader, several widgets, strict CSP, isolation
and the API."""

import time

import pytest

HEADLINE = "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"


def test_loader_included_twice_renders_one_widget_once(page):
    p = page("twice.html")
    p.wait_rendered("only")
    time.sleep(0.3)
    assert p.shadow_text("only", ".aw-headline") == HEADLINE
    assert p.js("return document.getElementById('only').shadowRoot.querySelectorAll('.aw-root').length") == 1
    assert len(p.events("rendered", "only")) == 1
    assert p.js("return typeof window.ArticleWidget.mount") == "function"


def test_two_widgets_render_and_a_broken_one_fails_alone(page):
    p = page("many.html")
    p.wait_rendered("first")
    p.wait_rendered("second")
    p.wait("document.getElementById('broken').getAttribute('data-aw-state') === 'error'")
    assert p.shadow_text("first", ".aw-headline") == HEADLINE
    assert p.shadow_text("second", ".aw-headline") == "Senate passes the electoral reform after a 14-hour session"
    assert "404" in p.shadow_text("broken", ".aw-error")
    errors = p.events("error", "broken")
    assert len(errors) == 1 and errors[0]["detail"]["code"] == "http-404"
    assert errors[0]["detail"]["source"] == "/fixtures/does-not-exist.json"
    assert p.events("error", "first") == [] and p.events("error", "second") == []
    # The broken widget keeps the publisher's fallback link visible.
    assert p.js("return document.getElementById('broken-fallback').getBoundingClientRect().height") > 0
    # The first widget's fallback is hidden once its article is on screen.
    assert p.js(
        "const f = document.getElementById('first').shadowRoot.querySelector('.aw-fallback');"
        "return getComputedStyle(f).display"
    ) == "none"
    # The host page's own script is untouched.
    assert p.js("return window.__hostReady") is True
    p.js("document.getElementById('host-button').click()")
    assert p.js("return window.__hostClicks") == 1


def test_strict_csp_page_renders(page):
    p = page("strict-csp.html")
    p.wait_rendered("strict")
    assert p.shadow_text("strict", ".aw-headline") == HEADLINE
    # Our stylesheet applied (a CSP without 'unsafe-inline' did not block it).
    weight = p.js(
        "return getComputedStyle(document.getElementById('strict').shadowRoot.querySelector('.aw-headline')).fontWeight"
    )
    assert weight in ("700", "bold")
    assert p.events("error") == []


def test_csp_without_wasm_keeps_the_fallback_and_fires_error(page):
    p = page("no-wasm.html")
    p.wait("(window.__awEvents || []).some(e => e.type === 'error')")
    error = p.events("error", "blocked")[0]
    assert error["detail"]["code"] == "unsupported"
    assert "wasm-unsafe-eval" in error["detail"]["message"]
    assert p.js("return document.getElementById('blocked').shadowRoot") is None
    assert p.js("return document.getElementById('fallback').getBoundingClientRect().height") > 0
    assert p.js("return document.getElementById('blocked').style.minHeight") == ""


def headline_style(p, host_id):
    return p.js(
        "const h = document.getElementById(arguments[0]).shadowRoot.querySelector('.aw-headline');"
        "const s = getComputedStyle(h);"
        "return [s.fontFamily, s.fontSize, s.fontWeight, s.color, s.textTransform, s.letterSpacing];",
        host_id,
    )


def test_hostile_host_css_does_not_change_our_headline(page):
    clean = page("clean.html")
    clean.wait_rendered("clean")
    expected = headline_style(clean, "clean")
    hostile = page("hostile.html")
    hostile.wait_rendered("hostile")
    assert headline_style(hostile, "hostile") == expected
    # And our CSS does not leak out to the page.
    assert hostile.js("return getComputedStyle(document.body).fontFamily") != expected[0]


def test_attribute_change_re_renders(page):
    p = page("clean.html")
    p.wait_rendered("clean")
    p.js(
        "document.getElementById('clean').setAttribute('src', '/fixtures/formats/jsonld-single.json')"
    )
    p.wait(
        "document.getElementById('clean').shadowRoot.querySelector('.aw-headline')?.textContent"
        ".includes('Senate passes')"
    )
    assert len(p.events("rendered", "clean")) == 2


def test_queue_runs_calls_made_before_load_and_unmount_cleans_up(page):
    p = page("queue.html")
    p.wait_rendered("queued")
    assert p.shadow_text("queued", ".aw-headline") == HEADLINE
    time.sleep(1.5)
    live_before = p.js("return Object.assign({}, window.__awLive)")
    p.js("window.__queued.unmount()")
    time.sleep(0.5)
    live_after = p.js("return Object.assign({}, window.__awLive)")
    assert p.js("return document.getElementById('queued').shadowRoot.childNodes.length") == 0
    assert p.js("return document.getElementById('queued').hasAttribute('data-aw-state')") is False
    assert live_after["intervals"] == 0, live_after
    assert live_after["observers"] == 0, live_after
    assert live_after["timeouts"] == 0, live_after
    assert live_after["listeners"] <= live_before["listeners"], (live_before, live_after)
    # Nothing fires after unmount.
    count = len(p.events())
    time.sleep(1.0)
    assert len(p.events()) == count


def test_a_loader_that_runs_before_the_widgets_are_parsed_still_finds_them(page):
    p = page("head-sync.html")
    p.wait_rendered("late-div")
    p.wait_rendered("late-element")
    assert p.shadow_text("late-div", ".aw-headline") == HEADLINE
    # The space the loader held is handed back to the widget once rendered.
    assert p.js("return document.getElementById('late-div').style.minHeight") == ""
    assert p.js("return document.getElementById('late-div').hasAttribute('data-aw-reserved')") is False


def test_the_story_itself_never_jumps(page):
    # Only what follows the widget may move (the loader holding space, the
    # article growing past it); nothing inside the widget shifts, though its
    # fallback link shows until the article is on screen.
    p = page("cls.html")
    if not p.js("return PerformanceObserver.supportedEntryTypes.includes('layout-shift')"):
        pytest.skip(f"{p.browser} does not report layout shifts (no 'layout-shift' performance entries)")
    p.wait_rendered("w")
    time.sleep(0.5)
    shifts = p.js("return window.__awShifts")
    moved = {s["node"] for shift in shifts for s in shift["sources"]}
    assert moved <= {"P.after"}, shifts
    assert p.js(
        "return getComputedStyle(document.getElementById('w').shadowRoot.querySelector('.aw-fallback')).display"
    ) == "none"
