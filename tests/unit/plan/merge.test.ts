import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMerge, previewMerge } from '../../../src/plan/merge.ts';
import { readPlanFile } from '../../../src/plan/read/index.ts';
import type { Plan } from '../../../src/plan/schema.ts';

function example(name: string): Plan {
  const read = readPlanFile(
    readFileSync(new URL(`../../../content/examples/${name}.json`, import.meta.url)),
  );
  if (!read.ok) throw new Error(name);
  return read.plan;
}

describe('merging another plan file', () => {
  const office = example('so-noi-vu-tinh-mau-2013');
  const division: Plan = {
    ...office,
    objectives: [...office.objectives, 'Số hóa 100% hồ sơ thủ tục hành chính của Sở'],
    rows: [
      { ...office.rows[0]!, id: 'other-1' },
      { ...office.rows[1]!, id: 'other-2', specificTask: 'Một việc mới của phòng' },
    ],
  };

  it('flags rows that repeat an existing row, whatever their id', () => {
    const preview = previewMerge(office, division);
    expect(preview.rows[0]!.duplicateOf).toBe(office.rows[0]!.id);
    expect(preview.rows[1]!.duplicateOf).toBeUndefined();
  });

  it('gives incoming rows ids that no existing row has', () => {
    const preview = previewMerge(office, { ...division, rows: office.rows });
    const ids = new Set(office.rows.map((row) => row.id));
    for (const { row } of preview.rows) expect(ids.has(row.id)).toBe(false);
  });

  it('adds only the kept rows, each at the end of its area, and only new objectives', () => {
    const preview = previewMerge(office, division);
    const kept = new Set([preview.rows[1]!.row.id]);
    const merged = applyMerge(office, preview, kept);
    expect(merged.rows).toHaveLength(office.rows.length + 1);
    const added = merged.rows.findIndex((row) => row.id === preview.rows[1]!.row.id);
    const area = preview.rows[1]!.row.areaId;
    expect(merged.rows[added - 1]!.areaId).toBe(area);
    expect(merged.rows.slice(added + 1).every((row) => row.areaId !== area)).toBe(true);
    expect(merged.objectives).toEqual([
      ...office.objectives,
      'Số hóa 100% hồ sơ thủ tục hành chính của Sở',
    ]);
    expect(office.rows).toHaveLength(26);
  });
});
