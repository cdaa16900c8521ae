// Before the runs: which pull-quotes the widget places on each fixture (the
// baseline is served the same ones), and whether the baseline then renders
// the same markup as the widget.

import { INSTRUMENT, VIEWPORT, withTimeout } from './browser.mjs';

/// The widget's render of `fixture`, without Leptos's comment markers, the
/// carousel's buttons and its state attributes (hidden, inert,
/// aria-disabled, aria-current): what the baseline must reproduce.
export async function shadowMarkup(browser, base, variant, fixture) {
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

export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return null;
  const cut = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return { at: i, widget: cut(a), vanilla: cut(b) };
}

/// Records each fixture's pull-quotes in `state.quotes` (the server hands
/// them to the baseline) and returns one parity row per scenario.
export async function checkParity(browser, base, scenarios, state, log) {
  const parity = [];
  const seen = new Set();
  for (const sc of scenarios) {
    // Two scenarios may load the same fixture (the mobile profile does).
    if (seen.has(sc.fixture)) continue;
    seen.add(sc.fixture);
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
  return parity;
}
