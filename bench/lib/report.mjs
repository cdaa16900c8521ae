// Writing the results: bench/report.md and bench/report.json (and a copy
// of the JSON in bench/results/), and the tables between the markers in
// BENCHMARKS.md.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../server.mjs';
import { VIEWPORT } from './browser.mjs';
import { fmt, ratio, rateLabel } from './format.mjs';
import { METRICS, VARIANTS } from './scenarios.mjs';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
  const cols = ['widget', 'prerendered', 'vanilla', 'splide', 'embla'].filter((v) => r.scenarios.some((sc) => sc.variants.includes(v)));
  const results = [
    `| scenario | figure | ${cols.map((v) => (v === 'vanilla' ? VARIANTS[v].label : `${VARIANTS[v].label} | × vanilla`)).join(' | ')} |`,
    `| --- | --- | ${cols.map((v) => (v === 'vanilla' ? '---:' : '---: | ---:')).join(' | ')} |`,
  ];
  for (const sc of r.scenarios) {
    for (const [rate, byVariant] of Object.entries(sc.results)) {
      const where = sc.profile ? sc.short : `${sc.short}, ${rateLabel(Number(rate))}`;
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

  // The headline painted, pre-rendered beside the widget and the baseline,
  // in every profile the article ran in.
  const pre = r.scenarios.filter((sc) => sc.variants.includes('prerendered') && sc.metrics.includes('headline'));
  if (pre.length) {
    const three = ['widget', 'prerendered', 'vanilla'];
    const rows = [
      `| profile | runs | ${three.map((v) => VARIANTS[v].label).join(' | ')} | pre-rendered × vanilla | widget × vanilla |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const sc of pre) {
      for (const [rate, byVariant] of Object.entries(sc.results)) {
        const where = sc.profile ? sc.profile.label : `${rateLabel(Number(rate))}, no network throttling`;
        const s = (v) => byVariant[v]?.headline;
        const cell = (v) => (s(v)?.median != null ? `${fmt('headline', s(v).median)} / ${fmt('headline', s(v).p75)}` : '–');
        const runs = three.map((v) => byVariant[v]?.runs ?? 0);
        rows.push(
          `| ${where} | ${Math.min(...runs)} | ${three.map(cell).join(' | ')} | ${ratio(s('prerendered')?.median, s('vanilla')?.median)} | ${ratio(s('widget')?.median, s('vanilla')?.median)} |`,
        );
      }
    }
    out.prerendered = rows.join('\n');
    out.prerenderedLegend =
      'Headline painted, ms after the loader starts (median / 75th percentile), on the sample article. The pre-rendered page holds the snippet `article-widget-cli render` wrote for the fixture (a declarative shadow root with the story, its stylesheet linked from `/article-widget.css`, the article as inert data), and loads `embed.js` as the widget page does; its headline is in the HTML, so it counts from the frame after the parser attached the shadow root and its stylesheet had loaded.';
  }

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
  if (s.prerendered) L.push('## Pre-rendered: headline painted', '', s.prerenderedLegend, '', s.prerendered, '');
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
  '- **Pre-rendered** (the article scenarios): the page holds the snippet `article-widget-cli render FIXTURE --src FIXTURE --css-href /article-widget.css` printed at the start of the run (`<article-widget prerendered="current">` with a declarative shadow root: a `<link rel="stylesheet">` to `dist/article-widget.css`, the story, and the article as inert JSON), with `<script async src="/embed.js">` before it as on the widget page; the wasm takes the story over without fetching the article. Its HTML counts as *page*, its stylesheet as *code*. Its **headline painted** is the frame after both the parser has attached the shadow root holding `.aw-headline` (found by a MutationObserver on the document and at every frame, as `attachShadow` never runs) and every stylesheet linked in that root has loaded (the sample run in `report.json` keeps the moment the headline was in the tree and the frame after it, `headlineInTree` and `headlineFirstFrame`). Its **parse + render** runs from the wasm’s instantiation, as the article is already in the page. The same-markup check compares the snippet’s story as served (`embed.js` blocked) with the widget’s render, every element’s attributes in name order (the server writes them in another order).',
  '- **Loader start** is the earliest `startTime` among the page’s script resources (Resource Timing).',
  '- **Headline painted.** `instrument.js` wraps `attachShadow` and puts a MutationObserver on each shadow root; when `.aw-headline` is in the tree it waits for the next frame (`requestAnimationFrame`, then a `MessageChannel` message, which runs once that frame’s style, layout and paint work is done). Element Timing is not used: the headline carries no `elementtiming` attribute and Chromium does not report elements inside shadow trees.',
  '- **Ready** is the `article-widget:rendered` event on the host (bubbling, composed), seen on `window`.',
  '- **Parse + render** is from the moment both the article and the code are there, the later of the fixture’s `responseEnd` (Resource Timing) and the wasm module’s instantiation (the loader fetches the article while the wasm is on its way; the JavaScript variants only fetch once their code runs), to the frame after `article-widget:rendered`: reading the JSON, building the DOM, style, layout, paint.',
  '- **Main-thread blocking** is Σ (duration − 50 ms) over PerformanceObserver `longtask` entries from navigation until ' + '150 ms (× √CPU rate) after the ready frame; **longest task** is the longest of them, shown as ≤50 when there was none.',
  '- **Layout shift** is the sum of `layout-shift` entries without recent input over the same span: the widget is the only thing on the page that changes.',
  '- **Memory.** After a forced GC (`HeapProfiler.collectGarbage`), `JSHeapUsedSize` from `Performance.getMetrics`. Wasm linear memory is outside the JS heap, so it is shown on its own line: the byte length of every memory exported by an instantiated module (WebAssembly.instantiate and instantiateStreaming are wrapped). That is the memory’s size, not what is touched: Rust’s wasm32 target reserves a 1 MiB stack in it.',
  '- **Next button** is a real mouse click through CDP (`Input.dispatchMouseEvent`) on the carousel’s Next control (`.aw-carousel-next`; Splide’s `.splide__arrow--next`), from the click event’s `timeStamp` to the frame after it, as above. Skipped where the control does not exist.',
  '- **Mobile profile** (the scenario `article-mobile`): the network Lighthouse uses for mobile, `Network.emulateNetworkConditions` with 150 ms latency, 1.6 Mbit/s down and 750 kbit/s up, together with 4× CPU slowdown, on the sample article, for the widget and the baseline. In this profile only, the server sends every file brotli-compressed (quality 11, `Content-Encoding: br`), so the throttled network carries the bytes a reader would receive; elsewhere nothing is compressed on the wire (localhost).',
  '- **CPU slowdown** is `Emulation.setCPUThrottlingRate`. The HTTP cache is disabled with `Network.setCacheDisabled`, and every run is a new browser context.',
  '- **Sizes** are computed from the bytes the server sent for each URL the page loaded: raw, gzip level 9, brotli quality 11 (Node’s zlib).',
];

/// Writes report.md and report.json, and keeps the JSON, untracked, in
/// bench/results/ as well.
export function writeReport(report) {
  const md = renderReport(report);
  fs.writeFileSync(path.join(bench, 'report.md'), md);
  const json = JSON.stringify(report, null, 2) + '\n';
  fs.writeFileSync(path.join(bench, 'report.json'), json);
  // Every run's figures are also kept, untracked, in bench/results/.
  fs.mkdirSync(path.join(bench, 'results'), { recursive: true });
  fs.writeFileSync(path.join(bench, 'results', `report-${report.machine.date.replace(/[:]/g, '')}.json`), json);
}

/// report.md again from report.json, after a change to how it is written;
/// returns the report read.
export function rerenderReport() {
  const report = JSON.parse(fs.readFileSync(path.join(bench, 'report.json'), 'utf8'));
  fs.writeFileSync(path.join(bench, 'report.md'), renderReport(report));
  return report;
}

/// Replaces what stands between the markers in BENCHMARKS.md with this
/// run's machine, budgets, results and byte totals.
export function updateBenchmarksMd(report) {
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
    s.prerendered ? '### Pre-rendered: headline painted' : '',
    s.prerenderedLegend,
    s.prerendered,
    '### Bytes transferred',
    s.sizeLegend,
    s.sizeTotals,
  ]
    .filter(Boolean)
    .join('\n\n');
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`);
  return true;
}
