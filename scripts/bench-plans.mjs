// What the benchmarks in scripts/bench/ share: the example plans, large plans made of their real
// rows, and the median of timed runs. (Not in scripts/bench/, where every file is a benchmark.)
import { readFileSync } from 'node:fs';
import { readPlanFile } from '../src/plan/index.ts';

export function loadExample(name) {
  const result = readPlanFile(
    readFileSync(new URL(`../content/examples/${name}.json`, import.meta.url)),
  );
  if (!result.ok) throw new Error(`content/examples/${name}.json is unreadable`);
  return result.plan;
}

/** `base` with `count` rows: the `source` rows repeated, each copy with its own id and wording. */
export function repeatedPlan(base, source, count) {
  const rows = Array.from({ length: count }, (_, index) => {
    const row = structuredClone(source[index % source.length]);
    return {
      ...row,
      id: `r${index + 1}`,
      specificTask: `${row.specificTask} (đợt ${Math.floor(index / source.length) + 1})`,
    };
  });
  return { ...base, rows };
}

/** Median wall-clock time of `runs` calls of `run` (sync or async), after `warmup` calls. */
export async function medianTime(run, warmup, runs) {
  for (let i = 0; i < warmup; i++) await run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
