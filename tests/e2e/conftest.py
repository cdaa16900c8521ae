"""Fixtures for the end-to-end suite: a local HTTP server over dist/ and the
test pages, and real browsers through their drivers: headless Chrome and
Firefox, and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver) in a
virtual X display that the suite starts itself."""

import glob
import http.server
import json
import os
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.firefox.service import Service as FirefoxService
from selenium.webdriver.webkitgtk.options import Options as WebKitOptions
from selenium.webdriver.webkitgtk.service import Service as WebKitService

import recorder

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
# A debug build with the cargo feature panic-trigger, served at /test-build/
# (scripts/test builds it; it never goes into dist/).
TEST_DIST = Path(os.environ.get("AW_TEST_DIST", ROOT / "target" / "test-dist"))
PAGES = Path(__file__).resolve().parent / "pages"


SAMPLE = (ROOT / "fixtures" / "sample-article.json").read_bytes()
COUNTS = {}
COUNTS_LOCK = threading.Lock()


def other_article(headline):
    return json.dumps(
        {"format": "article-widget/1", "headline": headline, "body": ["Text."]}
    ).encode()


TAMPERED = "/tampered/"
GLUE = re.compile(r"^article-widget-[0-9a-f]+\.js$")


def tampered(kind, path, data):
    """A file of dist/ as served by an attacker who took over the widget's
    host: `kind` names the file and the change. None means 404."""
    glue = bool(GLUE.match(path))
    if kind == "glue-byte" and glue:
        # One byte, meaning unchanged (a space becomes a tab): only the
        # integrity check can tell.
        i = data.index(b" ")
        return data[:i] + b"\t" + data[i + 1 :]
    if kind == "glue-code" and glue:
        return b'window.__awTampered = "glue";\n' + data
    if kind == "snippet-code" and path.startswith("snippets/"):
        return b'window.__awTampered = "snippet";\n' + data
    if kind == "wasm-byte" and path.endswith("_bg.wasm"):
        return data[:-1] + bytes([data[-1] ^ 1])
    if kind == "loader-byte" and path.startswith("embed"):
        i = data.index(b" ")
        return data[:i] + b"\t" + data[i + 1 :]
    if kind == "glue-404" and glue:
        return None
    return data


NO_WASM = "/no-wasm/"


def prerendered_snippet():
    """The snippet the build rendered into dist/examples/prerendered.html,
    with its URLs made absolute for any page of this server."""
    page = (DIST / "examples" / "prerendered.html").read_text(encoding="utf-8")
    start = page.index("<article-widget")
    end = page.index("</article-widget>") + len("</article-widget>")
    return page[start:end].replace('"../', '"/')


def prerendered_page(path):
    """/pre/page.html?OPTIONS: the sample's pre-rendered snippet between a
    heading and a paragraph. Options: no-wasm (the wasm answers 404),
    csp (the strict policy in a meta element), stale (the snippet asks
    for a refresh), src=TOKEN (src is /bad/article?TOKEN, counted)."""
    _, _, query = path.partition("?")
    options = dict(part.partition("=")[::2] for part in query.split("&") if part)
    snippet = prerendered_snippet()
    snippet = snippet.replace('<article-widget ', '<article-widget id="w" ', 1)
    if "stale" in options:
        snippet = snippet.replace('prerendered="current"', 'prerendered="stale"', 1)
    if "src" in options:
        snippet = snippet.replace(
            'src="/fixtures/sample-article.json"', f'src="/bad/article?{options["src"]}"', 1
        )
    loader = (NO_WASM if "no-wasm" in options else "/") + "embed.js"
    csp = (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
        "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:\" />"
        if "csp" in options
        else ""
    )
    return f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    {csp}
    <title>pre-rendered</title>
    <script src="/e2e/violations.js"></script>
    <script src="/e2e/record.js"></script>
    <script src="/e2e/cls.js"></script>
    <script src="/e2e/moves.js"></script>
    <script async src="{loader}"></script>
  </head>
  <body>
    <h1 id="before">A publisher's page</h1>
    {snippet}
    <p id="after">A paragraph after the widget.</p>
  </body>
