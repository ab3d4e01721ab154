// Budgets of the Sở Nội vụ's round from the command line (issue 12): a national roll-up of 2,000
// plans (generated from the examples' real rows: Sở, UBND huyện and xã, 50–300 tasks each, some
// with the training plan's mistakes) through `ke-hoach tong-hop DIR --format json` and
// `--format xlsx` in under 60 s each, with the peak memory (RSS) of the run held under a stated
// figure; then the summary's Word file and a comment letter for a 100-unit round. Exits 1 if a
// figure misses its target. Run with `npm run bench round-cli`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planToJson } from '../../src/export/json.ts';
import { roundLetterToDocx, roundSummaryToDocx } from '../../src/export/round/docx.ts';
import { checkReceivedPlan, viewRound } from '../../src/round/index.ts';
import { loadExample, medianTime, repeatedPlan } from '../bench-plans.mjs';

const PLANS = 2000;
const AS_OF = '2013-09-14';
const targets = {
  /** Seconds per run of the command. */
  seconds: 60,
  /** Peak RSS in MB: a round's summaries and findings, one plan at a time, the workbook's sheets. */
  rssMb: { json: 400, xlsx: 800 },
  summaryDocxMs: 2000,
  letterMs: 500,
};

const examples = {
  so: loadExample('so-noi-vu-tinh-mau-2013'),
  huyen: loadExample('ubnd-huyen-mau-son-2013'),
  training: loadExample('bai-tap-so-giao-thong-van-tai-2013'),
  xa: loadExample('ubnd-phuong-mau-dong-2026'),
};
const sourceRows = [...examples.so.rows, ...examples.huyen.rows];

/** Plan `index` of the round: a unit of its own, 50–300 tasks, dated around the deadline. */
function generatedPlan(index) {
  const kind = index % 10 === 0 ? 'training' : index % 3 === 0 ? 'huyen' : 'so';
  const base = structuredClone(examples[kind]);
  const rows = 50 + ((index * 7919) % 251);
  const plan = repeatedPlan(base, kind === 'training' ? base.rows : sourceRows, rows);
  plan.unit.name = kind === 'huyen' ? `UBND huyện Số ${index}` : `Sở Thử nghiệm ${index} tỉnh Mẫu`;
  plan.document.issueDate = `2012-12-${String(10 + (index % 20)).padStart(2, '0')}`;
  return plan;
}

let failed = false;
function report(label, value, target, unit) {
  const over = target !== undefined && value >= target;
  const verdict =
    target === undefined ? '' : ` (target < ${target} ${unit})${over ? ' — OVER TARGET' : ''}`;
  console.log(`round-cli: ${label}: ${value.toFixed(value < 10 ? 2 : 0)} ${unit}${verdict}`);
  if (over) failed = true;
}

const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-round-bench-'));
try {
  const plansDir = join(dir, 'ke-hoach');
  mkdirSync(plansDir);
  let bytes = 0;
  let tasks = 0;
  const started = performance.now();
  for (let index = 1; index <= PLANS; index++) {
    const plan = generatedPlan(index);
    tasks += plan.rows.length;
    const json = planToJson(plan);
    bytes += json.length;
    writeFileSync(join(plansDir, `ke-hoach-${String(index).padStart(4, '0')}.json`), json);
  }
  console.log(
    `round-cli: generated ${PLANS} plans, ${tasks.toLocaleString('en')} tasks, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // The command run as the binary runs it, in a Node of its own, its peak RSS read at its end.
  // A file, not `node -e`: fflate's zip workers do not start from code given with -e.
  const runner = join(dir, 'run.mjs');
  writeFileSync(
    runner,
    `
    const { main } = await import(${JSON.stringify(new URL('../../src/cli/main.ts', import.meta.url).href)});
    const { nodeIo } = await import(${JSON.stringify(new URL('../../src/cli/node-io.ts', import.meta.url).href)});
    let said = '';
    const stderr = (text) => (said = (said + text).slice(-2000));
    const code = await main(process.argv.slice(2), { ...nodeIo(), stderr });
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    process.stdout.write(JSON.stringify({ code, said, maxRssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  `,
  );
  for (const format of ['json', 'xlsx']) {
    const out = join(dir, `tong-hop.${format}`);
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        runner,
        'tong-hop',
        plansDir,
        '--nam',
        '2013',
        '--han',
        '2012-12-25',
        '--den-ngay',
        AS_OF,
        '--format',
        format,
        '-o',
        out,
      ],
      { encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    const seconds = (performance.now() - start) / 1000;
    let result;
    try {
      result = JSON.parse(run.stdout);
    } catch {
      console.log(`round-cli: ${format}: the command failed:\n${run.stderr}`);
      failed = true;
      continue;
    }
    if (result.code !== 0) {
      console.log(`round-cli: ${format}: exit code ${result.code}\n${result.said}`);
      failed = true;
    }
    report(`tong-hop ${PLANS} plans --format ${format}`, seconds, targets.seconds, 's');
    // On a shared machine the wall clock also counts other processes' turns on the CPU.
    console.log(
      `round-cli: --format ${format}, CPU time of the command: ${(result.cpuMs / 1000).toFixed(1)} s`,
    );
    report(
      `tong-hop --format ${format} peak RSS`,
      result.maxRssKb / 1024,
      targets.rssMb[format],
      'MB',
    );
    if (result.code === 0) {
      console.log(`round-cli: ${format} written: ${(statSync(out).size / 1e6).toFixed(1)} MB`);
    }
  }

  // A 100-unit round's documents, in this process.
  const checked = new Map();
  const files = [];
  for (let index = 1; index <= 100; index++) {
    const id = `f${index}`;
    checked.set(id, checkReceivedPlan(generatedPlan(index), AS_OF));
    files.push({ kind: 'plan', id, file: `ke-hoach-${index}.json` });
  }
  const settings = { name: 'Bench', planYear: 2013, deadline: '2012-12-25', roster: [] };
  const view = viewRound({ ...settings, files, kept: {} }, checked);
  const options = { asOf: AS_OF };
  report(
    'summary docx, 100 units',
    await medianTime(() => roundSummaryToDocx(settings, view, options), 1, 5),
    targets.summaryDocxMs,
    'ms',
  );
  const busiest = [...view.units].sort(
    (a, b) => b.checked.findings.length - a.checked.findings.length,
  )[0];
  report(
    `comment letter (${busiest.checked.findings.length} findings)`,
    await medianTime(() => roundLetterToDocx(busiest, options), 2, 9),
    targets.letterMs,
    'ms',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
