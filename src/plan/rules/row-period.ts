/**
 * Letter I.2, second bullet ("mốc thời gian hoàn thành") and the outline's "Thời gian thực hiện"
 * column: each row has a start and an end, in order, inside the plan's year.
 */
import type { MonthYear } from '../schema.ts';
import { formatMonthYear } from '../vi-format.ts';
import { citations } from './citations.ts';
import type { Rule, RuleHit } from './types.ts';

type Complete = { month: number; year: number };
const isComplete = (value: MonthYear): value is Complete =>
  value.month !== null && value.year !== null;
const monthIndex = (value: Complete): number => value.year * 12 + value.month;

export const rowPeriodMissing: Rule = {
  id: 'row-period-missing',
  title: 'Có thời gian thực hiện',
  severity: 'loi',
  citation: citations.taskAccountability,
  check: ({ plan }) =>
    plan.rows.flatMap((row, index): RuleHit[] => {
      const end = (['from', 'to'] as const).find((key) => !isComplete(row[key]));
      if (end === undefined) return [];
      const part = row[end].month === null ? 'month' : 'year';
      return [
        {
          path: ['rows', index, end, part],
          message:
            'Chưa đủ thời gian thực hiện: ghi tháng và năm bắt đầu, tháng và năm hoàn thành.',
        },
      ];
    }),
};

export const rowPeriodOutsideYear: Rule = {
  id: 'row-period-outside-year',
  title: 'Thời gian trong năm kế hoạch',
  severity: 'loi',
  citation: citations.outlineTable,
  check: ({ plan }) =>
    plan.rows.flatMap((row, index): RuleHit[] =>
      (['from', 'to'] as const)
        .filter((key) => row[key].year !== null && row[key].year !== plan.planYear)
        .map((key) => ({
          path: ['rows', index, key, 'year'],
          message:
            `Thời gian ${formatMonthYear(row[key])} nằm ngoài năm kế hoạch ${plan.planYear}: ` +
            `kế hoạch năm chỉ ghi những việc làm trong năm ${plan.planYear}; việc kéo dài sang năm khác thì ghi phần làm trong năm này.`,
        })),
    ),
};

export const rowPeriodOrder: Rule = {
  id: 'row-period-order',
  title: 'Bắt đầu không sau kết thúc',
  severity: 'loi',
  citation: citations.outlineTable,
  check: ({ plan }) =>
    plan.rows.flatMap((row, index): RuleHit[] => {
      const { from, to } = row;
      if (!isComplete(from) || !isComplete(to) || monthIndex(from) <= monthIndex(to)) return [];
      return [
        {
          path: ['rows', index, 'to'],
          message:
            `Thời gian bắt đầu (${formatMonthYear(from)}) sau thời gian hoàn thành (${formatMonthYear(to)}): ` +
            'kiểm tra lại, có thể hai mốc đã bị ghi đảo ngược.',
        },
      ];
    }),
};
