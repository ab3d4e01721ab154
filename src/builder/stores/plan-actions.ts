/**
 * Edits of the plan, as plain functions the components call. Each goes through `edit`, so it is
 * saved, undoable and checked like any other change, and returns what `edit` said: a field shows
 * a refusal (a value out of range, a text too long) beside itself.
 */
import { atom } from 'nanostores';
import type { AreaId } from '../../plan/templates.ts';
import { newRowId } from '../../plan/row-id.ts';
import type {
  DisseminationPlan,
  InspectionPlan,
  Organisation,
  PlanDocument,
  PlanRow,
  PlanUnit,
  ProvincePlan,
} from '../../plan/schema.ts';
import { $plan, edit, type EditResult } from './editor.ts';

export function updateUnit(patch: Partial<PlanUnit>, field: string): EditResult {
  return edit((plan) => ({ ...plan, unit: { ...plan.unit, ...patch } }), `unit.${field}`);
}

export function updateDocument(patch: Partial<PlanDocument>, field: string): EditResult {
  return edit(
    (plan) => ({ ...plan, document: { ...plan.document, ...patch } }),
    `document.${field}`,
  );
}

export function updateProvincePlan(patch: Partial<ProvincePlan>, field: string): EditResult {
  return edit(
    (plan) => ({ ...plan, provincePlan: { ...plan.provincePlan, ...patch } }),
    `provincePlan.${field}`,
  );
}

export function setPlanYear(planYear: number): EditResult {
  return edit((plan) => ({ ...plan, planYear }));
}

export function setObjectives(objectives: string[]): EditResult {
  return edit((plan) => ({ ...plan, objectives }), 'objectives');
}

export function setTaskText(areaId: AreaId, text: string): EditResult {
  return edit((plan) => ({ ...plan, tasks: { ...plan.tasks, [areaId]: text } }), `tasks.${areaId}`);
}

export function updateOrganisation(patch: Partial<Organisation>, field: string): EditResult {
  return edit(
    (plan) => ({ ...plan, organisation: { ...plan.organisation, ...patch } }),
    `organisation.${field}`,
  );
}

const emptyInspection: InspectionPlan = { scope: '', targets: [], timing: '', leadUnit: '' };
const emptyDissemination: DisseminationPlan = {
  content: '',
  audiences: '',
  methods: [],
  leadUnit: '',
};

export function updateInspectionPlan(
  patch: Partial<InspectionPlan> | null,
  field = '',
): EditResult {
  return edit(
    (plan) => ({
      ...plan,
      inspectionPlan:
        patch === null ? undefined : { ...(plan.inspectionPlan ?? emptyInspection), ...patch },
    }),
    `inspectionPlan.${field}`,
  );
}

export function updateDisseminationPlan(
  patch: Partial<DisseminationPlan> | null,
  field = '',
): EditResult {
  return edit(
    (plan) => ({
      ...plan,
      disseminationPlan:
        patch === null
          ? undefined
          : { ...(plan.disseminationPlan ?? emptyDissemination), ...patch },
    }),
    `disseminationPlan.${field}`,
  );
}

export function updateRow(rowId: string, patch: Partial<PlanRow>, field: string): EditResult {
  return edit(
    (plan) => ({
      ...plan,
      rows: plan.rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row)),
    }),
    `rows.${rowId}.${field}`,
  );
}

/**
 * Adds a row at the end of its area and returns its id; past the limit of rows it is refused,
 * and the reason shows as `$rowRefused`.
 */
export function addRow(areaId: AreaId, generalTask = ''): string | undefined {
  const id = newRowId();
  const result = edit((plan) => {
    const row: PlanRow = {
      id,
      areaId,
      generalTask,
      specificTask: '',
      products: [],
      leadUnit: '',
      coordinatingUnits: [],
      from: { month: null, year: plan.planYear },
      to: { month: null, year: plan.planYear },
      budgetVnd: null,
      notes: '',
    };
    const lastOfArea = plan.rows.findLastIndex((r) => r.areaId === areaId);
    const rows = [...plan.rows];
    rows.splice(lastOfArea + 1, 0, row);
    return { ...plan, rows };
  });
  $rowRefused.set(result.ok ? null : result.problems.map((problem) => problem.message));
  return result.ok ? id : undefined;
}

/** Moves a row up (-1) or down (+1) among the rows of its area. */
export function moveRow(rowId: string, direction: -1 | 1): EditResult {
  return edit((plan) => {
    const index = plan.rows.findIndex((row) => row.id === rowId);
    const row = plan.rows[index];
    if (!row) return plan;
    let other = index + direction;
    while (other >= 0 && other < plan.rows.length && plan.rows[other]!.areaId !== row.areaId)
      other += direction;
    if (other < 0 || other >= plan.rows.length) return plan;
    const rows = [...plan.rows];
    rows[index] = rows[other]!;
    rows[other] = row;
    return { ...plan, rows };
  });
}

/** Why the last row could not be added or put back (the table is full), for the area's page. */
export const $rowRefused = atom<string[] | null>(null);

/** The last deleted row, for "Hoàn tác". */
export const $deletedRow = atom<{ row: PlanRow; index: number; label: string } | null>(null);

export function deleteRow(rowId: string, label: string): void {
  const plan = $plan.get();
  const index = plan?.rows.findIndex((row) => row.id === rowId) ?? -1;
  const row = plan?.rows[index];
  if (!row) return;
  edit((current) => ({ ...current, rows: current.rows.filter((r) => r.id !== rowId) }));
  $deletedRow.set({ row, index, label });
}

export function undoDeleteRow(): void {
  const deleted = $deletedRow.get();
  if (!deleted) return;
  const result = edit((plan) => {
    const rows = [...plan.rows];
    rows.splice(Math.min(deleted.index, rows.length), 0, deleted.row);
    return { ...plan, rows };
  });
  $rowRefused.set(result.ok ? null : result.problems.map((problem) => problem.message));
  if (result.ok) $deletedRow.set(null);
}
