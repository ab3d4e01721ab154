import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMerge, previewMerge } from '../../../src/plan/merge.ts';
import { MAX_ROWS } from '../../../src/plan/schema.ts';
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
    const result = applyMerge(office, preview, kept);
    if (!result.ok) throw new Error(result.reason);
    const merged = result.plan;
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

  it('refuses, saying how many rows to leave out, to pass the limit of rows', () => {
    const preview = previewMerge(office, division);
    const keep = new Set(preview.rows.map(({ row }) => row.id));
    const room = MAX_ROWS - office.rows.length;
    const full = {
      ...office,
      rows: Array.from({ length: MAX_ROWS - 1 }, (_, i) => ({
        ...office.rows[i % office.rows.length]!,
        id: `r${i}`,
      })),
    };
    const refused = applyMerge(full, preview, keep);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.reason).toContain(`quá giới hạn ${MAX_ROWS} nhiệm vụ`);
    expect(refused.reason).toContain(`bỏ chọn ít nhất ${keep.size - 1} nhiệm vụ`);
    expect(room).toBeGreaterThan(0);
    const one = new Set([preview.rows[0]!.row.id]);
    const fits = applyMerge(full, preview, one);
    expect(fits.ok && fits.plan.rows).toHaveLength(MAX_ROWS);
  });
});
