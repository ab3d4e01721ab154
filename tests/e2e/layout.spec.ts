/**
 * Layout on real screen sizes: nothing moves once a page is shown (layout shift, measured as the
 * browser reports it), and wide tables use a wide screen. CLS per page, on a slowed phone and in
 * Lighthouse, is in `npm run bench -- layout-shift`.
 */
import { expect, test } from './fixtures.ts';
import { htmlPages } from './build-pages.ts';
import { BuilderPage } from './builder-page.ts';
import { expectScriptsRan, layoutMoves, watchLayout } from './layout-watch.ts';

test.describe('at 412 px, as a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  for (const path of htmlPages('.test-dist/root', '/')) {
    test(`${path} does not move once shown`, async ({ page }) => {
      await watchLayout(page);
      await page.goto(path);
      await expectScriptsRan(page, path);
      const { shifts, total, headerHeights } = await layoutMoves(page);
      expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.005);
      expect(headerHeights).toHaveLength(1);
    });
  }
});

test('at 1280 px every cell of an area’s task table, “Xóa” included, is in view and not clipped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const builder = new BuilderPage(page);
  await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openArea('I. Cải cách thể chế');
  const region = page.locator('.table-scroll').filter({ has: page.locator('.rows-table') });
  await expect(region.getByRole('button', { name: /^Xóa/ }).first()).toBeVisible();
  const clipped = await region.evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    const problems: string[] = [];
    if (scroller.scrollWidth > scroller.clientWidth) {
      problems.push(`the table scrolls: ${scroller.scrollWidth} > ${scroller.clientWidth} px`);
    }
    for (const cell of scroller.querySelectorAll('th, td, button')) {
      const rect = cell.getBoundingClientRect();
      if (rect.left < 0 || rect.right > document.documentElement.clientWidth) {
        problems.push(`${cell.textContent?.trim().slice(0, 20)}: outside the window`);
      } else if (rect.left < box.left || rect.right > box.right) {
        problems.push(`${cell.textContent?.trim().slice(0, 20)}: cut by the table’s frame`);
      }
    }
    return problems;
  });
  expect(clipped).toEqual([]);
});
