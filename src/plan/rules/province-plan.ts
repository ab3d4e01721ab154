/**
 * Letter I: a unit's plan is built on the province's annual plan; I.3: a plan issued before the
 * province's must be reviewed against it and amended. Neither applies to the province's own plan
 * (UBND tỉnh): it is the plan the others are built on.
 */
import { formatDate } from '../vi-format.ts';
import { citations } from './citations.ts';
import { isBlank } from './text.ts';
import type { Rule } from './types.ts';

export const provincePlanReference: Rule = {
  id: 'province-plan-reference',
  title: 'Nêu kế hoạch của tỉnh làm căn cứ',
  severity: 'goi-y',
  citation: citations.planning,
  check: ({ plan }) =>
    plan.unit.type !== 'tinh' && isBlank(plan.provincePlan.reference)
      ? [
          {
            path: ['provincePlan', 'reference'],
            message:
              'Chưa ghi kế hoạch CCHC năm của tỉnh làm căn cứ: ghi số, ngày của văn bản để người đọc đối chiếu ' +
              'mục tiêu, nhiệm vụ của đơn vị với kế hoạch của tỉnh.',
          },
        ]
      : [],
};

export const provincePlanReview: Rule = {
  id: 'province-plan-review',
  title: 'Rà soát theo kế hoạch của tỉnh',
  severity: 'canh-bao',
  citation: citations.provincePlan,
  check: ({ plan }) => {
    const own = plan.document.issueDate;
    const province = plan.provincePlan.issueDate;
    if (plan.unit.type === 'tinh' || own === null || province === null || own >= province)
      return [];
    return [
      {
        path: ['document', 'issueDate'],
        message:
          `Kế hoạch ban hành ngày ${formatDate(own)}, trước kế hoạch CCHC của tỉnh (ngày ${formatDate(province)}): ` +
          'cần rà soát, đối chiếu với kế hoạch của tỉnh để bổ sung, sửa đổi cho phù hợp.',
      },
    ];
  },
};
