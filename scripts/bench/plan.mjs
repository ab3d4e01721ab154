// Benchmark of the plan model: checking and totalling a 1,000-row plan, and reading its file;
// checking a plan with 100,000 hostile characters in one text field (issue 10).
// Run with `npx node scripts/bench/plan.mjs` (Node 24 runs the TypeScript sources directly) or
// through `npm run bench`. Prints the median of several runs after warm-up; exits 1 if a figure
// misses its target, so that a slowdown is noticed.
import { planToJson } from '../../src/export/json.ts';
import { planToMarkdown } from '../../src/export/markdown.ts';
import { checkPlan, computeTotals, readPlanFile, scorePlan } from '../../src/plan/index.ts';
import { loadExample, repeatedPlan } from '../bench-plans.mjs';

const ROWS = 1000;
const WARMUP = 5;
const RUNS = 21;

/** A large plan made of the examples' real rows, each copy with its own id and wording. */
function bigPlan() {
  const base = loadExample('ubnd-huyen-mau-son-2013');
  const source = [...base.rows, ...loadExample('so-noi-vu-tinh-mau-2013').rows];
  return repeatedPlan(base, source, ROWS);
}

function median(run, runs = RUNS) {
  for (let i = 0; i < WARMUP; i++) run();
  const times = [];
  for (let i = 0; i < runs; i++) {
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

// The same table with a lead unit and a budget missing from every row: a finding per row field.
const faulty = {
  ...plan,
  rows: plan.rows.map((row) => ({ ...row, leadUnit: '', budgetVnd: null })),
};
report(
  `check+totals ${ROWS} rows, ${checkPlan(faulty).length} findings`,
  median(() => {
    checkPlan(faulty);
    computeTotals(faulty);
  }),
  100,
);

// Hostile text: long runs of what the checker splits and trims on, inside a field it reads.
const HOSTILE = 100_000;
const fill = (pattern) => pattern.repeat(Math.ceil(HOSTILE / pattern.length)).slice(0, HOSTILE);
const hostileTexts = {
  'spaces inside': `Phòng ${fill(' ')}x`,
  'punctuation inside': `x${fill(',.;:–-')}x`,
  'commas and "và"': fill('Phòng A, Phòng B và '),
  dashes: fill(' - – -'),
  'combining marks, NFD': fill('Phòng Nội vụ\u0301\u0323 '.normalize('NFD')),
};
const hostileFields = [
  ['unit', 'name'],
  ['objectives', 0],
  ['tasks', 'the-che'],
  ['rows', 0, 'specificTask'],
  ['rows', 0, 'leadUnit'],
  ['rows', 0, 'coordinatingUnits', 0],
];
const small = loadExample('so-noi-vu-tinh-mau-2013');
let worst = { ms: 0, where: '' };
for (const [name, value] of Object.entries(hostileTexts)) {
  for (const path of hostileFields) {
    const hostile = structuredClone(small);
    let node = hostile;
    for (const key of path.slice(0, -1)) node = node[key];
    node[path.at(-1)] = value;
    const ms = median(() => {
      checkPlan(hostile);
      computeTotals(hostile);
      scorePlan(hostile);
    }, 5);
    if (ms > worst.ms) worst = { ms, where: `${name} in ${path.join('.')}` };
  }
}
report(
  `check+totals+score, ${HOSTILE.toLocaleString('en')} hostile characters in one field (worst: ${worst.where})`,
  worst.ms,
  250,
);
