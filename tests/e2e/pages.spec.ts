import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, readingPages } from './support.ts';

// One load of each page serves every check of it, in the order that keeps each check's state:
// the wide screen first (metadata, axe, print), then the 360 px phone (axe, fit, presentation
// mode, which is remembered and so comes last). No script of the site reads the window's width,
// so a page resized to 360 px is laid out as one loaded at that width.
for (const { path, title } of readingPages) {
  test(`page ${path}: metadata, own origin only, no axe violations wide and on a phone, fits the phone, prints bare`, async ({
    page,
    baseURL,
  }) => {
    test.slow(); // two axe runs over a whole document on a busy 2-core machine
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(request.url());
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);

    await test.step('has Vietnamese metadata, canonical link and Open Graph tags', async () => {
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

    await test.step('has no axe violations on a wide screen', () => expectNoAxeViolations(page));

    await test.step('prints without navigation or search', async () => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', 'search-box', '.toc', '.prev-next']) {
        for (const element of await page.locator(selector).all())
          await expect(element).toBeHidden();
      }
      await expect(page.locator('h1')).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    });

    await page.setViewportSize({ width: 360, height: 740 });
    await test.step('has no axe violations on a 360 px phone', () => expectNoAxeViolations(page));

    await test.step('fits a 360 px phone without sideways scrolling, also in presentation mode', async () => {
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

    // Whatever the page asked for, from its load to the end of the checks above.
    expect(foreign, 'requests outside its own origin').toEqual([]);
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
