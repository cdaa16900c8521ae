// From the runs to the report's figures: per scenario, CPU rate, variant
// and metric a summary with every run's value, then the budgets, and notes
// on runs that failed.

import { summary } from './stats.mjs';
import { fmtMs, kb, ratio, rateLabel } from './format.mjs';
import { VARIANTS, ratesOf } from './scenarios.mjs';

/// `results` maps `scenario|rate|variant` to its runs; `throttled(sc, rate)`
/// says whether that scenario ran at that rate.
export function summarise(scenarios, opts, results, throttled) {
  const out = [];
  for (const sc of scenarios) {
    const byRate = {};
    for (const rate of ratesOf(sc, opts)) {
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
    out.push({ id: sc.id, title: sc.title, short: sc.short, fixture: sc.fixture, variants: sc.variants, metrics: sc.metrics, profile: sc.profile ?? null, results: byRate });
  }
  return out;
}

export function budgetsOf(out, sizes, opts) {
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
  const mobile = out.find((s) => s.id === 'article-mobile');
  const mrate = mobile?.profile?.cpu;
  const mw = get('article-mobile', mrate, 'widget', 'headline');
  const mv = get('article-mobile', mrate, 'vanilla', 'headline');
  budgets.push({
    name: 'headline painted ≤ 1.5× the vanilla baseline, mobile profile (1.6 Mbit/s, 150 ms RTT, 4× CPU; medians)',
    figure: mw?.median != null && mv?.median != null ? `${fmtMs(mw.median)} ms vs ${fmtMs(mv.median)} ms: ${ratio(mw.median, mv.median)}` : 'not measured',
    result: mw?.median != null && mv?.median != null ? (mw.median <= 1.5 * mv.median ? 'pass' : 'miss') : 'not measured',
  });
  const rw = get('large', 1, 'widget', 'render');
  const rv = get('large', 1, 'vanilla', 'render');
  budgets.push({
    name: 'large-article parse + render ≤ 1.5× the vanilla baseline, unthrottled (medians)',
    figure: rw?.median != null && rv?.median != null ? `${fmtMs(rw.median)} ms vs ${fmtMs(rv.median)} ms: ${ratio(rw.median, rv.median)}` : 'not measured',
    result: rw?.median != null && rv?.median != null ? (rw.median <= 1.5 * rv.median ? 'pass' : 'miss') : 'not measured',
  });
  return budgets;
}

/// Adds a note for every figure with failed runs or page errors, and for a
/// carousel without a Next button.
export function addRunNotes(out, notes) {
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
}
