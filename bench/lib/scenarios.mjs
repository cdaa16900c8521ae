// What is measured: the variants on the page, the fixtures each scenario
// loads, and the figures with their labels in the report.

export const VARIANTS = {
  widget: { label: 'article-widget', next: '.aw-carousel-next' },
  // The CLI's snippet for the fixture in the page as served (a declarative
  // shadow root with the story), taken over by embed.js + the wasm.
  prerendered: { label: 'article-widget, pre-rendered', next: '.aw-carousel-next' },
  vanilla: { label: 'vanilla JS (baseline)', next: '.aw-carousel-next' },
  splide: { label: 'Splide 4.1.4', next: '.splide__arrow--next' },
  embla: { label: 'Embla 8.6.0', next: '.aw-carousel-next' },
};

// The network and CPU Lighthouse uses for mobile: about 1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trip, 4× CPU. A scenario with a profile runs
// only in it (its own CPU rate, not --rates); the server then sends every
// file brotli-compressed (q11, as a CDN would), so the throttled network
// carries the bytes a reader's phone would receive.
export const MOBILE = {
  label: 'mobile profile: 1.6 Mbit/s, 150 ms RTT, 4× CPU',
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  encoding: 'br',
};

export const SCENARIOS = [
  {
    id: 'article',
    title: 'Article: fixtures/sample-article.json',
    short: 'sample article',
    fixture: '/fixtures/sample-article.json',
    variants: ['widget', 'prerendered', 'vanilla'],
    metrics: ['headline', 'ready', 'render', 'tbt', 'longest', 'cls', 'heap', 'wasm', 'memory'],
  },
  {
    id: 'article-mobile',
    title: 'Article, mobile profile: fixtures/sample-article.json over 1.6 Mbit/s, 150 ms RTT, 4× CPU, brotli on the wire',
    short: 'sample article, mobile profile (1.6 Mbit/s, 150 ms RTT, 4× CPU)',
    fixture: '/fixtures/sample-article.json',
    variants: ['widget', 'prerendered', 'vanilla'],
    metrics: ['headline', 'ready', 'render', 'tbt', 'longest'],
    profile: MOBILE,
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

/// The CPU rates a scenario runs at: its profile's own, else --rates.
export function ratesOf(sc, opts) {
  return sc.profile ? [sc.profile.cpu] : opts.rates;
}

export const METRICS = {
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
