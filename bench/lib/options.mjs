// Command-line options of bench/run.mjs. -h prints the head of run.mjs,
// where the usage is written.

import fs from 'node:fs';

export function parseArgs(argv, usageFile) {
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
      console.log(fs.readFileSync(usageFile, 'utf8').split('\n').slice(0, 17).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  if (!o.rates.length || o.rates.some((r) => !(r >= 1))) throw new Error('--rates: CPU slowdown factors ≥ 1');
  return o;
}
