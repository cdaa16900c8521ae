// The benchmark driver behind scripts/bench: serves dist/ and the bench
// pages on 127.0.0.1, drives Debian's headless Chromium through the DevTools
// protocol (playwright-core), and writes bench/report.md and
// bench/report.json (and, after a full run, the table in BENCHMARKS.md).
//
//   node bench/run.mjs [--runs N] [--rates 1,4] [--scenarios a,b]
//                      [--throttled-scenarios a,b|all]
//                      [--no-benchmarks-md | --benchmarks-md]
//   node bench/run.mjs --rerender [--benchmarks-md]   (from report.json)
//
// BENCHMARKS.md is rewritten (between its markers) only after a full run:
// 20 or more runs, every scenario, rates 1 and 4; --benchmarks-md forces it,
// --no-benchmarks-md never touches it.
//
// Every run of every variant is a fresh browser context with the HTTP cache
// disabled; variants are interleaved run by run, so machine noise falls on
// all of them alike. See BENCHMARKS.md for what each figure means.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer, widgetMode, ROOT, DIST } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    runs: 20,
    rates: [1, 4],
    scenarios: null,
    // 4x runs take about three times as long as unthrottled ones; the
    // 8-card carousel is left out of them by default (the 200-card one
    // tells the slowed-down carousel story). `all` runs every scenario.
    throttledScenarios: ['article', 'large', 'cards-200'],
    benchmarksMd: true,
    settleMs: 150,
    timeoutMs: 20000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v == null) throw new Error(`${a} needs a value`);
      return v;
    };
    const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
    if (a.startsWith('--runs')) o.runs = Number(value());
    else if (a.startsWith('--rates')) o.rates = list(value()).map(Number);
    else if (a.startsWith('--throttled-scenarios')) {
      const v = list(value());
      o.throttledScenarios = v.includes('all') ? null : v;
    }
    else if (a.startsWith('--scenarios')) o.scenarios = list(value());
    else if (a.startsWith('--settle-ms')) o.settleMs = Number(value());
    else if (a.startsWith('--timeout-ms')) o.timeoutMs = Number(value());
    else if (a === '--no-benchmarks-md') o.benchmarksMd = false;
    else if (a === '--benchmarks-md') o.benchmarksMd = 'always';
    else if (a === '--rerender') o.rerender = true;
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 17).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  if (!o.rates.length || o.rates.some((r) => !(r >= 1))) throw new Error('--rates: CPU slowdown factors ≥ 1');
  return o;
}

// -------------------------------------------------------------- scenarios

const VARIANTS = {
  widget: { label: 'article-widget', next: '.aw-carousel-next' },
  vanilla: { label: 'vanilla JS (baseline)', next: '.aw-carousel-next' },
  splide: { label: 'Splide 4.1.4', next: '.splide__arrow--next' },
  embla: { label: 'Embla 8.6.0', next: '.aw-carousel-next' },
};

const SCENARIOS = [
  {
    id: 'article',
    title: 'Article: fixtures/sample-article.json',
    short: 'sample article',
    fixture: '/fixtures/sample-article.json',
    variants: ['widget', 'vanilla'],
    metrics: ['headline', 'ready', 'render', 'tbt', 'longest', 'cls', 'heap', 'wasm', 'memory'],
  },
  {
    id: 'large',
    title: 'Large article: 2,000 paragraphs, ~300 KB of JSON (generated)',
    short: 'large article (2,000 ¶, 300 KB)',
    fixture: '/bench/fixtures/large-article.json',
    variants: ['widget', 'vanilla'],
    metrics: ['render', 'headline', 'ready', 'tbt', 'longest', 'cls', 'heap', 'wasm', 'memory'],
  },
  {
    id: 'cards-8',
    title: 'Carousel: the sample article’s 8 recommended cards',
    short: '8-card carousel',
    fixture: '/bench/fixtures/cards-8.json',
    variants: ['widget', 'vanilla', 'splide', 'embla'],
    metrics: ['ready', 'render', 'tbt', 'longest', 'cls', 'heap', 'wasm', 'memory', 'latency'],
    interact: true,
  },
  {
    id: 'cards-200',
    title: 'Carousel: 200 cards (generated)',
    short: '200-card carousel',
    fixture: '/bench/fixtures/cards-200.json',
    variants: ['widget', 'vanilla', 'splide', 'embla'],
    metrics: ['render', 'ready', 'tbt', 'longest', 'cls', 'heap', 'wasm', 'memory', 'latency'],
    interact: true,
  },
];

