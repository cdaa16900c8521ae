// One measured page load: a fresh browser context with the HTTP cache off
// and the CPU slowed down as asked, the page's own timeline from
// instrument.js, the heap after a forced GC, and for carousels a real click
// on the Next control.

import { INSTRUMENT, VIEWPORT, withTimeout } from './browser.mjs';
import { VARIANTS } from './scenarios.mjs';

// One page load of one variant on one fixture, in a fresh context.
export async function measure(browser, base, scenario, variant, rate, opts) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (scenario.profile?.network) {
      await cdp.send('Network.emulateNetworkConditions', scenario.profile.network);
      // The server compresses only for requests that carry this header.
      if (scenario.profile.encoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'x-bench-encoding': scenario.profile.encoding } });
    }
    const files = [];
    page.on('response', (r) => {
      if (r.status() < 400) files.push(r.url());
    });
    const url = `${base}/bench/pages/${variant}.html?f=${encodeURIComponent(scenario.fixture)}`;
    await withTimeout(page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs }), opts.timeoutMs, `load ${url}`);
    try {
      await withTimeout(page.evaluate(() => window.__bench.ready), opts.timeoutMs, `render of ${variant} on ${scenario.fixture}`);
    } catch (e) {
      const seen = await page.evaluate(() => JSON.stringify({ t: window.__bench.t, error: window.__bench.pageError })).catch(() => '?');
      throw new Error(`${e.message} (page state: ${seen})`);
    }
    await page.waitForTimeout(opts.settleMs * Math.sqrt(rate));

    const fixturePath = scenario.fixture;
    const got = await page.evaluate((fixturePath) => {
      const B = window.__bench;
      const res = performance.getEntriesByType('resource');
      const scripts = res.filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname));
      const json = res.find((e) => new URL(e.name).pathname === fixturePath);
      return {
        t: B.t,
        error: B.error,
        pageError: B.pageError ?? null,
        longtasks: B.longtasks,
        cls: B.cls,
        shifts: B.shifts,
        shiftLog: B.shiftLog,
        wasmBytes: B.memories.reduce((s, m) => s + m.buffer.byteLength, 0),
        loaderStart: scripts.length ? Math.min(...scripts.map((e) => e.startTime)) : null,
        jsonEnd: json ? json.responseEnd : null,
        headlineFrom: B.headlineFrom ?? null,
        // First contentful paint, for a look at a sample run: on the
        // pre-rendered page the snippet's story is the first content.
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      };
    }, fixturePath);
    if (got.error) throw new Error(`${variant} reported ${got.error}`);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;

    let latency = null;
    let latencyNote = null;
    if (scenario.interact) {
      const selector = VARIANTS[variant].next;
      const box = await page.evaluate((selector) => {
        for (const host of document.querySelectorAll('article-widget, bench-carousel')) {
          const b = host.shadowRoot && host.shadowRoot.querySelector(selector);
          if (b) {
            b.scrollIntoView({ block: 'center' });
            const r = b.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
        }
        return null;
      }, selector);
      if (box) {
        // Two frames so the scroll has settled before the press.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.mouse.click(box.x, box.y);
        await withTimeout(page.evaluate(() => window.__bench.clicked), opts.timeoutMs, 'click');
        const t = await page.evaluate(() => window.__bench.t);
        latency = t.clickPainted - t.click;
      } else {
        latencyNote = `no ${selector}`;
      }
    }

    const t = got.t;
    const from = (x) => (x != null && got.loaderStart != null ? x - got.loaderStart : null);
    const tasks = got.longtasks.map(([, d]) => d);
    return {
      ok: true,
      files,
      values: {
        headline: from(t.headlinePainted),
        ready: from(t.ready),
        // From the moment both the JSON and the code are there: the loader
        // may fetch the article while the wasm is still on its way. A
        // pre-rendered snippet carries the article in the page (nothing is
        // fetched), so there it is from the wasm's instantiation.
        render:
          t.readyPainted == null
            ? null
            : got.jsonEnd != null
              ? t.readyPainted - Math.max(got.jsonEnd, t.wasmReady ?? 0)
              : variant === 'prerendered' && t.wasmReady != null
                ? t.readyPainted - t.wasmReady
                : null,
        tbt: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
        longest: tasks.length ? Math.max(...tasks) : 0,
        longCount: tasks.length,
        cls: got.cls,
        heap: heap != null ? heap / 1024 : null,
        wasm: got.wasmBytes ? got.wasmBytes / 1024 : null,
        memory: heap != null ? (heap + got.wasmBytes) / 1024 : null,
        latency,
      },
      raw: { ...t, loaderStart: got.loaderStart, jsonEnd: got.jsonEnd, headlineFrom: got.headlineFrom, fcp: got.fcp, longtasks: got.longtasks, shiftLog: got.shiftLog },
      latencyNote,
      pageError: got.pageError,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
