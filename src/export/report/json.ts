/**
 * A periodic report's figures as JSON, for scripts and for the provincial tools that gather
 * every unit's reports: the period, the cut-off, the counts and the completion rate (a share
 * from 0 to 1, or null when nothing is left to carry out), per area and for the plan, and each
 * task's state. Read from the report model, as every other format.
 */
import { buildPeriodReport, type ReportOptions } from '../../plan/progress/report.ts';
import type { PeriodId } from '../../plan/progress/periods.ts';
import type { StateCounts } from '../../plan/progress/state.ts';
import type { Plan } from '../../plan/schema.ts';
import { taskStateLabel, type CountKey } from './report-text.ts';

export type ReportCounts = Record<CountKey, number>;

export interface ReportSummary {
  period: PeriodId;
  title: string;
  planYear: number;
  unit: string;
  /** ISO dates. */
  dataFrom: string;
  cutOff: string;
  deadline: string;
  sentOn: string | null;
  counts: ReportCounts;
  completionRate: number | null;
  areas: { areaId: string; heading: string; counts: ReportCounts; completionRate: number | null }[];
  tasks: {
    id: string;
    areaId: string;
    name: string;
    state: string;
    overdue: boolean;
    dueBy: string | null;
    /** In Vietnamese, as the annex tables say it. */
    status: string;
    outcome: string;
  }[];
}

const counted = ({ notUpdated: _notUpdated, ...counts }: StateCounts): ReportCounts => counts;

export function reportSummary(
  plan: Plan,
  period: PeriodId,
  options: ReportOptions = {},
): ReportSummary {
  const model = buildPeriodReport(plan, period, options);
  return {
    period,
    title: model.title,
    planYear: plan.planYear,
    unit: plan.unit.name.trim(),
    dataFrom: model.calendar.dataFrom,
    cutOff: model.cutOff,
    deadline: model.calendar.deadline,
    sentOn: model.sentOn,
    counts: counted(model.state.counts),
    completionRate: model.state.completionRate,
    areas: model.areas.map((area) => ({
      areaId: area.areaId,
      heading: area.heading,
      counts: counted(area.counts),
      completionRate: area.completionRate,
    })),
    tasks: model.areas.flatMap((area) =>
      area.tasks.map((task) => ({
        id: task.row.id,
        areaId: task.row.areaId,
        name: task.name,
        state: task.state,
        overdue: task.overdue,
        dueBy: task.dueBy,
        status: taskStateLabel(task),
        outcome: task.outcome,
      })),
    ),
  };
}

/** Pretty-printed, text in NFC, ending in a newline, like the plan file. */
export function reportToJson(plan: Plan, period: PeriodId, options: ReportOptions = {}): string {
  return `${JSON.stringify(
    reportSummary(plan, period, options),
    (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value),
    2,
  )}\n`;
}
