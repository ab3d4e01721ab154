/**
 * The state of a plan at a cut-off date, computed from each task's recorded progress and never
 * stored: the counts per area and for the plan, and the completion rate the PAR INDEX scores.
 *
 * The rules, as the glossary and the reports state them:
 * - a task is done on time when its completion month is no later than its "đến" month, late
 *   otherwise (a done task without a month, or a task without a "đến", counts as on time);
 * - a task marked done with a completion date after the cut-off was not yet done at the cut-off,
 *   so it counts as in progress (the checker also flags the date);
 * - overdue = not done and not dropped, and its "đến" month ended before the cut-off;
 * - completion rate = done ÷ (planned − dropped): a task dropped by an amended plan leaves the
 *   denominator; null when nothing is left to carry out.
 * Dates are ISO strings compared as text, as elsewhere in the model: no time zone can shift them.
 */
import type { Plan, PlanRow, TaskProgress } from '../schema.ts';
import { templateOf, type AreaId } from '../templates.ts';
import { defaultCalendar, type PeriodId, type ReportingCalendar } from './periods.ts';

export type TaskState = 'done-on-time' | 'done-late' | 'in-progress' | 'not-started' | 'dropped';

export interface TaskAtCutOff {
  /** Index in `plan.rows`. */
  index: number;
  row: PlanRow;
  state: TaskState;
  /** Not done, not dropped, and its "đến" month ended before the cut-off. */
  overdue: boolean;
  /** The last day of the task's "đến" month (ISO), or null when the plan does not say. */
  dueBy: string | null;
}

export interface StateCounts {
  planned: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
  overdue: number;
  /** Tasks whose progress was never recorded (counted as not started). */
  notUpdated: number;
}

export interface AreaState {
  areaId: AreaId;
  counts: StateCounts;
  completionRate: number | null;
}

export interface PlanState {
  cutOff: string;
  counts: StateCounts;
  completionRate: number | null;
  /** One per area of the plan's template, in order, including areas without tasks. */
  areas: AreaState[];
  /** One per row, in table order. */
  tasks: TaskAtCutOff[];
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The last day of the task's "đến" month; the year's end when only the year is known. */
export function taskDueBy(row: PlanRow): string | null {
  const { month, year } = row.to;
  if (year === null) return null;
  const lastMonth = month ?? 12;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad(lastMonth)}-${pad(lastDay)}`;
}

/** "2013-03" or "2013-03-12" → the first day it may mean, for comparing with a cut-off. */
const earliestDay = (completedOn: string): string =>
  completedOn.length === 7 ? `${completedOn}-01` : completedOn;

/** Whether a completion date lies after the cut-off (a month counts from its first day). */
export function completedAfter(progress: TaskProgress, cutOff: string): boolean {
  return progress.completedOn !== null && earliestDay(progress.completedOn) > cutOff;
}

function doneOnTime(row: PlanRow, completedOn: string | null): boolean {
  if (completedOn === null || row.to.year === null) return true;
  const dueMonth = `${String(row.to.year).padStart(4, '0')}-${pad(row.to.month ?? 12)}`;
  return completedOn.slice(0, 7) <= dueMonth;
}

export function taskAtCutOff(row: PlanRow, index: number, cutOff: string): TaskAtCutOff {
  const progress = row.progress;
  const dueBy = taskDueBy(row);
  let state: TaskState;
  if (progress === undefined || progress.status === 'not-started') state = 'not-started';
  else if (progress.status === 'dropped') state = 'dropped';
  else if (progress.status === 'in-progress' || completedAfter(progress, cutOff)) {
    state = 'in-progress';
  } else state = doneOnTime(row, progress.completedOn) ? 'done-on-time' : 'done-late';
  const open = state === 'in-progress' || state === 'not-started';
  return { index, row, state, dueBy, overdue: open && dueBy !== null && dueBy < cutOff };
}

export const emptyCounts = (): StateCounts => ({
  planned: 0,
  done: 0,
  doneOnTime: 0,
  doneLate: 0,
  inProgress: 0,
  notStarted: 0,
  dropped: 0,
  overdue: 0,
  notUpdated: 0,
});

function add(counts: StateCounts, task: TaskAtCutOff): void {
  counts.planned++;
  if (task.state === 'done-on-time') counts.doneOnTime++;
  else if (task.state === 'done-late') counts.doneLate++;
  else if (task.state === 'in-progress') counts.inProgress++;
  else if (task.state === 'not-started') counts.notStarted++;
  else counts.dropped++;
  if (task.state === 'done-on-time' || task.state === 'done-late') counts.done++;
  if (task.overdue) counts.overdue++;
  if (task.row.progress === undefined) counts.notUpdated++;
}

/** done ÷ (planned − dropped), or null when every task was dropped or none is planned. */
export function completionRate(counts: StateCounts): number | null {
  const toCarryOut = counts.planned - counts.dropped;
  return toCarryOut === 0 ? null : counts.done / toCarryOut;
}

export function planStateAt(plan: Pick<Plan, 'rows' | 'template'>, cutOff: string): PlanState {
  const byArea = new Map<AreaId, StateCounts>();
  for (const area of templateOf(plan).areas) byArea.set(area.id, emptyCounts());
  const counts = emptyCounts();
  const tasks = plan.rows.map((row, index) => {
    const task = taskAtCutOff(row, index, cutOff);
    add(counts, task);
    const areaCounts = byArea.get(row.areaId);
    if (areaCounts) add(areaCounts, task);
    return task;
  });
  return {
    cutOff,
    counts,
    completionRate: completionRate(counts),
    areas: [...byArea].map(([areaId, areaCounts]) => ({
      areaId,
      counts: areaCounts,
      completionRate: completionRate(areaCounts),
    })),
    tasks,
  };
}

/** Whether a plan is being tracked: the tracking rules and score criteria apply only then. */
export function hasProgress(plan: Pick<Plan, 'rows' | 'reporting'>): boolean {
  return plan.reporting !== undefined || plan.rows.some((row) => row.progress !== undefined);
}

/** The plan's own calendar, or the national defaults for its year. */
export function calendarOf(plan: Pick<Plan, 'planYear' | 'reporting'>): ReportingCalendar {
  return plan.reporting?.calendar ?? defaultCalendar(plan.planYear);
}

/** A report's default cut-off: the last day of its data window. */
export function periodCutOff(plan: Pick<Plan, 'planYear' | 'reporting'>, period: PeriodId): string {
  return calendarOf(plan)[period].dataTo;
}

/**
 * The last day of the month of an ISO date: a period's data end on the 14th, but a task is due by
 * a month, so a task due "12/2013" belongs to the year whose data end on 14/12/2013.
 */
function monthEndOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 8)}${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** Whether a task is due within a period whose data run from `from` to `to` (see `monthEndOf`). */
export function dueWithin(task: TaskAtCutOff, from: string, to: string): boolean {
  return task.dueBy !== null && task.dueBy >= from && task.dueBy <= monthEndOf(to);
}

/**
 * What section IV of a report looks ahead to: the tasks not done by the cut-off that are due by
 * the end of the next period's data window (for the annual report, every task left open).
 */
export function tasksDueNext(
  state: PlanState,
  calendar: ReportingCalendar,
  next: PeriodId | null,
): TaskAtCutOff[] {
  const until = next === null ? null : monthEndOf(calendar[next].dataTo);
  return state.tasks.filter(
    (task) =>
      (task.state === 'in-progress' || task.state === 'not-started') &&
      (until === null || task.dueBy === null || task.dueBy <= until),
  );
}