</html>
""".encode()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves dist/ at / and the test pages at /e2e/, like a publisher's
    host, /bad/* endpoints that misbehave on purpose, and dist/ again under
    /tampered/KIND/ with one file changed."""

    protocol_version = "HTTP/1.0"

    def do_GET(self):
        if self.path.startswith("/bad/"):
            return self.misbehave()
        if self.path.startswith("/pre/"):
            return self.send(200, prerendered_page(self.path), "text/html; charset=utf-8")
        if self.path.startswith(NO_WASM) and self.path.split("?")[0].endswith(".wasm"):
            return self.send(404, b"Not Found", "text/plain")
        if self.path.startswith(TAMPERED):
            return self.tamper(head=False)
        if self.path.startswith(recorder.PREFIXES):
            return recorder.handle(self)
        return super().do_GET()

    def do_HEAD(self):
        if self.path.startswith(TAMPERED):
            return self.tamper(head=True)
        return super().do_HEAD()

    def tamper(self, head):
        kind, _, path = self.path[len(TAMPERED):].split("?", 1)[0].partition("/")
        file = DIST / path
        data = tampered(kind, path, file.read_bytes()) if file.is_file() and ".." not in path else None
        if data is None:
            return self.send(404, b"Not Found", "text/plain")
        content_type = self.extensions_map.get(file.suffix, "application/octet-stream")
        if head:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return None
        return self.send(200, data, content_type)

    def send(self, status, body, content_type="application/json", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def misbehave(self):
        path, _, query = self.path.partition("?")
        name = path[len("/bad/"):]
        key = f"{name}?{query}"
        with COUNTS_LOCK:
            COUNTS[key] = COUNTS.get(key, 0) + 1
            count = COUNTS[key]
        try:
            if name == "count":
                with COUNTS_LOCK:
                    return self.send(200, str(COUNTS.get(query, 0)).encode(), "text/plain")
            if name == "never":
                # Never answers within any deadline; bounded so the server ends.
                time.sleep(20)
                return self.send(200, SAMPLE)
            if name == "slow":
                time.sleep(1.0)
                return self.send(200, SAMPLE)
            if name == "late":
                # Answers well after any test page has settled, even in a slow
                # engine on a loaded machine (the panic tests need a widget
                # still loading when they panic).
                time.sleep(5.0)
                return self.send(200, other_article("The late answer"))
            if name == "slow-other":
                time.sleep(1.5)
                return self.send(200, other_article("The late answer for the old source"))
            if name == "flaky":
                if count == 1:
                    return self.send(500, b"Internal Server Error", "text/plain")
                return self.send(200, SAMPLE)
            if name == "busy":
                if count == 1:
                    return self.send(429, b"Too Many Requests", "text/plain", [("Retry-After", "1")])
                return self.send(200, SAMPLE)
            if name == "article":
                # The sample, counted per query (a token per test).
                return self.send(200, SAMPLE)
            if name == "404":
                return self.send(404, b"Not Found", "text/plain")
            if name == "html":
                return self.send(200, b"<!doctype html><title>Error</title><h1>Something went wrong</h1>", "text/html")
            if name == "truncated":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(SAMPLE)))
                self.end_headers()
                self.wfile.write(SAMPLE[:200])
                self.wfile.flush()
                self.close_connection = True
                return
            if name == "huge":
                # 50 MB with no length: only streaming with a limit stops it.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                chunk = b" " * 65536
                self.wfile.write(b'{"headline": "huge", "padding": "')
                for _ in range(50 * 16):
                    self.wfile.write(chunk)
                self.wfile.write(b'"}')
                return
            if name == "huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"{")
                return
            if name == "bom":
                return self.send(200, b"\xef\xbb\xbf \n\t" + SAMPLE + b"\n  ")
            if name == "deep":
                return self.send(200, b"[" * 10000 + b"]" * 10000)
            if name == "wrong-type":
                return self.send(200, SAMPLE, "text/plain; charset=utf-8")
            return self.send(404, b"unknown bad endpoint", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            # The widget gave up (deadline, size limit or unmount): expected.
            return

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
    }

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(NO_WASM):
            path = "/" + path[len(NO_WASM):]
        if path.startswith("/e2e/"):
            return str(PAGES / path[len("/e2e/"):])
        if path.startswith("/test-build/"):
            return str(TEST_DIST / path[len("/test-build/"):])
        return str(DIST / path.lstrip("/"))

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def test_build():
    """The panic-trigger build; missing means a failure, not a skip."""
    if not (TEST_DIST / "embed.js").exists():
        pytest.fail(
            f"{TEST_DIST}/embed.js is missing: run "
            "`trunk build --features panic-trigger --dist target/test-dist` first"
        )
    return TEST_DIST


def serve():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="session")
def server():
    if not (DIST / "embed.js").exists():
        pytest.fail("dist/embed.js is missing: run `trunk build --release` first")
    httpd = serve()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def other_port():
    """The same server on a second port: another origin on the same host,
    so the page's cookies would reach it if a request let them."""
    httpd = serve()
    yield httpd.server_address[1]
    httpd.shutdown()


