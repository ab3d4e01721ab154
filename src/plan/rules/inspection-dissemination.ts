/**
 * Letter II and III: besides the plan, each unit plans its own inspection of CCHC work and the
 * dissemination of the programme to its staff and the public. Either may be a separate section of
 * the plan or a task in the "chỉ đạo, điều hành" area.
 */
import { citations } from './citations.ts';
import { foldedRowText, isBlank } from './text.ts';
import type { Rule, RuleContext } from './types.ts';

function directionRowMentions(context: RuleContext, pattern: RegExp): boolean {
  return (context.rowsByArea.get('chi-dao-dieu-hanh') ?? []).some((index) => {
    const row = context.plan.rows[index];
    return row !== undefined && pattern.test(foldedRowText(context, row));
  });
}

export const inspectionPlanned: Rule = {
  id: 'inspection-planned',
  title: 'Có kế hoạch kiểm tra CCHC',
  severity: 'goi-y',
  citation: citations.inspection,
  check: (context) => {
    const { inspectionPlan } = context.plan;
    if (
      (inspectionPlan && !isBlank(inspectionPlan.scope)) ||
      directionRowMentions(context, /\bkiem tra\b/)
    )
      return [];
    return [
      {
        path: ['inspectionPlan'],
        message:
          'Chưa có kế hoạch kiểm tra CCHC: đơn vị cần tự kiểm tra tiến độ, kết quả các nhiệm vụ của kế hoạch này ' +
          '(định kỳ hoặc đột xuất). Thêm phần “Kế hoạch kiểm tra” hoặc một nhiệm vụ kiểm tra ở lĩnh vực chỉ đạo, điều hành.',
      },
    ];
  },
};

export const disseminationPlanned: Rule = {
  id: 'dissemination-planned',
  title: 'Có kế hoạch tuyên truyền CCHC',
  severity: 'goi-y',
  citation: citations.dissemination,
  check: (context) => {
    const { disseminationPlan } = context.plan;
    if (
      (disseminationPlan && !isBlank(disseminationPlan.content)) ||
      directionRowMentions(context, /\b(tuyen truyen|pho bien|quan triet)\b/)
    ) {
      return [];
    }
    return [
      {
        path: ['disseminationPlan'],
        message:
          'Chưa có kế hoạch tuyên truyền CCHC: đơn vị cần quán triệt trong cán bộ, công chức, viên chức và tuyên truyền ' +
          'rộng rãi trong nhân dân. Thêm phần “Kế hoạch tuyên truyền” hoặc một nhiệm vụ tuyên truyền ở lĩnh vực chỉ đạo, điều hành.',
      },
    ];
  },
};
