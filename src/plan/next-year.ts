/**
 * "Copy as next year's plan": the usual way a unit starts its plan, from last year's. The year
 * moves on by one everywhere it appears; what belongs to the issued document (its number and
 * date) and last year's provincial plan are cleared: the new plan is a new document. A copy that
 * would pass the last year a plan can be for is refused with the reason, not written.
 */
import { MAX_YEAR, type MonthYear, type Plan } from './schema.ts';

export type NextYearResult = { ok: true; plan: Plan } | { ok: false; reason: string };

const shift = (value: MonthYear): MonthYear => ({
  month: value.month,
  year: value.year === null ? null : value.year + 1,
});

export function copyPlanToNextYear(plan: Plan): NextYearResult {
  const latest = Math.max(
    plan.planYear,
    ...plan.rows.flatMap((row) => [row.from.year ?? 0, row.to.year ?? 0]),
  );
  if (latest + 1 > MAX_YEAR) {
    return {
      ok: false,
      reason:
        `kế hoạch có năm ${latest}, sang năm sau sẽ thành ${latest + 1}, ` +
        `quá năm ${MAX_YEAR} là năm lớn nhất công cụ nhận. Hãy sửa lại năm trong bản nháp trước khi sao chép.`,
    };
  }
  return {
    ok: true,
    plan: {
      ...plan,
      planYear: plan.planYear + 1,
      document: { ...plan.document, number: '', issueDate: null },
      provincePlan: { reference: '', issueDate: null },
      rows: plan.rows.map((row) => ({ ...row, from: shift(row.from), to: shift(row.to) })),
    },
  };
}
