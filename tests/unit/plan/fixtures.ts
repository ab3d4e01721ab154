/** Example plans from content/examples, read through the real reader, and helpers to vary them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPlanFile, type Plan } from '../../../src/plan/index.ts';

export const exampleNames = {
  /** The province's own plan (UBND tỉnh), which the others are built on. */
  tinh: 'ubnd-tinh-mau-2013',
  so: 'so-noi-vu-tinh-mau-2013',
  huyen: 'ubnd-huyen-mau-son-2013',
  xa: 'ubnd-phuong-mau-dong-2026',
  training: 'bai-tap-so-giao-thong-van-tai-2013',
  /** The UBND huyện example carried out to 14/9/2013: progress and reports. */
  tracked: 'ubnd-huyen-mau-son-2013-theo-doi',
} as const;

export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../../../content/examples/${name}.json`, import.meta.url));
}

const cache = new Map<string, Plan>();

/** A fresh copy of an example plan, safe to mutate. */
export function example(kind: keyof typeof exampleNames): Plan {
  const name = exampleNames[kind];
  let plan = cache.get(name);
  if (!plan) {
    const result = readPlanFile(readFileSync(examplePath(name)));
    if (!result.ok) throw new Error(`${name} is unreadable: ${JSON.stringify(result.problems)}`);
    plan = result.plan;
    cache.set(name, plan);
  }
  return structuredClone(plan);
}

/** The example with `change` applied to a copy. */
export function changed(kind: keyof typeof exampleNames, change: (plan: Plan) => void): Plan {
  const plan = example(kind);
  change(plan);
  return plan;
}

/** The row with this id; fails the test loudly if the example no longer has it. */
export function row(plan: Plan, id: string): Plan['rows'][number] {
  const found = plan.rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** Reads `rows[3].from.month`-style paths, to check that findings point at real fields. */
export function valueAt(root: unknown, path: string): unknown {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function hasPath(root: unknown, path: string): boolean {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment))
      return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}
