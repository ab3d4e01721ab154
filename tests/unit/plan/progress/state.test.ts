/** The state of a plan at a cut-off date: how each recorded status counts, per area and overall. */
import { describe, expect, it } from 'vitest';
import {
  buildPeriodReport,
  defaultCalendar,
  dueWithin,
  formatRate,
  hasProgress,
  planStateAt,
  readPlanValue,
  taskDueBy,
  tasksDueNext,
  type Plan,
  type PlanRow,
  type TaskProgress,
} from '../../../../src/plan/index.ts';
import { example } from '../fixtures.ts';

const progress = (fields: Partial<TaskProgress>): TaskProgress => ({
  status: 'done',
  completedOn: null,
  result: '',
  evidence: [],
  note: '',
  ...fields,
});

/** The UBND huyện example with six rows, each due in a given month of 2013. */
function planWith(marks: (Partial<TaskProgress> | undefined)[], dueMonths: number[]): Plan {
  const plan = example('huyen');
  const areaIds = [...new Set(plan.rows.map((row) => row.areaId))];
  plan.rows = marks.map((mark, index): PlanRow => {
    const base = plan.rows[index]!;
    return {
      ...base,
      areaId: areaIds[index % 2]!,
      to: { month: dueMonths[index] ?? 12, year: 2013 },
      ...(mark === undefined ? {} : { progress: progress(mark) }),
    };
  });
  return plan;
}

describe('planStateAt', () => {
  const plan = planWith(
    [
      { status: 'done', completedOn: '2013-03-12' }, // due 3: on time
      { status: 'done', completedOn: '2013-05' }, // due 4: late
      { status: 'in-progress' }, // due 6: overdue at 14/9
      { status: 'dropped', note: 'Kế hoạch điều chỉnh' },
      undefined, // due 8, never updated: not started, overdue
      { status: 'done', completedOn: '2013-10-02' }, // after the cut-off: still in progress then
      { status: 'not-started' }, // due 12: not overdue
    ],
    [3, 4, 6, 6, 8, 10, 12],
  );
  const state = planStateAt(plan, '2013-09-14');

  it('counts each status once, with on time and late from the completion month', () => {
    expect(state.counts).toEqual({
      planned: 7,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      inProgress: 2,
      notStarted: 2,
      dropped: 1,
      overdue: 2,
      notUpdated: 1,
    });
    expect(state.tasks.map((task) => task.state)).toEqual([
      'done-on-time',
      'done-late',
      'in-progress',
      'dropped',
      'not-started',
      'in-progress',
      'not-started',
    ]);
  });

  it('leaves dropped tasks out of the rate’s denominator', () => {
    expect(state.completionRate).toBeCloseTo(2 / 6);
    expect(formatRate(state.completionRate)).toBe('33,3%');
  });

  it('sums the areas to the plan, with every area of the template listed', () => {
    expect(state.areas).toHaveLength(7);
    const planned = state.areas.reduce((sum, area) => sum + area.counts.planned, 0);
    const done = state.areas.reduce((sum, area) => sum + area.counts.done, 0);
    expect([planned, done]).toEqual([7, 2]);
  });

  it('counts a task done after the cut-off as done at a later cut-off', () => {
    expect(planStateAt(plan, '2013-12-14').counts.done).toBe(3);
  });

  it('gives no rate when nothing is left to carry out', () => {
    const allDropped = planWith([{ status: 'dropped' }], [3]);
    expect(planStateAt(allDropped, '2013-09-14').completionRate).toBeNull();
    expect(formatRate(null)).toBe('–');
  });

  it('lists the open tasks due by the end of the next period', () => {
    const due = tasksDueNext(state, defaultCalendar(2013), 'nam').map((task) => task.index);
    // Due in December: the year's remaining work, though its data close on 14/12.
    expect(due).toEqual([2, 4, 5, 6]);
    expect(tasksDueNext(state, defaultCalendar(2013), 'quy-3').map((task) => task.index)).toEqual([
      2, 4,
    ]);
    expect(tasksDueNext(state, defaultCalendar(2013), null)).toHaveLength(4);
  });
});

