/**
 * "Copy as next year's plan": the usual way a unit starts its plan, from last year's. The year
 * moves on by one everywhere it appears; what belongs to the issued document (its number and
 * date) and last year's provincial plan are cleared: the new plan is a new document.
 */
import type { MonthYear, Plan } from './schema.ts';

const shift = (value: MonthYear): MonthYear => ({
  month: value.month,
  year: value.year === null ? null : value.year + 1,
});

export function copyPlanToNextYear(plan: Plan): Plan {
  return {
    ...plan,
    planYear: plan.planYear + 1,
    document: { ...plan.document, number: '', issueDate: null },
    provincePlan: { reference: '', issueDate: null },
    rows: plan.rows.map((row) => ({ ...row, from: shift(row.from), to: shift(row.to) })),
  };
}
