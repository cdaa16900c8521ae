/* article-widget loader: the one URL a publisher copies.
 * A classic script, safe with async or defer and harmless if included
 * twice. It finds the widgets, holds their space, starts each article's
 * request at once and loads the widget (content-hashed wasm and JS from
 * this script's own folder) in parallel. Everything else is in the wasm.
 * The build writes it twice, as embed.js and as a versioned copy a page
 * can pin with Subresource Integrity; both check every file they load
 * against the hashes below, so that one hash covers every byte that runs. */
(function () {
  "use strict";
  var w = window;
  var d = document;
  var existing = w.ArticleWidget;
  if (existing && existing.loader) return;

  var JS = "__AW_JS__";
  var WASM = "__AW_WASM__";
  /* SRI (sha384) of the glue, its snippets and the wasm, by path. */
  var INTEGRITY = { /* __AW_INTEGRITY__ */ };
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

  function fail(code, message) {
    /* Widgets the parser has not reached yet must hear it too. */
    if (parsing) {
      d.addEventListener("DOMContentLoaded", function () { fail(code, message); }, { once: true });
      return;
    }
    each(function (el) {
      if (el.hasAttribute("data-aw-reserved")) {
        el.style.minHeight = "";
        el.removeAttribute("data-aw-reserved");
      }
      /* A story rendered ahead of time stays as it is: readers keep it. */
      if (!el.hasAttribute("prerendered")) el.setAttribute("data-aw-state", "unsupported");
      el.dispatchEvent(new CustomEvent("article-widget:error", {
        bubbles: true,
        composed: true,
        detail: { code: code, message: message, source: attr(el, "src") || "" }
      }));
    });
  }

  /* A failed integrity check and a failed download look the same to a
   * script (a TypeError, an error event). A HEAD request tells them apart:
   * the file is there, as what we asked for, so its bytes were wrong. It
   * only downloads headers; nothing from the file runs. */
  function refused(path) {
    var url = base + path;
    return fetch(url, { method: "HEAD", cache: "no-store" }).then(function (response) {
      var type = response.headers.get("content-type") || "";
      var served = response.ok && (/\.wasm$/.test(path) || /javascript|ecmascript/.test(type));
      var error = new Error(served
        ? url + " does not match its integrity hash, so the article widget will not run it"
        : url + " could not be loaded (HTTP " + response.status + ", " + (type || "no type") + ")");
      error.code = served ? "integrity" : "unsupported";
      throw error;
    }, function () {
      var error = new Error(url + " could not be loaded");
      error.code = "unsupported";
      throw error;
    });
  }

  /* Without modulepreload (Safari before 17, Firefox before 115) a module
   * cannot be checked under a strict CSP. A page that pinned this loader
   * with `integrity` asked for every byte to be checked, so it gets the
   * fallback; embed.js alone loads the glue unchecked, as it always did. */
  var probe = d.createElement("link");
  var canPreload = !!(probe.relList && probe.relList.supports && probe.relList.supports("modulepreload"));
  var pinned = !!(script && script.integrity);

  /* A module preload with integrity puts the checked module in the page's
   * module map; import() then takes it from there, so a module that fails
   * its check is never evaluated. */
  function preload(path) {
    if (!canPreload) {
      if (!pinned) return Promise.resolve();
      var error = new Error("this browser cannot check the integrity of a module (no modulepreload)");
      error.code = "unsupported";
      return Promise.reject(error);
    }
    return new Promise(function (resolve, reject) {
      var link = d.createElement("link");
      link.rel = "modulepreload";
      link.integrity = INTEGRITY[path] || "";
      link.onload = function () { link.remove(); resolve(); };
      link.onerror = function () { link.remove(); reject(); };
      link.href = base + path;
      (d.head || d.documentElement).appendChild(link);
    }).catch(function () { return refused(path); });
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
    fail("unsupported", "This browser cannot run WebAssembly, so the article widget is off.");
    return;
  }
  /* The wasm downloads while the JS glue is checked, not after it; with
   * an integrity check the response comes only once every byte matched. */
  var wasm = fetch(base + WASM, { integrity: INTEGRITY[WASM] || "" }).catch(function () {
    return refused(WASM);
  });
  wasm.catch(function () {});
  /* Snippets first: the glue imports them, and they must be in the module
   * map, checked, before anything could fetch them unchecked. */
  var snippets = Object.keys(INTEGRITY).filter(function (path) {
    return path !== JS && /\.js$/.test(path);
  });
  Promise.all(snippets.map(preload))
    .then(function () { return Promise.all([preload(JS), wasm]); })
    .then(function () { return import(base + JS); })
    .then(function (module) {
      return module.default({ module_or_path: wasm }).then(function () {
        api.mount = module.mount;
        api.scan = module.scan;
        api.push = run;
        queue.splice(0).forEach(run);
      });
    })
    .catch(function (error) {
      if (error && error.code === "integrity") {
        var message = "article-widget: " + error.message + ".";
        if (w.console) w.console.error(message);
        fail("integrity", message);
        return;
      }
      fail("unsupported", "The article widget could not start: " + ((error && error.message) || error) +
        ". If the page has a Content-Security-Policy, it needs 'wasm-unsafe-eval' in script-src.");
    });
})();