const METRICS = {
  headline: { label: 'headline painted, ms after the loader starts', unit: 'ms' },
  ready: { label: 'widget ready (`article-widget:rendered`), ms after the loader starts', unit: 'ms' },
  render: { label: 'parse + render: JSON received → rendered and painted, ms', unit: 'ms' },
  tbt: { label: 'main-thread blocking, Σ (long task − 50 ms), ms', unit: 'ms' },
  longest: { label: 'longest task, ms (≤50: none over 50)', unit: 'ms' },
  cls: { label: 'layout shift (CLS)', unit: '' },
  heap: { label: 'JS heap used after render (after GC), KB', unit: 'KB' },
  wasm: { label: 'wasm linear memory, KB', unit: 'KB' },
  memory: { label: 'memory: JS heap + wasm memory, KB', unit: 'KB' },
  latency: { label: 'Next button: click → next frame, ms', unit: 'ms' },
};

// ------------------------------------------------------------- statistics

function quantile(values, q) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

function summary(values) {
  const v = values.filter((x) => x != null && Number.isFinite(x));
  return { n: v.length, median: quantile(v, 0.5), p75: quantile(v, 0.75), min: v.length ? Math.min(...v) : null, max: v.length ? Math.max(...v) : null };
}

// ------------------------------------------------------------------ sizes

const sizeCache = new Map();
function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// ---------------------------------------------------------------- machine