describe('dates', () => {
  it('gives the default calendar of 581/BNV-CCHC', () => {
    expect(defaultCalendar(2013)).toEqual({
      'quy-1': { dataFrom: '2012-12-15', dataTo: '2013-03-14', deadline: '2013-03-20' },
      '6-thang': { dataFrom: '2012-12-15', dataTo: '2013-06-14', deadline: '2013-06-20' },
      'quy-3': { dataFrom: '2013-06-15', dataTo: '2013-09-14', deadline: '2013-09-20' },
      nam: { dataFrom: '2012-12-15', dataTo: '2013-12-14', deadline: '2013-12-20' },
    });
  });

  it('counts a task due in a period’s last month as due in that period', () => {
    const task = planStateAt(planWith([undefined], [12]), '2013-09-14').tasks[0]!;
    expect(dueWithin(task, '2012-12-15', '2013-12-14')).toBe(true);
    expect(dueWithin(task, '2013-06-15', '2013-09-14')).toBe(false);
  });

  it('takes a task’s due day as the last of its “đến” month, or of its year', () => {
    const row = example('so').rows[0]!;
    expect(taskDueBy({ ...row, to: { month: 2, year: 2012 } })).toBe('2012-02-29');
    expect(taskDueBy({ ...row, to: { month: null, year: 2013 } })).toBe('2013-12-31');
    expect(taskDueBy({ ...row, to: { month: 5, year: null } })).toBeNull();
  });
});

describe('reading progress', () => {
  it('reads back every status and refuses a month that does not exist, in Vietnamese', () => {
    const plan = planWith([{ completedOn: '2013-02' }, { completedOn: '2012-02-29' }], [3, 3]);
    expect(readPlanValue(plan).ok).toBe(true);
    expect(hasProgress(plan)).toBe(true);
    expect(hasProgress(example('so'))).toBe(false);
    for (const bad of ['2013-02-30', '2013-13', '13/3/2013', '2013-3']) {
      const result = readPlanValue(planWith([{ completedOn: bad }], [3]));
      expect(result.ok, bad).toBe(false);
      expect(result.ok ? '' : result.problems[0]!.message).toMatch(/tháng hoặc ngày có thật/);
      expect(result.ok ? '' : result.problems[0]!.where).toMatch(/Thời điểm hoàn thành$/);
    }
  });
});

describe('buildPeriodReport', () => {
  it('drafts the title, the figures and each task’s outcome in words', () => {
    const plan = planWith(
      [
        { status: 'done', completedOn: '2013-03-12', result: 'Quyết định số 15/QĐ-UBND' },
        { status: 'dropped', note: 'Kế hoạch điều chỉnh số 40/KH-UBND' },
        { status: 'in-progress' },
      ],
      [3, 4, 6],
    );
    const report = buildPeriodReport(plan, 'quy-3');
    expect(report.title).toBe('Kết quả thực hiện công tác cải cách hành chính quý III năm 2013');
    // A period named with "năm" does not say it twice.
    expect(buildPeriodReport(plan, 'nam').title).toBe(
      'Kết quả thực hiện công tác cải cách hành chính năm 2013',
    );
    expect(buildPeriodReport(plan, '6-thang').title).toBe(
      'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2013',
    );
    expect(report.cutOff).toBe('2013-09-14');
    expect(report.overview).toMatch(
      /^Tính đến ngày 14\/09\/2013: Kế hoạch đề ra 3 nhiệm vụ; đã hoàn thành 1/,
    );
    const outcomes = report.areas.flatMap((area) => area.tasks.map((task) => task.outcome));
    expect(outcomes).toEqual([
      'Đã hoàn thành ngày 12/03/2013, đúng hạn. Kết quả: Quyết định số 15/QĐ-UBND.',
      'Đang thực hiện, đã quá hạn (hạn 06/2013).',
      'Không thực hiện. Lý do: Kế hoạch điều chỉnh số 40/KH-UBND.',
    ]);
    expect(report.notDone.map((task) => task.index)).toEqual([1, 2]);
    expect(report.written).toEqual({
      highlights: '',
      shortcomings: '',
      nextSteps: '',
      proposals: '',
    });
    expect(buildPeriodReport(plan, 'quy-1', { cutOff: '2013-02-01' }).state.counts.done).toBe(0);
  });
});
