/**
 * Merging another plan file into a plan: how a unit's office (Văn phòng) collects the rows each
 * division drafted. Rows come in with new ids; rows that say exactly what an existing row says
 * are marked as duplicates, for the user to skip or keep.
 */
import { newRowId } from './row-id.ts';
import type { Plan, PlanRow } from './schema.ts';

export interface MergeCandidateRow {
  row: PlanRow;
  /** The existing row it repeats, if any. */
  duplicateOf?: string;
}

export interface MergePreview {
  rows: MergeCandidateRow[];
  /** Objectives of the other plan that this plan does not have yet. */
  objectives: string[];
}

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** What a row says, without its id: two rows with the same key are the same task. */
function rowKey(row: PlanRow): string {
  return JSON.stringify([
    row.areaId,
    normal(row.generalTask),
    normal(row.specificTask),
    row.products.map(normal),
    normal(row.leadUnit),
    row.coordinatingUnits.map(normal),
    row.from,
    row.to,
    row.budgetVnd,
    normal(row.notes),
  ]);
}

export function previewMerge(target: Plan, source: Plan): MergePreview {
  const existing = new Map(target.rows.map((row) => [rowKey(row), row.id]));
  const taken = new Set(target.rows.map((row) => row.id));
  const rows = source.rows.map((row): MergeCandidateRow => {
    const id = newRowId(taken);
    taken.add(id);
    const duplicateOf = existing.get(rowKey(row));
    return duplicateOf ? { row: { ...row, id }, duplicateOf } : { row: { ...row, id } };
  });
  const known = new Set(target.objectives.map(normal));
  const objectives = source.objectives.filter((text) => text.trim() && !known.has(normal(text)));
  return { rows, objectives };
}

/** The plan with the chosen rows added at the end of their areas, and the new objectives. */
export function applyMerge(target: Plan, preview: MergePreview, keep: ReadonlySet<string>): Plan {
  const rows = [...target.rows];
  for (const { row } of preview.rows) {
    if (!keep.has(row.id)) continue;
    const lastOfArea = rows.findLastIndex((r) => r.areaId === row.areaId);
    rows.splice(lastOfArea === -1 ? rows.length : lastOfArea + 1, 0, row);
  }
  return { ...target, rows, objectives: [...target.objectives, ...preview.objectives] };
}
