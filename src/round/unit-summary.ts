/**
 * One unit's plan as the Sở Nội vụ's table shows it: who, which outline, when it was issued, what
 * the checker found, how much it covers and costs, its self-score and, for a plan being carried
 * out, how far it has got. The same checker, totals and score as the builder and `ke-hoach check`.
 */
import { hasProgress, planStateAt } from '../plan/progress/state.ts';
import { checkPlan, countFindings, type FindingCounts } from '../plan/rules/index.ts';
import type { Finding } from '../plan/rules/types.ts';
import type { Plan, PlanUnit } from '../plan/schema.ts';
import { scorePlan } from '../plan/self-score.ts';
import type { TemplateId } from '../plan/templates.ts';
import { computeTotals } from '../plan/totals.ts';

export interface UnitSummary {
  unitName: string;
  unitType: PlanUnit['type'];
  template: TemplateId;
  planYear: number;
  /** "45/KH-STP", or "" when the plan has no number yet. */
  documentNumber: string;
  issueDate: string | null;
  counts: FindingCounts;
  /** Areas of the template with at least one task in the table. */
  areasCovered: number;
  areaCount: number;
  tasks: number;
  /** Sum of the estimated budgets; tasks not estimated count as 0 here and are counted apart. */
  budgetVnd: number;
  unbudgetedTasks: number;
  score: { points: number; maxPoints: number };
  /** Only for a plan that records progress: its state on the day of the check. */
  progress: { asOf: string; completionRate: number | null; overdue: number } | null;
}

export interface CheckedPlan {
  summary: UnitSummary;
  /** Most serious first, as `checkPlan` returns them. */
  findings: Finding[];
}

/** The plan checked on `asOf` (ISO date: the rules about overdue tasks need a day). */
export function checkReceivedPlan(plan: Plan, asOf: string): CheckedPlan {
  const findings = checkPlan(plan, { asOf });
  const totals = computeTotals(plan);
  const score = scorePlan(plan, { asOf });
  const state = hasProgress(plan) ? planStateAt(plan, asOf) : null;
  const { number, symbol, issueDate } = plan.document;
  return {
    summary: {
      unitName: plan.unit.name,
      unitType: plan.unit.type,
      template: plan.template,
      planYear: plan.planYear,
      documentNumber: [number.trim(), symbol.trim()].filter(Boolean).join('/'),
      issueDate,
      counts: countFindings(findings),
      areasCovered: totals.areas.filter((area) => area.rowCount > 0).length,
      areaCount: totals.areas.length,
      tasks: totals.rowCount,
      budgetVnd: totals.budgetVnd,
      unbudgetedTasks: totals.unbudgetedRowCount,
      score: { points: score.points, maxPoints: score.maxPoints },
      progress: state && {
        asOf: state.cutOff,
        completionRate: state.completionRate,
        overdue: state.counts.overdue,
      },
    },
    findings,
  };
}
