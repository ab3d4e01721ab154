/**
 * Letter I, last paragraph: from 2013 the annual plan is built from the fourth quarter of the
 * year before and issued by 31 December at the latest.
 */
import { formatDate } from '../vi-format.ts';
import { citations } from './citations.ts';
import type { Rule } from './types.ts';

/** The first plan year the deadline applies to. */
export const DEADLINE_FROM_YEAR = 2013;

/** The last day a plan for `planYear` can be issued on time, as an ISO date. */
export const issueDeadline = (planYear: number): string => `${planYear - 1}-12-31`;

export const issueDateMissing: Rule = {
  id: 'issue-date-missing',
  title: 'Có ngày ban hành',
  severity: 'canh-bao',
  citation: citations.deadline,
  check: ({ plan }) =>
    plan.document.issueDate === null
      ? [
          {
            path: ['document', 'issueDate'],
            message:
              'Chưa có ngày ban hành: ghi ngày dự kiến ký ban hành để kiểm tra thời hạn ' +
              `(kế hoạch năm ${plan.planYear} ban hành chậm nhất ngày ${formatDate(issueDeadline(plan.planYear))}).`,
          },
        ]
      : [],
};

export const issueDateDeadline: Rule = {
  id: 'issue-date-deadline',
  title: 'Ban hành đúng thời hạn',
  severity: 'loi',
  citation: citations.deadline,
  check: ({ plan }) => {
    const { issueDate } = plan.document;
    const deadline = issueDeadline(plan.planYear);
    if (plan.planYear < DEADLINE_FROM_YEAR || issueDate === null || issueDate <= deadline) {
      return [];
    }
    return [
      {
        path: ['document', 'issueDate'],
        message:
          `Kế hoạch năm ${plan.planYear} ban hành ngày ${formatDate(issueDate)}, sau thời hạn ${formatDate(deadline)}: ` +
          'kế hoạch CCHC năm phải được xây dựng từ quý IV năm trước và ban hành chậm nhất ngày 31 tháng 12.',
      },
    ];
  },
};

export const issueDatePlausible: Rule = {
  id: 'issue-date-plausible',
  title: 'Ngày ban hành hợp với năm kế hoạch',
  severity: 'canh-bao',
  citation: citations.deadline,
  check: ({ plan }) => {
    const { issueDate } = plan.document;
    // Earlier than the year before, or after the plan's own year: almost always a mistyped year.
    if (
      issueDate === null ||
      (issueDate >= `${plan.planYear - 1}-01-01` && issueDate <= `${plan.planYear}-12-31`)
    ) {
      return [];
    }
    return [
      {
        path: ['document', 'issueDate'],
        message:
          `Ngày ban hành ${formatDate(issueDate)} không khớp với năm kế hoạch ${plan.planYear}: ` +
          'kiểm tra lại năm của ngày ban hành hoặc năm kế hoạch.',
      },
    ];
  },
};
