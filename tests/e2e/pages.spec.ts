import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, readingPages } from './support.ts';

for (const { path, title } of readingPages) {
  test.describe(`page ${path}`, () => {
    test('has Vietnamese metadata, canonical link and Open Graph tags', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page).toHaveTitle(new RegExp(title));
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(40);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'vi_VN');
      await expect(page.locator('h1')).toHaveCount(1);
    });

    test('requests nothing outside its own origin', async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
    });

    test('has no axe violations on a wide screen and on a 360 px phone', async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page);
    });

    test('fits a 360 px phone without sideways scrolling, also in presentation mode', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      expect(await overflow()).toBeLessThanOrEqual(0);
      // On a phone the toggle is in the header's menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator('[data-presentation-toggle]').click();
      await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
      expect(await overflow()).toBeLessThanOrEqual(0);
    });

    test('prints without navigation or search', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', 'search-box', '.toc', '.prev-next']) {
        for (const element of await page.locator(selector).all())
          await expect(element).toBeHidden();
      }
      await expect(page.locator('h1')).toBeVisible();
    });
  });
}

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('/huong-dan/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('an unknown address shows a Vietnamese not-found page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
});

test('the sitemap lists every reading page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  expect(sitemapUrl).toBeTruthy();
  const sitemap = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  for (const path of ['/huong-dan/', '/de-cuong/', '/thuat-ngu/']) expect(sitemap).toContain(path);
});

test('the home page states both deadlines and leads into every part of the site', async ({
  page,
}) => {
  await page.goto('/');
  const deadlines = page.getByRole('region', { name: 'Hai mốc thời gian phải nhớ' });
  await expect(deadlines).toContainText('Từ quý 4 năm trước');
  await expect(deadlines).toContainText('Chậm nhất ngày 31 tháng 12');
  await deadlines.getByRole('link').click();
  await expect(page).toHaveURL(/\/huong-dan\/#thoi-han$/);
  await expect(page.locator('#thoi-han')).toBeInViewport();
  await page.goto('/');
  for (const name of ['Hướng dẫn', 'Đề cương', 'Thuật ngữ']) {
    await expect(page.locator('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
});
