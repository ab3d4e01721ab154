// Budget of the Word plan reader (issue 14): a 300-task Word plan, made by the project's own
// exporter, read into a plan in under 1 s, in Node and in Chromium; and the gzip size of the
// reader as the browser would load it (only when a .docx is opened, never at start-up). The
// reader is bundled with esbuild into a page script, as the export bench does, rather than
// loaded from a built site: the figure is the reader's own, without a site build to wait for.
// Median of several runs after warm-up; exits 1 if a figure misses its target.
// Run with `npm run bench import` or `npx node scripts/bench/import.mjs`.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { planToDocx } from '../../src/export/docx.ts';
import { readDocxPlan } from '../../src/import/docx/index.ts';
import { loadExample, medianTime, repeatedPlan } from '../bench-plans.mjs';
import { chromiumArgs, findChromium } from '../chromium-path.mjs';

const ROWS = 300;
const WARMUP = 3;
const RUNS = 9;
const TARGET_MS = 1000;

function report(where, ms) {
  const verdict = ms < TARGET_MS ? '' : ' — OVER TARGET';
  console.log(
    `import: docx ${ROWS} tasks (${where}): ${ms.toFixed(0)} ms (target < ${TARGET_MS} ms)${verdict}`,
  );
  if (ms >= TARGET_MS) process.exitCode = 1;
}

const base = loadExample('so-noi-vu-tinh-mau-2013');
const bytes = await planToDocx(repeatedPlan(base, base.rows, ROWS));
const first = readDocxPlan(bytes);
if (!first.ok || first.plan.rows.length !== ROWS) {
  throw new Error(
    `the benchmark plan did not read back: ${first.ok ? first.plan.rows.length : first.message}`,
  );
}
console.log(`import: the ${ROWS}-task Word file is ${(bytes.length / 1024).toFixed(0)} kB`);
report('Node', await medianTime(() => readDocxPlan(bytes), WARMUP, RUNS));

const result = await build({
  entryPoints: ['src/import/docx/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'docxReader',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
const bundle = result.outputFiles[0];
if (!bundle) throw new Error('esbuild produced nothing for src/import/docx/index.ts');
console.log(
  `import: reader bundle (browser, minified): ${(gzipSync(bundle.contents).length / 1024).toFixed(1)} kB gzip`,
);

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>import bench</title>');
  await page.addScriptTag({ content: bundle.text });
  const ms = await page.evaluate(
    async ({ data, warmup, runs, rows }) => {
      const input = Uint8Array.from(data);
      const read = () => {
        const result = globalThis.docxReader.readDocxPlan(input);
        if (!result.ok || result.plan.rows.length !== rows) throw new Error('not read back');
      };
      for (let i = 0; i < warmup; i++) read();
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        read();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { data: [...bytes], warmup: WARMUP, runs: RUNS, rows: ROWS },
  );
  report('Chromium', ms);
} finally {
  await browser.close();
}
