/** The published example plans: complete, realistic and clean; the training plan trips many rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planToJson } from '../../../src/export/json.ts';
import {
  checkPlan,
  computeTotals,
  defaultCalendar,
  formatRate,
  planStateAt,
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

describe('the tracked example (UBND huyện Mẫu Sơn, carried out to 14/9/2013)', () => {
  const plan = example('tracked');
  const plain = example('huyen');

  it('is the UBND huyện plan itself, with progress and reports added', () => {
    const { reporting, rows, ...rest } = plan;
    const { rows: plainRows, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
    expect(rows.map(({ progress: _progress, ...row }) => row)).toEqual(plainRows);
    expect(reporting?.calendar).toEqual(defaultCalendar(2013));
  });

  // Deliberately not clean: the overdue tasks are what a unit sees in the third quarter, and
  // the training session's exercise asks for them. Everything else passes, on that day too.
  it('at its cut-off (14/9/2013) warns only of its two overdue tasks, and without a day of nothing', () => {
    const findings = checkPlan(plan, { asOf: '2013-09-14' });
    expect(findings.map((f) => [f.ruleId, f.severity, f.rowId])).toEqual([
      ['progress-overdue-unmarked', 'canh-bao', 'tthc-1'],
      ['progress-overdue-unmarked', 'canh-bao', 'tcbm-1'],
    ]);
    expect(checkPlan(plan).filter((f) => f.severity !== 'goi-y')).toEqual(
      checkPlan(plain).filter((f) => f.severity !== 'goi-y'),
    );
  });

  it('has a believable mix at 14/9/2013: most due tasks done on time, some late, two overdue, one dropped', () => {
    const { counts, completionRate } = planStateAt(plan, '2013-09-14');
    expect(counts).toEqual({
      planned: 26,
      done: 6,
      doneOnTime: 4,
      doneLate: 2,
      inProgress: 16,
      notStarted: 3,
      dropped: 1,
      overdue: 2,
      notUpdated: 1,
    });
    expect(completionRate).toBe(6 / 25);
    for (const row of plan.rows) {
      const progress = row.progress;
      if (progress?.status === 'done') {
        expect(progress.result).toMatch(/^Quyết định số \d+\/QĐ-UBND ngày|Niêm yết/);
        expect(progress.evidence.length).toBeGreaterThan(0);
      }
      if (progress?.status === 'dropped')
        expect(progress.note).toMatch(/^Kế hoạch số \d+\/KH-UBND/);
      // Every task due by the cut-off has its progress recorded.
      if (row.to.month! <= 8) expect(progress).toBeDefined();
    }
  });

  it('scores 3 of 7 at its cut-off: the plan criteria, no completion or report points yet', () => {
    const score = scorePlan(plan, { asOf: '2013-09-14' });
    expect(score.maxPoints).toBe(7);
    expect(score.points).toBe(3);
  });

  it('is stored with the writer’s field order, in NFC', () => {
    expect(compact(examplePath(exampleNames.tracked))).toBe(
      JSON.stringify(JSON.parse(planToJson(plan))),
    );
    for (const value of allStrings(plan)) expect(value).toBe(value.normalize('NFC'));
  });

  it('answers the training exercise as the trainers’ key in README.md does', () => {
    const readme = readFileSync(
      new URL('../../../content/examples/README.md', import.meta.url),
      'utf8',
    );
    const key = readme.split('## Đáp án bài tập theo dõi thực hiện')[1]!.replace(/\s+/g, ' ');
    const state = planStateAt(plan, '2013-09-14');
    const asked = state.tasks.filter(
      (task) => task.overdue || task.state === 'done-late' || task.state === 'dropped',
    );
    expect(asked.map((task) => task.row.id)).toEqual([
      'tc-3',
      'tthc-1',
      'tcbm-1',
      'tcc-2',
      'hdh-4',
    ]);
    for (const task of asked) expect(key).toContain(task.row.specificTask.slice(0, 25));
    expect(key).toContain(`= ${formatRate(state.completionRate)}`);
    expect(key).toContain(`Kế hoạch số 45/KH-UBND ngày 15/7/2013`);
  });

  it('is listed in the builder’s examples, not as a training plan', () => {
    const index = JSON.parse(
      readFileSync(new URL('../../../content/examples/index.json', import.meta.url), 'utf8'),
    ) as { id: string; training: boolean }[];
    expect(index.find((entry) => entry.id === exampleNames.tracked)).toMatchObject({
      training: false,
    });
  });
});
