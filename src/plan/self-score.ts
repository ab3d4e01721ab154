/**
 * A self-check against the plan criteria of the provincial PAR INDEX scoring. Cà Mau's 2013 scoring
 * of departments (QĐ 1880/QĐ-UBND, after QĐ 1294/QĐ-BNV) gave the annual plan 5 points: issued on
 * time (1, late 0.5); all areas covered and funds allocated (1); clear results and named units in
 * charge (1); share carried out (2); and the periodic reports 2 more. The last two can only be
 * judged from the plan's recorded progress, so they are scored once the plan is tracked
 * (`hasProgress`), by the thresholds of progress/scoring.ts.
 * Each criterion is judged by the same rules the checker runs, so the score and the findings agree.
 */
import { periodIds, periodLabels } from './progress/periods.ts';
import { caMau2013, completionBand, type TrackingScoring } from './progress/scoring.ts';
import { calendarOf, hasProgress, periodCutOff, planStateAt } from './progress/state.ts';
import type { Plan } from './schema.ts';
import { checkPlan } from './rules/index.ts';
import { areaFunded } from './rules/funding.ts';
import { areasCovered } from './rules/coverage.ts';
import { DEADLINE_FROM_YEAR, issueDeadline } from './rules/issue-date.ts';
import { leadUnitNamed, leadUnitSingle } from './rules/lead-unit.ts';
import { rowBudget, rowLeadUnit, rowProducts, rowSpecificTask } from './rules/row-fields.ts';
import type { Rule } from './rules/types.ts';
import { isBlank } from './rules/text.ts';
import { formatDate, formatRate, lazyNumberFormat } from './vi-format.ts';

