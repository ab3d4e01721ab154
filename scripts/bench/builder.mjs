// Budgets of the plan builder (issue 4), measured in Chromium on a production build:
// - JavaScript loaded by /ke-hoach/ before any export: opening the page, starting a draft and
//   visiting its sections (gzip, as served);
// - with a 300-row plan open, one keystroke in a table field (input handling, re-render and
//   layout), p95; one autosave; and the same with 1,000 rows, to show it stays usable;
// - with a 300-task plan in "Theo dõi thực hiện" (issue 11): one status change and one keystroke
//   in a task's result, p95 (the state at the cut-off and the figures are recomputed each time).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgetReporter, buildSite, serveSite, launchChromium } from '../bench-setup.mjs';

const port = 4392;
const outDir = './.test-dist/bench';
const { report, fail, exit } = budgetReporter('builder');

buildSite(outDir);
const { server, origin } = await serveSite(outDir, port);
const browser = await launchChromium();

/** A plan of `count` rows, made by repeating the worked example's rows with new ids. */
function planWithRows(count) {
  const example = JSON.parse(readFileSync('content/examples/so-noi-vu-tinh-mau-2013.json', 'utf8'));
  const rows = Array.from({ length: count }, (_, i) => ({
    ...example.rows[i % example.rows.length],
    id: `bench-${i}`,
    specificTask: `${example.rows[i % example.rows.length].specificTask} (${i + 1})`,
  }));
  // Keep the table grouped by area, as the builder shows it.
  rows.sort((a, b) => a.areaId.localeCompare(b.areaId));
  return { ...example, rows };
}

/**
 * Counts the scripts a page loads, gzipped as served. A response that arrives while the page is
 * closing has no body to read any more: it is left out rather than failing the run.
 */
function watchScripts(page) {
  const files = [];
  const pending = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) =>
          files.push({ size: gzipSync(body).length, path: new URL(response.url()).pathname }),
        () => undefined,
      ),
    );
  });
  return {
    async kilobytes() {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      return files.reduce((sum, file) => sum + file.size, 0) / 1024;
    },
    list: () => files.map((f) => `${(f.size / 1024).toFixed(1)} kB ${f.path}`),
  };
}

async function jsBeforeExport() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = watchScripts(page);
  await page.goto(`${origin}/ke-hoach/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
  await page.locator('.task-list').waitFor();
  report(
    'JavaScript at start-up (page, new draft, its task list)',
    await scripts.kilobytes(),
    35,
    'kB gzip',
  );
  if (process.env.BENCH_VERBOSE) console.log(scripts.list().join('\n'));
  await savedDraftStartUp(context, page.url());
  for (const section of [
    'Thông tin chung',
    'I. Mục tiêu',
    'II. Nhiệm vụ',
    'III. Kế hoạch triển khai',
    'IV. Tổ chức thực hiện',
    'Kiểm tra và tuyên truyền (không bắt buộc)',
    'Rà soát và xuất',
    'Theo dõi thực hiện',
    'Lập báo cáo',
  ]) {
    await page.locator('.task-list').getByRole('link', { name: section }).click();
    await page.locator('.section-title', { hasText: section }).waitFor();
    await page.goBack();
  }
  report(
    'JavaScript after opening every kind of section, before any export',
    await scripts.kilobytes(),
    undefined,
    'kB gzip',
  );
  const exporters = scripts.list().filter((f) => /docx|xlsx/i.test(f));
  if (exporters.length) {
    fail(`export code loaded before an export: ${exporters.join(', ')} OVER`);
  }
  await context.close();
}

/** A returning user: a fresh page straight onto a saved draft, which is read through the model. */
async function savedDraftStartUp(context, url) {
  const page = await context.newPage();
  const scripts = watchScripts(page);
  await page.goto(url);
  await page.locator('.task-list').waitFor();
  report(
    'JavaScript at start-up (page opened on a saved draft)',
    await scripts.kilobytes(),
    35,
    'kB gzip',
  );
  if (process.env.BENCH_VERBOSE) console.log(scripts.list().join('\n'));
  await page.close();
}

/** A fresh page on the builder with `plan` stored as the draft "bench", not yet opened. */
async function storeBenchDraft(plan) {
  const page = await browser.newPage();
  await page.goto(`${origin}/ke-hoach/`);
  await page.evaluate((plan) => {
    const record = {
      kind: 'ke-hoach-cchc/draft',
      version: 1,
      id: 'bench',
      name: 'Bench',
      savedAt: new Date().toISOString(),
      revision: 1,
      savedBy: 'bench',
      plan,
    };
    localStorage.setItem('ke-hoach-cchc/draft/bench', JSON.stringify(record));
  }, plan);
  return page;
}

/** Opens a fresh page on `plan`, stored as the draft "bench", at `hash`. */
async function openBenchDraft(plan, hash) {
  const page = await storeBenchDraft(plan);
  await page.goto(`${origin}/ke-hoach/${hash}`);
  return page;
}

/**
 * Times `count` changes made by `change(element, i)` on an element, each with its input handling,
 * re-render, style and layout, and returns the samples after a warm-up.
 */
const timeChanges = (element, { count, event, values }) =>
  element.evaluate(
    async (element, { count, event, values }) => {
      const flush = () => new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
      const samples = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        element.value = values
          ? values[i % values.length]
          : `${element.value}${i % 10 === 9 ? ' ' : 'a'}`;
        element.dispatchEvent(new Event(event, { bubbles: true }));
        await flush();
        void document.body.offsetHeight;
        samples.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return samples.slice(20);
    },
    { count, event, values },
  );

const p95Of = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)];

async function tracking(rowCount) {
  const plan = planWithRows(rowCount);
  const opened = performance.now();
  const page = await openBenchDraft(plan, '#/bench/theo-doi-thuc-hien');
  await page
    .locator('.tracking-task')
    .nth(rowCount - 1)
    .waitFor();
  report(
    `${rowCount} tasks: open "Theo dõi thực hiện"`,
    performance.now() - opened,
    undefined,
    'ms',
  );
  const status = page.locator('.tracking select').first();
  const statusTimes = await timeChanges(status, {
    count: 120,
    event: 'change',
    values: ['in-progress', 'done', 'not-started', 'dropped'],
  });
  report(`${rowCount} tasks: status change, p95`, p95Of(statusTimes), 16, 'ms');
  await page.locator('.tracking select').first().selectOption('in-progress');
  const result = page.getByLabel('Kết quả, sản phẩm đã có');
  await result.waitFor();
  const typed = await timeChanges(result, { count: 120, event: 'input' });
  report(`${rowCount} tasks: keystroke in a task's result, p95`, p95Of(typed), 16, 'ms');
  await page.close();
}

