/**
 * The checker on hostile text: whatever one field holds, checking the plan (findings, totals and
 * the self-score, as `ke-hoach check` and the builder's review page do) takes linear time. The
 * checker runs on plans that are not read from a file too (the builder checks as the user types),
 * so this holds for text far beyond the schema's limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, computeTotals, scorePlan, type Plan } from '../../../src/plan/index.ts';
import { example } from './fixtures.ts';

const LENGTH = 100_000;
/**
 * A quadratic pass over 100,000 characters takes seconds to minutes; a linear one, tens of
 * milliseconds. The limit (250 ms) is measured by `npm run bench -- plan` on a quiet
 * machine; here, beside other test files on two busy cores, the bound only has to tell linear
 * from quadratic, so it leaves room for the machine's load.
 */
const BOUND_MS = 2000;

/** Separators, edges and marks: the long runs that have made text handling slow. */
const separator = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\u00a0',
  ',',
  ', ',
  '.',
  ';',
  ':',
  '-',
  ' - ',
  '–',
  ' và ',
  ' va ',
  '/',
  '(',
  ')',
  '\n',
  '\u0301',
  '\u0323\u0302',
);
/** Words, in both normal forms, including those the unit-name reader looks for. */
const word = fc.constantFrom(
  'ệ',
  'ệ'.normalize('NFD'),
  'Phòng ',
  'Phòng'.normalize('NFD'),
  'các ',
  'ban hành ',
  'phối hợp',
  'liên quan',
  'x',
);
const piece = fc.oneof({ arbitrary: separator, weight: 3 }, { arbitrary: word, weight: 1 });

const repeated = (pattern: string, length: number): string =>
  pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/**
 * How to build a hostile text: a pattern of a few pieces repeated to LENGTH characters, between a
 * short head and tail (a long run that does not reach an end is what makes edge-trimming patterns
 * backtrack). Generated as the recipe, so that a failure prints the recipe, not 100,000 characters.
 */
const recipe = fc.record({
  head: fc.array(piece, { maxLength: 3 }),
  run: fc.array(piece, { minLength: 1, maxLength: 4 }),
  tail: fc.array(fc.oneof(word, piece), { maxLength: 3 }),
});

function hostileText({ head, run, tail }: { head: string[]; run: string[]; tail: string[] }) {
  const [start, end] = [head.join(''), tail.join('')];
  return start + repeated(run.join(''), LENGTH - start.length - end.length) + end;
}

type Path = (string | number)[];
/** Where text lives in a plan: every string but the machine fields. */
function textPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') {
    const key = path.at(-1);
    const machine = [
      'format',
      'template',
      'id',
      'areaId',
      'issueDate',
      'type',
      'signingForm',
      '$schema',
    ];
    return typeof key === 'string' && machine.includes(key) ? [] : [path];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => textPaths(item, [...path, key]));
  }
  return [];
}

function withText(plan: Plan, path: Path, text: string): Plan {
  const copy = structuredClone(plan);
  let node = copy as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = text;
  return copy;
}

function check(plan: Plan): void {
  checkPlan(plan);
  computeTotals(plan);
  scorePlan(plan);
}

/** The best of three runs: a busy machine only ever adds time, a quadratic pass never loses it. */
function timeOf(plan: Plan): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    check(plan);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('the checker on 100,000 hostile characters in one field', () => {
  // The example has every optional part (inspection and dissemination plans), so every text field.
  const base = example('so');
  // The first row of each area is enough: some rules read only the rows of one area.
  const firstRows = base.rows.filter(
    (row, index) => base.rows.findIndex((other) => other.areaId === row.areaId) === index,
  );
  const paths = textPaths({ ...base, rows: firstRows }).map((path) =>
    path[0] === 'rows'
      ? ['rows', base.rows.indexOf(firstRows[path[1] as number]!), ...path.slice(2)]
      : path,
  );

  it('covers every text field of the plan', () => {
    const fields = new Set(
      paths.map((path) => path.filter((key) => typeof key === 'string').join('.')),
    );
    for (const field of [
      'unit.name',
      'objectives',
      'tasks.the-che',
      'rows.leadUnit',
      'rows.coordinatingUnits',
      'rows.products',
      'organisation.funding',
      'inspectionPlan.targets',
      'disseminationPlan.methods',
      'document.recipients',
    ]) {
      expect(fields).toContain(field);
    }
  });

  it(`finishes in under ${BOUND_MS} ms`, () => {
    check(base); // warm-up: the first run compiles the checker
    fc.assert(
      fc.property(fc.constantFrom(...paths), recipe, (path, parts) => {
        const ms = timeOf(withText(base, path, hostileText(parts)));
        expect(ms, path.join('.')).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['a run of spaces inside a lead unit', ['rows', 0, 'leadUnit'], `Phòng ${' '.repeat(LENGTH)}x`],
    [
      'a run of punctuation inside a coordinating unit',
      ['rows', 0, 'coordinatingUnits', 0],
      `x${',.;'.repeat(LENGTH / 3)}x`,
    ],
    // Marks of two classes, which composing must reorder: the property above met it in about
    // one run in five (2 s, in unit names' matching keys).
    [
      'a run of combining marks in a coordinating unit',
      ['rows', 0, 'coordinatingUnits', 0],
      `Phòng ${'\u0323\u0302'.repeat(LENGTH / 2)}`,
    ],
  ])(`finishes in under ${BOUND_MS} ms on %s`, (_, path, text) => {
    check(base);
    expect(timeOf(withText(base, path as Path, text))).toBeLessThan(BOUND_MS);
  });
});

describe('the checker on a table with a finding in every row', () => {
  it('names the rows in one pass, not once per finding', () => {
    const ROWS = 400;
    const base = example('so');
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      ...base.rows[index % base.rows.length]!,
      id: `r${index}`,
      leadUnit: '',
      budgetVnd: null,
    }));
    let rowReads = 0;
    const counted = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) rowReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const findings = checkPlan({ ...base, rows: counted });
    expect(findings.length).toBeGreaterThan(2 * ROWS);
    // Each rule reads each row a few times; counting a row's place afresh for every finding
    // read the table about ROWS × findings / 2 times (250,000 here).
    expect(rowReads).toBeLessThan(100 * ROWS);
    expect(findings.find((finding) => finding.rowId === `r${ROWS - 1}`)?.where).toMatch(
      /, dòng \d+, /,
    );
  });
});
