"""Slow, failing and hostile sources against a server that misbehaves on
purpose: every widget reaches a clear state within its deadline, and the
page around it never pays for our failure."""

import time

import pytest

HEADLINE = "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"


def open_one(page, **attributes):
    query = "&".join(f"{k.replace('_', '-')}={v}" for k, v in attributes.items())
    return page(f"one.html?{query}")


def wait_state(p, state, timeout=15.0):
    p.wait("document.getElementById('w')?.getAttribute('data-aw-state') === arguments[0]", timeout, state)


def error_code(p):
    errors = p.events("error", "w")
    assert len(errors) == 1, errors
    return errors[0]["detail"]["code"]


def no_crash(p):
    assert p.js("return document.querySelectorAll('[data-aw-state=crashed]').length") == 0


def count(p, server, key):
    return int(p.js("return fetch(arguments[0]).then(r => r.text())", f"{server}/bad/count?{key}"))


def test_a_source_that_never_answers_times_out(page):
    p = open_one(page, src="/bad/never", timeout=1500)
    started = time.monotonic()
    wait_state(p, "error", timeout=8)
    assert time.monotonic() - started < 6
    assert error_code(p) == "timeout"
    assert "did not answer" in p.shadow_text("w", ".aw-error-message")
    assert p.shadow("w", "button.aw-retry") is not None
    no_crash(p)


def test_a_slow_source_renders_within_the_deadline(page):
    p = open_one(page, src="/bad/slow", timeout=5000)
    wait_state(p, "rendered")
    assert p.shadow_text("w", ".aw-headline") == HEADLINE


@pytest.mark.parametrize("endpoint", ["flaky", "busy"])
def test_500_and_429_are_retried_then_render(page, server, endpoint):
    key = f"run={time.time_ns()}"
    p = open_one(page, src=f"/bad/{endpoint}?{key}")
    wait_state(p, "rendered")
    assert p.shadow_text("w", ".aw-headline") == HEADLINE
    assert count(p, server, f"{endpoint}?{key}") == 2
    assert p.events("error", "w") == []


def test_404_is_not_retried(page, server):
    key = f"run={time.time_ns()}"
    p = open_one(page, src=f"/bad/404?{key}")
    wait_state(p, "error")
    assert error_code(p) == "http-404"
    time.sleep(1.5)
    assert count(p, server, f"404?{key}") == 1


@pytest.mark.parametrize(
    "endpoint, code, words",
    [
        ("html", "not-json", "HTML page"),
        ("truncated", "truncated", "cut off"),
        ("huge", "too-large", "too large"),
        ("huge-declared", "too-large", "too large"),
        ("deep", "not-json", "nested too deeply"),
    ],
)
def test_bad_bodies_give_a_clear_code(page, endpoint, code, words):
    p = open_one(page, src=f"/bad/{endpoint}")
    wait_state(p, "error", timeout=20)
    assert error_code(p) == code
    assert words in p.shadow_text("w", ".aw-error-message")
    no_crash(p)


@pytest.mark.parametrize("endpoint", ["bom", "wrong-type"])
def test_bom_and_wrong_content_type_still_render(page, endpoint):
    p = open_one(page, src=f"/bad/{endpoint}")
    wait_state(p, "rendered")
    assert p.shadow_text("w", ".aw-headline") == HEADLINE


def test_twenty_widgets_with_a_third_failing_render_independently(page):
    p = page("twenty.html")
    p.wait(
        "[...document.querySelectorAll('article-widget')].every(e => "
        "['rendered', 'error'].includes(e.getAttribute('data-aw-state')))",
        20,
    )
    states = p.js("return [...document.querySelectorAll('article-widget')].map(e => e.getAttribute('data-aw-state'))")
    assert states == ["error" if i % 3 == 2 else "rendered" for i in range(20)]
    codes = sorted(e["detail"]["code"] for e in p.events("error"))
    assert codes == sorted(["http-404", "not-json", "not-json", "http-404", "not-json", "not-json"])
    assert p.js("return window.__hostReady") is True
    p.js("document.getElementById('host-button').click()")
    assert p.js("return window.__hostClicks") == 1
    no_crash(p)


def test_unmount_during_a_pending_request_leaves_nothing_behind(page):
    p = page("api.html")
    p.wait("typeof window.ArticleWidget.mount === 'function'")
    p.js(
        "window.__w = ArticleWidget.mount(document.getElementById('host'),"
        " {src: '/bad/never', loading: 'eager', timeout: 8000})"
    )
    time.sleep(0.3)
    p.js("window.__w.unmount()")
    time.sleep(0.3)
    live = p.js("return Object.assign({}, window.__awLive)")
    assert live["timeouts"] == 0 and live["intervals"] == 0 and live["observers"] == 0, live
    assert p.js("return document.getElementById('host').shadowRoot.childNodes.length") == 0
    time.sleep(1.0)
    assert p.events("error") == [] and p.events("rendered") == []


def test_a_late_answer_for_an_old_source_is_never_shown(page):
    p = open_one(page, src="/bad/slow-other")
    time.sleep(0.2)
    p.js("document.getElementById('w').setAttribute('src', '/fixtures/sample-article.json')")
    wait_state(p, "rendered")
    assert p.shadow_text("w", ".aw-headline") == HEADLINE
    time.sleep(2.0)
    assert p.shadow_text("w", ".aw-headline") == HEADLINE
    assert len(p.events("rendered", "w")) == 1
    assert p.events("error", "w") == []


def test_unmount_cancels_a_recommendations_list_still_on_its_way(page):
    p = page("api.html")
    p.wait("typeof window.ArticleWidget.mount === 'function'")
    p.js(
        "window.__w = ArticleWidget.mount(document.getElementById('host'),"
        " {src: '/fixtures/sample-article.json', recommendations: '/bad/never', loading: 'eager'})"
    )
    p.wait("document.getElementById('host').getAttribute('data-aw-state') === 'rendered'")
    # The list loads only when the carousel comes near the viewport.
    p.js("document.getElementById('host').shadowRoot.querySelector('.aw-recommended-slot').scrollIntoView()")
    time.sleep(0.5)
    # The list request is pending, with its deadline timer running.
    assert p.js("return window.__awLive.timeouts") >= 1
    p.js("window.__w.unmount()")
    time.sleep(0.3)
    live = p.js("return Object.assign({}, window.__awLive)")
    assert live["timeouts"] == 0 and live["intervals"] == 0 and live["observers"] == 0, live
