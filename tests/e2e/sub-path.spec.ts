import { expect, test } from './fixtures.ts';
import { subPathOrigin } from './support.ts';

// The same site built with BASE_PATH=/cchc/ (see scripts/serve-for-tests.mjs).
test.use({ baseURL: subPathOrigin });

test('under /cchc/ every link and asset of every page stays under /cchc/ and works', async ({
  page,
  request,
}) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  for (const path of [
    '/cchc/',
    '/cchc/huong-dan/',
    '/cchc/de-cuong/',
    '/cchc/thuat-ngu/',
    '/cchc/tim-kiem/',
  ]) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const links = await page
      .locator('a[href], link[href], script[src]')
      .evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''),
      );
    for (const link of links.filter((l) => l.startsWith('/'))) {
      expect(link, `on ${path}`).toMatch(/^\/cchc\//);
      const target = link.split('#')[0]!;
      expect((await request.get(target)).status(), `${target} on ${path}`).toBeLessThan(400);
    }
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
      /^\/cchc\/(huong-dan|de-cuong|chuong-trinh-2021-2030|thuat-ngu|tap-huan)\/(#|$)/,
    );
  }
  const response = page.waitForResponse((r) => r.request().resourceType() === 'document');
  await titles.first().click();
  expect((await response).status()).toBe(200);
  await page.goto('/cchc/huong-dan/');
  await page.locator('main a.term').first().click();
  await expect(page).toHaveURL(/\/cchc\/thuat-ngu\/#/);
});
