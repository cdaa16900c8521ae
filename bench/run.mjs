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
// all of them alike. See BENCHMARKS.md for what each figure means.//
// This file runs the steps; bench/lib/ holds the parts: options, scenarios
// (variants, fixtures, figures), browser (Chromium over CDP), measure (one
// page load), parity (same markup as the baseline), sizes, stats, summary
// (figures, budgets, notes), format and report (report.md, report.json,
// BENCHMARKS.md). bench/server.mjs serves dist/ and the pages.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, prerenderedSnippet, widgetMode, DIST, PRERENDER_CSS } from './server.mjs';
import { launchBrowser, VIEWPORT } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { measure } from './lib/measure.mjs';
import { parseArgs } from './lib/options.mjs';
import { checkParity } from './lib/parity.mjs';
import { rerenderReport, updateBenchmarksMd, writeReport } from './lib/report.mjs';
import { SCENARIOS, ratesOf } from './lib/scenarios.mjs';
import { variantSizes } from './lib/sizes.mjs';
import { addRunNotes, budgetsOf, summarise } from './lib/summary.mjs';

async function main() {
  const opts = parseArgs(process.argv.slice(2), fileURLToPath(import.meta.url));
  if (opts.rerender) {
    // report.md and BENCHMARKS.md again from report.json, after a change
    // to how they are written; nothing is measured.
    const report = rerenderReport();
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

  // The pre-rendered pages' snippets, rendered by the CLI once, before any
  // page is measured (cargo must not share the CPUs with a run).
  const prerendered = scenarios.filter((s) => s.variants.includes('prerendered'));
  if (prerendered.length && !fs.existsSync(path.join(DIST, PRERENDER_CSS))) {
    throw new Error(`dist${PRERENDER_CSS} is missing (scripts/write-prerendered writes it): rebuild`);
  }
  for (const sc of prerendered) prerenderedSnippet(sc.fixture);

  const state = { quotes: {}, mode };
  const server = createServer(state);
  const base = await server.listen(0);
  const browser = await launchBrowser();
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);
  log(`serving ${base}; widget page: ${mode === 'embed' ? 'dist/embed.js' : 'dist/index.html (no dist/embed.js yet)'}; ${browser.version()}`);

  try {
    // 1. Which pull-quotes the widget places, and whether the baseline then
    //    renders the same markup.
    const parity = await checkParity(browser, base, scenarios, state, log);

    // The server compresses each body once for a profile with brotli on
    // the wire, which takes longer than serving it: one unmeasured load of
    // each such variant first, so no measured run waits for the compressor.
    for (const sc of scenarios.filter((s) => s.profile?.encoding)) {
      for (const variant of sc.variants) {
        await measure(browser, base, sc, variant, sc.profile.cpu, opts).catch((e) => log(`warm-up ${sc.id} ${variant}: ${e.message.split('\n')[0]}`));
      }
      log(`warmed up ${sc.id} (brotli bodies cached)`);
    }

    // 2. The runs, interleaved: run → scenario → rate → variant (rotated).
    const throttled = (sc, rate) => sc.profile != null || rate === 1 || !opts.throttledScenarios || opts.throttledScenarios.includes(sc.id);
    const results = new Map();
    const sizeSample = {};
    const total = scenarios.reduce((n, sc) => n + sc.variants.length * ratesOf(sc, opts).filter((r) => throttled(sc, r)).length, 0) * opts.runs;
    let done = 0;
    for (let run = 0; run < opts.runs; run++) {
      for (const sc of scenarios) {
        for (const rate of ratesOf(sc, opts)) {
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

    // 3. Sizes, from the files each variant loaded; 4. summaries; 5. budgets.
    const sizes = variantSizes(sizeSample, server);
    const out = summarise(scenarios, opts, results, throttled);
    const budgets = budgetsOf(out, sizes, opts);

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
    addRunNotes(out, notes);

    writeReport(report);
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

main().catch((e) => {
  console.error(`[bench] FAILED: ${process.env.BENCH_DEBUG ? e.stack : e.message}`);
  process.exit(1);
});
