/**
 * Merging another plan file into a plan: how a unit's office (Văn phòng) collects the rows each
 * division drafted. Rows come in with new ids; rows that say exactly what an existing row says
 * are marked as duplicates, for the user to skip or keep. A file on the other template (2012
 * outline or 2021–2030 programme) has its rows moved to the matching area of this plan's template.
 */
import { newRowId } from './row-id.ts';
import { MAX_ROWS, type Plan, type PlanRow } from './schema.ts';
import { counterpartArea, templateOf } from './templates.ts';

export interface MergeCandidateRow {
  row: PlanRow;
  /** The existing row it repeats, if any. */
  duplicateOf?: string;
}

export interface MergePreview {
  rows: MergeCandidateRow[];
  /** Objectives of the other plan that this plan does not have yet. */
  objectives: string[];
  /** The other plan's template, when it is not this plan's: its rows were moved to matching areas. */
  otherTemplate?: string;
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
  const template = templateOf(target);
  const rows = source.rows.flatMap((sourceRow): MergeCandidateRow[] => {
    // Every area of one template has a counterpart in the other (templates.ts); a row without
    // one could only come from a template added later, and is left out rather than misfiled.
    const areaId = counterpartArea(template, sourceRow.areaId);
    if (areaId === undefined) return [];
    const id = newRowId(taken);
    taken.add(id);
    const row = { ...sourceRow, id, areaId };
    const duplicateOf = existing.get(rowKey(row));
    return [duplicateOf ? { row, duplicateOf } : { row }];
  });
  const known = new Set(target.objectives.map(normal));
  const objectives = source.objectives.filter((text) => text.trim() && !known.has(normal(text)));
  const otherTemplate =
    source.template === target.template ? {} : { otherTemplate: templateOf(source).shortTitle };
  return { rows, objectives, ...otherTemplate };
}

export type MergeResult = { ok: true; plan: Plan } | { ok: false; reason: string };

/**
 * The plan with the chosen rows added at the end of their areas, and the new objectives; refused,
 * with what to do, when the table would pass its limit of rows.
 */
export function applyMerge(
  target: Plan,
  preview: MergePreview,
  keep: ReadonlySet<string>,
): MergeResult {
  const kept = preview.rows.filter(({ row }) => keep.has(row.id)).length;
  const total = target.rows.length + kept;
  if (total > MAX_ROWS) {
    return {
      ok: false,
      reason:
        `Gộp ${kept} nhiệm vụ sẽ làm bảng có ${total} nhiệm vụ, quá giới hạn ${MAX_ROWS} nhiệm vụ của một kế hoạch. ` +
        `Hãy bỏ chọn ít nhất ${total - MAX_ROWS} nhiệm vụ rồi gộp lại.`,
    };
  }
  const rows = [...target.rows];
  for (const { row } of preview.rows) {
    if (!keep.has(row.id)) continue;
    const lastOfArea = rows.findLastIndex((r) => r.areaId === row.areaId);
    rows.splice(lastOfArea === -1 ? rows.length : lastOfArea + 1, 0, row);
  }
  return {
    ok: true,
    plan: { ...target, rows, objectives: [...target.objectives, ...preview.objectives] },
  };
}
