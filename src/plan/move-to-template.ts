/**
 * A plan moved to another outline template, e.g. a 2013 plan taken as the starting point of a plan
 * on the 2021–2030 programme. Each row and each area's section II text goes to the matching area
 * (`counterpartArea`: the same area, or the one the programme renamed); nothing else changes.
 */
import type { Plan, Tasks } from './schema.ts';
import { counterpartArea, templateById, type TemplateId } from './templates.ts';

export type MoveOutcome = { ok: true; plan: Plan } | { ok: false; reason: string };

export function moveToTemplate(plan: Plan, templateId: TemplateId): MoveOutcome {
  const template = templateById(templateId);
  if (!template.unitTypes.includes(plan.unit.type)) {
    return {
      ok: false,
      reason: `${template.shortTitle} không dành cho loại đơn vị của kế hoạch này.`,
    };
  }
  const rows = plan.rows.map((row) => ({ ...row, areaId: counterpartArea(template, row.areaId) }));
  const tasks: Tasks = Object.fromEntries(template.areas.map((area) => [area.id, '']));
  for (const [areaId, text] of Object.entries(plan.tasks)) {
    const target = counterpartArea(template, areaId);
    if (target === undefined) {
      return { ok: false, reason: `Lĩnh vực “${areaId}” không có lĩnh vực tương ứng.` };
    }
    tasks[target] = [tasks[target], text].filter((part) => part?.trim()).join('\n');
  }
  if (rows.some((row) => row.areaId === undefined)) {
    // Every area has a counterpart today (a unit test checks it); refuse rather than drop a row.
    return { ok: false, reason: 'Có nhiệm vụ không xếp được vào lĩnh vực nào của đề cương mới.' };
  }
  return {
    ok: true,
    plan: {
      ...plan,
      template: template.id,
      tasks,
      rows: rows as Plan['rows'],
    },
  };
}
