/**
 * Property tests: any valid plan survives write → read unchanged; any mangled or random input is
 * answered with problems, never with an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planToJson, planToJsonBytes } from '../../../src/export/json.ts';
import {
  checkPlan,
  hasProgress,
  planSchema,
  readPlanFile,
  readPlanValue,
  scorePlan,
  type ReadResult,
} from '../../../src/plan/index.ts';
import { planArbitrary } from './arbitraries.ts';

const RUNS = 2000;

/** The reader's contract: a plan that satisfies the schema, or at least one located Vietnamese problem. */
function expectAnswered(result: ReadResult): void {
  if (result.ok) {
    expect(planSchema.safeParse(result.plan).success).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.where.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(10);
    expect(problem.message).not.toMatch(/lỗi không lường trước/);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, for picking a place to break. */
function paths(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

function parentAndKey(
  root: Json,
  path: (string | number)[],
): [Record<string | number, Json>, string | number] | undefined {
  if (path.length === 0) return undefined;
  let current: Json = root;
  for (const segment of path.slice(0, -1))
    current = (current as Record<string | number, Json>)[segment] as Json;
  return [current as Record<string | number, Json>, path.at(-1) as string | number];
}

type Mutation = (value: Json, text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Replace any value with any JSON value.
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([pick, replacement]) => (value: Json) => {
    const all = paths(value);
    const target = parentAndKey(value, all[pick % all.length] as (string | number)[]);
    if (target) target[0][target[1]] = replacement as Json;
    return JSON.stringify(target ? value : replacement);
  }),
  // Delete a field or an array item.
  fc.nat().map((pick) => (value: Json) => {
    const all = paths(value).filter((path) => path.length > 0);
    const target = parentAndKey(value, all[pick % all.length] as (string | number)[]);
    if (target) {
      if (Array.isArray(target[0])) target[0].splice(Number(target[1]), 1);
      else delete target[0][target[1]];
    }
    return JSON.stringify(value);
  }),
  // Smuggle a prototype key into some object.
  fc
    .tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'))
    .map(([pick, key]) => (_value: Json, text: string) => {
      const braces = [...text.matchAll(/\{/g)];
      const at = (braces[pick % braces.length]?.index ?? 0) + 1;
      return `${text.slice(0, at)}"${key}": {"polluted": true},${text.slice(at)}`;
    }),
  // Any version number.
  fc
    .integer({ min: -5, max: 10 })
    .map((version) => (value: Json) => JSON.stringify({ ...(value as object), version })),
  // Cut the file short, or overwrite one character.
  fc.nat().map((cut) => (_value: Json, text: string) => text.slice(0, cut % text.length)),
  fc
    .tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([at, char]) => (_value: Json, text: string) => {
      const index = at % text.length;
      return text.slice(0, index) + char + text.slice(index + 1);
    }),
);

describe('write → read', () => {
  it(`keeps ${RUNS} generated plans unchanged, from text and from bytes`, () => {
    fc.assert(
      fc.property(planArbitrary, (generated) => {
        // fast-check builds some objects without a prototype; a plan from JSON always has one.
        const plan = structuredClone(generated);
        const text = planToJson(plan);
        const fromText = readPlanFile(text);
        expect(fromText.ok).toBe(true);
        if (!fromText.ok) return;
        expect(fromText.plan).toStrictEqual(plan);
        expect(planToJson(fromText.plan)).toBe(text);
        const fromBytes = readPlanFile(planToJsonBytes(plan));
        expect(fromBytes.ok && fromBytes.plan).toStrictEqual(plan);
      }),
      { numRuns: RUNS },
    );
  });

  it('checks and scores any valid plan without throwing', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const finding of checkPlan(plan)) expect(finding.message.length).toBeGreaterThan(10);
        // With a check day, the tracking rules that depend on one run too.
        for (const finding of checkPlan(plan, { asOf: '2013-09-14' }))
          expect(finding.message.length).toBeGreaterThan(10);
        const score = scorePlan(plan);
        expect(score.points).toBeLessThanOrEqual(score.maxPoints);
        expect(score.maxPoints).toBe(hasProgress(plan) ? 7 : 3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  it(`answers ${RUNS} mangled plan files with a plan or with problems, never an exception`, () => {
    fc.assert(
      fc.property(planArbitrary, mutation, (plan, mutate) => {
        const value = JSON.parse(planToJson(plan)) as Json;
        expectAnswered(readPlanFile(mutate(value, JSON.stringify(value, null, 2))));
      }),
      { numRuns: RUNS },
    );
  });

  it(`answers ${RUNS} random inputs (text, bytes, JSON, any value) with problems`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .record({
              format: fc.constant('ke-hoach-cchc'),
              version: fc.integer({ min: -1, max: 2 }),
              unit: fc.jsonValue(),
            })
            .map((value) => JSON.stringify(value)),
        ),
        fc.anything(),
        (input, value) => {
          const fromFile = readPlanFile(input);
          expect(fromFile.ok).toBe(false);
          expectAnswered(fromFile);
          expectAnswered(readPlanValue(value));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
