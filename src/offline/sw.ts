/// <reference lib="webworker" />
/**
 * The service worker: the whole site, precached at install, served from one versioned cache.
 * Bundled into `sw.js` by `src/integrations/service-worker.ts`, which puts the precache list in
 * front of it as `PRECACHE`.
 *
 * Hand-written rather than Workbox. Workbox's precaching would also refuse a failed response and,
 * given an `integrity` per entry, have fetch check each file's hash; but @vite-pwa/astro does not
 * support Astro 7, the list has to be made after Pagefind writes its index (in
 * `astro:build:done`), workbox-build would still not write the hashes and brings Rollup and Babel
 * into the build, and its runtime would be several times the size of this file for the four jobs
 * below. Here one check covers both ways a file enters the cache: downloaded, or copied from the
 * previous version's cache.
 *
 * - install: fetch every file into `<prefix><version>`. Only an `ok`, same-origin (`basic`)
 *   answer whose bytes have the SHA-256 of the list is cached; anything else fails the install,
 *   and the version in control stays (the browser tries again on a later visit). A file whose
 *   hash is unchanged is copied from the previous version's cache instead, and files already
 *   fetched by an install that was cut off are kept, so an update on a poor connection downloads
 *   only what changed.
 * - activate: delete this deployment's older caches (the prefix holds the base path, so another
 *   deployment on the same origin is left alone) and take control of open pages.
 * - fetch: precached files from the cache; pages from the cache ignoring the query string, else
 *   the network, else a short offline page. Cross-origin requests are never touched.
 * - The page decides when a waiting version takes over: it posts `skip-waiting`.
 */
import { cachePrefix, precacheKey, type Precache } from './routing.ts';

declare const self: ServiceWorkerGlobalScope;
declare const PRECACHE: Precache;

const prefix = cachePrefix(PRECACHE.base);
const cacheName = prefix + PRECACHE.version;
const hashes = new Map(PRECACHE.files);
/** A synthetic entry in each cache: the list it was filled from, to reuse unchanged files. */
const listKey = `${PRECACHE.base}__precache-list__`;

async function previousCopies(): Promise<Map<string, string>> {
  const copies = new Map<string, string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(prefix) || name === cacheName) continue;
    const list = await (await caches.open(name)).match(listKey);
    if (!list) continue;
    for (const [url, hash] of (await list.json()) as [string, string][])
      if (hashes.get(url) === hash) copies.set(url, name);
  }
  return copies;
}

/** Base64, as `fileDigest` in manifest.ts writes the list. */
function base64(digest: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The response to cache for `url`, if its bytes are the file the list names (their SHA-256).
 * Rebuilt from those bytes, which also drops a redirect (some hosts redirect `…/index.html` or
 * add slashes, and a redirected response cannot answer a navigation).
 */
async function verified(url: string, response: Response): Promise<Response> {
  const bytes = await response.arrayBuffer();
  if (base64(await crypto.subtle.digest('SHA-256', bytes)) !== hashes.get(url))
    throw new Error(`${url}: not the file of version ${PRECACHE.version}`);
  const { status, statusText, headers } = response;
  return new Response(bytes, { status, statusText, headers });
}

async function precache(): Promise<void> {
  const cache = await caches.open(cacheName);
  const present = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const copies = await previousCopies();
  await Promise.all(
    PRECACHE.files.map(async ([url]) => {
      if (present.has(url)) return;
      const from = copies.get(url);
      const copy = from && (await (await caches.open(from)).match(url));
      // A copy an older worker cached without this check is downloaded again if it is wrong.
      const good = copy && (await verified(url, copy).catch(() => undefined));
      if (good) return cache.put(url, good);
      // `no-cache` revalidates what the browser already holds (the first page's own assets)
      // instead of downloading it again, and never takes a stale copy.
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok || response.type !== 'basic')
        throw new Error(`${url}: HTTP ${response.status}, ${response.type} response`);
      await cache.put(url, await verified(url, response));
    }),
  );
  await cache.put(listKey, new Response(JSON.stringify(PRECACHE.files)));
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
      await self.clients.claim();
    })(),
  ),
);

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

const home = PRECACHE.base;
const offlineStyle = `body{font:1.0625rem/1.6 'Times New Roman','Liberation Serif',serif;color:#1b1f24;max-width:40rem;margin:2rem auto;padding:0 1rem}h1{font-family:Arial,'Liberation Sans',sans-serif;color:#8a1c1c;font-size:1.5rem}a{color:#0b4fa3}`;
const offlinePage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không có kết nối mạng</title><style>${offlineStyle}</style></head><body><main><h1>Không có kết nối mạng</h1><p>Trang này chưa được lưu trên máy để dùng khi không có mạng. Các trang đã lưu vẫn mở được:</p><ul><li><a href="${home}">Trang chủ</a></li><li><a href="${home}huong-dan/">Hướng dẫn</a></li><li><a href="${home}de-cuong/">Đề cương</a></li><li><a href="${home}thuat-ngu/">Thuật ngữ</a></li><li><a href="${home}ke-hoach/">Soạn kế hoạch</a></li><li><a href="${home}tong-hop/">Tổng hợp kế hoạch</a></li></ul></main></body></html>`;

/** The offline page's own policy, as strict as the site's: its one style is allowed by hash. */
async function offlinePolicy(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(offlineStyle));
  const hash = base64(digest);
  return `default-src 'none'; img-src 'self'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

async function offline(): Promise<Response> {
  return new Response(offlinePage, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': await offlinePolicy(),
    },
  });
}

async function respond(request: Request, key: string | undefined): Promise<Response> {
  if (key) {
    const cached = await (await caches.open(cacheName)).match(key);
    if (cached) return cached;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') return offline();
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  const key = precacheKey(url.pathname, navigation, hashes);
  if (key || navigation) event.respondWith(respond(request, key));
});
