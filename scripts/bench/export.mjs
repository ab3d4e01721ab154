// Budgets of the exporters (issue 5): a 300-row plan to .docx in under 1.5 s and to .xlsx in
// under 1 s, in Node and in Chromium; and the gzip size of each exporter as the browser loads it
// (on export only, never at start-up). Median of several runs after warm-up; exits 1 if a figure
// misses its target. Run with `npm run bench export` or `npx node scripts/bench/export.mjs`.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { planToDocx } from '../../src/export/docx.ts';
import { planToXlsx } from '../../src/export/xlsx.ts';
import { loadExample, medianTime, repeatedPlan } from '../bench-plans.mjs';
import { chromiumArgs, findChromium } from '../chromium-path.mjs';

const ROWS = 300;
const WARMUP = 3;
const RUNS = 9;
const targets = { docx: 1500, xlsx: 1000 };

/** The Sở example's rows repeated with new ids (and a little new wording, as real rows differ). */
function bigPlan() {
  const base = loadExample('so-noi-vu-tinh-mau-2013');
  return repeatedPlan(base, base.rows, ROWS);
}

const median = (run) => medianTime(run, WARMUP, RUNS);

function report(format, where, ms) {
  const target = targets[format];
  const verdict = ms < target ? '' : ' — OVER TARGET';
  console.log(
    `export: ${format} ${ROWS} rows (${where}): ${ms.toFixed(0)} ms (target < ${target} ms)${verdict}`,
  );
  if (ms >= target) process.exitCode = 1;
}

/** One exporter bundled for the browser, as the builder's dynamic import would load it. */
async function bundle(entryPoint, globalName) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entryPoint}`);
  return { code: output.text, gzip: gzipSync(output.contents).length };
}

const plan = bigPlan();

report('docx', 'Node', await median(() => planToDocx(plan)));
report('xlsx', 'Node', await median(() => planToXlsx(plan)));

const bundles = {
  docx: await bundle('src/export/docx.ts', 'docxExporter'),
  xlsx: await bundle('src/export/xlsx.ts', 'xlsxExporter'),
};
for (const [format, { gzip }] of Object.entries(bundles)) {
  console.log(
    `export: ${format} exporter bundle (browser, minified): ${(gzip / 1024).toFixed(1)} kB gzip`,
  );
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>export bench</title>');
  await page.addScriptTag({ content: bundles.docx.code });
  await page.addScriptTag({ content: bundles.xlsx.code });
  const times = await page.evaluate(
    async ({ json, warmup, runs }) => {
      const plan = JSON.parse(json);
      const medianOf = async (run) => {
        for (let i = 0; i < warmup; i++) await run();
        const list = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          await run();
          list.push(performance.now() - start);
        }
        list.sort((a, b) => a - b);
        return list[Math.floor(list.length / 2)];
      };
      return {
        docx: await medianOf(() => globalThis.docxExporter.planToDocx(plan)),
        xlsx: await medianOf(() => globalThis.xlsxExporter.planToXlsx(plan)),
      };
    },
    { json: JSON.stringify(plan), warmup: WARMUP, runs: RUNS },
  );
  report('docx', 'Chromium', times.docx);
  report('xlsx', 'Chromium', times.xlsx);
} finally {
  await browser.close();
}
