import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { BuilderPage } from './builder-page.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
    'utf8',
  ),
);

test('a plan shared by link opens read-only elsewhere and is saved only on request', async ({
  page,
  browser,
}) => {
  const builder = new BuilderPage(page);
  await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openSection('Rà soát và xuất');
  await page.getByRole('button', { name: 'Chia sẻ bằng liên kết' }).click();
  const link = await page.getByLabel(/Liên kết chứa cả kế hoạch/).inputValue();
  expect(link).toMatch(/\/ke-hoach\/#\/chia-se\/[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);

  // Someone else, with an empty browser, opens it.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: 'Kế hoạch được chia sẻ' })).toBeVisible();
  await expect(colleague.locator('main')).toContainText('Sở Nội vụ');
  await expect(colleague.locator('.rows-table tbody tr')).toHaveCount(26);
  expect(
    await colleague.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/draft/'))),
  ).toEqual([]);
  await colleague.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).click();
  await expect(colleague.locator('.task-list')).toBeVisible();
  expect(
    await colleague.evaluate(
      () => Object.keys(localStorage).filter((k) => k.includes('/draft/')).length,
    ),
  ).toBe(1);
  await other.close();
});

test('a damaged share link says so and changes no draft', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.newDraft();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const link = `/ke-hoach/#/chia-se/eJyrVkrOzy0oSi0uTk1RslIqTsxN`; // cut short
  await page.goto(link);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không mở được kế hoạch từ liên kết này');
  await expect(alert).toContainText('Liên kết bị hỏng');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('a plan too large for a link is sent as a file instead', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  const rows = Array.from({ length: 300 }, (_, i) => ({
    ...example.rows[i % example.rows.length],
    id: `r-${i}`,
    specificTask: `Nhiệm vụ riêng số ${i + 1}: ${Math.random().toString(36).repeat(3)}`,
  }));
  await builder.storeDraft('lon', 'Kế hoạch lớn', { ...example, rows });
  await builder.goto('#/lon/ra-soat');
  await page.getByRole('button', { name: 'Chia sẻ bằng liên kết' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'quá dài để gửi an toàn' })).toContainText(
    'tệp kế hoạch (.json)',
  );
  await expect(page.getByLabel(/Liên kết chứa cả kế hoạch/)).toHaveCount(0);
});
