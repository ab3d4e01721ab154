/**
 * The tasks of a round's plans, for the spreadsheet's "Nhiệm vụ" sheet: each row of a plan's
 * table as the strings and the amount the sheet shows, so that a caller reading 2,000 plans can
 * keep these and let each plan go (`ke-hoach tong-hop`), while the desk reads them from the plans
 * it holds.
 */
import { taskStatusLabels } from '../../plan/progress/statuses.ts';
import type { Plan } from '../../plan/schema.ts';
import { areaTableHeading, templateOf } from '../../plan/templates.ts';
import { formatMonthYear } from '../../plan/vi-format.ts';
import type { Round, RoundUnit } from '../../round/round.ts';

export interface RoundTask {
  /** "I. Cải cách thể chế". */
  area: string;
  generalTask: string;
  specificTask: string;
  /** One per line. */
  products: string;
  leadUnit: string;
  /** One per line. */
  coordinatingUnits: string;
  /** "03/2013". */
  from: string;
  to: string;
  budgetVnd: number | null;
  /** The task's status where the plan tracks it, '' otherwise. */
  status: string;
}

const lines = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

export function planTasks(plan: Plan): RoundTask[] {
  const template = templateOf(plan);
  const headings = new Map<string, string>();
  return plan.rows.map((row) => {
    let area = headings.get(row.areaId);
    if (area === undefined) {
      area = areaTableHeading(template, row.areaId);
      headings.set(row.areaId, area);
    }
    return {
      area,
      generalTask: row.generalTask.trim(),
      specificTask: row.specificTask.trim(),
      products: lines(row.products),
      leadUnit: row.leadUnit.trim(),
      coordinatingUnits: lines(row.coordinatingUnits),
      from: formatMonthYear(row.from),
      to: formatMonthYear(row.to),
      budgetVnd: row.budgetVnd,
      status: row.progress === undefined ? '' : taskStatusLabels[row.progress.status],
    };
  });
}

/** Where the exporters find a unit's tasks. */
export type TaskSource = (unit: RoundUnit) => readonly RoundTask[];

/** The tasks of the plans a round holds (the desk, which keeps every plan). */
export function roundTaskSource(round: Round): TaskSource {
  const plans = new Map<string, Plan>();
  for (const file of round.files) if (file.kind === 'plan') plans.set(file.id, file.plan);
  return (unit) => {
    const plan = plans.get(unit.id);
    return plan === undefined ? [] : planTasks(plan);
  };
}
