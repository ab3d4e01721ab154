import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';

test('the plan shows its budget by area and each task across the 12 months', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openSection('III. Kế hoạch triển khai');

  const chart = page.locator('.budget-chart');
  await expect(chart.getByRole('img')).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(7);
  await expect(chart.locator('.budget-chart-text li')).toHaveCount(7);
  await expect(chart.locator('figcaption')).toContainText('1.517.000.000 đ');

  const timeline = page.getByRole('table', { name: 'Tiến độ các nhiệm vụ trong năm 2013' });
  await expect(timeline.locator('tbody tr:not(.timeline-area)')).toHaveCount(26);
  await expect(timeline.locator('thead th')).toHaveCount(13);
  // Each task's filled months match its period.
  const rows = timeline.locator('tbody tr:not(.timeline-area)');
  for (const index of [0, 10, 25]) {
    const row = rows.nth(index);
    const period = (await row.locator('.timeline-period').textContent()) ?? '';
    const [from, to] = [...period.matchAll(/(\d{2})\/2013/g)].map((m) => Number(m[1]));
    const filled = await row
      .locator('td')
      .evaluateAll((cells) =>
        cells.flatMap((cell, i) => (cell.classList.contains('timeline-on') ? [i + 1] : [])),
      );
    const last = to ?? from!;
    expect(filled).toEqual(Array.from({ length: last - from! + 1 }, (_, i) => from! + i));
  }
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('section III prints with its timeline on landscape pages', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openSection('III. Kế hoạch triển khai');
  await expect(page.locator('.timeline')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const kinds = [...pdf.toString('latin1').matchAll(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'),
  );
  expect(kinds).toContain('landscape');
  const file = join(mkdtempSync(join(tmpdir(), 'tien-do-')), 'tien-do.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Tiến độ các nhiệm vụ trong năm 2013');
  expect(text).toContain('Kinh phí dự kiến theo lĩnh vực');
  expect(text).not.toContain('Hoàn tác');
});
