/**
 * Phones and projectors: the screen goes to the document. On a 360 × 780 phone every page's
 * header is one compact bar whose "Menu" and "Tìm" are disclosures (and plain links and a form
 * without scripts); the "ready offline" notice is small, keeps away from the focused field and
 * goes by itself; in presentation mode no notice shows at all, yet screen readers hear it.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { htmlPages } from './build-pages.ts';
import { BuilderPage } from './builder-page.ts';
import { expectScriptsRan, layoutMoves, watchLayout } from './layout-watch.ts';

const READY = 'Trang đã sẵn sàng để dùng khi không có mạng.';
const NAV = ['Hướng dẫn', 'Đề cương', 'Thuật ngữ', 'Soạn kế hoạch', 'Tổng hợp', 'Tập huấn'];
const PHONE = { width: 360, height: 780 };
const pages = htmlPages('.test-dist/root', '/');

// The notice speaks for the service worker, which the other specs turn off (fixtures.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * The largest share of the window that one fixed or sticky element covers: what stays on the
 * screen whatever the user scrolls to.
 */
async function largestFixedShare(page: Page): Promise<{ share: number; element: string }> {
  return page.evaluate(() => {
    const area = innerWidth * innerHeight;
    let largest = { share: 0, element: '' };
    for (const element of document.body.querySelectorAll('*')) {
      const { position } = getComputedStyle(element);
      if (position !== 'fixed' && position !== 'sticky') continue;
      const box = element.getBoundingClientRect();
      const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
      const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
      const share = (width * height) / area;
      if (share > largest.share)
        largest = { share, element: `<${element.localName} class="${element.className}">` };
    }
    return largest;
  });
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

declare global {
  interface Window {
    noticeLog: { text: string; share: number }[];
  }
}

/**
 * Records every change of the offline notice: what its status line says and the share of the
 * window it covers at that moment. A log, not a look, so that a notice that comes and goes while
 * the test does something else is still seen.
 */
async function watchNotice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.noticeLog = [];
    document.addEventListener('DOMContentLoaded', () => {
      const box = document.querySelector('[data-offline-status]');
      const said = document.querySelector('[data-offline-said]');
      if (!box || !said) return;
      const observer = new MutationObserver(() => {
        const { width, height } = box.getBoundingClientRect();
        window.noticeLog.push({
          text: said.textContent ?? '',
          share: (width * height) / (innerWidth * innerHeight),
        });
      });
      for (const node of [box, said])
        observer.observe(node, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
    });
  });
}

/** Waits until the notice has said `text`, and gives the largest share it ever covered. */
async function noticeSaid(page: Page, text: string): Promise<number> {
  await expect
    .poll(() => page.evaluate(() => window.noticeLog.map((entry) => entry.text)), {
      timeout: 20_000,
    })
    .toContain(text);
  return page.evaluate(() => Math.max(...window.noticeLog.map((entry) => entry.share)));
}

