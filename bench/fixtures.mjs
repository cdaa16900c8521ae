// Fixtures the benchmark generates, all in our format `article-widget/1`,
// deterministic (a seeded generator), served at /bench/fixtures/NAME.json:
//
//   large-article  about 2,000 paragraphs, ~300 KB of JSON, with quoted and
//                  attributed speech every so often (pull-quote candidates),
//                  and the sample article's recommended cards;
//   cards-8        a one-paragraph article carrying the sample article's
//                  8 recommended cards (the carousel "alone");
//   cards-200      the same with 200 generated cards.

import fs from 'node:fs';
import path from 'node:path';

function rng(seed) {
  // mulberry32
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council river city report week government minister people water ' +
  'flood bridge station budget school market workers said would could ' +
  'after before during between across against through under over about ' +
  'new old local national regional public private early late final first ' +
  'plan project program study survey decision review meeting vote election ' +
  'police court judge law rule policy tax rate price cost energy power ' +
  'train bus road traffic weather storm heat rain season harvest farmers ' +
  'hospital doctors patients health care families children students teachers ' +
  'and or but with from into onto for of to in on at by as'
).split(/\s+/);
const NAMES = ['Ana Torres', 'Daniel Okafor', 'Mei Lin', 'Jonas Berg', 'Priya Nair', 'Luis Ortega', 'Sara Haddad', 'Tom Becker'];
const TITLES = ['the mayor', 'a spokesperson', 'the minister', 'an engineer', 'a resident'];

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + '.';
}

export function largeArticle(sample, paragraphs = 2000) {
  const next = rng(20250503);
  const body = [];
  for (let i = 0; i < paragraphs; i++) {
    let text = sentence(next, 9 + Math.floor(next() * 8)) + ' ' + sentence(next, 4 + Math.floor(next() * 6));
    if (i > 0 && i % 16 === 5) {
      const name = NAMES[Math.floor(next() * NAMES.length)];
      const title = TITLES[Math.floor(next() * TITLES.length)];
      const quote = sentence(next, 10 + Math.floor(next() * 8)).slice(0, -1);
      text = `${sentence(next, 8)} “${quote},” said ${name}, ${title}.`;
    }
    body.push({ type: 'paragraph', text });
  }
  return {
    format: 'article-widget/1',
    id: 'bench-large-article',
    url: 'https://news.example.com/bench/large-article',
    lang: 'en',
    section: 'Bench',
    headline: `A very long article: ${paragraphs.toLocaleString('en')} paragraphs`,
    authors: [],
    body,
    recommended: sample.recommended,
  };
}

export function cardsArticle(recommended, id) {
  return {
    format: 'article-widget/1',
    id,
    url: `https://news.example.com/bench/${id}`,
    lang: 'en',
    section: 'Bench',
    headline: `Recommended news: ${recommended.length} cards`,
    authors: [],
    body: [{ type: 'paragraph', text: 'A one-paragraph article, so that the cards are nearly all there is to render.' }],
    recommended,
  };
}

export function generatedCards(n) {
  const next = rng(200);
  const sections = ['World', 'Local', 'Sport', 'Business', 'Science', 'Culture', 'Food'];
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const card = {
      title: `Sample item ${i + 1}: ${sentence(next, 5 + Math.floor(next() * 5)).slice(0, -1)}`,
      url: `https://news.example.com/bench/card-${i + 1}`,
      teaser: sentence(next, 12 + Math.floor(next() * 8)),
      section: sections[i % sections.length],
      source: 'Sample News',
      published: `2025-04-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00Z`,
    };
    if (i % 9 === 8) card.sponsored = true;
    return card;
  });
}

/// name → () => JSON text, generated once.
export function generatedFixtures(root) {
  const cache = new Map();
  const sample = () => JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'sample-article.json'), 'utf8'));
  const makers = {
    'large-article': () => largeArticle(sample()),
    'cards-8': () => cardsArticle(sample().recommended, 'bench-cards-8'),
    'cards-200': () => cardsArticle(generatedCards(200), 'bench-cards-200'),
  };
  const out = {};
  for (const [name, make] of Object.entries(makers)) {
    out[name] = () => {
      if (!cache.has(name)) cache.set(name, JSON.stringify(make()));
      return cache.get(name);
    };
  }
  return out;
}
