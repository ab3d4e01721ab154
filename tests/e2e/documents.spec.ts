import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const seed = readFileSync(
  new URL('../fixtures/cong-van-219-SNV-CCHC-DT-2012.txt', import.meta.url),
  'utf8',
);
const [letterText, outlineText] = seed.split(/^(?=ĐỀ CƯƠNG)/m);

/** The seed's sentences and cells: lines split at tabs and wide gaps, without list markers. */
function segments(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/\t+| {3,}/))
    .map((part) =>
      part
        .replace(/^[-*]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part && !/^[\d.…\s]+$/.test(part));
}

/** The two headings whose casing slips the site corrects, compared without case. */
const caseFixed = new Set(['I. MỤc tiêu', 'II. NhiỆm vỤ cẢi cách hành chính']);

for (const [path, source] of [
  ['/huong-dan/', letterText!],
  ['/de-cuong/', outlineText!],
] as const) {
  test(`${path} carries every sentence of the source, word for word, in NFC`, async ({ page }) => {
    await page.goto(path);
    const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toBe(text.normalize('NFC'));
    const missing = segments(source).filter((segment) =>
      caseFixed.has(segment)
        ? !text.toLocaleUpperCase('vi').includes(segment.toLocaleUpperCase('vi'))
        : !text.includes(segment),
    );
    expect(missing).toEqual([]);
  });
}

const anchors = {
  '/huong-dan/': ['i', 'i-1', 'i-2', 'i-3', 'thoi-han', 'ii', 'iii'],
  '/de-cuong/': ['i', 'ii', 'ii-1', 'ii-2', 'ii-3', 'ii-4', 'ii-5', 'ii-6', 'ii-7', 'iii', 'iv'],
  // Cited by the tracking rules and the self-score (src/plan/rules/citations.ts).
  '/theo-doi-bao-cao/': [
    'ky-bao-cao',
    'trang-thai-nhiem-vu',
    'ty-le-hoan-thanh',
    'cham-diem',
    'mau-bao-cao',
  ],
};

for (const [path, ids] of Object.entries(anchors)) {
  test(`${path} has stable anchors, each with a visible copy-link and a contents entry`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const id of ids) {
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`main a.anchor-link[href="#${id}"]`)).toBeVisible();
    }
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    for (const id of ids.filter((id) => !/^i-3$|^thoi-han$/.test(id))) {
      await expect(toc.locator(`a[href="#${id}"]`)).toHaveCount(1);
    }
  });
}

test('the outline numbers its areas from the same data the builder reads', async ({ page }) => {
  const areas = JSON.parse(
    readFileSync(new URL('../../content/outline/areas.json', import.meta.url), 'utf8'),
  ) as { order: number; title: string; tableTitle: string; points: { text: string }[] }[];
  await page.goto('/de-cuong/');
  for (const area of areas) {
    await expect(page.locator(`[id="ii-${area.order}"]`)).toHaveText(
      `${area.order}. ${area.title}`,
    );
    for (const point of area.points)
      await expect(page.getByText(point.text, { exact: true })).toHaveCount(1);
  }
});

test('a copy-link copies the full address of its section', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/huong-dan/');
  await page.locator('a.anchor-link[href="#i-2"]').click();
  await expect(page).toHaveURL(/#i-2$/);
  await expect(page.locator('[data-copy-status]')).toHaveText('Đã sao chép liên kết đến mục này.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/huong-dan/#i-2`,
  );
});

test('the guidance and the outline link to each other as previous and next', async ({ page }) => {
  await page.goto('/huong-dan/');
  await page.getByRole('link', { name: /Trang sau/ }).click();
  await expect(page).toHaveURL(/\/de-cuong\/$/);
  await page.getByRole('link', { name: /Trang trước/ }).click();
  await expect(page).toHaveURL(/\/huong-dan\/$/);
});

test('the guidance shows its document box', async ({ page }) => {
  await page.goto('/huong-dan/');
  const box = page.getByRole('complementary', { name: 'Thông tin văn bản' });
  for (const text of [
    '219/SNV-CCHC&ĐT',
    '05/04/2012',
    'Sở Nội vụ',
    'Nghị quyết số 30c/NQ-CP',
    '1009/QĐ-UBND',
    '1010/QĐ-UBND',
  ]) {
    await expect(box).toContainText(text);
  }
});

test.describe('the outline table', () => {
  test('is a real table with 8 columns, 7 area groups and the total row', async ({ page }) => {
    await page.goto('/de-cuong/');
    const table = page.getByRole('table', { name: /Bảng kế hoạch triển khai/ });
    await expect(table.locator('thead th')).toHaveText([
      'Nhiệm vụ chung',
      'Nhiệm vụ cụ thể',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Kinh phí dự kiến (VNĐ)',
      'Ghi chú',
    ]);
    await expect(table.locator('tr.area-row')).toHaveCount(7);
    await expect(table.locator('tr.area-row').first()).toHaveText('I. Cải cách thể chế');
    await expect(table.locator('tr.area-row').last()).toHaveText(
      'VII. Công tác chỉ đạo, điều hành CCHC',
    );
    await expect(table.locator('tr.total-row')).toHaveText(/Tổng kinh phí/);
  });

  test('scrolls inside its own box on a phone, first column kept in view', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/de-cuong/');
    const box = page.locator('.table-scroll');
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await box.evaluate((el) => el.scrollBy(400, 0));
    const firstCell = box.locator('tbody td').first();
    const boxLeft = (await box.boundingBox())!.x;
    expect(Math.abs((await firstCell.boundingBox())!.x - boxLeft)).toBeLessThan(3);
  });

  test('prints on landscape A4 pages with its header repeated', async ({ page }) => {
    await page.goto('/de-cuong/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const boxes = [...pdf.toString('latin1').matchAll(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
      (m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'),
    );
    expect(boxes[0]).toBe('portrait');
    const landscape = boxes.flatMap((kind, index) => (kind === 'landscape' ? [index + 1] : []));
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    const file = join(mkdtempSync(join(tmpdir(), 'de-cuong-')), 'de-cuong.pdf');
    writeFileSync(file, pdf);
    for (const pageNumber of landscape) {
      const text = execFileSync(
        'pdftotext',
        ['-f', `${pageNumber}`, '-l', `${pageNumber}`, file, '-'],
        {
          encoding: 'utf8',
        },
      );
      expect(text).toContain('Nhiệm vụ chung');
      expect(text).toContain('Kinh phí dự kiến (VNĐ)');
    }
  });
});
