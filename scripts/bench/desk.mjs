// Budgets of the Sở Nội vụ's desk (issue 12), measured in Chromium on a production build:
// - 100 plans of 300 tasks each, picked at once: read, checked and tabled in under 3 s, in the
//   desk's worker, with no main-thread task over 50 ms meanwhile (PerformanceObserver
//   `longtask`: any entry is a task over 50 ms). Measured as a reviewer works: the site already
//   stored for offline use, as it is after one visit. The very first visit, when the browser
//   stores the whole site meanwhile, is measured too and reported without a budget;
// - the page's initial JavaScript (gzip, as served) at most 35 kB; the worker's script, which
//   runs off the main thread, is reported beside it.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetReporter, buildSite, serveSite, launchChromium } from '../bench-setup.mjs';

const port = 4393;
const outDir = './.test-dist/bench-desk';
const { report, exit } = budgetReporter('desk');

buildSite(outDir);
const { server, origin } = await serveSite(outDir, port);
const browser = await launchChromium();

/** Plan `i` of the round: the worked example with 300 tasks, for a unit of its own. */
function benchPlan(i) {
  const example = JSON.parse(readFileSync('content/examples/ubnd-huyen-mau-son-2013.json', 'utf8'));
  const rows = Array.from({ length: 300 }, (_, r) => ({
    ...example.rows[r % example.rows.length],
    id: `bench-${r}`,
    specificTask: `${example.rows[r % example.rows.length].specificTask} (${r + 1})`,
  }));
  rows.sort((a, b) => a.areaId.localeCompare(b.areaId));
  return { ...example, unit: { ...example.unit, name: `UBND huyện Thử ${i + 1}` }, rows };
}

// Files on disk, as a reviewer picks them: Playwright hands a local browser their paths.
const folder = mkdtempSync(join(tmpdir(), 'desk-bench-'));
const files = Array.from({ length: 100 }, (_, i) => {
  const path = join(folder, `ke-hoach-${i + 1}.json`);
  writeFileSync(path, JSON.stringify(benchPlan(i)));
  return path;
});
const megabytes = files.reduce((sum, path) => sum + statSync(path).size, 0) / 1024 / 1024;

/** Scripts a page loads, gzipped as served: the page's own, and the worker's apart. */
function watchScripts(page) {
  const files = [];
  const pending = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const path = new URL(response.url()).pathname;
    if (type !== 'script' && !/\/_astro\/worker-[^/]+\.js$/.test(path)) return;
    pending.push(
      response.body().then(
        (body) => files.push({ size: gzipSync(body).length, path }),
        () => undefined,
      ),
    );
  });
  return {
    async kilobytes() {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const sum = (list) => list.reduce((total, file) => total + file.size, 0) / 1024;
      const isWorker = (file) => /\/worker-[^/]+\.js$/.test(file.path);
      return { page: sum(files.filter((f) => !isWorker(f))), worker: sum(files.filter(isWorker)) };
    },
    list: () => files.map((f) => `${(f.size / 1024).toFixed(1)} kB ${f.path}`),
  };
}

/** A context whose pages record every main-thread task over 50 ms, from their start. */
async function observedContext() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return context;
}

/**
 * Picks the round's 100 files on the desk and waits for the table: how long from the pick, and
 * the main-thread tasks over 50 ms meanwhile.
 */
async function pickRound(page) {
  // The clock starts when the input reports the files, as the user's pick does.
  await page.evaluate(() => {
    document.addEventListener(
      'change',
      () => {
        window.__picked = performance.now();
      },
      { capture: true, once: true },
    );
  });
  await page.getByLabel('Chọn các tệp kế hoạch').setInputFiles(files);
  const tabled = await page.waitForFunction(
    () =>
      document.querySelectorAll('table.desk-table tbody tr').length === 100 &&
      document.querySelector('.desk-job') === null &&
      performance.now(),
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  const { picked, done, longTasks, progressSeen } = await page.evaluate(
    (end) => {
      const picked = window.__picked;
      return {
        picked,
        done: end,
        longTasks: window.__longTasks.filter((task) => task.start + task.duration >= picked),
        progressSeen: document.body.innerText.includes('100 kế hoạch'),
      };
    },
    await tabled.jsonValue(),
  );
  if (!progressSeen) throw new Error('the table did not show the 100 plans');
  // The task that delivers the picked files begins in Playwright's setting of the input (a
  // user's pick arrives the same way, from the browser): only its part from the change event on
  // is the page's, and that part is held to the same 50 ms.
  const delivering = longTasks
    .filter((task) => task.start < picked)
    .map((task) => task.start + task.duration - picked);
  const after = longTasks.filter((task) => task.start >= picked);
  if (after.length || process.env.BENCH_VERBOSE)
    for (const task of longTasks)
      console.log(
        `  long task at +${(task.start - picked).toFixed(0)} ms of ${(done - picked).toFixed(0)}: ${task.duration.toFixed(0)} ms`,
      );
  return { picked, ms: done - picked, delivering, after: after.length };
}

const roundLabel = `100 plans × 300 tasks (${megabytes.toFixed(1)} MB): read, checked and tabled`;

try {
  // A reviewer's usual visit: the desk was opened before, so the site is already stored for
  // offline use (one visit does it) and the browser is doing nothing else.
  {
    const context = await observedContext();
    const page = await context.newPage();
    const scripts = watchScripts(page);
    await page.goto(`${origin}/tong-hop/`);
    await page.locator('.desk[data-ready="true"]').waitFor();
    const js = await scripts.kilobytes();
    report('JavaScript at start-up (page, empty round)', js.page, 35, 'kB gzip');
    report('the worker’s script (off the main thread)', js.worker, undefined, 'kB gzip');
    if (process.env.BENCH_VERBOSE) console.log(scripts.list().join('\n'));
    // The service worker is active once every file of the site is stored (its install).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');

    const round = await pickRound(page);
    report(roundLabel, round.ms, 3000, 'ms');
    for (const ms of round.delivering)
      report('the page’s part of the task that delivered the files', ms, 50, 'ms');
    report('main-thread tasks over 50 ms after the files arrived', round.after, 0, 'tasks');
    await page.getByText('Đã lưu đợt tổng hợp trong trình duyệt.').waitFor({ timeout: 120_000 });
    report(
      'then stored in IndexedDB (by the worker, a second after the table is drawn)',
      (await page.evaluate(() => performance.now())) - round.picked,
      undefined,
      'ms after the pick',
    );

    // A reload opens the stored round, checked again in the worker.
    const reloadStart = Date.now();
    await page.reload();
    await page.locator('table.desk-table tbody tr').nth(99).waitFor({ timeout: 120_000 });
    report(
      'the stored round opened again after a reload',
      Date.now() - reloadStart,
      undefined,
      'ms',
    );
    await context.close();
  }

  // The very first visit, files picked at once: the browser is meanwhile storing the whole site
  // for offline use (the service worker's install), which takes much of a two-core PC.
  {
    const context = await observedContext();
    const page = await context.newPage();
    await page.goto(`${origin}/tong-hop/`);
    await page.locator('.desk[data-ready="true"]').waitFor();
    const round = await pickRound(page);
    report(
      `${roundLabel}, on the first visit (while the site is stored for offline use)`,
      round.ms,
      undefined,
      'ms',
    );
    report(
      'main-thread tasks over 50 ms then',
      round.after + round.delivering.filter((ms) => ms > 50).length,
      undefined,
      'tasks',
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
exit();
