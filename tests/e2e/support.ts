/** What the browser tests share: the site's pages and a few page-level checks. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

export const readingPages = [
  { path: '/', title: 'Kế hoạch cải cách hành chính' },
  { path: '/huong-dan/', title: 'Hướng dẫn xây dựng và triển khai kế hoạch cải cách hành chính' },
  { path: '/de-cuong/', title: 'Đề cương xây dựng kế hoạch cải cách hành chính năm' },
  {
    path: '/chuong-trinh-2021-2030/',
    title: 'Kế hoạch cải cách hành chính theo Chương trình tổng thể 2021–2030',
  },
  { path: '/theo-doi-bao-cao/', title: 'Theo dõi và báo cáo thực hiện kế hoạch CCHC' },
  { path: '/thuat-ngu/', title: 'Thuật ngữ' },
  { path: '/tim-kiem/', title: 'Tìm kiếm' },
  { path: '/tap-huan/', title: 'Tập huấn xây dựng kế hoạch cải cách hành chính' },
] as const;

/** The site built under /cchc/, served on the port after E2E_PORT (see playwright.config.ts). */
export const subPathOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}`;

/**
 * Waits until the /cchc/ build is in `.test-dist/cchc`. scripts/serve-for-tests.mjs makes it while
 * the first tests run, and its server answers only once it is there; a spec that reads the folder
 * itself calls this in `test.beforeAll`. In a full run it is long done by then; a spec run on its
 * own waits for the build, hence the time allowed.
 */
export async function subPathBuilt(): Promise<void> {
  test.setTimeout(180_000);
  const response = await fetch(`${subPathOrigin}/cchc/`);
  if (!response.ok) throw new Error(await response.text());
}

/**
 * Runs axe over the whole page with the WCAG 2.x A and AA rules and expects no violation.
 *
 * The same rules on the same nodes as AxeBuilder's default, at half the time: its default runs
 * axe in parts (`runPartial` in every frame, then `finishRun` in a fresh blank page that is sent
 * every passing node's serialised result), which is for cross-origin frames, and the site has
 * none. `axe.run` in the page itself sees same-origin frames as well; and only the violations
 * are asserted, so only theirs are serialised in full.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/**
 * Runs a search on the search page and returns the status, result titles and excerpts. The first
 * search opens the page at `?q=`; later ones in the same page are typed into its box and sent
 * with Enter, as a reader would, so that Pagefind and the index it fetched are used again. The
 * answer is the one whose status names the query (a short query: see `boundQuery`).
 */
export async function searchFor(page: Page, query: string) {
  const input = page.locator('[data-search-page][data-ready="true"] input[name="q"]');
  if (new URL(page.url()).pathname.endsWith('/tim-kiem/') && (await input.count()) === 1) {
    await input.fill(query);
    await input.press('Enter');
  } else {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  }
  const status = page.locator('[data-search-status]');
  // A page's first answer waits for Pagefind, its WebAssembly and index to load: more than the
  // default 5 s on a busy 2-core machine.
  await expect(status).toContainText(`«${query.trim().normalize('NFC')}»`, { timeout: 15_000 });
  const items = page.locator('.search-result');
  const titles = await items.locator('.search-result-title').allTextContents();
  const excerpts = await items
    .locator('.search-result-excerpt')
    .evaluateAll((nodes) => nodes.map((node) => node.innerHTML));
  return { status: (await status.textContent()) ?? '', titles, excerpts };
}
