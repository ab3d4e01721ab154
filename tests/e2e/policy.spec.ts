/**
 * The Content-Security-Policy of every page (astro.config.mjs, checked at build time by
 * src/integrations/content-security-policy.ts), read from the builds the tests serve; and the
 * watch of tests/e2e/fixtures.ts, shown to fail a test that breaks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '../../src/integrations/content-security-policy.ts';
import { BuilderPage } from './builder-page.ts';
import { expect, test } from './fixtures.ts';
import { subPathBuilt } from './support.ts';

const builds = ['root', 'cchc'].map((name) =>
  fileURLToPath(new URL(`../../.test-dist/${name}/`, import.meta.url)),
);

// The /cchc/ build is read from its folder: wait until it is there.
test.beforeAll(subPathBuilt);

for (const dir of builds) {
  test(`every page of ${dir.split('/').at(-2)} carries the strict policy`, () => {
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const path of pages) {
      const html = readFileSync(join(dir, path), 'utf8');
      const metas = [
        ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi),
      ];
      expect(metas, path).toHaveLength(1);
      const policy = metas[0]![1]!;
      expect(policy, path).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*/);
      const directives = Object.fromEntries(parsePolicy(policy));
      expect(directives, path).toEqual({
        'default-src': ["'self'"],
        'script-src': expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]),
        'style-src': expect.arrayContaining(["'self'"]),
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
      });
      for (const kind of ['script-src', 'style-src'])
        for (const source of directives[kind]!)
          expect(source, `${path} ${kind}`).toMatch(
            /^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/,
          );
    }
  });
}

// The watch in fixtures.ts fails a test whose `policyViolations` is not empty at its end. These
// two prove it catches a violation: the browser reports one in a task of its own, a moment after
// it blocks, so each waits until the watch has it, then empties the list so the test can pass.
test('a page that breaks the policy is caught by the watch', async ({ page, policyViolations }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
  });
  await expect(page).not.toHaveTitle('injected');
  await expect.poll(() => policyViolations).toEqual([expect.stringContaining('script-src')]);
  policyViolations.length = 0;
});

test('so is a page of a context the test opens itself', async ({
  browser,
  baseURL,
  policyViolations,
}) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/huong-dan/');
  await page.evaluate(() => {
    const style = document.createElement('p');
    style.setAttribute('style', 'color: red');
    document.body.append(style);
  });
  await expect.poll(() => policyViolations).toEqual([expect.stringContaining('style-src')]);
  await context.close();
  policyViolations.length = 0;
});

test('a 1,000-row plan exports to Excel and Word, zipped in blob: workers the policy allows', async ({
  page,
}) => {
  test.slow(); // a 1,000-row plan opened, checked and exported twice on a 2-core CI machine
  const example = JSON.parse(
    readFileSync(
      new URL('../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
      'utf8',
    ),
  );
  const rows = Array.from({ length: 1000 }, (_, i) => ({
    ...example.rows[i % example.rows.length],
    id: `hang-${i}`,
  })).sort((a, b) => a.areaId.localeCompare(b.areaId));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const builder = new BuilderPage(page);
  await builder.goto();
  await page.getByLabel('Chọn tệp kế hoạch (.json hoặc .docx)').setInputFiles({
    name: 'KH-CCHC-2013-1000-dong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...example, rows })),
  });
  await expect(page.locator('.task-list')).toBeVisible();
  await builder.openSection('Rà soát và xuất');
  for (const button of ['Tải bảng kế hoạch Excel (.xlsx)', 'Tải tệp Word (.docx)']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const bytes = readFileSync((await (await download).path())!);
    expect(bytes.subarray(0, 2).toString(), button).toBe('PK');
  }
  expect(workers.filter((url) => url.startsWith('blob:')).length).toBeGreaterThan(0);
});
