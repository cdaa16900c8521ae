"""The panic hook, run for real: a test build (cargo feature panic-trigger,
never in dist/) panics when a widget's src is `test:panic`. Every widget on
the page must then say so, give the publisher's fallback back and tell the
host page, whose own scripts keep running; nothing draws again after."""

import time

HOSTS = ("a", "b", "c", "d")
MESSAGE = "This article stopped working. Reload the page to try again."


def state(p, host):
    return p.js("return document.getElementById(arguments[0]).getAttribute('data-aw-state')", host)


def crash(page):
    p = page("crash.html")
    p.wait_rendered("a")
    p.wait_rendered("b")
    # The moment of the panic: c still loading, d waiting below the fold.
    assert state(p, "c") == "loading"
    assert p.js("return document.getElementById('d').getBoundingClientRect().top > innerHeight + 1000")
    p.js("document.getElementById('a').setAttribute('src', 'test:panic')")
    p.wait("document.querySelectorAll('[data-aw-state=crashed]').length === 4")
    return p


def test_a_panic_shows_every_widget_crashed_with_its_fallback(page, test_build):
    p = crash(page)
    for host in HOSTS:
        assert state(p, host) == "crashed", host
        # A real, visible message, not only the attribute.
        note = p.js(
            "const n = document.getElementById(arguments[0]).shadowRoot.querySelector('.aw-crashed');"
            "return n && [n.textContent, n.getBoundingClientRect().height, n.getAttribute('role')];",
            host,
        )
        assert note is not None, host
        assert note[0] == MESSAGE and note[1] > 0 and note[2] == "alert", (host, note)
        # What we drew is hidden; the publisher's fallback is back.
        assert p.js(
            "return getComputedStyle(document.getElementById(arguments[0]).shadowRoot.querySelector('.aw-root')).display",
            host,
        ) == "none"
        assert p.js("return document.getElementById(arguments[0]).getBoundingClientRect().height", host + "-fallback") > 0, host
    # One error event with code crashed reaches each host.
    for host in HOSTS:
        crashed = [e for e in p.events("error", host) if e["detail"]["code"] == "crashed"]
        assert len(crashed) == 1, (host, p.events("error", host))
        assert "test:panic" in crashed[0]["detail"]["message"]
    # One line on the console.
    lines = p.js("return window.__consoleErrors.filter(l => l.startsWith('article-widget: internal error'))")
    assert len(lines) == 1, lines


def test_the_host_page_keeps_running_after_a_panic(page, test_build):
    p = crash(page)
    assert p.js("return window.__hostReady") is True
    p.js("document.getElementById('host-button').click()")
    assert p.js("return window.__hostClicks") == 1
    p.js("window.__later = false; setTimeout(() => { window.__later = true; }, 50)")
    p.wait("window.__later === true")
    assert p.js("return 6 * 7") == 42


def test_nothing_draws_after_a_panic(page, test_build):
    p = crash(page)
    # c's answer arrives (5 s after the page asked) after the panic; d
    # comes into view.
    p.js("document.getElementById('d').scrollIntoView()")
    p.wait("performance.now() > 5500", timeout=15)
    time.sleep(0.5)
    for host in HOSTS:
        assert state(p, host) == "crashed", host
    assert p.events("rendered", "c") == [] and p.events("rendered", "d") == []
    assert p.js("return document.getElementById('d').shadowRoot.querySelector('.aw-article')") is None
    # A widget added later does not start either; its fallback shows.
    p.js(
        "const w = document.createElement('article-widget'); w.id = 'late';"
        "w.setAttribute('src', '/fixtures/sample-article.json'); w.setAttribute('loading', 'eager');"
        "w.innerHTML = '<a id=\"late-fallback\" href=\"https://example.com/late\">Late story</a>';"
        "document.body.prepend(w);"
    )
    p.wait("document.getElementById('late').getAttribute('data-aw-state') === 'crashed'")
    time.sleep(0.5)
    assert p.js("return document.getElementById('late').shadowRoot") is None
    assert p.js("return document.getElementById('late-fallback').getBoundingClientRect().height") > 0


def test_the_release_build_has_no_panic_trigger(page):
    p = page("one.html?src=test:panic")
    p.wait("document.getElementById('w')?.getAttribute('data-aw-state') === 'error'")
    errors = p.events("error", "w")
    assert [e["detail"]["code"] for e in errors] == ["bad-url"]
    assert p.js("return document.querySelectorAll('[data-aw-state=crashed]').length") == 0
