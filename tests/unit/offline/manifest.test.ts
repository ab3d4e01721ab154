import { describe, expect, it } from 'vitest';
import {
  buildPrecache,
  renderServiceWorker,
  shouldPrecache,
  urlForFile,
  type BuiltFile,
} from '../../../src/offline/manifest.ts';
import { cachePrefix, precacheKey } from '../../../src/offline/routing.ts';

const file = (path: string, text = path): BuiltFile => ({
  path,
  bytes: new TextEncoder().encode(text),
});

const build = [
  file('index.html'),
  file('huong-dan/index.html'),
  file('_astro/docx.DOCnTIZe.js'),
  file('pagefind/pagefind.js'),
  file('pagefind/wasm.unknown.pagefind'),
  file('pagefind/fragment/vi_59b1258.pf_fragment'),
  file('pagefind/pagefind-ui.js'),
  file('pagefind/pagefind-component-ui.css'),
  file('pagefind/pagefind-highlight.js'),
  file('schema/ke-hoach-cchc-v1.json'),
  file('sitemap-index.xml'),
  file('sitemap-0.xml'),
  file('_astro/Builder.js.map'),
  file('sw.js'),
  file('favicon.svg'),
  file('404.html'),
];

describe('shouldPrecache', () => {
  it('keeps pages, chunks, the search index and data, and leaves out what no reader loads', () => {
    expect(build.map((f) => f.path).filter(shouldPrecache)).toEqual([
      'index.html',
      'huong-dan/index.html',
      '_astro/docx.DOCnTIZe.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/fragment/vi_59b1258.pf_fragment',
      'schema/ke-hoach-cchc-v1.json',
      'favicon.svg',
      '404.html',
    ]);
  });
});

describe('urlForFile', () => {
  it('gives pages their directory URL under the base path', () => {
    expect(urlForFile('index.html', '/')).toBe('/');
    expect(urlForFile('huong-dan/index.html', '/')).toBe('/huong-dan/');
    expect(urlForFile('huong-dan/index.html', '/cchc/')).toBe('/cchc/huong-dan/');
    expect(urlForFile('index.html', '/cchc/')).toBe('/cchc/');
    expect(urlForFile('404.html', '/cchc/')).toBe('/cchc/404.html');
    expect(urlForFile('_astro/a b.js', '/')).toBe('/_astro/a%20b.js');
  });
});

describe('buildPrecache', () => {
  it('lists every precached file once, sorted, with a hash of its content', () => {
    const { files, base } = buildPrecache(build, '/cchc/', 'code');
    expect(base).toBe('/cchc/');
    expect(files.map(([url]) => url)).toEqual([
      '/cchc/',
      '/cchc/404.html',
      '/cchc/_astro/docx.DOCnTIZe.js',
      '/cchc/favicon.svg',
      '/cchc/huong-dan/',
      '/cchc/pagefind/fragment/vi_59b1258.pf_fragment',
      '/cchc/pagefind/pagefind.js',
      '/cchc/pagefind/wasm.unknown.pagefind',
      '/cchc/schema/ke-hoach-cchc-v1.json',
    ]);
    for (const [, hash] of files) expect(hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('gives the same version and the same sw.js for the same build, in any order', () => {
    const a = buildPrecache(build, '/', 'code');
    const b = buildPrecache([...build].reverse(), '/', 'code');
    expect(b).toEqual(a);
    expect(renderServiceWorker(b, 'code')).toBe(renderServiceWorker(a, 'code'));
  });

  it('changes the version when any file, the base path or the worker code changes', () => {
    const version = buildPrecache(build, '/', 'code').version;
    const edited = build.map((f) => (f.path === 'pagefind/pagefind.js' ? file(f.path, 'new') : f));
    expect(buildPrecache(edited, '/', 'code').version).not.toBe(version);
    expect(buildPrecache(build, '/', 'other code').version).not.toBe(version);
    expect(buildPrecache([...build, file('de-cuong/index.html')], '/', 'code').version).not.toBe(
      version,
    );
    expect(buildPrecache(build, '/cchc/', 'code').version).not.toBe(version);
  });

  it('ignores files it does not precache', () => {
    const version = buildPrecache(build, '/', 'code').version;
    const edited = build.map((f) => (f.path === 'sitemap-0.xml' ? file(f.path, 'new') : f));
    expect(buildPrecache(edited, '/', 'code').version).toBe(version);
  });
});

describe('renderServiceWorker', () => {
  it('puts the list in front of the worker code as PRECACHE', () => {
    const precache = buildPrecache([file('index.html')], '/', 'self.x=PRECACHE;');
    const text = renderServiceWorker(precache, 'self.x=PRECACHE;');
    const line = /^const PRECACHE = (.*);$/m.exec(text)![1]!;
    expect(JSON.parse(line)).toEqual(precache);
    expect(text.endsWith('self.x=PRECACHE;')).toBe(true);
  });
});

describe('precacheKey', () => {
  const precached = new Set(['/cchc/', '/cchc/tim-kiem/', '/cchc/pagefind/pagefind-entry.json']);

  it('finds precached files whatever the query string', () => {
    expect(precacheKey('/cchc/pagefind/pagefind-entry.json', false, precached)).toBe(
      '/cchc/pagefind/pagefind-entry.json',
    );
    // The worker looks up `url.pathname`: `/cchc/tim-kiem/?q=abc` arrives as `/cchc/tim-kiem/`.
    expect(precacheKey(new URL('http://x/cchc/tim-kiem/?q=abc').pathname, true, precached)).toBe(
      '/cchc/tim-kiem/',
    );
  });

  it('maps other spellings of a page to its directory URL, for navigations only', () => {
    expect(precacheKey('/cchc/tim-kiem/index.html', true, precached)).toBe('/cchc/tim-kiem/');
    expect(precacheKey('/cchc/tim-kiem', true, precached)).toBe('/cchc/tim-kiem/');
    expect(precacheKey('/cchc/index.html', true, precached)).toBe('/cchc/');
    expect(precacheKey('/cchc/tim-kiem', false, precached)).toBeUndefined();
  });

  it('leaves everything else to the network', () => {
    expect(precacheKey('/cchc/khong-co/', true, precached)).toBeUndefined();
    expect(precacheKey('/tim-kiem/', true, precached)).toBeUndefined();
    expect(precacheKey('/cchc/sw.js', false, precached)).toBeUndefined();
  });
});

describe('cachePrefix', () => {
  it('keeps the caches of two deployments on one origin apart', () => {
    const root = cachePrefix('/');
    const sub = cachePrefix('/cchc/');
    expect(`${sub}abc`.startsWith(root)).toBe(false);
    expect(`${root}abc`.startsWith(sub)).toBe(false);
  });
});
