"""What the browser actually sent: /rec/TOKEN/NAME answers (a 1x1 PNG for
*.png, with CORS headers only when NAME says "cors"; else a tiny page) and
remembers each request's Referer and Cookie; /rec-log/TOKEN lists them.
/privacy-article/TOKEN.json is an article whose images and links point at
/rec/ on the hosts given in the query."""

import base64
import json
import threading
from urllib.parse import parse_qs

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
RECORDS = {}
LOCK = threading.Lock()
PREFIXES = ("/rec/", "/rec-log/", "/privacy-article/")


def article(token, own, images, foreign):
    rec = lambda base, name: f"{base}/rec/{token}/{name}"  # noqa: E731
    return {
        "format": "article-widget/1",
        "headline": "Privacy by default",
        "url": rec(own, "story"),
        "image": {"src": rec(images, "lead-cors.png"), "width": 800, "height": 450, "alt": "Lead"},
        "body": [
            {
                "type": "paragraph",
                "content": [
                    "Read ",
                    {"type": "link", "href": rec(own, "own-link"), "text": "our other story"},
                    " and ",
                    {"type": "link", "href": rec(foreign, "foreign-link"), "text": "another site"},
                    ".",
                ],
            },
            {"type": "figure", "src": rec(images, "figure-nocors.png"), "width": 800, "height": 450, "alt": "A figure"},
            {"type": "embed", "url": rec(foreign, "embed-link"), "title": "A video elsewhere"},
        ],
        "recommended": [
            {"title": "Elsewhere", "url": rec(foreign, "card-link"), "image": rec(images, "thumb-cors.png")},
            {"title": "At home", "url": rec(own, "card-own-link"), "image": rec(images, "thumb2-cors.png")},
        ],
    }


def handle(h):
    path, _, query = h.path.partition("?")
    if path.startswith("/rec-log/"):
        with LOCK:
            body = json.dumps(RECORDS.get(path[len("/rec-log/"):], [])).encode()
        return h.send(200, body)
    if path.startswith("/privacy-article/"):
        token = path[len("/privacy-article/"):].removesuffix(".json")
        q = {k: v[0] for k, v in parse_qs(query).items()}
        body = json.dumps(article(token, q["own"], q["images"], q["foreign"])).encode()
        return h.send(200, body)
    token, _, name = path[len("/rec/"):].partition("/")
    with LOCK:
        RECORDS.setdefault(token, []).append(
            {
                "name": name,
                "host": h.headers.get("Host", ""),
                "referer": h.headers.get("Referer"),
                "cookie": h.headers.get("Cookie"),
                "mode": h.headers.get("Sec-Fetch-Mode"),
            }
        )
    if name.endswith(".png"):
        cors = [("Access-Control-Allow-Origin", "*")] if "-cors" in name else []
        return h.send(200, PNG, "image/png", [("Cache-Control", "no-store"), *cors])
    return h.send(200, b"<!doctype html><title>followed</title><p>followed", "text/html")
