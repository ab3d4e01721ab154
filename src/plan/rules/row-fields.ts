/**
 * Letter I.2, second bullet, and outline III: every row of the table says what will be done,
 * what it produces, who is in charge and what it costs.
 */
import type { PlanRow } from '../schema.ts';
import { citations } from './citations.ts';
import { isBlank } from './text.ts';
import type { Citation, Rule, RuleHit, Severity } from './types.ts';

/** A rule that looks at each row on its own and reports at most one field of it. */
function perRow(
  definition: { id: string; title: string; severity: Severity; citation: Citation },
  field: keyof PlanRow,
  isMissing: (row: PlanRow) => boolean,
  message: string,
): Rule {
  return {
    ...definition,
    check: ({ plan }) =>
      plan.rows.flatMap((row, index): RuleHit[] =>
        isMissing(row) ? [{ path: ['rows', index, field], message }] : [],
      ),
  };
}

export const rowGeneralTask = perRow(
  {
    id: 'row-general-task',
    title: 'Có nhiệm vụ chung',
    severity: 'canh-bao',
    citation: citations.outlineTable,
  },
  'generalTask',
  (row) => isBlank(row.generalTask),
  'Chưa ghi nhiệm vụ chung: ghi nhóm nhiệm vụ của Đề cương mà dòng này triển khai, ví dụ “Rà soát, cắt giảm thủ tục hành chính”.',
);

export const rowSpecificTask = perRow(
  {
    id: 'row-specific-task',
    title: 'Có nhiệm vụ cụ thể',
    severity: 'loi',
    citation: citations.taskAccountability,
  },
  'specificTask',
  (row) => isBlank(row.specificTask),
  'Chưa ghi nhiệm vụ cụ thể: ghi rõ việc sẽ làm, đủ để biết khi nào thì xong.',
);

export const rowProducts = perRow(
  {
    id: 'row-products',
    title: 'Có sản phẩm',
    severity: 'loi',
    citation: citations.taskAccountability,
  },
  'products',
  (row) => row.products.every(isBlank),
  'Chưa có sản phẩm: ghi kết quả cụ thể của nhiệm vụ (quyết định, báo cáo, phần mềm, lớp bồi dưỡng…), mỗi sản phẩm một dòng.',
);

export const rowLeadUnit = perRow(
  {
    id: 'row-lead-unit',
    title: 'Có cơ quan chủ trì',
    severity: 'loi',
    citation: citations.taskAccountability,
  },
  'leadUnit',
  (row) => isBlank(row.leadUnit),
  'Chưa có cơ quan chủ trì: ghi tên một phòng, ban hoặc đơn vị chịu trách nhiệm thực hiện nhiệm vụ.',
);

export const rowBudget = perRow(
  {
    id: 'row-budget',
    title: 'Có kinh phí dự kiến',
    severity: 'loi',
    citation: citations.taskAccountability,
  },
  'budgetVnd',
  (row) => row.budgetVnd === null,
  'Chưa có kinh phí dự kiến: ghi số tiền (đồng); nhiệm vụ không cần kinh phí thì ghi 0.',
);
