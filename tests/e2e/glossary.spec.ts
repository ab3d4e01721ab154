import { expect, test } from './fixtures.ts';

test('the glossary explains at least 15 terms, each with its own anchor', async ({ page }) => {
  await page.goto('/thuat-ngu/');
  const terms = page.locator('dl.glossary dt');
  expect(await terms.count()).toBeGreaterThanOrEqual(15);
  const ids = await terms.evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  await expect(page.locator('a.anchor-link[href="#tthc"]')).toBeVisible();
});

test('a term in the guidance reaches its definition in one step', async ({ page }) => {
  await page.goto('/huong-dan/');
  const first = page.locator('main a.term', { hasText: 'thủ tục hành chính' });
  await expect(first).toHaveCount(1);
  await first.click();
  await expect(page).toHaveURL(/\/thuat-ngu\/#tthc$/);
  await expect(page.locator('#tthc')).toBeInViewport();
  await expect(page.locator('#tthc')).toContainText('TTHC');
});

test('only the first occurrence on a page is linked, and never inside a document symbol', async ({
  page,
}) => {
  await page.goto('/de-cuong/');
  await expect(page.locator('main a.term', { hasText: /^một cửa liên thông$/ })).toHaveCount(1);
  await expect(page.locator('.doc-title a.term')).toHaveCount(0);
  const cchcLinks = await page.locator('main a.term[href$="#cchc"]').allTextContents();
  expect(cchcLinks).toHaveLength(1);
});
