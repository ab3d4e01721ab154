/** The self-score mirrors the PAR INDEX plan criteria and agrees with the checker. */
import { describe, expect, it } from 'vitest';
import { formatPoints, scorePlan } from '../../../src/plan/index.ts';
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

  it('formats points with a decimal comma', () => {
    expect(formatPoints(2.5)).toBe('2,5');
    expect(formatPoints(3)).toBe('3');
  });
});
