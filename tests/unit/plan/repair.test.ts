import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlanValue, readRepaired } from '../../../src/plan/read/index.ts';
import { refusalsOf } from '../../../src/plan/read/refusals.ts';
import { MAX_ROW_BUDGET_VND, MAX_YEAR } from '../../../src/plan/schema.ts';
import { planArbitrary } from './arbitraries.ts';
import { changed, example } from './fixtures.ts';

/** The example with the typos of issue 10: a year 2103 and a budget of 2,000 billion đồng. */
const typos = () =>
  changed('so', (plan) => {
    plan.rows[0]!.to.year = 2103;
    plan.rows[1]!.budgetVnd = 2_000_000_000_000;
  });

describe('a plan whose only problems are values out of range', () => {
  it('is not read, but comes with a repair proposing the nearest allowed values', () => {
    const read = readPlanValue(typos());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.repair?.fixes).toEqual([
      expect.objectContaining({
        path: 'rows[0].to.year',
        current: 2103,
        proposed: MAX_YEAR,
        where: expect.stringContaining('I. Cải cách thể chế, dòng 1'),
        message: expect.stringContaining('Không được lớn hơn 2100'),
      }),
      expect.objectContaining({
        path: 'rows[1].budgetVnd',
        current: 2_000_000_000_000,
        proposed: MAX_ROW_BUDGET_VND,
      }),
    ]);
  });

  it('reads as a plan once every value is put right, with the user’s values or the proposed ones', () => {
    const read = readPlanValue(typos());
    if (read.ok || !read.repair) throw new Error('expected a repair');
    const repaired = readRepaired(
      read.repair,
      new Map<string, number | null>([
        ['rows[0].to.year', 2013],
        ['rows[1].budgetVnd', MAX_ROW_BUDGET_VND],
      ]),
    );
    expect(repaired.ok).toBe(true);
    if (!repaired.ok) return;
    expect(repaired.plan.rows[0]!.to.year).toBe(2013);
    expect(repaired.plan.rows[1]!.budgetVnd).toBe(MAX_ROW_BUDGET_VND);
    expect(repaired.plan).toEqual({
      ...example('so'),
      rows: repaired.plan.rows,
    });
  });

  it('comes from an older version migrated, and says so once repaired', () => {
    const { template: _template, ...v1 } = typos();
    const read = readPlanValue({ ...v1, version: 1 });
    if (read.ok || !read.repair) throw new Error('expected a repair');
    expect(read.repair.fromVersion).toBe(1);
    const proposals = new Map(read.repair.fixes.map((fix) => [fix.path, fix.proposed] as const));
    const repaired = readRepaired(read.repair, proposals);
    expect(repaired.ok && [repaired.fromVersion, repaired.plan.template]).toEqual([
      1,
      'de-cuong-2012',
    ]);
  });

  it('stays under repair while a value is still out of range', () => {
    const read = readPlanValue(typos());
    if (read.ok || !read.repair) throw new Error('expected a repair');
    const half = readRepaired(read.repair, new Map([['rows[0].to.year', 2013]]));
    expect(half.ok).toBe(false);
    if (half.ok) return;
    expect(half.repair?.fixes.map((fix) => fix.path)).toEqual(['rows[1].budgetVnd']);
    const wrong = readRepaired(read.repair, new Map([['rows[0].to.year', 1999]]));
    expect(!wrong.ok && wrong.repair?.fixes[0]).toMatchObject({
      path: 'rows[0].to.year',
      proposed: 2000,
    });
  });

  it('proposes a text cut to its limit, and one limit for a value past two', () => {
    const read = readPlanValue(
      changed('so', (plan) => {
        plan.rows[0]!.id = 'a'.repeat(70);
        plan.rows[2]!.budgetVnd = 2 ** 60;
      }),
    );
    expect(!read.ok && read.repair?.fixes).toEqual([
      expect.objectContaining({ path: 'rows[0].id', proposed: 'a'.repeat(64) }),
      expect.objectContaining({ path: 'rows[2].budgetVnd', proposed: MAX_ROW_BUDGET_VND }),
    ]);
  });
});

describe('what is not a plan to repair', () => {
  const cases: [string, unknown][] = [
    ['another format', { ...typos(), format: 'khac' }],
    ['a newer version', { ...typos(), version: 99 }],
    ['a field that does not exist', { ...typos(), ghiChu: 'x' }],
    ['a value of the wrong kind', { ...typos(), planYear: 'hai nghìn' }],
    ['a row without its area', { ...typos(), rows: [{ ...typos().rows[0], areaId: 'khong-co' }] }],
  ];
  for (const [name, value] of cases) {
    it(`is refused without a repair: ${name}`, () => {
      const read = readPlanValue(value);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.repair).toBeUndefined();
    });
  }
});

describe('refusalsOf, the rule the builder keeps', () => {
  it('finds nothing in a plan the reader accepts, and what the reader refuses otherwise', () => {
    expect(refusalsOf(example('so'))).toEqual([]);
    const read = readPlanValue(typos());
    expect(refusalsOf(typos()).map((p) => p.path)).toEqual(
      !read.ok ? read.problems.map((p) => p.path) : [],
    );
  });

  it('checks only what a change touched, with the same verdict as checking the whole plan', () => {
    const byPath = (problems: { path: string; message: string }[]) =>
      problems.map((p) => `${p.path}: ${p.message}`).sort();
    fc.assert(
      fc.property(
        planArbitrary,
        fc.nat(),
        fc.record({
          year: fc.integer({ min: 1900, max: 2300 }),
          budgetVnd: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 2 ** 52 })),
          id: fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant('x'.repeat(70))),
          areaId: fc.oneof(fc.constant(undefined), fc.constant('khong-co')),
        }),
        (passed, index, change) => {
          fc.pre(passed.rows.length > 0 && refusalsOf(passed).length === 0);
          const i = index % passed.rows.length;
          const row = passed.rows[i]!;
          const next = {
            ...passed,
            rows: passed.rows.map((r, j) =>
              j === i
                ? {
                    ...row,
                    to: { ...row.to, year: change.year },
                    budgetVnd: change.budgetVnd,
                    id: change.id ?? row.id,
                    areaId: change.areaId ?? row.areaId,
                  }
                : r,
            ),
          };
          expect(byPath(refusalsOf(next, passed))).toEqual(byPath(refusalsOf(next)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
