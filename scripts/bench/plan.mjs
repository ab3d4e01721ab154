// Benchmark of the plan model: checking and totalling a 1,000-row plan, and reading its file.
// Run with `npx node scripts/bench/plan.mjs` (Node 24 runs the TypeScript sources directly) or
// through `npm run bench`. Prints the median of several runs after warm-up; exits 1 if a figure
// misses its target, so that a slowdown is noticed.
import { readFileSync } from 'node:fs';
import { planToJson } from '../../src/export/json.ts';
import { planToMarkdown } from '../../src/export/markdown.ts';
import { checkPlan, computeTotals, readPlanFile } from '../../src/plan/index.ts';

const ROWS = 1000;
const WARMUP = 5;
const RUNS = 21;

function loadExample(name) {
  const result = readPlanFile(
    readFileSync(new URL(`../../content/examples/${name}.json`, import.meta.url)),
  );
  if (!result.ok) throw new Error(`content/examples/${name}.json is unreadable`);
  return result.plan;
}

/** A large plan made of the examples' real rows, each copy with its own id and wording. */
function bigPlan() {
  const base = loadExample('ubnd-huyen-mau-son-2013');
  const source = [...base.rows, ...loadExample('so-noi-vu-tinh-mau-2013').rows];
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const row = structuredClone(source[index % source.length]);
    return {
      ...row,
      id: `r${index + 1}`,
      specificTask: `${row.specificTask} (đợt ${Math.floor(index / source.length) + 1})`,
    };
  });
  return { ...base, rows };
}

function median(run) {
  for (let i = 0; i < WARMUP; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function report(label, ms, target) {
  const verdict =
    target === undefined ? '' : ` (target < ${target} ms)${ms < target ? '' : ' — OVER TARGET'}`;
  console.log(`plan: ${label}: ${ms.toFixed(1)} ms${verdict}`);
  if (target !== undefined && ms >= target) process.exitCode = 1;
}

const plan = bigPlan();
const text = planToJson(plan);
const findings = checkPlan(plan).length;

report(
  `check+totals ${ROWS} rows`,
  median(() => {
    checkPlan(plan);
    computeTotals(plan);
  }),
  50,
);
report(
  `read ${ROWS}-row file (${Math.round(text.length / 1024)} kB)`,
  median(() => {
    if (!readPlanFile(text).ok) throw new Error('the benchmark plan did not read back');
  }),
  100,
);
report(
  `write ${ROWS}-row file`,
  median(() => planToJson(plan)),
);
report(
  `markdown ${ROWS} rows`,
  median(() => planToMarkdown(plan)),
);
console.log(`plan: (${findings} findings in the ${ROWS}-row plan)`);
