import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citations } from '../../src/plan/rules/citations.ts';
import { rules } from '../../src/plan/rules/index.ts';

test('the self-check list is the checker’s rules, one line each, linked to their paragraphs', async ({
  page,
}) => {
  test.slow(); // the training page and then every cited document, whole, on a busy 2-core machine
  await page.goto('/tap-huan/');
  const items = page.locator('.check-list li');
  await expect(items).toHaveCount(rules.length);
  for (const [index, rule] of rules.entries()) {
    await expect(items.nth(index).locator('label')).toContainText(rule.title);
    await expect(items.nth(index).getByRole('link')).toHaveAttribute(
      'href',
      `/${rule.citation.page}/#${rule.citation.anchor}`,
    );
  }
  // Every cited paragraph exists, the rules' and every other citation's (findings and the
  // self-score cite some a rule does not): each cited page is opened once, for all its anchors.
  const cited = [...rules.map((rule) => rule.citation), ...Object.values(citations)];
  const anchorsByPage = Map.groupBy(cited, (citation) => `/${citation.page}/`);
  for (const [path, onPage] of anchorsByPage) {
    await page.goto(path);
    for (const anchor of new Set(onPage.map((citation) => citation.anchor)))
      await expect(page.locator(`[id="${anchor}"]`), `${path}#${anchor}`).toHaveCount(1);
  }
});

test('the tracking session walks through the builder’s parts and opens an example that exists', async ({
  page,
}) => {
  const examples: { title: string }[] = JSON.parse(
    readFileSync('content/examples/index.json', 'utf8'),
  );
  await page.goto('/tap-huan/');
  const session = page.locator('main');
  await expect(
    page.getByRole('heading', { name: 'Theo dõi thực hiện và báo cáo', exact: true }),
  ).toHaveCount(1);
  for (const part of ['Theo dõi thực hiện', 'Lập báo cáo'])
    await expect(
      session.locator('strong', { hasText: new RegExp(`^${part}$`) }).first(),
    ).toBeVisible();
  const opened = (
    await session.locator('strong', { hasText: /^Mở ví dụ: / }).allTextContents()
  ).map((text) => text.replace(/^Mở ví dụ: /, ''));
  expect(opened).toContain('UBND huyện Mẫu Sơn, theo dõi thực hiện đến 14/9/2013');
  for (const title of opened) expect(examples.map((example) => example.title)).toContain(title);
  await session.locator('a[href="/theo-doi-bao-cao/#ky-bao-cao"]').click();
  await expect(page).toHaveURL(/\/theo-doi-bao-cao\/#ky-bao-cao$/);
  await expect(page.locator('#ky-bao-cao')).toBeInViewport();
});

test('presentation mode is toggled from the header and remembered', async ({ page }) => {
  await page.goto('/tap-huan/');
  const toggle = page.getByRole('button', { name: 'Trình chiếu' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const normal = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.toc')).toBeHidden();
  const large = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  expect(large).toBeGreaterThan(normal * 1.25);
  await page.goto('/de-cuong/');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expect(page.getByRole('button', { name: 'Trình chiếu' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Trình chiếu' }).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-presentation', 'on');
});

test('the handouts print on their own A4 pages, the worksheet in landscape', async ({ page }) => {
  await page.goto('/tap-huan/');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const kinds = [...pdf.toString('latin1').matchAll(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'tap-huan-')), 'tap-huan.pdf');
  writeFileSync(file, pdf);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' });
  const checkPage = kinds.findIndex((_, i) => pageText(i + 1).includes('Tự kiểm tra kế hoạch')) + 1;
  expect(checkPage).toBeGreaterThan(1);
  expect(pageText(checkPage).trimStart().startsWith('Tự kiểm tra kế hoạch')).toBe(true);
  const landscape = kinds.flatMap((kind, i) => (kind === 'landscape' ? [i + 1] : []));
  expect(landscape.length).toBeGreaterThanOrEqual(1);
  // The header row repeats on every landscape page (cells wrap, so words are checked one by one).
  for (const n of landscape) {
    for (const word of ['Nhiệm vụ', 'Sản phẩm', 'Ghi chú']) expect(pageText(n)).toContain(word);
  }
});
