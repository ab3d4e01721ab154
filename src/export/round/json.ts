/**
 * The round as JSON, for scripts and for a ministry's national roll-up: what `ke-hoach tong-hop
 * --format json` prints. Each unit's `counts` is shaped as `ke-hoach check --json`'s.
 */
import type { FindingCounts } from '../../plan/rules/index.ts';
import type { Severity } from '../../plan/rules/types.ts';
import type { PlanUnit } from '../../plan/schema.ts';
import type { RoundSettings, RoundTally, RoundView, UnitSummary } from '../../round/index.ts';
import type { RoundExportOptions } from './round-text.ts';
import { mistakeRows } from './round-text.ts';

export interface RoundSummaryJson {
  round: { name: string; planYear: number | null; deadline: string | null };
  asOf: string;
  tally: RoundTally;
  units: {
    file: string;
    unitName: string;
    unitType: PlanUnit['type'];
    planYear: number;
    /** false: set aside, the same unit sent another plan that is kept. */
    kept: boolean;
    /** null: the plan or the round has no date. */
    onTime: boolean | null;
    /** The roster's spelling of the unit, or null. */
    rosterName: string | null;
    documentNumber: string;
    issueDate: string | null;
    counts: FindingCounts;
    tasks: number;
    budgetVnd: number;
    score: UnitSummary['score'];
    progress: UnitSummary['progress'];
  }[];
  unreadable: { file: string; message: string }[];
  missing: string[];
  mistakes: {
    ruleId: string;
    title: string;
    severity: Severity;
    citation: string;
    units: number;
  }[];
}

export function roundSummary(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): RoundSummaryJson {
  const citations = mistakeRows(view);
  return {
    round: { name: round.name, planYear: round.planYear, deadline: round.deadline },
    asOf: options.asOf,
    tally: view.tally,
    units: view.units.map(({ file, kept, onTime, rosterName, checked: { summary } }) => ({
      file,
      unitName: summary.unitName,
      unitType: summary.unitType,
      planYear: summary.planYear,
      kept,
      onTime,
      rosterName,
      documentNumber: summary.documentNumber,
      issueDate: summary.issueDate,
      counts: summary.counts,
      tasks: summary.tasks,
      budgetVnd: summary.budgetVnd,
      score: summary.score,
      progress: summary.progress,
    })),
    unreadable: view.unreadable.map(({ file, message }) => ({ file, message })),
    missing: view.missing,
    mistakes: view.mistakes.map((mistake, index) => ({
      ruleId: mistake.ruleId,
      title: mistake.title,
      severity: mistake.severity,
      citation: citations[index]?.citation ?? '',
      units: mistake.units,
    })),
  };
}

/** Pretty-printed, text in NFC, ending in a newline, like the plan file. */
export function roundToJson(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): string {
  return `${JSON.stringify(
    roundSummary(round, view, options),
    (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value),
    2,
  )}\n`;
}
