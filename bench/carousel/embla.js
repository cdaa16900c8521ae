// Embla Carousel (pinned in bench/package.json) carrying the recommended
// cards of the page's fixture, in a shadow root with the widget's
// stylesheet plus the few rules Embla asks for (it ships no CSS). Cards come
// from the vanilla baseline's card builder (window.awVanilla). Options:
// align start, trimmed snaps; Previous/Next buttons call scrollPrev/Next.
// Fires `article-widget:rendered` on the host once mounted.
(async () => {
  const CSS = `
    .embla__viewport { overflow: hidden; }
    .embla__container { display: flex; touch-action: pan-y pinch-zoom; margin-inline-start: -1rem; }
    .embla__slide { flex: 0 0 calc(100% / 1.15); min-width: 0; padding-inline-start: 1rem; }
    @container aw (min-width: 34rem) { .embla__slide { flex-basis: calc(100% / 2.2); } }
    @container aw (min-width: 52rem) { .embla__slide { flex-basis: calc(100% / 3.25); } }
  `;
  const host = document.querySelector('bench-carousel');
  const { adopt, cards, emit } = window.awVanilla;
  const root = host.attachShadow({ mode: 'open' });
  adopt(root);
  const lib = new CSSStyleSheet();
  lib.replaceSync(CSS);
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
    '<button type="button" class="aw-button aw-carousel-prev" aria-label="Previous">‹</button>' +
    '<button type="button" class="aw-button aw-carousel-next" aria-label="Next">›</button>' +
    '<div class="embla__viewport"><div class="embla__container"></div></div>';
  const container = section.querySelector('.embla__container');
  for (const card of cards(doc.recommended, doc.lang)) {
    const slide = document.createElement('div');
    slide.className = 'embla__slide';
    slide.append(card);
    container.append(slide);
  }
  widget.append(section);
  const embla = EmblaCarousel(section.querySelector('.embla__viewport'), { align: 'start', containScroll: 'trimSnaps' });
  section.querySelector('.aw-carousel-prev').addEventListener('click', () => embla.scrollPrev());
  section.querySelector('.aw-carousel-next').addEventListener('click', () => embla.scrollNext());
  emit(host, 'article-widget:rendered', { id: doc.id });
})();
