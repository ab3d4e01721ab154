/**
 * The guidance checker: every rule of the letter and the outline that a plan can be checked
 * against, run over one plan. Rules are listed in the order of the plan's own sections, so that
 * within each severity the findings read from the top of the document down.
 */
import { describePath, pathToString, rowPositions, type RowLocator } from '../paths.ts';
import type { Plan } from '../schema.ts';
import { templateOf, type AreaId } from '../templates.ts';
import { computeTotals } from '../totals.ts';
import { fastFold } from '../fast-fold.ts';
import { readUnitName, type UnitNameReading } from '../unit-names.ts';
import { areaTaskText, areasCovered } from './coverage.ts';
import { disseminationPlanned, inspectionPlanned } from './inspection-dissemination.ts';
import { issueDateDeadline, issueDateMissing, issueDatePlausible } from './issue-date.ts';
import {
  coordinatingNamed,
  coordinatingNotLead,
  leadUnitNamed,
  leadUnitSingle,
} from './lead-unit.ts';
import { objectiveMeasurable, objectiveSpecific, objectivesPresent } from './objectives.ts';
import { organisationComplete } from './organisation.ts';
import {
  progressCompletedAfterCutOff,
  progressDoneWithoutDate,
  progressDoneWithoutResult,
  progressDroppedWithoutReason,
  progressOverdueUnmarked,
} from './progress.ts';
import { provincePlanReference, provincePlanReview } from './province-plan.ts';
import { rowDuplicate } from './duplicates.ts';
import { areaFunded } from './funding.ts';
import {
  rowBudget,
  rowGeneralTask,
  rowLeadUnit,
  rowProducts,
  rowSpecificTask,
} from './row-fields.ts';
import { rowPeriodMissing, rowPeriodOrder, rowPeriodOutsideYear } from './row-period.ts';
import {
  severityOrder,
  type Finding,
  type Rule,
  type RuleContext,
  type Severity,
} from './types.ts';
import { unitNoLongerExists } from './unit-exists.ts';
import {
  legalDocumentsSuggested,
  legalDocumentsWording,
  socialisationScope,
  socialisationSuggested,
} from './unit-type.ts';

export const rules: readonly Rule[] = [
  unitNoLongerExists,
  issueDateMissing,
  issueDateDeadline,
  issueDatePlausible,
  provincePlanReference,
  provincePlanReview,
  objectivesPresent,
  objectiveSpecific,
  objectiveMeasurable,
  areaTaskText,
  legalDocumentsWording,
  legalDocumentsSuggested,
  socialisationSuggested,
  socialisationScope,
  areasCovered,
  areaFunded,
  rowGeneralTask,
  rowSpecificTask,
  rowProducts,
  rowLeadUnit,
  leadUnitSingle,
  leadUnitNamed,
  coordinatingNamed,
  coordinatingNotLead,
  rowPeriodMissing,
  rowPeriodOutsideYear,
  rowPeriodOrder,
  rowBudget,
  rowDuplicate,
  organisationComplete,
  inspectionPlanned,
  disseminationPlanned,
  progressOverdueUnmarked,
  progressCompletedAfterCutOff,
  progressDoneWithoutResult,
  progressDoneWithoutDate,
  progressDroppedWithoutReason,
];

export function createRuleContext(plan: Plan, asOf: string | null = null): RuleContext {
  const folded = new Map<string, string>();
  const readings = new Map<string, UnitNameReading>();
  const rowsByArea = new Map<AreaId, number[]>();
  plan.rows.forEach((row, index) => {
    const list = rowsByArea.get(row.areaId);
    if (list) list.push(index);
    else rowsByArea.set(row.areaId, [index]);
  });
  const fold = (text: string): string => {
    let result = folded.get(text);
    if (result === undefined) {
      result = fastFold(text);
      folded.set(text, result);
    }
    return result;
  };
  return {
    plan,
    template: templateOf(plan),
    totals: computeTotals(plan),
    rowsByArea,
    asOf,
    fold,
    readUnit: (name) => {
      let reading = readings.get(name);
      if (reading === undefined) {
        reading = readUnitName(name, fold);
        readings.set(name, reading);
      }
      return reading;
    },
  };
}

export interface CheckOptions {
  /** Defaults to every rule; the builder may check one section at a time. */
  rules?: readonly Rule[];
  /** The day of the check (ISO date): without it, the rules that depend on a date stay silent. */
  asOf?: string;
}

/** Runs the rules over a plan: most serious findings first, each with its place and citation. */
export function checkPlan(
  plan: Plan,
  { rules: selected = rules, asOf }: CheckOptions = {},
): Finding[] {
  const context = createRuleContext(plan, asOf ?? null);
  const locator: RowLocator = { ...plan, positions: rowPositions(plan.rows) };
  const findings: Finding[] = [];
  for (const rule of selected) {
    for (const hit of rule.check(context)) {
      const [section, index] = hit.path;
      const rowId =
        section === 'rows' && typeof index === 'number' ? plan.rows[index]?.id : undefined;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: hit.message,
        path: pathToString(hit.path),
        where: describePath(hit.path, locator),
        ...(rowId === undefined ? {} : { rowId }),
        citation: hit.citation ?? rule.citation,
      });
    }
  }
  const rank = (severity: Severity) => severityOrder.indexOf(severity);
  // Array.prototype.sort is stable, so rule order is kept within a severity.
  return findings.sort((a, b) => rank(a.severity) - rank(b.severity));
}

export type FindingCounts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { loi: 0, 'canh-bao': 0, 'goi-y': 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
