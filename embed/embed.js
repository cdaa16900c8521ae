/* article-widget loader: the one URL a publisher copies.
 * A classic script, safe with async or defer and harmless if included
 * twice. It finds the widgets, holds their space, starts each article's
 * request at once and loads the widget (content-hashed wasm and JS from
 * this script's own folder) in parallel. Everything else is in the wasm. */
(function () {
  "use strict";
  var w = window;
  var d = document;
  var existing = w.ArticleWidget;
  if (existing && existing.loader) return;

  /* Mirrors of core/src/embedding.rs (core/tests/loader_mirror.rs checks them). */
  var SELECTOR = "article-widget, [data-article-widget]";
  var MARGIN = 800;
  var RESERVED_HEIGHT = "var(--aw-min-height, 32em)";
  var queue = Array.isArray(existing) ? existing.slice() : [];
  var script = d.currentScript;
  var base = new URL(".", (script && script.src) || d.baseURI).href;
  var api = {
    loader: true,
    version: "__AW_VERSION__",
    /* Requests started here, taken (once) by the widget for the same URL. */
    prefetched: {},
    push: function (fn) { queue.push(fn); }
  };
  w.ArticleWidget = api;

  /* As the wasm reads options: the attribute, else its data- twin. */
  function attr(el, name) {
    var value = el.getAttribute(name);
    return value !== null ? value : el.getAttribute("data-" + name);
  }

  function word(el, name) {
    return (attr(el, name) || "").trim().toLowerCase();
  }

  /* As core/src/options.rs reads a flag: present means on unless "false". */
  function flag(el, name) {
    return attr(el, name) !== null && word(el, name) !== "false";
  }

  function near(el) {
    var r = el.getBoundingClientRect();
    return r.top < w.innerHeight + MARGIN && r.bottom > -MARGIN;
  }

  function prepare(el) {
    if (el.hasAttribute("data-aw-state") || el.hasAttribute("data-aw-reserved")) return;
    /* CSSOM, not a style attribute in markup: allowed under a strict CSP. */
    if (!el.style.minHeight) {
      el.style.minHeight = RESERVED_HEIGHT;
      el.setAttribute("data-aw-reserved", "");
    }
    var src = attr(el, "src");
    var lazy = word(el, "loading") !== "eager";
    if (!src || flag(el, "from-page")) return;
    if (lazy && !near(el)) return;
    try {
      var url = new URL(src, d.baseURI);
      if (url.protocol !== "https:" && url.protocol !== "http:") return;
      if (api.prefetched[url.href]) return;
      var credentials = word(el, "credentials") === "include" ? "include" : "omit";
      var request = fetch(url.href, { mode: "cors", credentials: credentials });
      /* The widget handles failures; this only silences the unhandled copy. */
      request.catch(function () {});
      api.prefetched[url.href] = { request: request, credentials: credentials };
    } catch (e) {
      /* A bad URL is reported by the widget itself. */
    }
  }

  function each(fn) {
    var hosts = d.querySelectorAll(SELECTOR);
    for (var i = 0; i < hosts.length; i++) fn(hosts[i]);
  }

  function fail(message) {
    each(function (el) {
      if (el.hasAttribute("data-aw-reserved")) {
        el.style.minHeight = "";
        el.removeAttribute("data-aw-reserved");
      }
      el.setAttribute("data-aw-state", "unsupported");
      el.dispatchEvent(new CustomEvent("article-widget:error", {
        bubbles: true,
        composed: true,
        detail: { code: "unsupported", message: message, source: attr(el, "src") || "" }
      }));
    });
  }

  function run(fn) {
    try {
      fn(api);
    } catch (e) {
      /* A publisher's callback failing must not stop the others. */
      setTimeout(function () { throw e; });
    }
  }

  each(prepare);
  /* An async script can run before the page has parsed its widgets. */
  var parsing = d.readyState === "loading";
  if (parsing) {
    d.addEventListener("DOMContentLoaded", function () {
      parsing = false;
      each(prepare);
      if (api.scan) api.scan();
    }, { once: true });
  }

  if (typeof WebAssembly !== "object") {
    fail("This browser cannot run WebAssembly, so the article widget is off.");
    return;
  }
  /* The wasm downloads while the JS glue is imported, not after it. */
  var wasm = fetch(base + "__AW_WASM__");
  wasm.catch(function () {});
  import(base + "__AW_JS__")
    .then(function (module) {
      return module.default({ module_or_path: wasm }).then(function () {
        api.mount = module.mount;
        api.scan = module.scan;
        api.push = run;
        queue.splice(0).forEach(run);
      });
    })
    .catch(function (error) {
      fail("The article widget could not start: " + ((error && error.message) || error) +
        ". If the page has a Content-Security-Policy, it needs 'wasm-unsafe-eval' in script-src.");
    });
})();
