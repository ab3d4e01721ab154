/** The self-score mirrors the PAR INDEX plan criteria and agrees with the checker. */
import { describe, expect, it } from 'vitest';
import {
  caMau2013,
  completionBand,
  defaultCalendar,
  formatPoints,
  scorePlan,
  type Plan,
} from '../../../src/plan/index.ts';
import { changed, example, row } from './fixtures.ts';

const points = (plan: Parameters<typeof scorePlan>[0]) =>
  Object.fromEntries(scorePlan(plan).criteria.map((criterion) => [criterion.id, criterion.points]));

describe('scorePlan', () => {
  it('gives a complete plan issued on time all 3 points', () => {
    const score = scorePlan(example('huyen'));
    expect(score.points).toBe(3);
    expect(score.maxPoints).toBe(3);
    expect(score.note).toMatch(/tỷ lệ hoàn thành kế hoạch/);
  });

  it('gives 0.5 for a late plan and 0 for one without a date', () => {
    expect(
      points(changed('so', (p) => (p.document.issueDate = '2013-01-10')))['issued-on-time'],
    ).toBe(0.5);
    expect(points(changed('so', (p) => (p.document.issueDate = null)))['issued-on-time']).toBe(0);
  });

  it('takes the funding point when an area is missing, a row has no estimate or an area gets nothing', () => {
    expect(
      points(changed('so', (p) => (p.rows = p.rows.filter((r) => r.areaId !== 'tai-chinh-cong'))))[
        'areas-funded'
      ],
    ).toBe(0);
    expect(points(changed('so', (p) => (row(p, 'tc-1').budgetVnd = null)))['areas-funded']).toBe(0);
    expect(
      points(
        changed('so', (p) =>
          p.rows.filter((r) => r.areaId === 'the-che').forEach((r) => (r.budgetVnd = 0)),
        ),
      )['areas-funded'],
    ).toBe(0);
  });

  it('takes the results point for a missing product or a shared or vague lead unit', () => {
    expect(points(changed('so', (p) => (row(p, 'tc-1').products = [])))['results-and-units']).toBe(
      0,
    );
    expect(
      points(changed('so', (p) => (row(p, 'tc-1').leadUnit = 'Văn phòng Sở, Thanh tra Sở')))[
        'results-and-units'
      ],
    ).toBe(0);
    expect(
      points(changed('so', (p) => (row(p, 'tc-1').leadUnit = 'các phòng liên quan')))[
        'results-and-units'
      ],
    ).toBe(0);
  });

  it('explains a lost point with the rule titles the checker uses', () => {
    const criterion = scorePlan(changed('so', (p) => (row(p, 'tc-1').products = []))).criteria[2];
    expect(criterion?.explanation).toBe(
      'Còn 1 chỗ chưa đạt; xem các mục “Có sản phẩm” trong kết quả kiểm tra.',
    );
    expect(criterion?.ruleIds).toContain('row-products');
  });

  it('scores only the three plan criteria while the plan is not tracked', () => {
    const score = scorePlan(example('so'));
    expect(score.criteria.map((criterion) => criterion.id)).toEqual([
      'issued-on-time',
      'areas-funded',
      'results-and-units',
    ]);
    expect(score.note).toMatch(/chưa tính ở đây/);
  });

  it('formats points with a decimal comma', () => {
    expect(formatPoints(2.5)).toBe('2,5');
    expect(formatPoints(3)).toBe('3');
  });
});

/** The tracked example with every task done on time (or dropped) and all four reports in. */
function carriedOut(change: (plan: Plan) => void = () => {}): Plan {
  return changed('tracked', (p) => {
    for (const r of p.rows) {
      if (r.progress?.status === 'dropped') continue;
      r.progress = {
        status: 'done',
        completedOn: `2013-${String(r.to.month).padStart(2, '0')}`,
        result: 'Quyết định số 15/QĐ-UBND ngày 12/3/2013',
        evidence: [],
        note: '',
      };
    }
    const calendar = defaultCalendar(2013);
    p.reporting = {
      calendar,
      reports: Object.fromEntries(
        (['quy-1', '6-thang', 'quy-3', 'nam'] as const).map((period) => [
          period,
          {
            sentOn: calendar[period].deadline,
            highlights: 'Kết quả nổi bật.',
            shortcomings: 'Tồn tại, hạn chế.',
            nextSteps: 'Nhiệm vụ kỳ tới.',
            proposals: 'Đề xuất.',
          },
        ]),
      ),
    };
    change(p);
  });
}

const criterion = (plan: Plan, id: string, asOf?: string) =>
  scorePlan(plan, asOf === undefined ? {} : { asOf }).criteria.find((c) => c.id === id)!;

/** Marks the first `count` tasks still to carry out as in progress. */
const leaveOpen = (count: number) => (p: Plan) => {
  for (const r of p.rows.filter((r) => r.progress?.status !== 'dropped').slice(0, count))
    r.progress!.status = 'in-progress';
};

