/** Totals (computed, never stored) and the vi-VN formatters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  formatDate,
  formatDocumentDate,
  formatMonthYear,
  formatPeriod,
  formatVnd,
} from '../../../src/plan/index.ts';
import {
  formatAmount,
  formatClockDateTime,
  formatClockTime,
  todayIso,
} from '../../../src/plan/vi-format.ts';
import { changed, example } from './fixtures.ts';

describe('computeTotals', () => {
  it('sums budgets per area, in the outline’s order, and overall', () => {
    const totals = computeTotals(example('huyen'));
    expect(totals.areas.map((area) => area.areaId)).toEqual([
      'the-che',
      'thu-tuc-hanh-chinh',
      'to-chuc-bo-may',
      'can-bo-cong-chuc',
      'tai-chinh-cong',
      'hien-dai-hoa',
      'chi-dao-dieu-hanh',
    ]);
    expect(totals.areas[0]).toEqual({
      areaId: 'the-che',
      rowCount: 3,
      budgetVnd: 43_000_000,
      unbudgetedRowCount: 0,
    });
    expect(totals.areas[5]?.budgetVnd).toBe(4_050_000_000);
    expect(totals.budgetVnd).toBe(5_082_000_000);
    expect(totals.rowCount).toBe(26);
  });

  it('counts rows not estimated yet instead of adding them as 0 silently', () => {
    const plan = changed('so', (p) => {
      p.rows[0]!.budgetVnd = null;
      p.rows[1]!.budgetVnd = 0;
    });
    const totals = computeTotals(plan);
    expect(totals.unbudgetedRowCount).toBe(1);
    expect(totals.areas[0]).toMatchObject({
      rowCount: 3,
      unbudgetedRowCount: 1,
      budgetVnd: 10_000_000,
    });
  });

  it('lists areas without rows with zero totals, and stays exact at the largest budgets', () => {
    const plan = changed('so', (p) => {
      p.rows = p.rows.slice(0, 1);
      p.rows[0]!.budgetVnd = 1_000_000_000_000;
    });
    const totals = computeTotals({ rows: Array.from({ length: 5000 }, () => plan.rows[0]!) });
    expect(totals.budgetVnd).toBe(5_000_000_000_000_000);
    expect(Number.isSafeInteger(totals.budgetVnd)).toBe(true);
    expect(computeTotals(plan).areas[6]).toEqual({
      areaId: 'chi-dao-dieu-hanh',
      rowCount: 0,
      budgetVnd: 0,
      unbudgetedRowCount: 0,
    });
  });
});

describe('vi-VN formatting', () => {
  it('formats money with dots between thousands and “đ”', () => {
    expect(formatVnd(1_234_567)).toBe('1.234.567 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatVnd(1000)).toBe('1.000 đ');
    expect(formatVnd(5_082_000_000)).toBe('5.082.000.000 đ');
  });

  it('groups whole amounts by hand exactly as Intl’s vi-VN does, and leaves the rest to Intl', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.maxSafeInteger(),
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.double(),
          fc.constantFrom(-0, 0.5, -1.5, 2 ** 53, 1e21, Infinity, -Infinity, NaN),
        ),
        (amount) => {
          expect(formatAmount(amount)).toBe(intl.format(amount));
        },
      ),
    );
  });

  it('shows the instants the builder records in the reader’s own time, hours 00–23', () => {
    const at = new Date(2026, 10, 5, 9, 7);
    expect(formatClockTime(at)).toBe('09:07');
    expect(formatClockTime(new Date(2026, 0, 1, 23, 59))).toBe('23:59');
    expect(formatClockDateTime(at)).toBe('09:07 05/11/2026');
    // Today as the checker's ISO date, from the reader's own clock (the builder, the desk, the CLI).
    expect(todayIso(new Date(2013, 8, 4, 23, 59))).toBe('2013-09-04');
  });

  it('formats dates as dd/mm/yyyy without going through time zones', () => {
    expect(formatDate('2012-12-05')).toBe('05/12/2012');
    expect(formatDate('2013-01-01')).toBe('01/01/2013');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats month and year, and periods', () => {
    expect(formatMonthYear({ month: 3, year: 2013 })).toBe('03/2013');
    expect(formatMonthYear({ month: null, year: 2013 })).toBe('…/2013');
    expect(formatPeriod({ month: 3, year: 2013 }, { month: 6, year: 2013 })).toBe(
      '03/2013 - 06/2013',
    );
    expect(formatPeriod({ month: 3, year: 2013 }, { month: 3, year: 2013 })).toBe('03/2013');
  });

  it('writes the header’s place and date as the decree does', () => {
    expect(formatDocumentDate('Mẫu Sơn', '2013-01-05')).toBe('Mẫu Sơn, ngày 05 tháng 01 năm 2013');
    expect(formatDocumentDate('', null)).toBe('…, ngày … tháng … năm …');
  });
});
