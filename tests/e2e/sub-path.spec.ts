import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlPages as walkPages } from './build-pages.ts';
import { subPathBuilt, subPathOrigin } from './support.ts';

// The same site built with BASE_PATH=/cchc/ (see scripts/serve-for-tests.mjs).
test.use({ baseURL: subPathOrigin });
test.beforeAll(subPathBuilt);

const base = '/cchc/';
const buildDir = '.test-dist/cchc';

const htmlPages = () => walkPages(buildDir, base);

/** The file of the build that serves a URL path under the base, or undefined. */
function fileOf(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const file = join(buildDir, decodeURIComponent(path.slice(base.length)));
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory())
      return statSync(join(file, 'index.html')).isFile() ? join(file, 'index.html') : undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

const parsed = new Map<string, Root>();
function treeOf(file: string): Root {
  let tree = parsed.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    parsed.set(file, tree);
  }
  return tree;
}

function idsOf(file: string): Set<string> {
  const ids = new Set<string>();
  visit(treeOf(file), 'element', (node: Element) => {
    for (const key of ['id', 'name'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string') ids.add(value);
    }
  });
  return ids;
}

/** Every URL a page refers to: links, assets, islands' modules, canonical and Open Graph. */
function referencesOf(tree: Root): { what: string; url: string }[] {
  const found: { what: string; url: string }[] = [];
  const add = (what: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') found.push({ what, url: value });
  };
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName !== 'base') add(`<${node.tagName} href>`, p.href);
    if (node.tagName !== 'iframe') add(`<${node.tagName} src>`, p.src);
    for (const key of ['srcSet', 'imageSrcSet'] as const) {
      if (typeof p[key] === 'string') {
        for (const candidate of p[key].split(','))
          add(`<${node.tagName} srcset>`, candidate.trim().split(/\s+/)[0]);
      }
    }
    add(`<${node.tagName} poster>`, p.poster);
    add(`<${node.tagName} action>`, p.action);
    add(`<${node.tagName} data>`, p.data);
    // Astro's islands load their modules from these attributes.
    for (const key of ['component-url', 'renderer-url', 'before-hydration-url'])
      add(`<${node.tagName} ${key}>`, p[key]);
    const property = p.property ?? p.name;
    if (
      node.tagName === 'meta' &&
      typeof property === 'string' &&
      /^(og|twitter):(url|image)/.test(property)
    ) {
      add(`<meta ${property}>`, p.content);
    }
  });
  return found;
}

test('under /cchc/ every link and asset of every page resolves to a file of the build', () => {
  const pages = htmlPages();
  expect(pages).toContain('/cchc/tap-huan/');
  const problems: string[] = [];
  for (const page of pages) {
    const tree = treeOf(fileOf(page)!);
    let canonical: string | undefined;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'link' && String(node.properties.rel) === 'canonical') {
        canonical = String(node.properties.href);
      }
    });
    // Pages name their public origin (SITE_URL) in canonical and Open Graph: same origin as us.
    const pageUrl = new URL(page, canonical ?? 'https://site.invalid/');
    for (const { what, url } of referencesOf(tree)) {
      const where = `${what} ${url} on ${page}`;
      if (/^(mailto|tel|data):/i.test(url)) continue;
      const target = new URL(url, pageUrl);
      if (target.protocol === 'javascript:') {
        problems.push(`${where}: javascript: URL`);
        continue;
      }
      if (target.origin !== pageUrl.origin) continue;
      if (!target.pathname.startsWith(base)) {
        problems.push(`${where}: outside ${base}`);
        continue;
      }
      const file = fileOf(target.pathname);
      if (!file) {
        problems.push(`${where}: no such file in the build`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        problems.push(`${where}: no element with id "${fragment}" there`);
      }
    }
  }
  // The service worker's precache list is the other manifest of the build.
  const precache = /const PRECACHE = (\{.*?\});/.exec(
    readFileSync(join(buildDir, 'sw.js'), 'utf8'),
  );
  expect(precache, 'the precache list in sw.js').not.toBeNull();
  const files = (JSON.parse(precache![1]!) as { files: [string, string][] }).files;
  expect(files.length).toBeGreaterThan(pages.length);
  for (const [path] of files) {
    if (!fileOf(path)) problems.push(`sw.js precaches ${path}: no such file in the build`);
  }
  expect(problems).toEqual([]);
});

test('under /cchc/ every page loads with no failed request and none outside /cchc/', async ({
  page,
}) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === subPathOrigin && !url.pathname.startsWith(base)) {
      failures.push(`outside ${base}: ${request.url()}`);
    }
  });
  for (const path of htmlPages().filter((p) => !p.endsWith('404.html'))) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(failures).toEqual([]);
});

test('under /cchc/ search results and glossary links point inside /cchc/', async ({ page }) => {
  await page.goto('/cchc/tim-kiem/?q=don%20vi');
  const titles = page.locator('.search-result-title');
  await expect(titles.first()).toBeVisible();
  for (const href of await titles.evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')),
  )) {
    expect(href).toMatch(
      /^\/cchc\/(huong-dan|de-cuong|chuong-trinh-2021-2030|theo-doi-bao-cao|thuat-ngu|tap-huan)\/(#|$)/,
    );
  }
  const response = page.waitForResponse((r) => r.request().resourceType() === 'document');
  await titles.first().click();
  expect((await response).status()).toBe(200);
  await page.goto('/cchc/huong-dan/');
  await page.locator('main a.term').first().click();
  await expect(page).toHaveURL(/\/cchc\/thuat-ngu\/#/);
});
