/**
 * A plan moved to another outline template, e.g. a 2013 plan taken as the starting point of a plan
 * on the 2021–2030 programme. Each row and each area's section II text goes to the matching area
 * (`counterpartArea`: the same area, or the one the programme renamed); nothing else changes.
 */
import { formatAmount } from './vi-format.ts';
import { MAX_SECTION_TEXT_LENGTH, type Plan, type Tasks } from './schema.ts';
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
  // Two areas the programme joined can hold more text together than one area may: refuse rather
  // than write a draft the reader would not open again.
  for (const area of template.areas) {
    const length = tasks[area.id]?.length ?? 0;
    if (length > MAX_SECTION_TEXT_LENGTH) {
      return {
        ok: false,
        reason:
          `phần “${area.title}” sẽ dài ${formatAmount(length)} ký tự, quá giới hạn ` +
          `${formatAmount(MAX_SECTION_TEXT_LENGTH)} ký tự. Hãy rút gọn phần II của bản nháp trước khi sao chép.`,
      };
    }
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
