// Before the runs: which pull-quotes the widget places on each fixture (the
// baseline is served the same ones), and whether the baseline then renders
// the same markup as the widget.

import { INSTRUMENT, VIEWPORT, withTimeout } from './browser.mjs';

/// The widget's render of `fixture`, without Leptos's comment markers, the
/// carousel's buttons and its state attributes (hidden, inert,
/// aria-disabled, aria-current): what the baseline must reproduce.
///
/// `asServed`: the page with no script of its own allowed to run (its
/// loader is blocked), for the pre-rendered snippet's story as it is in
/// the HTML.
export async function shadowMarkup(browser, base, variant, fixture, asServed = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: INSTRUMENT });
    if (asServed) await context.route(/\/embed\.js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${base}/bench/pages/${variant}.html?f=${encodeURIComponent(fixture)}`, { waitUntil: 'load' });
    if (!asServed) await withTimeout(page.evaluate(() => window.__bench.ready), 60000, `${variant} on ${fixture}`);
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
      // The same tree with every element's attributes in name order: the
      // server writes them in another order than the browser's render sets
      // them, which says nothing about the markup.
      const sortedRoot = root.cloneNode(true);
      for (const e of sortedRoot.querySelectorAll('*')) {
        const attrs = [...e.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [name] of attrs) e.removeAttribute(name);
        for (const [name, value] of attrs) e.setAttribute(name, value);
      }
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
      return { html: root.innerHTML, sorted: sortedRoot.innerHTML, quotes, error };
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

/// The character at `i`, as U+XXXX (differences can be invisible ones).
function codePoint(s, i) {
  const c = s.codePointAt(i);
  return c == null ? 'end' : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
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
    if (sc.variants.includes('prerendered')) {
      // The pre-rendered variant ends with the wasm's own render (the
      // widget's); what is its own is the story in the HTML before that.
      try {
        const served = await shadowMarkup(browser, base, 'prerendered', sc.fixture, true);
        const d = firstDifference(widget.sorted, served.sorted);
        parity.push({
          fixture: `${sc.fixture} (pre-rendered snippet as served vs the widget, attributes in name order)`,
          identical: d == null,
          quotes: served.quotes.map((q) => q.after),
          note: d
            ? `first difference at ${d.at} (${codePoint(widget.sorted, d.at)} vs ${codePoint(served.sorted, d.at)}): widget ${d.widget} vs snippet ${d.vanilla}`
            : `${served.quotes.length} pull-quote(s), after blocks ${served.quotes.map((q) => q.after).join(', ') || '–'}`,
        });
        log(`markup ${sc.fixture}, pre-rendered snippet as served: ${d ? 'DIFFERS' : 'identical'}`);
      } catch (e) {
        parity.push({ fixture: `${sc.fixture} (pre-rendered snippet)`, identical: null, note: `not checked: ${e.message.split('\n')[0]}` });
        log(`markup ${sc.fixture}, pre-rendered snippet: not checked (${e.message.split('\n')[0]})`);
      }
    }
  }
  return parity;
}
