/**
 * Layout on real screen sizes: wide tables use a wide screen.
 */
import { expect, test } from '@playwright/test';
import { BuilderPage } from './builder-page.ts';

test('at 1280 px every cell of an area’s task table, “Xóa” included, is in view and not clipped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const builder = new BuilderPage(page);
  await builder.goto();
  await page
    .getByRole('button', { name: 'Mở ví dụ: Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013' })
    .click();
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
