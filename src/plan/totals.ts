/**
 * Budget totals of the implementation table, per area and overall. They are always computed
 * from the rows and never stored, so a file cannot carry a total that disagrees with its rows.
 */
import type { PlanRow } from './schema.ts';
import { templateOf, type AreaId } from './templates.ts';

export interface AreaTotal {
  areaId: AreaId;
  rowCount: number;
  /** Sum of the rows' budgets; rows without an estimate count as 0 here. */
  budgetVnd: number;
  /** Rows whose budget is not estimated yet (null). */
  unbudgetedRowCount: number;
}

export interface PlanTotals {
  /** One entry per area of the plan's template, in order, including areas without rows. */
  areas: AreaTotal[];
  rowCount: number;
  budgetVnd: number;
  unbudgetedRowCount: number;
}

export function computeTotals(plan: { template?: unknown; rows: readonly PlanRow[] }): PlanTotals {
  const byArea = new Map<AreaId, AreaTotal>();
  for (const area of templateOf(plan).areas) {
    const areaId = area.id;
    byArea.set(areaId, { areaId, rowCount: 0, budgetVnd: 0, unbudgetedRowCount: 0 });
  }
  let budgetVnd = 0;
  let unbudgetedRowCount = 0;
  for (const row of plan.rows) {
    const total = byArea.get(row.areaId);
    if (!total) continue;
    total.rowCount++;
    if (row.budgetVnd === null) {
      total.unbudgetedRowCount++;
      unbudgetedRowCount++;
    } else {
      total.budgetVnd += row.budgetVnd;
      budgetVnd += row.budgetVnd;
    }
  }
  return { areas: [...byArea.values()], rowCount: plan.rows.length, budgetVnd, unbudgetedRowCount };
}