export interface ScoreCriterion {
  id: 'issued-on-time' | 'areas-funded' | 'results-and-units' | 'plan-completion' | 'reports';
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

/**
 * "Mức độ hoàn thành kế hoạch": the completion rate at the annual report's cut-off, or at an
 * earlier day when asked (a mid-year look at where the plan stands).
 */
function planCompletion(plan: Plan, scoring: TrackingScoring, asOf?: string): ScoreCriterion {
  const annual = periodCutOff(plan, 'nam');
  const cutOff = asOf !== undefined && asOf < annual ? asOf : annual;
  const { counts } = planStateAt(plan, cutOff);
  const base = {
    id: 'plan-completion' as const,
    label: 'Mức độ hoàn thành kế hoạch',
    maxPoints: scoring.completion.maxPoints,
    ruleIds: [
      'progress-overdue-unmarked',
      'progress-completed-after-cutoff',
      'progress-dropped-without-reason',
    ],
  };
  const toCarryOut = counts.planned - counts.dropped;
  const when =
    cutOff === annual
      ? `Đến ngày ${formatDate(cutOff)} (số liệu báo cáo năm)`
      : `Đến ngày ${formatDate(cutOff)} (chưa hết năm; điểm chính thức tính theo số liệu đến ngày ${formatDate(annual)})`;
  if (toCarryOut === 0) {
    return {
      ...base,
      points: 0,
      explanation: `${when}: kế hoạch không còn nhiệm vụ nào phải thực hiện, nên chưa tính được tỷ lệ hoàn thành.`,
    };
  }
  const band = completionBand(scoring, counts.done, toCarryOut);
  const dropped = counts.dropped > 0 ? `, trừ ${counts.dropped} nhiệm vụ không thực hiện` : '';
  return {
    ...base,
    points: band?.points ?? 0,
    explanation:
      `${when}: hoàn thành ${counts.done}/${toCarryOut} nhiệm vụ phải thực hiện ` +
      `(${counts.planned} nhiệm vụ của kế hoạch${dropped}), tỷ lệ ${formatRate(counts.done / toCarryOut)}, ` +
      `mức “${band?.label ?? scoring.completion.belowLabel}”.`,
  };
}

/** "báo cáo quý III, báo cáo năm". */
const reportList = (names: readonly string[]): string =>
  names.map((name) => `báo cáo ${name}`).join(', ');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Báo cáo CCHC định kỳ": the four reports sent by their deadlines, and with sections III–V. */
function periodicReports(plan: Plan, scoring: TrackingScoring): ScoreCriterion {
  const calendar = calendarOf(plan);
  const reports = plan.reporting?.reports ?? {};
  const late: string[] = [];
  const unsent: string[] = [];
  const incomplete: string[] = [];
  for (const period of periodIds) {
    const report = reports[period];
    const name = periodLabels[period];
    const { deadline } = calendar[period];
    if (report?.sentOn == null) unsent.push(name);
    else if (report.sentOn > deadline) {
      late.push(`${name} gửi ngày ${formatDate(report.sentOn)}, sau hạn ${formatDate(deadline)}`);
    }
    if (
      report === undefined ||
      [report.highlights, report.shortcomings, report.nextSteps, report.proposals].some(isBlank)
    ) {
      incomplete.push(name);
    }
  }
  const onTime = late.length === 0 && unsent.length === 0;
  const complete = incomplete.length === 0;
  const sentText = onTime
    ? 'Cả 4 báo cáo (quý I, 6 tháng, quý III, năm) gửi đúng hạn.'
    : `Chưa đủ 4 báo cáo đúng hạn: ${[
        ...late.map((text) => `báo cáo ${text}`),
        ...(unsent.length > 0 ? [`${reportList(unsent)} chưa ghi ngày gửi`] : []),
      ].join('; ')}.`;
  const contentText = complete
    ? 'Cả 4 báo cáo có đủ mục III, IV, V.'
    : `${capitalise(reportList(incomplete))} chưa viết đủ mục III (kết quả nổi bật; tồn tại, hạn chế), IV và V.`;
  return {
    id: 'reports',
    label: 'Báo cáo CCHC định kỳ',
    maxPoints: scoring.reports.onTimePoints + scoring.reports.completePoints,
    points:
      (onTime ? scoring.reports.onTimePoints : 0) + (complete ? scoring.reports.completePoints : 0),
    explanation: `${sentText} ${contentText}`,
    ruleIds: [],
  };
}

export interface ScoreOptions {
  /**
   * The day to judge the plan's completion on (ISO date), when earlier than the annual report's
   * cut-off; the annual cut-off otherwise.
   */
  asOf?: string;
  /** The province's thresholds; Cà Mau's of 2013 by default. */
  scoring?: TrackingScoring;
}

export function scorePlan(plan: Plan, { asOf, scoring = caMau2013 }: ScoreOptions = {}): SelfScore {
  const tracked = hasProgress(plan);
  const criteria: ScoreCriterion[] = [
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
  if (tracked) criteria.push(planCompletion(plan, scoring, asOf), periodicReports(plan, scoring));
  return {
    criteria,
    points: criteria.reduce((sum, criterion) => sum + criterion.points, 0),
    maxPoints: criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0),
    note: tracked
      ? 'Tự chấm theo tiêu chí “Kế hoạch CCHC năm” (5 điểm, gồm mức độ hoàn thành kế hoạch) và ' +
        `“Báo cáo CCHC” (2 điểm) của ${scoring.source}; mức độ hoàn thành tính từ tiến độ đã ghi ` +
        'cho từng nhiệm vụ, báo cáo tính từ ngày gửi và nội dung đã viết. Tỉnh khác có thể chấm khác.'
      : 'Tự chấm theo tiêu chí “Kế hoạch CCHC năm” của Chỉ số CCHC cấp tỉnh năm 2013 (5 điểm); ' +
        'tiêu chí “tỷ lệ hoàn thành kế hoạch” (2 điểm) và tiêu chí báo cáo chỉ chấm được khi ghi tiến độ ' +
        'thực hiện kế hoạch (phần “Theo dõi thực hiện”), nên chưa tính ở đây.',
  };
}
