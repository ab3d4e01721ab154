/** The published example plans: complete, realistic and clean; the training plan trips many rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planToJson } from '../../../src/export/json.ts';
import {
  checkPlan,
  computeTotals,
  readUnitName,
  scorePlan,
  templateOf,
} from '../../../src/plan/index.ts';
import { example, exampleNames, examplePath } from './fixtures.ts';

/** The file without its layout, which Prettier owns: same fields, same order, same text. */
const compact = (path: string): string => JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => allStrings(item, out));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((item) => allStrings(item, out));
  return out;
}

describe.each(['so', 'huyen', 'xa'] as const)('the complete example (%s)', (kind) => {
  const plan = example(kind);

  it('passes every rule with no lỗi at all', () => {
    expect(checkPlan(plan).filter((finding) => finding.severity === 'loi')).toEqual([]);
    expect(scorePlan(plan).points).toBe(3);
  });

  it('has at least 20 rows covering all seven areas, each area funded', () => {
    expect(plan.rows.length).toBeGreaterThanOrEqual(20);
    const totals = computeTotals(plan);
    expect(totals.areas.map((area) => area.areaId)).toEqual(
      templateOf(plan).areas.map((area) => area.id),
    );
    for (const area of totals.areas) {
      expect(area.rowCount).toBeGreaterThanOrEqual(2);
      expect(area.budgetVnd).toBeGreaterThan(0);
    }
  });

  it('keeps rows realistic: months inside the year, named single lead units, products, round budgets', () => {
    for (const row of plan.rows) {
      expect(row.from.year).toBe(plan.planYear);
      expect(row.to.year).toBe(plan.planYear);
      expect(row.from.month!).toBeLessThanOrEqual(row.to.month!);
      const { units, group, vague } = readUnitName(row.leadUnit);
      expect({ units, group, vague }).toEqual({ units: [] });
      expect(row.products.length).toBeGreaterThan(0);
      expect(row.budgetVnd! % 1_000_000).toBe(0);
    }
  });

  it('is stored with the writer’s field order, in NFC', () => {
    expect(compact(examplePath(exampleNames[kind]))).toBe(
      JSON.stringify(JSON.parse(planToJson(plan))),
    );
    for (const value of allStrings(plan)) expect(value).toBe(value.normalize('NFC'));
  });
});

describe('the training example', () => {
  const plan = example('training');

  it('is a readable plan that trips at least six different rules, several of them lỗi', () => {
    const findings = checkPlan(plan);
    const ruleIds = new Set(findings.map((finding) => finding.ruleId));
    expect(ruleIds.size).toBeGreaterThanOrEqual(6);
    for (const id of [
      'issue-date-deadline',
      'areas-covered',
      'lead-unit-single',
      'lead-unit-named',
      'row-products',
      'row-period-order',
      'row-period-outside-year',
      'row-budget',
      'row-duplicate',
      'objective-specific',
      'legal-documents-wording',
      'organisation-complete',
    ]) {
      expect(ruleIds).toContain(id);
    }
  });

  it('trips exactly the rules the trainers’ answer key in README.md lists', () => {
    const readme = readFileSync(
      new URL('../../../content/examples/README.md', import.meta.url),
      'utf8',
    );
    const key = new Set(
      [...readme.split('## Đáp án bài tập')[1]!.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]),
    );
    expect(new Set(checkPlan(plan).map((finding) => finding.ruleId))).toEqual(key);
  });

  it('is stored with the writer’s field order, in NFC', () => {
    expect(compact(examplePath(exampleNames.training))).toBe(
      JSON.stringify(JSON.parse(planToJson(plan))),
    );
  });
});
