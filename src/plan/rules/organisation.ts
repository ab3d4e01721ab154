/** Outline IV: the plan says who is responsible, who monitors, where the money comes from, and how results are reported. */
import { organisationLabels } from '../labels.ts';
import type { Organisation } from '../schema.ts';
import { citations } from './citations.ts';
import { isBlank } from './text.ts';
import type { Rule } from './types.ts';

/** What each field should say, in the outline's own terms. */
const hints: Record<keyof Organisation, string> = {
  responsibilities:
    'xác định rõ trách nhiệm của tập thể lãnh đạo và các đơn vị trực thuộc trong tổ chức triển khai kế hoạch, cơ chế báo cáo.',
  monitoring: 'phân định rõ đơn vị theo dõi, kiểm tra, đôn đốc, chỉ đạo việc thực hiện.',
  funding:
    'nêu kinh phí thực hiện lấy từ ngân sách theo dự trù hằng năm, từ các dự án, đề án (nếu có) và các nguồn hợp pháp khác.',
  reporting:
    'nêu nhiệm vụ tổng kết, đánh giá kết quả triển khai CCHC hằng năm của đơn vị và các đơn vị trực thuộc.',
};

export const organisationComplete: Rule = {
  id: 'organisation-complete',
  title: 'Mục IV đầy đủ',
  severity: 'loi',
  citation: citations.outlineOrganisation,
  check: ({ plan }) =>
    (Object.keys(hints) as (keyof Organisation)[])
      .filter((field) => isBlank(plan.organisation[field]))
      .map((field) => ({
        path: ['organisation', field],
        message: `Mục IV chưa có nội dung “${organisationLabels[field]}”: ${hints[field]}`,
      })),
};
