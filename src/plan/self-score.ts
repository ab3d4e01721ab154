/**
 * A self-check against the plan criteria of the provincial PAR INDEX scoring. Cà Mau's 2013 scoring
 * of departments (QĐ 1880/QĐ-UBND, after QĐ 1294/QĐ-BNV) gave the annual plan 5 points: issued on
 * time (1, late 0.5); all areas covered and funds allocated (1); clear results and named units in
 * charge (1); share carried out (2). The last can only be scored at the year's end, so it is left out.
 * Each criterion is judged by the same rules the checker runs, so the score and the findings agree.
 */
import type { Plan } from './schema.ts';
import { checkPlan } from './rules/index.ts';
import { areaFunded } from './rules/funding.ts';
import { areasCovered } from './rules/coverage.ts';
import { DEADLINE_FROM_YEAR, issueDeadline } from './rules/issue-date.ts';
import { leadUnitNamed, leadUnitSingle } from './rules/lead-unit.ts';
import { rowBudget, rowLeadUnit, rowProducts, rowSpecificTask } from './rules/row-fields.ts';
import type { Rule } from './rules/types.ts';
import { formatDate, lazyNumberFormat } from './vi-format.ts';

export interface ScoreCriterion {
  id: 'issued-on-time' | 'areas-funded' | 'results-and-units';
  label: string;
  maxPoints: number;
  points: number;
  /** Why this many points, in Vietnamese. */
  explanation: string;
  /** The checker rules whose findings explain a lost point. */
  ruleIds: string[];
}

export interface SelfScore {
  criteria: ScoreCriterion[];
  points: number;
  maxPoints: number;
  /** What the score leaves out, in Vietnamese. */
  note: string;
}

function issuedOnTime(plan: Plan): ScoreCriterion {
  const base = {
    id: 'issued-on-time' as const,
    label: 'Ban hành kế hoạch đúng thời hạn',
    maxPoints: 1,
    ruleIds: ['issue-date-missing', 'issue-date-deadline'],
  };
  const { issueDate } = plan.document;
  if (issueDate === null) return { ...base, points: 0, explanation: 'Chưa có ngày ban hành.' };
  if (plan.planYear < DEADLINE_FROM_YEAR) {
    return {
      ...base,
      points: 1,
      explanation: `Kế hoạch năm ${plan.planYear}: thời hạn 31/12 năm trước áp dụng từ kế hoạch năm ${DEADLINE_FROM_YEAR}.`,
    };
  }
  const deadline = issueDeadline(plan.planYear);
  return issueDate <= deadline
    ? {
        ...base,
        points: 1,
        explanation: `Ban hành ngày ${formatDate(issueDate)}, trong thời hạn (chậm nhất ${formatDate(deadline)}).`,
      }
    : {
        ...base,
        points: 0.5,
        explanation: `Ban hành ngày ${formatDate(issueDate)}, sau thời hạn ${formatDate(deadline)}: ban hành muộn được 0,5 điểm.`,
      };
}

/** Full points when none of `criterionRules` has a finding; otherwise none, with the count why. */
function byRules(
  plan: Plan,
  base: Omit<ScoreCriterion, 'points' | 'explanation' | 'ruleIds'>,
  criterionRules: readonly Rule[],
  passed: string,
): ScoreCriterion {
  const findings = checkPlan(plan, { rules: criterionRules });
  const ruleIds = criterionRules.map((rule) => rule.id);
  if (plan.rows.length === 0) {
    return { ...base, ruleIds, points: 0, explanation: 'Bảng mục III chưa có nhiệm vụ nào.' };
  }
  if (findings.length === 0) {
    return { ...base, ruleIds, points: base.maxPoints, explanation: passed };
  }
  return {
    ...base,
    ruleIds,
    points: 0,
    explanation: `Còn ${findings.length} chỗ chưa đạt; xem các mục “${[
      ...new Set(findings.map((finding) => finding.ruleId)),
    ]
      .map((id) => criterionRules.find((rule) => rule.id === id)?.title ?? id)
      .join('”, “')}” trong kết quả kiểm tra.`,
  };
}

/** "2,5": points with the Vietnamese decimal comma. */
export const formatPoints = lazyNumberFormat({ maximumFractionDigits: 1 });

export function scorePlan(plan: Plan): SelfScore {
  const criteria = [
    issuedOnTime(plan),
    byRules(
      plan,
      {
        id: 'areas-funded',
        label: 'Xác định đầy đủ các lĩnh vực và bố trí kinh phí',
        maxPoints: 1,
      },
      [areasCovered, rowBudget, areaFunded],
      'Đủ 7 lĩnh vực, mọi nhiệm vụ đều có kinh phí dự kiến và lĩnh vực nào cũng được bố trí kinh phí.',
    ),
    byRules(
      plan,
      {
        id: 'results-and-units',
        label: 'Xác định rõ kết quả, sản phẩm và đơn vị chủ trì',
        maxPoints: 1,
      },
      [rowSpecificTask, rowProducts, rowLeadUnit, leadUnitSingle, leadUnitNamed],
      'Mọi nhiệm vụ đều có việc cụ thể, sản phẩm và một đơn vị chủ trì được nêu tên.',
    ),
  ];
  return {
    criteria,
    points: criteria.reduce((sum, criterion) => sum + criterion.points, 0),
    maxPoints: criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0),
    note:
      'Tự chấm theo tiêu chí “Kế hoạch CCHC năm” của Chỉ số CCHC cấp tỉnh năm 2013 (5 điểm); ' +
      'tiêu chí “tỷ lệ hoàn thành kế hoạch” (2 điểm) chỉ chấm được khi tổng kết năm nên không tính ở đây.',
  };
}
