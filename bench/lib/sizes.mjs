// Bytes: raw, gzip -9 and brotli 11 of every file a variant loaded, as the
// server sent it, and each variant's totals.

import zlib from 'node:zlib';
import { PRERENDER_CSS } from '../server.mjs';

const sizeCache = new Map();
function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/// `sizeSample` holds the URLs each variant loaded (on the 8-card carousel
/// page, else on the article page); `server.bytes` gives what was sent.
export function variantSizes(sizeSample, server) {
  const sizes = {};
  for (const variant of ['widget', 'prerendered', 'vanilla', 'splide', 'embla']) {
    const urls = sizeSample[variant] ?? sizeSample[`article:${variant}`];
    if (!urls) continue;
    const files = [];
    for (const u of [...new Set(urls)]) {
      const url = new URL(u);
      const key = url.pathname + url.search;
      let s = sizeCache.get(key);
      if (!s) {
        const bytes = server.bytes(key);
        if (!bytes) continue;
        s = sizesOf(bytes);
        sizeCache.set(key, s);
      }
      const p = url.pathname;
      // The widget's stylesheet, which a pre-rendered snippet links, is
      // code (the baseline's copy of it is inlined in its script).
      const kind = p === PRERENDER_CSS ? 'code' : p.startsWith('/bench/pages/') || /\.css$/.test(p) ? 'page' : /\.json$/.test(p) ? 'data' : 'code';
      files.push({ path: p.startsWith('/bench/pages/') ? `${p}?f=…` : p, kind, ...s });
    }
    const add = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    sizes[variant] = { files, code: add(files.filter((f) => f.kind === 'code')), all: add(files) };
  }
  return sizes;
}