test.describe('at 360 × 780, as a phone', () => {
  test.use({ viewport: PHONE });

  for (const path of pages) {
    test(`${path}: one compact bar that does not move, a menu and a search that open, no notice in the way`, async ({
      page,
    }) => {
      await watchLayout(page);
      await watchNotice(page);
      await page.goto(path);
      await expectScriptsRan(page, path);

      const header = page.locator('.site-header');
      const { shifts, total, headerHeights } = await layoutMoves(page);
      expect(headerHeights, 'the header’s height from its first frame on').toHaveLength(1);
      expect(headerHeights[0]).toBeLessThanOrEqual(130);
      expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.005);

      // The menu: a disclosure that shows every link and the presentation toggle, and closes
      // with Escape, giving focus back.
      const menu = header.getByRole('button', { name: 'Menu' });
      const nav = header.getByRole('navigation', { name: 'Điều hướng chính' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const label of NAV) await expect(nav.getByRole('link', { name: label })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Trình chiếu' })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: NAV[0] })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
      await expect(nav).toBeHidden();

      // The search: its button opens the field, focused, in the bar's place below.
      const search = header.locator('[aria-controls="tim-nhanh-khung"]');
      await expect(search).toHaveAccessibleName('Tìm');
      await search.click();
      await expect(search).toHaveAttribute('aria-expanded', 'true');
      await expect(header.getByRole('searchbox', { name: 'Tìm trong trang' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(search).toHaveAttribute('aria-expanded', 'false');
      await expect(header.getByRole('searchbox')).toBeHidden();
      // A phone with a keyboard: the "/" shortcut opens the panel too, except on the search
      // page, where it goes to the page's own box.
      await page.keyboard.press('/');
      if (path.endsWith('/tim-kiem/')) {
        await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toBeFocused();
        await expect(search).toHaveAttribute('aria-expanded', 'false');
      } else {
        await expect(search).toHaveAttribute('aria-expanded', 'true');
        await expect(header.getByRole('searchbox')).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(search).toHaveAttribute('aria-expanded', 'false');
      }
      expect((await header.boundingBox())!.height).toBe(headerHeights[0]);

      // A first visit: the site says once that it works offline, in a small notice; nothing
      // fixed covers more than 15% of the screen meanwhile, whatever the page's layout.
      const notice = page.locator('[data-offline-status]');
      expect(await noticeSaid(page, READY)).toBeLessThanOrEqual(0.15);
      const largest = await largestFixedShare(page);
      expect(largest.share, largest.element).toBeLessThanOrEqual(0.15);
      // The notice goes by itself after 8 s: the same script on every page, so waiting for it
      // once is enough (on every page it was 70 s of the suite).
      if (path === pages[0]) {
        await expect(notice).toBeHidden({ timeout: 15_000 });
        await expect(page.locator('[data-offline-said]')).toHaveText('');
      }
    });
  }

  test('in the search panel, Escape closes the live results first, then the panel', async ({
    page,
  }) => {
    await page.goto('/huong-dan/');
    const header = page.locator('.site-header');
    const search = header.locator('[aria-controls="tim-nhanh-khung"]');
    await search.click();
    await page.keyboard.type('ke hoach');
    const results = header.locator('.search-popup');
    await expect(results).toContainText('Hướng dẫn xây dựng');
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(header.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(search).toBeFocused();
  });

  test('without scripts every page shows its links and search form, and no dead buttons', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(path);
      const header = page.locator('.site-header');
      for (const label of NAV)
        await expect(header.getByRole('link', { name: label }), path).toBeVisible();
      await expect(header.getByRole('searchbox', { name: 'Tìm trong trang' }), path).toBeVisible();
      await expect(header.locator('[data-header-toggle]').first(), path).toBeHidden();
      await expect(header.locator('[data-header-toggle]').last(), path).toBeHidden();
    }
    await context.close();
  });

  test('while a task is edited, the notice keeps away from the field being filled', async ({
    page,
    context,
  }) => {
    // The worker is held back until the field has focus, so that the notice arrives while the
    // user types, as on a first visit to the builder.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/sw.js', async (route) => {
      await held;
      await route.continue();
    });
    const builder = new BuilderPage(page);
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await builder.editTask('I. Cải cách thể chế', 1);
    const field = page.getByLabel('Cơ quan chủ trì');
    // The field in the lower half of the screen, where the notice would sit.
    await field.evaluate((element: HTMLElement) => {
      element.scrollIntoView({ block: 'end' });
      element.focus({ preventScroll: true });
    });
    release();
    const notice = page.locator('[data-offline-status]');
    await expect(notice).toHaveText(new RegExp(READY), { timeout: 20_000 });
    expect(overlap((await notice.boundingBox())!, (await field.boundingBox())!)).toBe(false);
    // Its button taking focus, as a mouse button pressed on it gives it, does not move it: the
    // click would otherwise be released where the button no longer is. Two frames: the notice
    // is placed in the frame after focus moves.
    await expect(notice).toHaveAttribute('data-edge', 'top');
    await notice.getByRole('button').focus();
    await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    });
    await expect(notice).toHaveAttribute('data-edge', 'top');

    // Then the field near the top: the notice goes back to the foot of the screen.
    await field.evaluate((element: HTMLElement) => {
      element.blur();
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    });
    await expect(notice).not.toHaveAttribute('data-edge', 'top');
    if (await notice.isVisible())
      expect(overlap((await notice.boundingBox())!, (await field.boundingBox())!)).toBe(false);
    await expect(field).toBeFocused();
  });
});

test('in presentation mode on a projector the header stays small and no notice shows, yet it is heard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await watchNotice(page);
  await page.addInitScript(() => localStorage.setItem('ke-hoach-cchc/presentation', 'on'));
  await page.goto('/huong-dan/');
  await expect(page.getByRole('button', { name: 'Trình chiếu' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const header = page.locator('.site-header');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
  for (const label of NAV) await expect(header.getByRole('link', { name: label })).toBeVisible();

  // Said, for screen readers, and never shown.
  expect(await noticeSaid(page, READY)).toBe(0);
});