def chrome():
    options = webdriver.ChromeOptions()
    config = json.loads((ROOT / "webdriver.json").read_text())
    for arg in config["goog:chromeOptions"]["args"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    service = ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def firefox():
    options = webdriver.FirefoxOptions()
    options.add_argument("-headless")
    options.add_argument("--width=1280")
    options.add_argument("--height=900")
    driver_path = os.environ.get("GECKODRIVER", str(Path.home() / ".cargo/bin/geckodriver"))
    return webdriver.Firefox(service=FirefoxService(executable_path=driver_path), options=options)


class VirtualDisplay:
    """An Xvfb server on a free display number, for a browser that has no
    headless mode: the machine (CI) needs no display of its own."""

    def __init__(self):
        read, write = os.pipe()
        try:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except FileNotFoundError:
            os.close(read)
            os.close(write)
            pytest.fail("Xvfb is missing: run scripts/setup (Debian package xvfb)")
        os.close(write)
        # Xvfb writes the display number once it accepts connections.
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            pytest.fail("Xvfb did not start")
        self.name = f":{number}"

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def minibrowser():
    if os.environ.get("AW_MINIBROWSER"):
        return os.environ["AW_MINIBROWSER"]
    # Debian ships it under the multiarch directory of libwebkit2gtk.
    found = sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))
    if not found:
        pytest.fail("MiniBrowser is missing: run scripts/setup (Debian package webkit2gtk-driver)")
    return found[-1]


def webkit(display):
    options = WebKitOptions()
    options.binary_location = minibrowser()
    options.add_argument("--automation")
    service = WebKitService(
        executable_path=os.environ.get("WEBKITDRIVER", "/usr/bin/WebKitWebDriver"),
        env={**os.environ, "DISPLAY": display.name},
    )
    return webdriver.WebKitGTK(service=service, options=options)


BROWSERS = ["chrome", "firefox", "webkit"]


@pytest.fixture(scope="session", params=BROWSERS)
def driver(request):
    # Session-scoped and parametrized: pytest runs every test in one
    # browser, then the next, so each browser starts once.
    display = None
    if request.param == "webkit":
        display = VirtualDisplay()
        try:
            browser = webkit(display)
        except BaseException:
            display.stop()
            raise
    else:
        browser = {"chrome": chrome, "firefox": firefox}[request.param]()
    browser.set_window_size(1280, 900)
    browser.aw_name = request.param
    yield browser
    browser.quit()
    if display:
        display.stop()


@pytest.fixture
def page(driver, server):
    """Opens a test page and returns helpers bound to it."""

    def open_page(name):
        driver.get(f"{server}/e2e/{name}")
        return Page(driver)

    return open_page


class Page:
    def __init__(self, driver):
        self.driver = driver
        # "chrome", "firefox" or "webkit": a skip names the engine it is for.
        self.browser = driver.aw_name

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, predicate_js, timeout=10.0, *args):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js("return (" + predicate_js + ")", *args)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for: {predicate_js}")

    def shadow(self, host_id, selector):
        return self.js(
            "const h = document.getElementById(arguments[0]);"
            "return h && h.shadowRoot ? h.shadowRoot.querySelector(arguments[1]) : null;",
            host_id,
            selector,
        )

    def shadow_text(self, host_id, selector):
        return self.js(
            "const h = document.getElementById(arguments[0]);"
            "const e = h && h.shadowRoot && h.shadowRoot.querySelector(arguments[1]);"
            "return e ? e.textContent.trim() : null;",
            host_id,
            selector,
        )

    def wait_rendered(self, host_id, timeout=15.0):
        return self.wait(
            "document.getElementById(arguments[0])?.getAttribute('data-aw-state') === 'rendered'",
            timeout,
            host_id,
        )

    def events(self, kind=None, host=None):
        events = self.js("return window.__awEvents || []")
        return [
            e for e in events if (kind is None or e["type"] == kind) and (host is None or e["host"] == host)
        ]


def pytest_configure(config):
    # Selenium's own WebKitGTK driver class passes its URL the old way.
    config.addinivalue_line("filterwarnings", "ignore:setting remote_server_addr:DeprecationWarning")


BROWSER_OF = {}


def pytest_collection_modifyitems(config, items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and "driver" in callspec.params:
            BROWSER_OF[item.nodeid] = callspec.params["driver"]


def pytest_terminal_summary(terminalreporter):
    # One line per browser; scripts/test adds up pytest's own closing line.
    counts = {b: {"passed": 0, "failed": 0, "skipped": 0} for b in BROWSERS}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            browser = BROWSER_OF.get(getattr(report, "nodeid", ""))
            if browser is None or (outcome == "passed" and report.when != "call"):
                continue
            counts[browser]["failed" if outcome == "error" else outcome] += 1
    for browser, c in counts.items():
        if sum(c.values()):
            terminalreporter.write_line(
                f"e2e {browser}: {c['passed']} passed, {c['failed']} failed, {c['skipped']} skipped"
            )
