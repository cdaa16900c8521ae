// A small static server for the benchmark, on 127.0.0.1 only.
//
//   /                      dist/ (the release build: embed.js, wasm, ...)
//   /fixtures/...          fixtures/ (dist/fixtures is a copy of it)
//   /bench/fixtures/N.json generated fixtures (large article, card lists)
//   /bench/pages/V.html    the comparison pages, one template per variant,
//                          ?f=<fixture URL> picks the article; the
//                          pre-rendered page holds the CLI's snippet for it
//   /bench/...             bench/ files; node_modules for Splide and Embla
//
// No compression on the wire: transfer sizes are computed from the bytes
// served (raw, gzip -9, brotli q11), see sizes.mjs. The one exception is a
// request carrying `x-bench-encoding: br` (the mobile profile sets it): that
// gets the file brotli q11 compressed, as a CDN would send it, so a throttled
// network carries real transfer sizes. Every response is
// `Cache-Control: no-store`.
//
// Standalone: `node bench/server.mjs [port]` serves the same pages for a
// look in a browser.

import http from 'node:http';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFixtures } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..');
export const DIST = path.join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/// The widget's stylesheet as the widget compiles it in (src/embed/styles.rs).
export function widgetCss() {
  return ['widget.css', 'recommended.css']
    .map((f) => fs.readFileSync(path.join(ROOT, 'style', f), 'utf8'))
    .join('');
}

/// Which page mounts our widget: dist/embed.js when the build has it,
/// otherwise Trunk's dist/index.html.
export function widgetMode() {
  return fs.existsSync(path.join(DIST, 'embed.js')) ? 'embed' : 'trunk';
}

/// The page stylesheet Trunk put in dist (style/page.css, hashed), shared by
/// every comparison page so they differ only in the widget.
function pageCssHref() {
  let names = [];
  try {
    names = fs.readdirSync(DIST);
  } catch {
    /* no dist */
  }
  const hashed = names.find((n) => /^page(-[0-9a-f]+)?\.css$/.test(n));
  return hashed ? `/${hashed}` : '/bench/pages/page.css';
}

/// Where the pre-rendered snippet links the widget's stylesheet:
/// dist/article-widget.css, which the release build writes
/// (scripts/write-prerendered).
export const PRERENDER_CSS = '/article-widget.css';

const snippets = new Map();
/// The `<article-widget>` snippet the CLI renders for the fixture at
/// `fixture` (its URL on this server), as a publisher would put it in the
/// page: `src` the same URL, the data marked current, the stylesheet linked.
/// Rendered once per fixture (cargo runs the CLI: seconds), so the driver
/// asks for every fixture before the runs.
export function prerenderedSnippet(fixture) {
  if (snippets.has(fixture)) return snippets.get(fixture);
  let file;
  if (fixture.startsWith('/bench/fixtures/')) {
    const text = generatedFixtures(ROOT)[path.basename(fixture, '.json')]?.();
    if (text == null) throw new Error(`no generated fixture ${fixture}`);
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aw-bench-')), path.basename(fixture));
    fs.writeFileSync(file, text);
  } else {
    file = inside(ROOT, fixture);
    if (!file || !fs.existsSync(file)) throw new Error(`no fixture ${fixture}`);
  }
  const html = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '-p', 'article-widget-cli', '--', 'render', file, '--src', fixture, '--css-href', PRERENDER_CSS],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (!html.includes('shadowrootmode')) throw new Error(`article-widget-cli render ${fixture}: no declarative shadow root in its output`);
  snippets.set(fixture, html.trim());
  return snippets.get(fixture);
}

