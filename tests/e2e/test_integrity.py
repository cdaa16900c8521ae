"""One SRI hash covers every byte that runs: the versioned loader pinned
with `integrity` checks the glue, its snippets and the wasm it loads, and a
single changed byte on the widget's host stops the widget before any of
that file runs, leaving the publisher's fallback."""

import base64
import hashlib
import json
import urllib.request

import pytest

from conftest import DIST, tampered

HEADLINE = "Mexico’s Sheinbaum Rejects Trump’s Troop Offer!"
HOSTS = ("pinned", "second")


def manifest():
    return json.loads((DIST / "integrity.json").read_text())


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def test_integrity_json_lists_every_file_with_its_hash():
    files = manifest()["files"]
    on_disk = sorted(
        str(f.relative_to(DIST)) for f in DIST.rglob("*") if f.is_file() and f.name != "integrity.json"
    )
    assert sorted(files) == on_disk
    for name, hash_ in files.items():
        assert hash_ == sri((DIST / name).read_bytes()), name


def test_the_versioned_loader_is_named_by_version_and_content():
    loader = manifest()["loader"]
    version = manifest()["version"]
    assert loader.startswith(f"embed-{version}-") and loader.endswith(".js")
    data = (DIST / loader).read_bytes()
    assert hashlib.sha384(data).hexdigest().startswith(loader[len(f"embed-{version}-") : -3])
    # The stable name serves the same loader, hashes and all.
    assert data == (DIST / "embed.js").read_bytes()
    for name in manifest()["files"]:
        if name.startswith(("article-widget-", "snippets/")):
            assert f'"{name}": "{manifest()["files"][name]}"'.encode() in data, name


@pytest.mark.parametrize("kind", ["glue-byte", "glue-code", "snippet-code", "wasm-byte", "loader-byte"])
def test_the_server_really_serves_changed_bytes(server, kind):
    # Guards the tests below: a tampering server that changed nothing would
    # let them pass for the wrong reason.
    changed = [
        name
        for name in manifest()["files"]
        if urllib.request.urlopen(f"{server}/tampered/{kind}/{name}").read() != (DIST / name).read_bytes()
    ]
    expected = {
        "glue-byte": lambda n: n.startswith("article-widget-") and n.endswith(".js"),
        "glue-code": lambda n: n.startswith("article-widget-") and n.endswith(".js"),
        "snippet-code": lambda n: n.startswith("snippets/"),
        "wasm-byte": lambda n: n.endswith("_bg.wasm"),
        "loader-byte": lambda n: n.startswith("embed"),
    }[kind]
    assert changed and all(expected(n) for n in changed), changed
    if kind.endswith("-byte"):
        for name in changed:
            original = (DIST / name).read_bytes()
            served = tampered(kind, name, original)
            assert len(served) == len(original)
            assert sum(a != b for a, b in zip(served, original)) == 1


def test_the_pinned_loader_renders_under_a_strict_csp(page):
    p = page("pinned.html")
    for host in HOSTS:
        p.wait_rendered(host)
    assert p.shadow_text("pinned", ".aw-headline") == HEADLINE
    assert p.events("error") == []
    script = p.js("return [...document.scripts].find(s => s.integrity)")
    assert script is not None
    # Nothing was left in the page's head by the checks.
    assert p.js("return document.querySelectorAll('link[rel=modulepreload]').length") == 0


def refused(p, code="integrity"):
    p.wait("(window.__awEvents || []).filter(e => e.type === 'error').length >= 2")
    for host in HOSTS:
        errors = p.events("error", host)
        assert len(errors) == 1, errors
        assert errors[0]["detail"]["code"] == code, errors
        assert p.js("return document.getElementById(arguments[0]).getAttribute('data-aw-state')", host) == "unsupported"
        assert p.js("return document.getElementById(arguments[0]).shadowRoot", host) is None
        # The publisher's fallback stays, and no space is held for us.
        assert p.js("return document.getElementById(arguments[0]).getBoundingClientRect().height", host + "-fallback") > 0
        assert p.js("return document.getElementById(arguments[0]).style.minHeight", host) == ""
    # Nothing of the widget ran: the wasm's start defines the element, the
    # glue's exports become the API.
    assert p.js("return customElements.get('article-widget')") is None
    assert p.js("return typeof window.ArticleWidget.mount") == "undefined"
    # The host page's own script is untouched.
    p.js("document.getElementById('host-button').click()")
    assert p.js("return window.__hostClicks") == 1
    return p.events("error", "pinned")[0]["detail"]


@pytest.mark.parametrize("kind", ["glue-byte", "glue-code", "snippet-code", "wasm-byte"])
def test_a_tampered_file_stops_the_widget_before_it_runs(page, kind):
    p = page(f"pinned.html?base=/tampered/{kind}/")
    if p.browser == "webkit" and kind != "wasm-byte":
        # Not a pass: the changed module runs there (docs/embedding.md).
        pytest.skip(
            "webkit (WebKitGTK 2.50) loads <link rel=modulepreload> without checking its "
            "integrity, so a changed JS glue or snippet runs; only the wasm is checked"
        )
    detail = refused(p)
    assert "integrity" in detail["message"]
    # Injected code never ran.
    assert p.js("return window.__awTampered === undefined")


def test_the_stable_loader_checks_the_same_hashes(page):
    p = page("pinned.html?loader=stable&base=/tampered/wasm-byte/")
    refused(p)


def test_a_missing_file_is_not_called_tampering(page):
    p = page("pinned.html?base=/tampered/glue-404/")
    detail = refused(p, code="unsupported")
    assert "could not" in detail["message"]


def test_a_tampered_loader_is_refused_by_the_page_itself(page):
    p = page("pinned.html?base=/tampered/loader-byte/")
    p.wait("window.__awLoaderRefused === true")
    assert p.js("return window.ArticleWidget") is None
    for host in HOSTS:
        assert p.js("return document.getElementById(arguments[0]).shadowRoot", host) is None
        assert p.js("return document.getElementById(arguments[0]).getBoundingClientRect().height", host + "-fallback") > 0


def test_without_modulepreload_a_pinned_loader_keeps_the_fallback(page):
    p = page("pinned.html?old=1")
    detail = refused(p, code="unsupported")
    assert "modulepreload" in detail["message"]


def test_without_modulepreload_embed_js_still_runs(page):
    p = page("pinned.html?old=1&loader=stable")
    for host in HOSTS:
        p.wait_rendered(host)
    assert p.events("error") == []
