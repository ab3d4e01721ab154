/**
 * The round as JSON, for scripts and for a ministry's national roll-up: what `ke-hoach tong-hop
 * --format json` prints. Each unit's `counts` is shaped as `ke-hoach check --json`'s.
 */
import type { FindingCounts } from '../../plan/rules/index.ts';
import type { Severity } from '../../plan/rules/types.ts';
import type { PlanUnit } from '../../plan/schema.ts';
import {
  unitCounts,
  untakenProvinceTasks,
  type ProvinceRole,
  type RoundSettings,
  type RoundTally,
  type RoundView,
  type TaskMatch,
  type UnitSummary,
} from '../../round/index.ts';
import type { WordSource } from '../../round/word-source.ts';
import type { RoundExportOptions } from './round-text.ts';
import { mistakeRows } from './round-text.ts';

/** A plan against the province's: as `ke-hoach check --ke-hoach-tinh --json` prints it. */
export interface ProvinceTasksJson {
  file: string;
  tasks: {
    position: number;
    role: ProvinceRole;
    task: string;
    match: { position: number; task: string; share: number } | null;
    chosen: boolean;
  }[];
}

export function provinceTasksJson(file: string, matches: readonly TaskMatch[]): ProvinceTasksJson {
  return {
    file,
    tasks: matches.map(({ task, match, chosen }) => ({
      position: task.position,
      role: task.role,
      task: task.row.specificTask || task.row.generalTask,
      match: match && {
        position: match.position,
        task: match.row.specificTask || match.row.generalTask,
        share: match.share,
      },
      chosen,
    })),
  };
}

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
    /** The checker's findings and the province check's, counted together. */
    counts: FindingCounts;
    tasks: number;
    budgetVnd: number;
    score: UnitSummary['score'];
    progress: UnitSummary['progress'];
    /** Present when the round has the province's plan and this plan is kept. */
    province?: ProvinceTasksJson;
    /** What the plan was read from: a plan file, or a Word file. */
    source: 'json' | 'docx';
    /** For a plan read from Word: how many things the reader did not fully understand, by kind. */
    importReport?: WordSource['counts'];
  }[];
  /** The province's plan, and its tasks (lines of its table) no kept plan carries out. */
  province?: { file: string; unitName: string; untaken: number[] };
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
    units: view.units.map((unit) => {
      const { file, kept, onTime, rosterName } = unit;
      const { summary } = unit.checked;
      return {
        file,
        unitName: summary.unitName,
        unitType: summary.unitType,
        planYear: summary.planYear,
        kept,
        onTime,
        rosterName,
        documentNumber: summary.documentNumber,
        issueDate: summary.issueDate,
        counts: unitCounts(unit),
        tasks: summary.tasks,
        budgetVnd: summary.budgetVnd,
        score: summary.score,
        progress: summary.progress,
        ...(view.province && unit.province
          ? { province: provinceTasksJson(view.province.file, unit.province.matches) }
          : {}),
        source: unit.word ? ('docx' as const) : ('json' as const),
        ...(unit.word && { importReport: unit.word.counts }),
      };
    }),
    ...(view.province
      ? {
          province: {
            file: view.province.file,
            unitName: view.province.plan.unit.name,
            untaken: untakenProvinceTasks(view).map((task) => task.position),
          },
        }
      : {}),
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