describe('scorePlan on a tracked plan', () => {
  it('adds the completion and the reports criteria, 7 points in all', () => {
    const score = scorePlan(carriedOut());
    expect(score.criteria.map((c) => c.id)).toEqual([
      'issued-on-time',
      'areas-funded',
      'results-and-units',
      'plan-completion',
      'reports',
    ]);
    expect(score.points).toBe(7);
    expect(score.maxPoints).toBe(7);
    expect(score.note).not.toMatch(/không tính|chưa tính/);
    expect(score.note).toContain('1880/QĐ-UBND');
  });

  it('gives 2 above 90%, 1 from 70% to 90% and 0 below, with dropped tasks left out', () => {
    // 25 tasks to carry out: the tracked example drops one of its 26.
    expect(criterion(carriedOut(leaveOpen(2)), 'plan-completion').points).toBe(2); // 92%
    expect(criterion(carriedOut(leaveOpen(3)), 'plan-completion').points).toBe(1); // 88%
    expect(criterion(carriedOut(leaveOpen(7)), 'plan-completion').points).toBe(1); // 72%
    expect(criterion(carriedOut(leaveOpen(8)), 'plan-completion').points).toBe(0); // 68%
    const explained = criterion(carriedOut(leaveOpen(3)), 'plan-completion').explanation;
    expect(explained).toBe(
      'Đến ngày 14/12/2013 (số liệu báo cáo năm): hoàn thành 22/25 nhiệm vụ phải thực hiện ' +
        '(26 nhiệm vụ của kế hoạch, trừ 1 nhiệm vụ không thực hiện), tỷ lệ 88%, mức “từ 70% đến 90%”.',
    );
  });

  it('counts exactly 90% and exactly 70% in the middle band', () => {
    expect(completionBand(caMau2013, 9, 10)?.points).toBe(1);
    expect(completionBand(caMau2013, 7, 10)?.points).toBe(1);
    expect(completionBand(caMau2013, 63, 90)?.points).toBe(1);
    expect(completionBand(caMau2013, 91, 100)?.points).toBe(2);
    expect(completionBand(caMau2013, 69, 100)).toBeNull();
  });

  it('judges completion at an earlier check day when asked, and says it is not the year’s', () => {
    const tracked = example('tracked');
    const early = criterion(tracked, 'plan-completion', '2013-09-14');
    expect(early.explanation).toMatch(/^Đến ngày 14\/09\/2013 \(chưa hết năm/);
    expect(early.explanation).toContain('hoàn thành 6/25');
    // A later day than the annual cut-off changes nothing: the year's data end on 14/12.
    expect(criterion(tracked, 'plan-completion', '2014-01-31').explanation).toMatch(
      /^Đến ngày 14\/12\/2013 \(số liệu báo cáo năm\)/,
    );
  });

  it('gives no completion point when every task was dropped', () => {
    const plan = carriedOut((p) => {
      for (const r of p.rows)
        r.progress = { ...r.progress!, status: 'dropped', note: 'Điều chỉnh.' };
    });
    expect(criterion(plan, 'plan-completion')).toMatchObject({ points: 0 });
    expect(criterion(plan, 'plan-completion').explanation).toContain('chưa tính được tỷ lệ');
  });

  it('takes the on-time point for a late or unsent report, the content point for a missing section', () => {
    const late = carriedOut((p) => (p.reporting!.reports['6-thang']!.sentOn = '2013-06-24'));
    expect(criterion(late, 'reports').points).toBe(1);
    expect(criterion(late, 'reports').explanation).toContain(
      'báo cáo 6 tháng đầu năm gửi ngày 24/06/2013, sau hạn 20/06/2013',
    );
    const unsent = carriedOut((p) => (p.reporting!.reports.nam!.sentOn = null));
    expect(criterion(unsent, 'reports').points).toBe(1);
    const thin = carriedOut((p) => (p.reporting!.reports['quy-3']!.proposals = ' '));
    expect(criterion(thin, 'reports')).toMatchObject({ points: 1 });
    expect(criterion(thin, 'reports').explanation).toContain('Báo cáo quý III chưa viết đủ');
    // The tracked example: the six-month report was late, quý III and the year are not sent.
    expect(criterion(example('tracked'), 'reports').points).toBe(0);
  });

  it('keeps an earlier province’s thresholds replaceable by another’s', () => {
    const strict = {
      ...caMau2013,
      completion: {
        ...caMau2013.completion,
        bands: [{ points: 2, fromPercent: 100, inclusive: true, label: '100%' }],
      },
    };
    const plan = carriedOut(leaveOpen(1));
    expect(scorePlan(plan, { scoring: strict }).criteria[3]?.points).toBe(0);
    expect(scorePlan(plan).criteria[3]?.points).toBe(2);
  });
});
