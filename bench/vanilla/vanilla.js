// The vanilla-JS baseline for scripts/bench: the floor for the DOM work the
// widget does. Same host element, same open shadow root, same constructed
// stylesheet (style/widget.css + style/recommended.css, put in by the bench
// server at serve time, as the widget compiles them in), same markup, from
// the same JSON. Text only ever goes in as text nodes, URLs are checked.
//
// Reads our format `article-widget/1` only (paragraph, heading, list, quote
// and divider blocks; inline text, em, strong and links); no other formats,
// no sanitizer, no i18n beyond English.
//
// Pull-quotes are NOT chosen here: the widget's chooser is a few thousand
// lines of Rust. The bench server puts in the quotes the widget placed for
// each fixture (text, speaker, the block they follow), and this file puts
// the same asides at the same places.
//
// The recommended row is the widget's carousel markup: a natively scrolling
// row, Previous/Next (`aw-carousel-prev` / `aw-carousel-next`) scrolling it
// by one card, "1 of N" and page dots following the scroll once per frame.
// No autoplay, no keyboard handling beyond the browser's, no impressions.
// The bench's markup check leaves buttons and their state out.
//
// window.awVanilla exposes the card and stylesheet helpers to the Splide and
// Embla pages, so all carousels carry the very same cards.
(() => {
  const CSS = __AW_CSS__;
  const QUOTES = __AW_QUOTES__;
  const EN = {
    minRead: 'min read',
    recommended: 'Recommended news',
    previous: 'Previous',
    next: 'Next',
    loading: 'Loading article…',
    sponsored: 'Sponsored',
    errorTitle: 'This article could not be shown.',
    emptyBody: 'This article has no text yet.',
    quote: 'Quote',
    carousel: 'carousel',
    slide: 'slide',
    of: 'of',
    goToSlide: 'Go to slide',
  };
  const MAX_DOTS = 10;
  const IMAGE_SIZES = '(min-width: 60rem) 22rem, (min-width: 36rem) 45vw, 85vw';

  let sheet = null;
  function adopt(root) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  }

  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) for (const k in attrs) if (attrs[k] != null) e.setAttribute(k, attrs[k]);
    for (const c of children) if (c != null) e.append(c);
    return e;
  }

  function str(v) {
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') return null;
    const t = v.trim();
    return t ? t : null;
  }

  function safeUrl(raw, link) {
    const s = str(raw);
    if (!s) return null;
    const cleaned = s.replace(/[\t\n\r]/g, '');
    const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(cleaned);
    if (!m || /[\u0000-\u0020\u007f]/.test(cleaned)) return null;
    const scheme = m[1].toLowerCase();
    if ((scheme === 'http' || scheme === 'https') && m[2].startsWith('//') && m[2].length > 2) return cleaned;
    if (scheme === 'mailto' && link && m[2].length > 1) return cleaned;
    return null;
  }

  // Inline content: a string, or an array of strings and {type, ...}.
  function inline(content, out) {
    if (typeof content === 'string') {
      out.push(content);
      return out;
    }
    if (!Array.isArray(content)) return out;
    for (const part of content) {
      if (typeof part === 'string') {
        out.push(part);
        continue;
      }
      if (!part || typeof part !== 'object') continue;
      const inner = part.content ?? part.text;
      switch (part.type) {
        case 'em':
        case 'emphasis':
        case 'i':
          out.push(h('em', null, ...inline(inner, [])));
          break;
        case 'strong':
        case 'b':
          out.push(h('strong', null, ...inline(inner, [])));
          break;
        case 'link':
        case 'a': {
          const href = safeUrl(part.href, true);
          if (href) out.push(h('a', { href, rel: 'noopener' }, ...inline(inner, [])));
          else inline(inner, out);
          break;
        }
        case 'br':
        case 'line_break':
          out.push(h('br'));
          break;
        default:
          if (typeof part.text === 'string') out.push(part.text);
      }
    }
    return out;
  }

  function textOf(nodes) {
    return nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join('');
  }

  // One body block → [element, words] or null.
  function block(b) {
    if (typeof b === 'string') b = { type: 'paragraph', text: b };
    if (!b || typeof b !== 'object') return null;
    const type = b.type ?? 'paragraph';
    switch (type) {
      case 'paragraph':
      case 'p': {
        const kids = inline(b.content ?? b.text, []);
        const text = textOf(kids);
        return text.trim() ? [h('p', null, ...kids), text] : null;
      }
      case 'heading':
      case 'h': {
        const text = str(b.text);
        if (!text) return null;
        const level = Math.min(4, Math.max(2, Number(b.level) || 2));
        return [h(`h${level}`, { class: 'aw-subheading' }, text), text];
      }
      case 'list': {
        const items = (Array.isArray(b.items) ? b.items : [])
          .map((i) => inline(i && typeof i === 'object' && !Array.isArray(i) ? i.content ?? i.text : i, []))
          .filter((k) => textOf(k).trim());
        if (!items.length) return null;
        const list = h(b.ordered === true ? 'ol' : 'ul', { class: 'aw-list' }, ...items.map((k) => h('li', null, ...k)));
        return [list, items.map(textOf).join('\n')];
      }
      case 'quote':
      case 'blockquote':
      case 'block_quote': {
        const kids = inline(b.content ?? b.text, []);
        const text = textOf(kids);
        if (!text.trim()) return null;
        const cite = str(b.cite);
        return [h('blockquote', { class: 'aw-block-quote' }, h('p', null, ...kids), cite && h('footer', null, h('cite', null, cite))), text];
      }
      case 'divider':
      case 'hr':
        return [h('hr', { class: 'aw-divider' }), null];
      default:
        return null;
    }
  }

  // Dates as the widget writes them: <time datetime=ISO>, Intl long date.
  function time(raw, lang) {
    const iso = str(raw);
    if (!iso) return null;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    const hasTime = /T\d/.test(iso);
    const hasZone = /(Z|[+-]\d\d(:?\d\d)?)$/i.test(iso);
    const options = { dateStyle: 'long' };
    if (hasTime) options.timeStyle = 'short';
    if (!hasZone) options.timeZone = 'UTC';
    let written = iso;
    try {
      written = new Intl.DateTimeFormat(lang ? [lang] : [], options).format(new Date(ms));
    } catch {
      /* keep the ISO text */
    }
    return h('time', { datetime: iso }, written);
  }

  function card(item, lang) {
    const url = safeUrl(item.url, true);
    const title = str(item.title);
    if (!url || !title) return null;
    const image = item.image && safeUrl(typeof item.image === 'string' ? item.image : item.image.src, false);
    const section = str(item.section);
    const teaser = str(item.teaser);
    const source = str(item.source);
    const published = time(item.published, lang);
    const sponsored = item.sponsored === true;
    return h(
      'article',
      { class: 'aw-card', part: 'card' },
      h('div', { class: 'aw-card-image' }, image && h('img', { src: image, sizes: IMAGE_SIZES, alt: str(item.image.alt) ?? '', loading: 'lazy', decoding: 'async' })),
      sponsored || section
        ? h('p', { class: 'aw-card-labels' }, sponsored ? h('span', { class: 'aw-sponsored' }, EN.sponsored) : null, section && h('span', { class: 'aw-card-section' }, section))
        : null,
      h('h3', { class: 'aw-card-title' }, h('a', { href: url }, title)),
      teaser && h('p', { class: 'aw-card-teaser' }, teaser),
      source || published ? h('p', { class: 'aw-card-meta' }, source && h('span', { class: 'aw-card-source' }, source), published) : null,
    );
  }

  function cards(items, lang) {
    const seen = new Set();
    const out = [];
    for (const item of Array.isArray(items) ? items : []) {
      if (!item || typeof item !== 'object' || seen.has(item.url)) continue;
      const c = card(item, lang);
      if (c) {
        seen.add(item.url);
        out.push(c);
      }
    }
    return out;
  }

  function pullQuote(q) {
    return h(
      'aside',
      q.repeats_body ? { class: 'aw-pull-quote', part: 'pull-quote', 'aria-hidden': 'true' } : { class: 'aw-pull-quote', part: 'pull-quote', 'aria-label': EN.quote },
      h('blockquote', null, h('p', { class: 'aw-pull-quote-text' }, q.text)),
      q.speaker ? h('p', { class: 'aw-pull-quote-speaker' }, q.speaker) : null,
    );
  }

  // The carousel: a natively scrolling row with Previous/Next, "1 of N"
  // and page dots, the widget's markup. The buttons scroll by one card; the
  // position follows the scroll, once per frame.
  function recommended(items, lang, dir) {
    const list = cards(items, lang);
    if (!list.length) return null;
    const count = list.length;
    const track = h(
      'div',
      { class: 'aw-cards', id: 'aw-recommended-slides', 'aria-live': 'polite' },
      ...list.map((c, i) => h('div', { class: 'aw-slide', role: 'group', 'aria-roledescription': EN.slide, 'aria-label': `${i + 1} ${EN.of} ${count}`, 'data-index': String(i) }, c)),
    );
    const button = (cls, label) =>
      h('button', { type: 'button', class: `aw-carousel-button ${cls}`, 'aria-controls': 'aw-recommended-slides' }, h('span', { class: 'aw-carousel-icon', 'aria-hidden': 'true' }), h('span', { class: 'aw-visually-hidden' }, label));
    const prev = button('aw-carousel-prev', EN.previous);
    const next = button('aw-carousel-next', EN.next);
    const position = h('p', { class: 'aw-carousel-position' }, `1 ${EN.of} ${count}`);
    const controls = count > 1 ? h('div', { class: 'aw-carousel-controls' }, prev, position, next) : null;
    const dots = count > 1 ? h('div', { class: 'aw-carousel-dots' }) : null;

    const rtl = dir === 'rtl' ? -1 : 1;
    const step = () => {
      const slot = track.firstElementChild;
      return slot.getBoundingClientRect().width + (parseFloat(getComputedStyle(track).columnGap) || 0);
    };
    let pending = false;
    let shownPages = -1;
    const update = () => {
      pending = false;
      const width = step();
      const perView = Math.max(1, Math.floor((track.clientWidth + 1) / width));
      const first = Math.min(count - 1, Math.round(Math.abs(track.scrollLeft) / width));
      const atStart = first === 0;
      const atEnd = Math.abs(track.scrollLeft) + track.clientWidth >= track.scrollWidth - 1;
      position.textContent = `${first + 1} ${EN.of} ${count}`;
      prev.setAttribute('aria-disabled', String(atStart));
      next.setAttribute('aria-disabled', String(atEnd));
      controls.hidden = atStart && atEnd;
      const pages = Math.ceil(count / perView);
      if (pages !== shownPages) {
        shownPages = pages;
        dots.replaceChildren();
        if (pages >= 2 && pages <= MAX_DOTS) {
          for (let p = 0; p < pages; p++) {
            const dot = h('button', { type: 'button', class: 'aw-carousel-dot', tabindex: '-1', 'aria-label': `${EN.goToSlide} ${Math.min(p * perView + 1, count)}`, 'aria-controls': 'aw-recommended-slides' });
            dot.addEventListener('click', () => track.scrollTo({ left: rtl * p * perView * step() }));
            dots.append(dot);
          }
        }
      }
      // Cards out of view are inert, so focus and screen readers stay on
      // what is shown.
      for (let i = 0; i < count; i++) track.children[i].inert = i < first || i >= first + perView;
      const page = Math.min(pages - 1, Math.floor(first / perView));
      for (let p = 0; p < dots.children.length; p++) {
        if (p === page) dots.children[p].setAttribute('aria-current', 'true');
        else dots.children[p].removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(update);
    };
    if (count > 1) {
      prev.addEventListener('click', () => track.scrollBy({ left: -rtl * step() }));
      next.addEventListener('click', () => track.scrollBy({ left: rtl * step() }));
      track.addEventListener('scroll', schedule, { passive: true });
      schedule();
    }
    return h(
      'div',
      { class: 'aw-recommended-slot' },
      h(
        'section',
        { class: 'aw-recommended', part: 'recommended', dir: dir === 'rtl' ? 'rtl' : 'ltr', 'aria-roledescription': EN.carousel, 'aria-labelledby': 'aw-recommended-title' },
        h('div', { class: 'aw-carousel-head' }, h('h2', { class: 'aw-recommended-title', id: 'aw-recommended-title' }, EN.recommended), controls),
        track,
        dots,
      ),
    );
  }

  function article(doc, quotes) {
    const headline = str(doc.headline);
    if (!headline) throw new Error('no headline');
    const lang = str(doc.lang);
    const body = h('div', { class: 'aw-body', part: 'body' });
    let words = 0;
    let index = 0;
    let q = 0;
    for (const raw of Array.isArray(doc.body) ? doc.body : []) {
      const made = block(raw);
      if (!made) continue;
      body.append(made[0]);
      if (made[1]) words += made[1].split(/\s+/).filter(Boolean).length;
      while (q < quotes.length && quotes[q].after === index) body.append(pullQuote(quotes[q++]));
      index++;
    }
    if (!index) body.append(h('p', { class: 'aw-empty' }, EN.emptyBody));
    const section = str(doc.section);
    const header = h(
      'header',
      { class: 'aw-header' },
      section && h('p', { class: 'aw-kicker' }, section),
      h('h1', { class: 'aw-headline', part: 'headline' }, headline),
      str(doc.standfirst) && h('p', { class: 'aw-standfirst' }, str(doc.standfirst)),
      h(
        'p',
        { class: 'aw-meta' },
        str(doc.dateline) && h('span', { class: 'aw-dateline' }, str(doc.dateline)),
        doc.published ? h('span', { class: 'aw-published' }, time(doc.published, lang)) : null,
        h('span', { class: 'aw-reading-time' }, `${Math.max(1, Math.ceil(words / 230))} ${EN.minRead}`),
      ),
    );
    const frag = document.createDocumentFragment();
    frag.append(h('article', { class: 'aw-article', lang, dir: doc.dir === 'rtl' ? 'rtl' : 'ltr' }, header, body));
    const rec = recommended(doc.recommended, lang, doc.dir === 'rtl' ? 'rtl' : 'ltr');
    if (rec) frag.append(rec);
    return frag;
  }

  function skeleton() {
    const lines = ['aw-skeleton-kicker', 'aw-skeleton-headline', 'aw-skeleton-headline aw-skeleton-short', 'aw-skeleton-meta'];
    for (let i = 0; i < 8; i++) lines.push(i % 4 === 3 ? 'aw-skeleton-text aw-skeleton-short' : 'aw-skeleton-text');
    return h(
      'div',
      { class: 'aw-skeleton', role: 'status', 'aria-busy': 'true' },
      h('span', { class: 'aw-visually-hidden' }, EN.loading),
      ...lines.map((c) => h('div', { class: `aw-skeleton-line ${c}` })),
    );
  }

  function emit(host, name, detail) {
    host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  async function mount(host) {
    if (host.shadowRoot) return;
    const started = performance.now();
    const root = host.attachShadow({ mode: 'open' });
    adopt(root);
    const widget = h('div', { class: 'aw-widget' }, skeleton());
    root.append(h('div', { class: 'aw-root' }, widget));
    const src = host.getAttribute('src');
    try {
      const res = await fetch(src, { credentials: 'omit' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = JSON.parse(await res.text());
      widget.replaceChildren(article(doc, QUOTES[src] ?? []));
      emit(host, 'article-widget:rendered', { id: str(doc.id), url: str(doc.url), timing: Math.round(performance.now() - started) });
    } catch (error) {
      widget.replaceChildren(h('div', { class: 'aw-error', role: 'alert' }, h('p', { class: 'aw-error-title' }, EN.errorTitle), h('p', { class: 'aw-error-message' }, String(error.message))));
      emit(host, 'article-widget:error', { message: String(error.message), source: src });
    }
  }

  window.awVanilla = { adopt, card, cards, emit, css: CSS };
  // An async script may run before the parser reaches the hosts: look
  // again once the document is parsed.
  const scan = () => {
    for (const host of document.querySelectorAll('article-widget')) mount(host);
  };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