async function typing(rowCount) {
  const plan = planWithRows(rowCount);
  const page = await storeBenchDraft(plan);
  const overviewStarted = performance.now();
  await page.goto(`${origin}/ke-hoach/#/bench/ke-hoach-trien-khai`);
  await page.locator('.timeline tbody tr').nth(rowCount).waitFor();
  report(
    `${rowCount} rows: open section III with its timeline and chart`,
    performance.now() - overviewStarted,
    undefined,
    'ms',
  );
  const areaId = plan.rows[0].areaId;
  const opened = performance.now();
  await page.goto(`${origin}/ke-hoach/#/bench/ke-hoach-trien-khai/${areaId}`);
  await page.locator('.rows-table').waitFor();
  const openMs = performance.now() - opened;
  await page.goto(`${origin}/ke-hoach/#/bench/ke-hoach-trien-khai/${areaId}/${plan.rows[0].id}`);
  const field = page.getByLabel('Nhiệm vụ cụ thể');
  await field.waitFor();
  const times = await field.evaluate(async (element) => {
    const flush = () => new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
    const samples = [];
    for (let i = 0; i < 120; i++) {
      const started = performance.now();
      element.value += i % 10 === 9 ? ' ' : 'a';
      element.dispatchEvent(
        new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }),
      );
      await flush();
      void document.body.offsetHeight; // style and layout of the change
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return samples.slice(20); // leave out warm-up
  });
  await page.waitForFunction(() => performance.getEntriesByName('ke-hoach:autosave').length > 0);
  const saves = await page.evaluate(() =>
    performance.getEntriesByName('ke-hoach:autosave').map((e) => e.duration),
  );
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)];
  report(`${rowCount} rows: open the area's table`, openMs, undefined, 'ms');
  report(
    `${rowCount} rows: keystroke in a table field, p95`,
    p95,
    rowCount <= 300 ? 16 : undefined,
    'ms',
  );
  report(`${rowCount} rows: autosave`, Math.max(...saves), rowCount <= 300 ? 10 : undefined, 'ms');
  await page.close();
}

try {
  await jsBeforeExport();
  await typing(300);
  await typing(1000);
  await tracking(300);
} finally {
  await browser.close();
  server.close();
}
exit();
