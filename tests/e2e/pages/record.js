// Records every article-widget event that reaches the document, and counts
// what pages usually leak: timers, window/document listeners, observers.
(function () {
  "use strict";
  var events = (window.__awEvents = []);
  ["ready", "rendered", "error", "recommendation-click", "recommendation-impression"].forEach(function (name) {
    document.addEventListener("article-widget:" + name, function (e) {
      var host = e.composedPath()[0];
      events.push({ type: name, host: (host && host.id) || "", detail: e.detail });
    });
  });
  var live = (window.__awLive = { intervals: 0, timeouts: 0, listeners: 0, observers: 0 });
  var pendingTimeouts = new Set();
  var realSetTimeout = window.setTimeout, realClearTimeout = window.clearTimeout;
  var realSetInterval = window.setInterval, realClearInterval = window.clearInterval;
  var intervals = new Set();
  // A WebDriver may run its own code in the page: WebKitWebDriver arms a
  // setTimeout for the script timeout around every script a test executes,
  // so reading these counts would find one timer pending. Its frames name
  // no script of the page and no wasm; every timer the page or the widget
  // sets has at least one, so only the driver's own are left out.
  function setByPage() {
    var stack = new Error().stack;
    if (!stack) return true;
    return stack.split("\n").some(function (frame) {
      return frame.indexOf("/record.js") < 0 && /https?:\/\/|wasm/.test(frame);
    });
  }
  window.setTimeout = function (fn, ms) {
    var rest = Array.prototype.slice.call(arguments, 2);
    var id = realSetTimeout.call(window, function () {
      pendingTimeouts.delete(id);
      live.timeouts = pendingTimeouts.size;
      if (typeof fn === "function") fn.apply(this, rest);
    }, ms);
    if (!setByPage()) return id;
    pendingTimeouts.add(id);
    live.timeouts = pendingTimeouts.size;
    return id;
  };
  window.clearTimeout = function (id) {
    pendingTimeouts.delete(id);
    live.timeouts = pendingTimeouts.size;
    return realClearTimeout.call(window, id);
  };
  window.setInterval = function () {
    var id = realSetInterval.apply(window, arguments);
    intervals.add(id);
    live.intervals = intervals.size;
    return id;
  };
  window.clearInterval = function (id) {
    intervals.delete(id);
    live.intervals = intervals.size;
    return realClearInterval.call(window, id);
  };
  [window, document].forEach(function (target) {
    var add = target.addEventListener, remove = target.removeEventListener;
    var seen = new Set();
    target.addEventListener = function (type, fn, opts) {
      var key = type + "|" + (opts && opts.capture ? 1 : opts === true ? 1 : 0);
      if (fn && !seen.has(fn)) { seen.add(fn); live.listeners += 1; }
      return add.call(this, type, fn, opts);
    };
    target.removeEventListener = function (type, fn, opts) {
      if (fn && seen.has(fn)) { seen.delete(fn); live.listeners -= 1; }
      return remove.call(this, type, fn, opts);
    };
  });
  ["IntersectionObserver", "ResizeObserver", "MutationObserver"].forEach(function (name) {
    var Real = window[name];
    if (!Real) return;
    var Wrapped = function (cb, opts) {
      var o = new Real(cb, opts);
      var observing = false;
      var observe = o.observe, disconnect = o.disconnect;
      o.observe = function () { if (!observing) { observing = true; live.observers += 1; } return observe.apply(o, arguments); };
      o.disconnect = function () { if (observing) { observing = false; live.observers -= 1; } return disconnect.apply(o, arguments); };
      return o;
    };
    Wrapped.prototype = Real.prototype;
    window[name] = Wrapped;
  });
})();
