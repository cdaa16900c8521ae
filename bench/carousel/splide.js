// Splide (pinned in bench/package.json) carrying the recommended cards of
// the page's fixture, in a shadow root with the widget's stylesheet plus
// Splide's default one (inlined by the bench server at serve time, as a
// bundler would). Cards come from the vanilla baseline's card builder
// (window.awVanilla), so every carousel carries the same markup. Options:
// 3 per page with a 1rem gap (2 and 1 on narrower screens), arrows, no
// pagination dots. Fires `article-widget:rendered` on the host once mounted.
(async () => {
  const host = document.querySelector('bench-carousel');
  const { adopt, cards, emit } = window.awVanilla;
  const root = host.attachShadow({ mode: 'open' });
  adopt(root);
  const lib = new CSSStyleSheet();
  lib.replaceSync(__LIB_CSS__);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, lib];
  const widget = document.createElement('div');
  widget.className = 'aw-widget';
  const wrap = document.createElement('div');
  wrap.className = 'aw-root';
  wrap.append(widget);
  root.append(wrap);

  const res = await fetch(host.getAttribute('src'), { credentials: 'omit' });
  const doc = JSON.parse(await res.text());
  const section = document.createElement('section');
  section.className = 'aw-recommended';
  section.innerHTML =
    '<h2 class="aw-recommended-title">Recommended news</h2>' +
    '<div class="splide" aria-label="Recommended news"><div class="splide__track"><ul class="splide__list"></ul></div></div>';
  const list = section.querySelector('.splide__list');
  for (const card of cards(doc.recommended, doc.lang)) {
    const li = document.createElement('li');
    li.className = 'splide__slide';
    li.append(card);
    list.append(li);
  }
  widget.append(section);
  new Splide(section.querySelector('.splide'), {
    perPage: 3,
    gap: '1rem',
    pagination: false,
    breakpoints: { 832: { perPage: 2 }, 544: { perPage: 1 } },
  }).mount();
  emit(host, 'article-widget:rendered', { id: doc.id });
})();
