/**
 * Layout on real screen sizes: nothing moves once a page is shown (layout shift, measured as the
 * browser reports it), and wide tables use a wide screen. CLS per page, on a slowed phone and in
 * Lighthouse, is in `npm run bench -- layout-shift`.
 */
import { expect, test } from './fixtures.ts';
import { htmlPages } from './build-pages.ts';
import { BuilderPage } from './builder-page.ts';

declare global {
  interface Window {
    layoutShifts: { value: number; sources: string[] }[];
  }
}

test.describe('at 412 px, as a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  for (const path of htmlPages('.test-dist/root', '/')) {
    test(`${path} does not move once shown`, async ({ page }) => {
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: {
              node: Node | null;
              previousRect: DOMRectReadOnly;
              currentRect: DOMRectReadOnly;
            }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            window.layoutShifts.push({
              value: entry.value,
              sources: entry.sources.map(
                (s) =>
                  `${s.node?.nodeName} ${s.previousRect.y}→${s.currentRect.y} px, height ${s.previousRect.height}→${s.currentRect.height}`,
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      // Ready: the header's script has shown its button, and the builder has rendered.
      await expect(page.locator('[data-presentation-toggle]')).toBeVisible();
      if (path === '/ke-hoach/') {
        await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
      }
      // Two frames, so that whatever the scripts changed has been laid out and reported.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const shifts = await page.evaluate(() => window.layoutShifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.005);
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