function machine(browserVersion) {
  const git = (...args) => {
    try {
      return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  let cpu = os.cpus()[0]?.model?.trim() || 'unknown';
  try {
    const lscpu = execFileSync('lscpu', { encoding: 'utf8' });
    const m = /^Model name:\s*(.+)$/m.exec(lscpu);
    if (m) cpu = m[1].trim();
  } catch {
    /* os.cpus() it is */
  }
  let os_name = `${os.type()} ${os.release()}`;
  try {
    const rel = fs.readFileSync('/etc/os-release', 'utf8');
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(rel);
    if (m) os_name = `${m[1]}, ${os.type()} ${os.release()}`;
  } catch {
    /* keep uname */
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: os_name,
    node: process.version,
    browser: browserVersion,
    commit: commit ? `${commit.slice(0, 12)}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

// ---------------------------------------------------------------- browser

function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && fs.existsSync(p)) return p;
  throw new Error('no Chromium: install Debian’s chromium (scripts/setup does) or set CHROMIUM');
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
];

const INSTRUMENT = fs.readFileSync(path.join(here, 'instrument.js'), 'utf8');
const VIEWPORT = { width: 1280, height: 720 };

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))),
  ]);
}

/// One page load of one variant on one fixture, in a fresh context.
async function measure(browser, base, scenario, variant, rate, opts) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
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
        // may fetch the article while the wasm is still on its way.
        render: t.readyPainted != null && got.jsonEnd != null ? t.readyPainted - Math.max(got.jsonEnd, t.wasmReady ?? 0) : null,
        tbt: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
        longest: tasks.length ? Math.max(...tasks) : 0,
        longCount: tasks.length,
        cls: got.cls,
        heap: heap != null ? heap / 1024 : null,
        wasm: got.wasmBytes ? got.wasmBytes / 1024 : null,
        memory: heap != null ? (heap + got.wasmBytes) / 1024 : null,
        latency,
      },
      raw: { ...t, loaderStart: got.loaderStart, jsonEnd: got.jsonEnd, longtasks: got.longtasks, shiftLog: got.shiftLog },
      latencyNote,
      pageError: got.pageError,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// ------------------------------------------------------------ calibration

/// The widget's render of `fixture`, without Leptos's comment markers, the
/// carousel's buttons and its state attributes (hidden, inert,
/// aria-disabled, aria-current): what the baseline must reproduce.
async function shadowMarkup(browser, base, variant, fixture) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await page.goto(`${base}/bench/pages/${variant}.html?f=${encodeURIComponent(fixture)}`, { waitUntil: 'load' });
    await withTimeout(page.evaluate(() => window.__bench.ready), 60000, `${variant} on ${fixture}`);
    return await page.evaluate(() => {
      const host = document.querySelector('article-widget');
      const error = window.__bench.error;
      const root = host.shadowRoot.querySelector('.aw-root').cloneNode(true);
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walk.nextNode()) comments.push(walk.currentNode);
      for (const c of comments) c.remove();
      for (const b of root.querySelectorAll('button')) b.remove();
      const state = ['hidden', 'inert', 'aria-disabled', 'aria-current'];
      for (const e of root.querySelectorAll(state.map((a) => `[${a}]`).join(', '))) {
        for (const a of state) e.removeAttribute(a);
      }
      root.normalize();
      const quotes = [];
      const body = root.querySelector('.aw-body');
      if (body) {
        let index = -1;
        for (const el of body.children) {
          if (el.matches('aside.aw-pull-quote')) {
            quotes.push({
              after: index,
              text: el.querySelector('.aw-pull-quote-text')?.textContent ?? '',
              speaker: el.querySelector('.aw-pull-quote-speaker')?.textContent ?? null,
              repeats_body: el.getAttribute('aria-hidden') === 'true',
            });
          } else index++;
        }
      }
      return { html: root.innerHTML, quotes, error };
    });
  } finally {
    await context.close().catch(() => {});
  }
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return null;
  const cut = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return { at: i, widget: cut(a), vanilla: cut(b) };
}

// ----------------------------------------------------------------- report

const fmtMs = (v) => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
function fmt(metric, v) {
  if (v == null) return '–';
  if (metric === 'cls') return v.toFixed(3);
  if (metric === 'longest' && v <= 50) return '≤50';
  if (metric === 'heap' || metric === 'wasm' || metric === 'memory') return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  return fmtMs(v);
}
function ratio(a, b) {
  if (a == null || b == null || !(b > 0)) return '–';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}
const kb = (n) => (n / 1024).toFixed(1);

function rateLabel(rate) {
  return rate === 1 ? 'unthrottled' : `${rate}× CPU slowdown`;
}

/// The parts of the report, as markdown, shared by report.md and the table
/// in BENCHMARKS.md.
function sections(r) {
  const m = r.machine;
  const out = {};

  const about = [];
  about.push('| | |', '| --- | --- |');
  about.push(`| machine | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory |`);
  about.push(`| system | ${m.os}, Node ${m.node} |`);
  about.push(`| browser | Chromium ${m.browser} (headless, ${VIEWPORT.width}×${VIEWPORT.height}, driven over CDP by playwright-core) |`);
  about.push(`| commit | ${m.commit} |`);
  about.push(`| date | ${m.date} |`);
  if (m.load) about.push(`| load average | ${m.load[0]} at the start, ${m.load[1]} at the end (1 minute, ${m.cores} cores: anything above ~1 is other work sharing the CPUs and widens the spread) |`);
  about.push(`| runs | ${r.options.runs} per figure, each in a fresh browser context, HTTP cache disabled |`);
  about.push(`| widget page | ${r.widgetPage} |`);
  about.push(`| CPU | ${r.options.rates.map(rateLabel).join(', ')}${r.throttledNote ? ` (${r.throttledNote})` : ''} |`);
  out.about = about.join('\n');
  out.notes = r.notes.map((n) => `> ${n}`).join('\n\n');

  const budgets = ['| budget | figure | result |', '| --- | --- | --- |'];
  for (const b of r.budgets) budgets.push(`| ${b.name} | ${b.figure} | **${b.result}** |`);
  out.budgets = budgets.join('\n');

  // One wide table: every figure of every scenario and CPU rate, median /
  // p75 per variant, and each variant over the baseline.
  const cols = ['widget', 'vanilla', 'splide', 'embla'];
  const results = [
    `| scenario | figure | ${cols.map((v) => (v === 'vanilla' ? VARIANTS[v].label : `${VARIANTS[v].label} | × vanilla`)).join(' | ')} |`,
    `| --- | --- | ${cols.map((v) => (v === 'vanilla' ? '---:' : '---: | ---:')).join(' | ')} |`,
  ];
  for (const sc of r.scenarios) {
    for (const [rate, byVariant] of Object.entries(sc.results)) {
      const where = `${sc.short}, ${rateLabel(Number(rate))}`;
      for (const metric of sc.metrics) {
        const cells = cols.map((v) => {
          const e = byVariant[v];
          const s = e?.[metric];
          let cell;
          if (!e) cell = '';
          else if (metric === 'latency' && e.latencyNote) cell = 'skipped†';
          else if (!s || s.median == null) cell = '–';
          else cell = `${fmt(metric, s.median)} / ${fmt(metric, s.p75)}`;
          if (v === 'vanilla') return cell;
          const base = byVariant.vanilla?.[metric];
          const comparable = e && s?.median != null && !(metric === 'latency' && e.latencyNote) && !(metric === 'longest' && !s.median);
          return `${cell} | ${comparable ? ratio(s.median, base?.median) : e ? '–' : ''}`;
        });
        results.push(`| ${where} | ${METRICS[metric].label} | ${cells.join(' | ')} |`);
      }
    }
  }
  out.results = results.join('\n');
  const latencyNote = r.scenarios.some((sc) => Object.values(sc.results).some((b) => b.widget?.latencyNote));
  out.resultsLegend =
    'Each cell is median / 75th percentile; `× vanilla` is the median over the baseline’s median (– where the baseline’s is 0). ' +
    'Long tasks are tasks over 50 ms, so a longest task shown as ≤50 means there was none.' +
    (latencyNote ? ' † our carousel has no Next button (`.aw-carousel-next`) in this build.' : '');

  const totals = ['| variant | code raw | code gzip | code brotli | brotli × vanilla | all files brotli |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const [variant, s] of Object.entries(r.sizes)) {
    const c = s.code;
    totals.push(`| ${VARIANTS[variant].label} | ${c.raw} | ${c.gzip} | ${c.brotli} | ${variant === 'vanilla' ? '1×' : ratio(c.brotli, r.sizes.vanilla?.code.brotli)} | ${s.all.brotli} |`);
  }
  out.sizeTotals = totals.join('\n');
  const files = ['| variant | file | kind | raw | gzip | brotli |', '| --- | --- | --- | ---: | ---: | ---: |'];
  for (const [variant, s] of Object.entries(r.sizes)) {
    for (const f of s.files) files.push(`| ${VARIANTS[variant].label} | \`${f.path}\` | ${f.kind} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
  }
  out.sizeFiles = files.join('\n');
  out.sizeLegend =
    'Bytes, computed from what the server sent for each URL the page loaded on the 8-card carousel page (the article pages load the same code): raw, gzip -9, brotli quality 11. ' +
    '*code* is what the variant itself loads, *page* the HTML and the page stylesheet, *data* the article JSON. ' +
    'The baseline’s code includes the widget’s stylesheet (inlined, as the wasm has it compiled in); the Splide and Embla pages load the baseline too, for the cards and the stylesheet.';

  const parity = ['| fixture | same markup | note |', '| --- | --- | --- |'];
  for (const p of r.parity) parity.push(`| \`${p.fixture}\` | ${p.identical == null ? '–' : p.identical ? 'yes' : 'no'} | ${p.note ?? ''} |`);
  out.parity = parity.join('\n');
  return out;
}

function renderReport(r) {
  const s = sections(r);
  const L = ['# article-widget benchmark report', ''];
  L.push('Written by `scripts/bench`; see BENCHMARKS.md for how to run it. Raw figures, every run’s value and one sample timeline per variant are in `bench/report.json`.', '');
  L.push(s.about, '');
  if (s.notes) L.push(s.notes, '');
  L.push('## Budgets', '', s.budgets, '');
  L.push('## Results', '', s.resultsLegend, '', s.results, '');
  L.push('## Bytes transferred', '', s.sizeLegend, '', s.sizeTotals, '', s.sizeFiles, '');
  L.push('## Same markup', '');
  L.push('Before the runs, the baseline’s render of each fixture is checked against the widget’s: the shadow roots’ markup, without Leptos’s empty comment markers and without the carousel’s buttons and its state attributes (`hidden`, `inert`, `aria-disabled`, `aria-current`). The baseline places the pull-quotes the widget chose (listed here as the body block each follows).', '');
  L.push(s.parity, '');
  L.push('## How each figure is measured', '');
  for (const line of METHOD) L.push(line);
  L.push('');
  return L.join('\n');
}

const METHOD = [
  '- **Pages.** Every variant is one page served from this machine: the page stylesheet from `dist/`, the loader, the host element with `src` set to the fixture, and a paragraph after it (so a widget that grows after its first paint shifts something). Our widget: `<script async src="/embed.js">` + `<article-widget src>`, or Trunk’s `dist/index.html` with the fixture swapped in while `dist/embed.js` does not exist. Baseline: `bench/vanilla/vanilla.js` (async). Splide and Embla: `bench/carousel/*.js` with the library from `bench/node_modules`, cards built by the baseline’s card function, in a shadow root with the widget’s stylesheet.',
  '- **Loader start** is the earliest `startTime` among the page’s script resources (Resource Timing).',
  '- **Headline painted.** `instrument.js` wraps `attachShadow` and puts a MutationObserver on each shadow root; when `.aw-headline` is in the tree it waits for the next frame (`requestAnimationFrame`, then a `MessageChannel` message, which runs once that frame’s style, layout and paint work is done). Element Timing is not used: the headline carries no `elementtiming` attribute and Chromium does not report elements inside shadow trees.',
  '- **Ready** is the `article-widget:rendered` event on the host (bubbling, composed), seen on `window`.',
  '- **Parse + render** is from the moment both the article and the code are there, the later of the fixture’s `responseEnd` (Resource Timing) and the wasm module’s instantiation (the loader fetches the article while the wasm is on its way; the JavaScript variants only fetch once their code runs), to the frame after `article-widget:rendered`: reading the JSON, building the DOM, style, layout, paint.',
  '- **Main-thread blocking** is Σ (duration − 50 ms) over PerformanceObserver `longtask` entries from navigation until ' + '150 ms (× √CPU rate) after the ready frame; **longest task** is the longest of them, shown as ≤50 when there was none.',
  '- **Layout shift** is the sum of `layout-shift` entries without recent input over the same span: the widget is the only thing on the page that changes.',
  '- **Memory.** After a forced GC (`HeapProfiler.collectGarbage`), `JSHeapUsedSize` from `Performance.getMetrics`. Wasm linear memory is outside the JS heap, so it is shown on its own line: the byte length of every memory exported by an instantiated module (WebAssembly.instantiate and instantiateStreaming are wrapped). That is the memory’s size, not what is touched: Rust’s wasm32 target reserves a 1 MiB stack in it.',
  '- **Next button** is a real mouse click through CDP (`Input.dispatchMouseEvent`) on the carousel’s Next control (`.aw-carousel-next`; Splide’s `.splide__arrow--next`), from the click event’s `timeStamp` to the frame after it, as above. Skipped where the control does not exist.',
  '- **CPU slowdown** is `Emulation.setCPUThrottlingRate`. The HTTP cache is disabled with `Network.setCacheDisabled`, and every run is a new browser context.',
  '- **Sizes** are computed from the bytes the server sent for each URL the page loaded: raw, gzip level 9, brotli quality 11 (Node’s zlib).',
];

// ------------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.rerender) {
    // report.md and BENCHMARKS.md again from report.json, after a change
    // to how they are written; nothing is measured.
    const report = JSON.parse(fs.readFileSync(path.join(here, 'report.json'), 'utf8'));
    fs.writeFileSync(path.join(here, 'report.md'), renderReport(report));
    console.log('[bench] wrote bench/report.md from bench/report.json');
    if (opts.benchmarksMd === 'always') console.log(updateBenchmarksMd(report) ? '[bench] updated BENCHMARKS.md' : '[bench] BENCHMARKS.md: no markers');
    return;
  }
  const scenarios = SCENARIOS.filter((s) => !opts.scenarios || opts.scenarios.includes(s.id));
  if (!scenarios.length) throw new Error(`no such scenario; have ${SCENARIOS.map((s) => s.id).join(', ')}`);
  if (!fs.existsSync(path.join(DIST, 'index.html')) && !fs.existsSync(path.join(DIST, 'embed.js'))) {
    throw new Error('dist/ has no build: run scripts/bench without --no-build');
  }
  for (const name of fs.readdirSync(DIST)) {
    if (!name.endsWith('.wasm')) continue;
    const fd = fs.openSync(path.join(DIST, name), 'r');
    const magic = Buffer.alloc(4);
    fs.readSync(fd, magic, 0, 4, 0);
    fs.closeSync(fd);
    if (!magic.equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) {
      throw new Error(`dist/${name} is not a wasm module (a build broken off, or two at once?): rebuild`);
    }
  }
  const mode = widgetMode();
  const notes = [];
  const widgetPage =
    mode === 'embed'
      ? '`<script async src="/embed.js">` + `<article-widget src>` (dist/embed.js)'
      : 'Trunk’s `dist/index.html` (fallback: dist/embed.js does not exist yet)';
  if (mode === 'trunk') notes.push('`dist/embed.js` does not exist yet, so the widget is measured on Trunk’s `dist/index.html` (fixture swapped in, the same paragraph after the widget). The inline loader in that HTML is counted as *page*, not *code*.');
  const index = fs.existsSync(path.join(DIST, 'index.html')) ? fs.readFileSync(path.join(DIST, 'index.html'), 'utf8') : '';
  if (index.includes('__TRUNK_ADDRESS__')) notes.push('**dist/ is not a release build** (it carries Trunk’s auto-reload script): run `scripts/bench` without `--no-build`.');

  const state = { quotes: {}, mode };
  const server = createServer(state);
  const base = await server.listen(0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);
  log(`serving ${base}; widget page: ${mode === 'embed' ? 'dist/embed.js' : 'dist/index.html (no dist/embed.js yet)'}; ${browser.version()}`);

  try {
    // 1. Which pull-quotes the widget places, and whether the baseline then
    //    renders the same markup.
    const parity = [];
    for (const sc of scenarios) {
      let widget;
      try {
        widget = await shadowMarkup(browser, base, 'widget', sc.fixture);
      } catch (e) {
        parity.push({ fixture: sc.fixture, identical: null, note: `widget did not render: ${e.message}` });
        log(`markup ${sc.fixture}: the widget did not render (${e.message})`);
        continue;
      }
      if (widget.error) {
        parity.push({ fixture: sc.fixture, identical: null, note: `widget reported ${widget.error}` });
        log(`markup ${sc.fixture}: the widget reported ${widget.error}`);
        continue;
      }
      state.quotes[sc.fixture] = widget.quotes;
      const vanilla = await shadowMarkup(browser, base, 'vanilla', sc.fixture);
      const diff = firstDifference(widget.html, vanilla.html);
      parity.push({
        fixture: sc.fixture,
        identical: diff == null,
        quotes: widget.quotes.map((q) => q.after),
        note: diff ? `first difference at ${diff.at}: widget ${diff.widget} vs baseline ${diff.vanilla}` : `${widget.quotes.length} pull-quote(s), after blocks ${widget.quotes.map((q) => q.after).join(', ') || '–'}`,
      });
      log(`markup ${sc.fixture}: ${diff ? 'DIFFERS' : 'identical'}`);
    }

    // 2. The runs, interleaved: run → scenario → rate → variant (rotated).
    const throttled = (sc, rate) => rate === 1 || !opts.throttledScenarios || opts.throttledScenarios.includes(sc.id);
    const results = new Map();
    const sizeSample = {};
    const total = scenarios.reduce((n, sc) => n + sc.variants.length * opts.rates.filter((r) => throttled(sc, r)).length, 0) * opts.runs;
    let done = 0;
    for (let run = 0; run < opts.runs; run++) {
      for (const sc of scenarios) {
        for (const rate of opts.rates) {
          if (!throttled(sc, rate)) continue;
          const order = sc.variants.map((_, i) => sc.variants[(i + run) % sc.variants.length]);
          for (const variant of order) {
            const key = `${sc.id}|${rate}|${variant}`;
            if (!results.has(key)) results.set(key, { runs: [], failed: 0, firstError: null, latencyNote: null });
            const bucket = results.get(key);
            const t0 = Date.now();
            try {
              const r = await measure(browser, base, sc, variant, rate, opts);
              if (process.env.BENCH_DEBUG) log(`${key}: ${Date.now() - t0} ms`, JSON.stringify(r.values));
              bucket.runs.push(r);
              if (r.latencyNote) bucket.latencyNote = r.latencyNote;
              if (sc.id === 'cards-8' && rate === 1 && !sizeSample[variant]) sizeSample[variant] = r.files;
              if (sc.id === 'article' && rate === 1 && !sizeSample[`article:${variant}`]) sizeSample[`article:${variant}`] = r.files;
            } catch (e) {
              bucket.failed++;
              bucket.firstError ??= e.message.split('\n')[0];
              if (process.env.BENCH_DEBUG) log(`${key}: failed after ${Date.now() - t0} ms: ${e.message}`);
            }
            done++;
          }
        }
      }
      log(`run ${run + 1}/${opts.runs} done (${done}/${total} page loads)`);
    }

    // 3. Sizes, from the files each variant loaded.
    const sizes = {};
    for (const variant of ['widget', 'vanilla', 'splide', 'embla']) {
      const urls = sizeSample[variant] ?? sizeSample[`article:${variant}`];
      if (!urls) continue;
      const files = [];
      for (const u of [...new Set(urls)]) {
        const url = new URL(u);
        const key = url.pathname + url.search;
        let s = sizeCache.get(key);
        if (!s) {
          const bytes = server.bytes(key);
          if (!bytes) continue;
          s = sizesOf(bytes);
          sizeCache.set(key, s);
        }
        const p = url.pathname;
        const kind = p.startsWith('/bench/pages/') || /\.css$/.test(p) ? 'page' : /\.json$/.test(p) ? 'data' : 'code';
        files.push({ path: p.startsWith('/bench/pages/') ? `${p}?f=…` : p, kind, ...s });
      }
      const add = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
      sizes[variant] = { files, code: add(files.filter((f) => f.kind === 'code')), all: add(files) };
    }

    // 4. Summaries.
    const out = [];
    for (const sc of scenarios) {
      const byRate = {};
      for (const rate of opts.rates) {
        if (!throttled(sc, rate)) continue;
        const byVariant = {};
        for (const variant of sc.variants) {
          const bucket = results.get(`${sc.id}|${rate}|${variant}`);
          if (!bucket) continue;
          const entry = { failed: bucket.failed, firstError: bucket.firstError, latencyNote: bucket.latencyNote, runs: bucket.runs.length };
          for (const metric of [...sc.metrics, 'longCount']) {
            const values = bucket.runs.map((r) => r.values[metric]);
            entry[metric] = { ...summary(values), values: values.map((v) => (v == null ? null : Math.round(v * 1000) / 1000)) };
          }
          entry.pageErrors = [...new Set(bucket.runs.map((r) => r.pageError).filter(Boolean))];
          // One run's timeline, for looking into a figure: page times in ms
          // since navigation, long tasks as [start, duration], shifts with
          // their sources (nodes inside shadow roots show as '?').
          entry.sampleRun = bucket.runs[0]?.raw ?? null;
          byVariant[variant] = entry;
        }
        byRate[rate] = byVariant;
      }
      out.push({ id: sc.id, title: sc.title, short: sc.short, fixture: sc.fixture, variants: sc.variants, metrics: sc.metrics, results: byRate });
    }

    // 5. Budgets.
    const get = (id, rate, variant, metric) => out.find((s) => s.id === id)?.results[rate]?.[variant]?.[metric];
    const budgets = [];
    const wcode = sizes.widget?.code;
    budgets.push({
      name: 'all our files together ≤ 60 KB brotli',
      figure: wcode ? `${kb(wcode.brotli)} KB (${wcode.brotli} B) over ${sizes.widget.files.filter((f) => f.kind === 'code').length} files` : 'not measured',
      result: wcode ? (wcode.brotli <= 60 * 1024 ? 'pass' : 'miss') : 'not measured',
    });
    const hw = get('article', 1, 'widget', 'headline');
    const hv = get('article', 1, 'vanilla', 'headline');
    budgets.push({
      name: 'headline painted ≤ 15 ms after the vanilla baseline, unthrottled (medians)',
      figure: hw?.median != null && hv?.median != null ? `${fmtMs(hw.median)} ms vs ${fmtMs(hv.median)} ms: ${hw.median >= hv.median ? '+' : '−'}${fmtMs(Math.abs(hw.median - hv.median))} ms` : 'not measured',
      result: hw?.median != null && hv?.median != null ? (hw.median - hv.median <= 15 ? 'pass' : 'miss') : 'not measured',
    });
    const lw = get('article', 4, 'widget', 'longCount');
    const lmax = get('article', 4, 'widget', 'longest');
    budgets.push({
      name: 'no task over 50 ms at 4× CPU slowdown (sample article, every run)',
      figure: lw?.n ? `${lw.values.filter((v) => v > 0).length} of ${lw.n} runs had a long task; longest ${fmtMs(lmax.max)} ms` : 'not measured',
      result: lw?.n ? (lw.values.every((v) => v === 0) ? 'pass' : 'miss') : 'not measured',
    });
    const clsRates = opts.rates.map((rate) => [rate, get('article', rate, 'widget', 'cls')]).filter(([, s]) => s?.n);
    budgets.push({
      name: 'layout shift 0.00 (sample article, p75 at every CPU rate)',
      figure: clsRates.length ? clsRates.map(([rate, s]) => `${rateLabel(rate)}: p75 ${s.p75.toFixed(3)}, max ${s.max.toFixed(3)}`).join('; ') : 'not measured',
      result: clsRates.length ? (clsRates.every(([, s]) => s.p75 < 0.005) ? 'pass' : 'miss') : 'not measured',
    });
    const rw = get('large', 1, 'widget', 'render');
    const rv = get('large', 1, 'vanilla', 'render');
    budgets.push({
      name: 'large-article parse + render ≤ 1.5× the vanilla baseline, unthrottled (medians)',
      figure: rw?.median != null && rv?.median != null ? `${fmtMs(rw.median)} ms vs ${fmtMs(rv.median)} ms: ${ratio(rw.median, rv.median)}` : 'not measured',
      result: rw?.median != null && rv?.median != null ? (rw.median <= 1.5 * rv.median ? 'pass' : 'miss') : 'not measured',
    });

    const throttledNote =
      opts.throttledScenarios && opts.rates.some((r) => r > 1) ? `slowed-down runs only for: ${opts.throttledScenarios.join(', ')}` : null;
    const report = {
      machine: { ...machine(browser.version()), load: [loadAtStart, os.loadavg()[0]].map((x) => Math.round(x * 100) / 100) },
      options: { runs: opts.runs, rates: opts.rates, scenarios: scenarios.map((s) => s.id), throttledScenarios: opts.throttledScenarios, settleMs: opts.settleMs, viewport: VIEWPORT },
      widgetPage,
      throttledNote,
      notes,
      budgets,
      sizes,
      parity,
      scenarios: out,
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    };
    for (const sc of out) {
      for (const [rate, byVariant] of Object.entries(sc.results)) {
        for (const [variant, e] of Object.entries(byVariant)) {
          if (e.failed) notes.push(`${sc.id}, ${rateLabel(Number(rate))}, ${VARIANTS[variant].label}: ${e.failed} of ${e.failed + e.runs} runs failed (${e.firstError}).`);
          if (e.pageErrors.length) notes.push(`${sc.id}, ${VARIANTS[variant].label}: page error ${e.pageErrors[0]}`);
        }
      }
    }
    const latencyMissing = out.some((sc) => Object.values(sc.results).some((b) => b.widget?.latencyNote));
    if (latencyMissing) notes.push('Our carousel has no Next button (`.aw-carousel-next`) in this build, so its interaction latency is skipped.');

    const md = renderReport(report);
    fs.writeFileSync(path.join(here, 'report.md'), md);
    const json = JSON.stringify(report, null, 2) + '\n';
    fs.writeFileSync(path.join(here, 'report.json'), json);
    // Every run's figures are also kept, untracked, in bench/results/.
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results', `report-${report.machine.date.replace(/[:]/g, '')}.json`), json);
    log(`wrote bench/report.md and bench/report.json (${report.elapsedSeconds}s)`);

    const full = opts.runs >= 20 && scenarios.length === SCENARIOS.length && opts.rates.includes(1) && opts.rates.includes(4);
    if (opts.benchmarksMd === 'always' || (opts.benchmarksMd && full)) {
      log(updateBenchmarksMd(report) ? 'updated the tables in BENCHMARKS.md' : 'BENCHMARKS.md has no <!-- bench:start --> … <!-- bench:end --> markers: left as it is');
    } else if (opts.benchmarksMd) {
      log('BENCHMARKS.md left as it is (it takes a full run: --runs ≥ 20, every scenario, rates 1 and 4)');
    }
    console.log('');
    for (const b of budgets) console.log(`  ${b.result.padEnd(12)} ${b.name}: ${b.figure}`);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

/// Replaces what stands between the markers in BENCHMARKS.md with this
/// run's machine, budgets, results and byte totals.
function updateBenchmarksMd(report) {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return false;
  const s = sections(report);
  const body = [
    s.about,
    s.notes,
    '### Budgets',
    s.budgets,
    '### Results',
    s.resultsLegend,
    s.results,
    '### Bytes transferred',
    s.sizeLegend,
    s.sizeTotals,
  ]
    .filter(Boolean)
    .join('\n\n');
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`);
  return true;
}

main().catch((e) => {
  console.error(`[bench] FAILED: ${process.env.BENCH_DEBUG ? e.stack : e.message}`);
  process.exit(1);
});
