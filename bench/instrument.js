// Put into every benchmark page before its own scripts run (Playwright's
// addInitScript). The same code on every variant; it only observes.
//
//   headline  a MutationObserver on every shadow root (attachShadow is
//             wrapped) notes when `.aw-headline` is in the tree; "painted"
//             is the first point after the next frame: requestAnimationFrame,
//             then a MessageChannel message, which runs after that frame's
//             style, layout and paint work on the main thread. A declarative
//             shadow root (pre-rendered) is found from the document, and its
//             headline counts once its linked stylesheet has loaded too.
//   ready     `article-widget:rendered` (bubbling, composed) seen on window;
//             painted the same way.
//   tasks     PerformanceObserver 'longtask' (buffered): every task > 50 ms.
//   shifts    PerformanceObserver 'layout-shift' (buffered), without the
//             shifts that follow input.
//   wasm      WebAssembly.instantiate(Streaming) are wrapped to note when
//             the first module is ready and to keep the exported memories,
//             whose size is read after the render.
//   click     the first click on the page (capture) and the frame after it.
(() => {
  if (window.top !== window || window.__bench) return;
  const now = () => performance.now();
  let readyResolve;
  let clickResolve;
  const B = (window.__bench = {
    t: {},
    longtasks: [],
    cls: 0,
    shifts: 0,
    shiftLog: [],
    memories: [],
    error: null,
    ready: new Promise((r) => (readyResolve = r)),
    clicked: new Promise((r) => (clickResolve = r)),
  });
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(now());
      ch.port2.postMessage(null);
    });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    B.noLongtask = true;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        B.cls += e.value;
        B.shifts += 1;
        if (B.shiftLog.length < 10) {
          B.shiftLog.push({
            at: Math.round(e.startTime),
            value: Math.round(e.value * 10000) / 10000,
            sources: (e.sources || []).slice(0, 3).map((s) => {
              const n = s.node;
              const name = !n ? '?' : n.nodeType === 1 ? n.localName + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ').join('.') : '') : '#text';
              const r = (x) => `${Math.round(x.y)}+${Math.round(x.height)}`;
              return `${name} ${r(s.previousRect)}→${r(s.currentRect)}`;
            }),
          });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    B.noLayoutShift = true;
  }

  const scripted = new WeakSet();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    scripted.add(root);
    if (B.t.shadow == null) B.t.shadow = now();
    const mo = new MutationObserver(() => {
      if (B.t.headline != null || !root.querySelector('.aw-headline')) return;
      B.t.headline = now();
      mo.disconnect();
      afterPaint((t) => (B.t.headlinePainted = t));
    });
    mo.observe(root, { childList: true, subtree: true });
    return root;
  };

  // A pre-rendered snippet's shadow root is declarative: the parser attaches
  // it, attachShadow never runs. The headline is in the tree once the
  // parser has attached it; it is found from a MutationObserver on the
  // document (the host's light-DOM children follow the template) and, in
  // case a frame comes first, at every frame until then. Its stylesheet is
  // a <link> inside the shadow root, which may still be loading: the
  // headline counts as painted in the first frame after it is in the tree
  // and every such stylesheet has loaded (headlineInTree and
  // headlineFirstFrame keep the moments before that).
  const declarative = () => {
    if (B.t.headline != null) return true;
    for (const host of document.querySelectorAll('article-widget')) {
      const root = host.shadowRoot;
      if (!root || scripted.has(root) || !root.querySelector('.aw-headline')) continue;
      B.t.headline = B.t.headlineInTree = now();
      B.headlineFrom = 'declarative shadow root';
      afterPaint((t) => (B.t.headlineFirstFrame = t));
      const pending = [...root.querySelectorAll('link[rel~="stylesheet"]')].filter((l) => !l.sheet);
      let left = pending.length;
      const styled = () => {
        B.t.headlineStyled = now();
        afterPaint((t) => (B.t.headlinePainted = t));
      };
      if (!left) styled();
      for (const link of pending) {
        const done = () => --left === 0 && styled();
        link.addEventListener('load', done, { once: true });
        link.addEventListener('error', done, { once: true });
      }
      return true;
    }
    return false;
  };
  // Only the parser makes declarative roots: both watches end with it, so
  // pages without one (Splide, Embla) carry no per-frame check.
  let parsed = false;
  const docObserver = new MutationObserver(() => declarative() && docObserver.disconnect());
  docObserver.observe(document, { childList: true, subtree: true });
  const everyFrame = () => declarative() || parsed || requestAnimationFrame(everyFrame);
  requestAnimationFrame(everyFrame);
  addEventListener(
    'DOMContentLoaded',
    () => {
      declarative();
      parsed = true;
      docObserver.disconnect();
    },
    { once: true },
  );

  addEventListener(
    'article-widget:rendered',
    () => {
      if (B.t.ready != null) return;
      B.t.ready = now();
      afterPaint((t) => {
        B.t.readyPainted = t;
        readyResolve();
      });
    },
    true,
  );
  addEventListener(
    'article-widget:error',
    (e) => {
      const d = e.detail || {};
      B.error = `${d.code || 'error'}: ${d.message || ''}`;
      readyResolve();
    },
    true,
  );
  addEventListener('error', (e) => (B.pageError ??= String(e.message)), true);
  addEventListener('unhandledrejection', (e) => (B.pageError ??= String(e.reason)), true);
  addEventListener(
    'click',
    (e) => {
      if (B.t.click != null) return;
      B.t.click = e.timeStamp;
      afterPaint((t) => {
        B.t.clickPainted = t;
        clickResolve();
      });
    },
    true,
  );

  const keep = (result) => {
    if (B.t.wasmReady == null) B.t.wasmReady = now();
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    if (instance) {
      for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) B.memories.push(value);
    }
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return streaming.apply(this, args).then(keep);
    };
  }
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return plain.apply(this, args).then(keep);
  };
})();
