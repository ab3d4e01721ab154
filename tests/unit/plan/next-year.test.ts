import { describe, expect, it } from 'vitest';
import { copyPlanToNextYear } from '../../../src/plan/next-year.ts';
import { readPlanFile, readPlanValue } from '../../../src/plan/read/index.ts';
import { MAX_YEAR } from '../../../src/plan/schema.ts';
import { readFileSync } from 'node:fs';

const example = readPlanFile(
  readFileSync(new URL('../../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url)),
);

describe('copyPlanToNextYear', () => {
  it('moves the plan year and every row’s months on by one year', () => {
    if (!example.ok) throw new Error('example unreadable');
    const copied = copyPlanToNextYear(example.plan);
    if (!copied.ok) throw new Error(copied.reason);
    const next = copied.plan;
    expect(next.planYear).toBe(2014);
    next.rows.forEach((row, i) => {
      const old = example.plan.rows[i]!;
      expect(row.from).toEqual({
        month: old.from.month,
        year: old.from.year === null ? null : old.from.year + 1,
      });
      expect(row.to.year).toBe(old.to.year === null ? null : old.to.year + 1);
    });
  });

  it('clears what belongs to the issued document and last year’s provincial plan', () => {
    if (!example.ok) throw new Error('example unreadable');
    const copied = copyPlanToNextYear(example.plan);
    if (!copied.ok) throw new Error(copied.reason);
    const next = copied.plan;
    expect(next.document.number).toBe('');
    expect(next.document.issueDate).toBeNull();
    expect(next.provincePlan).toEqual({ reference: '', issueDate: null });
    expect(next.document.signerName).toBe(example.plan.document.signerName);
    expect(example.plan.planYear).toBe(2013);
  });

  it('refuses a copy that would pass the last year a plan can be for', () => {
    if (!example.ok) throw new Error('example unreadable');
    const lastYear = { ...example.plan, planYear: MAX_YEAR };
    const refused = copyPlanToNextYear(lastYear);
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining(`quá năm ${MAX_YEAR}`) });
    const [first, ...rest] = example.plan.rows;
    const rowInLastYear = {
      ...example.plan,
      planYear: MAX_YEAR - 1,
      rows: [{ ...first!, to: { month: 12, year: MAX_YEAR } }, ...rest],
    };
    expect(copyPlanToNextYear(rowInLastYear).ok).toBe(false);
    const fits = copyPlanToNextYear({ ...example.plan, planYear: MAX_YEAR - 1 });
    expect(fits.ok && readPlanValue(fits.plan).ok).toBe(true);
  });
});
