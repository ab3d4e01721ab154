/** What the builder offers while a row is written: names already used, the outline's tasks, its place. */
import { describe, expect, it } from 'vitest';
import { fullAreasOf } from '../../../src/outline/areas.ts';
import { createPlan } from '../../../src/plan/create.ts';
import { describeRow, rowPositionInArea, rowPositions } from '../../../src/plan/paths.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { suggestedTasks } from '../../../src/plan/starter-tasks.ts';
import { templateIds } from '../../../src/plan/templates.ts';
import { unitNamesIn } from '../../../src/plan/unit-names-used.ts';
import { example } from './fixtures.ts';

describe('unitNamesIn', () => {
  it('lists every unit named in the plan once, trimmed, in Vietnamese order', () => {
    const so = example('so');
    const plan: Plan = {
      ...so,
      unit: { ...so.unit, name: ' Sở Nội vụ ' },
      rows: [
        { ...so.rows[0]!, leadUnit: 'Văn phòng Sở', coordinatingUnits: ['Sở Tư pháp', ' '] },
        { ...so.rows[1]!, leadUnit: 'Ban Tổ chức', coordinatingUnits: ['Sở Nội vụ', 'Đài PTTH'] },
        { ...so.rows[2]!, leadUnit: '', coordinatingUnits: [] },
      ],
    };
    expect(unitNamesIn(plan)).toEqual([
      'Ban Tổ chức',
      'Đài PTTH',
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Văn phòng Sở',
    ]);
  });
});

describe('suggestedTasks', () => {
  it('offers a new plan nothing its table already has, and every starter once it is removed', () => {
    for (const template of templateIds) {
      for (const unitType of ['so', 'huyen', 'xa'] as const) {
        const plan = createPlan({ unitType, planYear: 2026, template });
        for (const area of fullAreasOf(template)) {
          const rows = plan.rows.filter((row) => row.areaId === area.id);
          const used = new Set(rows.map((row) => row.generalTask));
          const offered = suggestedTasks(area, unitType, used);
          for (const text of offered) expect(used.has(text), text).toBe(false);
          const all = suggestedTasks(area, unitType, new Set());
          for (const row of rows) expect(all, `${template} ${area.id}`).toContain(row.generalTask);
          // Conditional points are offered too, beside the unconditional ones a plan starts with.
          expect(all.length).toBe(offered.length + rows.length);
        }
      }
    }
  });

  it('keeps to points that apply to the unit type, without a closing full stop', () => {
    const [area] = fullAreasOf('de-cuong-2012');
    for (const text of suggestedTasks(area!, 'huyen', new Set())) expect(text).not.toMatch(/\.$/);
    const forSo = suggestedTasks(area!, 'so', new Set());
    const forHuyen = suggestedTasks(area!, 'huyen', new Set());
    expect(forSo).not.toEqual(forHuyen);
  });
});

describe('rowPositionInArea', () => {
  it('numbers rows within their area, as the exported table and describeRow do', () => {
    const plan = example('so');
    const positions = rowPositions(plan.rows);
    plan.rows.forEach((_, index) => {
      expect(rowPositionInArea(plan.rows, index)).toBe(positions[index]);
      expect(describeRow(index, plan)).toBe(describeRow(index, { ...plan, positions }));
    });
    expect(rowPositionInArea(plan.rows, plan.rows.length)).toBe(0);
  });
});
