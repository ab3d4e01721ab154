/**
 * What moves on a page once it is shown: the layout shifts the browser reports, and every height
 * the header had from its first frame on. Call `watchLayout` before `page.goto`, and `layoutMoves`
 * once the page is ready.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

declare global {
  interface Window {
    layoutShifts: { value: number; sources: string[] }[];
    headerHeights: number[];
  }
}

export async function watchLayout(page: Page): Promise<void> {
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
    // Every frame from the first until the test reads them: a header drawn one way and redrawn once scripts run shows here
    // even when the shift it causes is too small to count.
    window.headerHeights = [];
    const measure = () => {
      const header = document.querySelector('.site-header');
      if (header) {
        const height = header.getBoundingClientRect().height;
        if (window.headerHeights.at(-1) !== height) window.headerHeights.push(height);
      }
      requestAnimationFrame(measure);
    };
    requestAnimationFrame(measure);
  });
}

/** Waits two frames, so that whatever the scripts changed has been laid out and reported. */
export async function layoutMoves(
  page: Page,
): Promise<{ shifts: Window['layoutShifts']; total: number; headerHeights: number[] }> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const { shifts, headerHeights } = await page.evaluate(() => ({
    shifts: window.layoutShifts,
    headerHeights: window.headerHeights,
  }));
  return { shifts, total: shifts.reduce((sum, shift) => sum + shift.value, 0), headerHeights };
}

/** Ready: the header's script has shown its button, and on the builder the builder has rendered. */
export async function expectScriptsRan(page: Page, path: string): Promise<void> {
  await expect(page.locator('[data-presentation-toggle]:not([hidden])')).toBeAttached();
  if (path.endsWith('/ke-hoach/')) {
    await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
  }
}
