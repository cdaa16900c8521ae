"""Privacy by default, checked on the wire: the test server records the
Referer and Cookie of every request the browser makes for the widget's
images and links (recorder.py)."""

import json
import time
import urllib.request
import uuid

import pytest


def open_story(page, server, other_port, policy=None):
    token = uuid.uuid4().hex
    port = server.rsplit(":", 1)[1]
    query = (
        f"token={token}&secret=reader-page"
        f"&own=http://127.0.0.1:{port}"
        f"&images=http://127.0.0.1:{other_port}"
        f"&foreign=http://localhost:{port}"
    )
    if policy:
        query += f"&policy={policy}"
    p = page(f"privacy.html?{query}")
    p.wait_rendered("w")
    return p, token


def log(server, token, name=None):
    with urllib.request.urlopen(f"{server}/rec-log/{token}") as response:
        records = json.loads(response.read())
    return [r for r in records if name is None or r["name"] == name]


def wait_for(server, token, name, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = log(server, token, name)
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"the browser never requested {name}: {log(server, token)}")


def show_all_images(p):
    # The figure is lazy and below the fold; the cards are lazy too.
    p.js(
        "for (const img of document.getElementById('w').shadowRoot.querySelectorAll('img')) {"
        "  img.loading = 'eager'; }"
    )
    return p.wait(
        "[...document.getElementById('w').shadowRoot.querySelectorAll('img')]"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )


def follow(p, selector):
    p.js("document.getElementById('w').shadowRoot.querySelector(arguments[0]).click()", selector)


IMAGES = ("lead-cors.png", "figure-nocors.png", "thumb-cors.png", "thumb2-cors.png")


def test_images_send_no_referrer_and_no_cookies(page, server, other_port):
    p, token = open_story(page, server, other_port)
    assert p.js("return document.cookie").startswith("aw_session=")
    show_all_images(p)
    for name in IMAGES:
        for request in wait_for(server, token, name):
            assert request["referer"] is None, request
            if "-cors" in name:
                assert request["cookie"] is None, request


def test_an_image_host_without_cors_still_shows_its_picture(page, server, other_port):
    p, token = open_story(page, server, other_port)
    show_all_images(p)
    figure = p.js(
        "const i = document.getElementById('w').shadowRoot.querySelector('.aw-figure img');"
        "return [i.naturalWidth, i.hasAttribute('crossorigin')]"
    )
    assert figure == [1, False]
    # The first, anonymous request carried no cookie; the retry is an
    # ordinary one, and it shows the page's cookie does reach this host
    # whenever a request lets it (so the checks above can fail).
    requests = wait_for(server, token, "figure-nocors.png")
    assert requests[0]["cookie"] is None
    requests = log(server, token, "figure-nocors.png")
    assert len(requests) == 2 and requests[1]["cookie"] == "aw_session=reader-42", requests


def test_a_link_leaving_the_article_site_sends_no_referrer(page, server, other_port):
    p, token = open_story(page, server, other_port)
    rel = p.js(
        "return [...document.getElementById('w').shadowRoot.querySelectorAll('a[href*=\"/rec/\"]')]"
        ".map(a => [a.href.split('/').pop(), a.rel])"
    )
    assert dict(rel) == {
        "own-link": "noopener",
        "foreign-link": "noopener noreferrer",
        "embed-link": "noopener noreferrer",
        "card-link": "noopener noreferrer",
        "card-own-link": "noopener",
    }
    follow(p, "a[href$='/foreign-link']")
    assert wait_for(server, token, "foreign-link")[0]["referer"] is None


def test_a_link_to_the_article_site_keeps_its_referrer(page, server, other_port):
    p, token = open_story(page, server, other_port)
    follow(p, "a[href$='/own-link']")
    referer = wait_for(server, token, "own-link")[0]["referer"]
    assert referer is not None and "secret=reader-page" in referer


def test_a_publisher_can_turn_referrers_back_on(page, server, other_port):
    p, token = open_story(page, server, other_port, policy="origin")
    show_all_images(p)
    origin = server + "/"
    for name in IMAGES:
        assert wait_for(server, token, name)[0]["referer"] == origin, name
    # Still no cookies for a host that allows anonymous requests.
    assert all(r["cookie"] is None for r in wait_for(server, token, "lead-cors.png"))
    follow(p, "a[href$='/foreign-link']")
    assert wait_for(server, token, "foreign-link")[0]["referer"] == origin


def test_a_policy_that_is_not_one_keeps_the_default(page, server, other_port):
    p, token = open_story(page, server, other_port, policy="always")
    show_all_images(p)
    assert wait_for(server, token, "lead-cors.png")[0]["referer"] is None
