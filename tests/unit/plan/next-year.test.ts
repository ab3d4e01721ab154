import { describe, expect, it } from 'vitest';
import { copyPlanToNextYear } from '../../../src/plan/next-year.ts';
import { readPlanFile } from '../../../src/plan/read/index.ts';
import { readFileSync } from 'node:fs';

const example = readPlanFile(
  readFileSync(new URL('../../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url)),
);

describe('copyPlanToNextYear', () => {
  it('moves the plan year and every row’s months on by one year', () => {
    if (!example.ok) throw new Error('example unreadable');
    const next = copyPlanToNextYear(example.plan);
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
    const next = copyPlanToNextYear(example.plan);
    expect(next.document.number).toBe('');
    expect(next.document.issueDate).toBeNull();
    expect(next.provincePlan).toEqual({ reference: '', issueDate: null });
    expect(next.document.signerName).toBe(example.plan.document.signerName);
    expect(example.plan.planYear).toBe(2013);
  });
});