function escapeAttr(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/// Inside root, or null.
function inside(root, urlPath) {
  const file = path.resolve(root, '.' + urlPath);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/// `state.quotes`: { fixtureUrl: [placed pull-quote, ...] }, read by the
/// vanilla renderer (see vanilla/vanilla.js). Set by the driver after it has
/// seen which quotes the widget chose.
export function createServer(state = {}) {
  state.quotes ??= {};
  const fixtures = generatedFixtures(ROOT);
  const css = widgetCss();

  // Decided once, so a build landing in dist/ mid-run cannot switch pages.
  const mode = state.mode ?? widgetMode();

  function page(variant, fixture) {
    if (variant === 'widget' && mode === 'trunk') {
      // Trunk's own page, with the fixture swapped in and the same content
      // after the widget as every other page (for layout shift).
      let html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
      html = html.replace(/<article-widget src="[^"]*"/, `<article-widget src="${escapeAttr(fixture)}"`);
      html = html.replace('</article-widget>', '</article-widget>\n' + AFTER);
      return html;
    }
    const template = path.join(here, 'pages', `${variant}.html`);
    const loader = variant === 'widget' || variant === 'prerendered' ? '<script async src="/embed.js"></script>' : '';
    const snippet = variant === 'prerendered' ? prerenderedSnippet(fixture) : '';
    return fs
      .readFileSync(template, 'utf8')
      .replaceAll('{{PAGE_CSS}}', pageCssHref())
      .replaceAll('{{LOADER}}', loader)
      .replaceAll('{{FIXTURE}}', escapeAttr(fixture))
      .replaceAll('{{AFTER}}', AFTER)
      .replace('{{SNIPPET}}', () => snippet);
  }

  function body(url) {
    const p = decodeURIComponent(url.pathname);
    if (p.startsWith('/bench/pages/') && p.endsWith('.html')) {
      const variant = path.basename(p, '.html');
      const fixture = url.searchParams.get('f') || '/fixtures/sample-article.json';
      if (!/^\/[A-Za-z0-9/_.-]+\.json$/.test(fixture)) return null;
      return { type: TYPES['.html'], data: Buffer.from(page(variant, fixture)) };
    }
    if (p.startsWith('/bench/fixtures/')) {
      const name = path.basename(p, '.json');
      const text = fixtures[name]?.();
      return text == null ? null : { type: TYPES['.json'], data: Buffer.from(text) };
    }
    if (p === '/bench/vanilla/vanilla.js') {
      // The same stylesheet the widget compiles in, read at serve time; the
      // quotes the widget chose, so the baseline places the same ones.
      const src = fs
        .readFileSync(path.join(here, 'vanilla', 'vanilla.js'), 'utf8')
        .replace('__AW_CSS__', () => JSON.stringify(css))
        .replace('__AW_QUOTES__', () => JSON.stringify(state.quotes));
      return { type: TYPES['.js'], data: Buffer.from(src) };
    }
    if (p === '/bench/carousel/splide.js') {
      // Splide's own stylesheet, inlined as a bundler would.
      const lib = fs.readFileSync(path.join(here, 'node_modules/@splidejs/splide/dist/css/splide.min.css'), 'utf8');
      const src = fs.readFileSync(path.join(here, 'carousel', 'splide.js'), 'utf8').replace('__LIB_CSS__', () => JSON.stringify(lib));
      return { type: TYPES['.js'], data: Buffer.from(src) };
    }
    if (p === '/bench/pages/page.css') {
      return { type: TYPES['.css'], data: fs.readFileSync(path.join(ROOT, 'style', 'page.css')) };
    }
    let file = null;
    if (p.startsWith('/bench/')) file = inside(here, p.slice('/bench'.length));
    else if (p.startsWith('/fixtures/') && !fs.existsSync(path.join(DIST, p))) file = inside(ROOT, p);
    else file = inside(DIST, p === '/' ? '/index.html' : p);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
    return { type: contentType(file), data: fs.readFileSync(file) };
  }

  const server = http.createServer((req, res) => {
    let found = null;
    try {
      found = body(new URL(req.url, 'http://127.0.0.1'));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
      return;
    }
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    let data = found.data;
    const headers = { 'content-type': found.type, 'cache-control': 'no-store' };
    if (req.headers['x-bench-encoding'] === 'br' && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      data = brotli(data);
      headers['content-encoding'] = 'br';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = data.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  server.keepAliveTimeout = 1000;

  return {
    /// Resolves with the base URL once listening on 127.0.0.1.
    listen(port = 0) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
      });
    },
    /// The exact bytes served for a URL path (for size figures).
    bytes(urlPath) {
      return body(new URL(urlPath, 'http://127.0.0.1'))?.data ?? null;
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// Brotli q11 of the wasm takes a second or two: each distinct body is
// compressed once (keyed by its hash, as some bodies are built per request).
const brotliCache = new Map();
function brotli(data) {
  const key = crypto.createHash('sha1').update(data).digest('hex');
  let out = brotliCache.get(key);
  if (!out) {
    out = zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    brotliCache.set(key, out);
  }
  return out;
}

/// Content after the widget on every page, so a widget that grows after its
/// first paint pushes something (layout shift).
const AFTER = '<p class="bench-after">Text after the widget: it moves if the widget resizes after its first paint.</p>';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || 8090);
  const s = createServer();
  s.listen(port).then((base) => {
    console.log(`serving on ${base} (widget page: ${widgetMode()})`);
    for (const v of ['widget', 'prerendered', 'vanilla', 'splide', 'embla'])
      console.log(`  ${base}/bench/pages/${v}.html?f=/fixtures/sample-article.json`);
  });
}
