/**
 * Carrying the plan out: each task's progress and the periodic reports, edited through `edit` like
 * any other change (saved, undoable, checked against the schema). Loaded with the tracking and
 * report sections only, never at start-up.
 *
 * What the user is looking at (the cut-off date, the report's period) is not part of the plan:
 * it lives here for the open draft and starts afresh with the next one.
 */
import { atom } from 'nanostores';
import type { PeriodReport, Plan, PlanRow, Reporting, TaskProgress } from '../../plan/schema.ts';
import {
  calendarOf,
  defaultCalendar,
  periodIds,
  type PeriodCalendar,
  type PeriodId,
  type TaskStatus,
} from '../../plan/progress/index.ts';
import { $draft, edit, type EditResult } from './editor.ts';

export const emptyProgress: TaskProgress = {
  status: 'not-started',
  completedOn: null,
  result: '',
  evidence: [],
  note: '',
};

const changeRow = (plan: Plan, rowId: string, change: (row: PlanRow) => PlanRow): Plan => ({
  ...plan,
  rows: plan.rows.map((row) => (row.id === rowId ? change(row) : row)),
});

/**
 * Sets a task's status. A task marked done gets the cut-off's month as its completion month when
 * it has none yet (the usual case: it is marked in the month it was finished); the user may change
 * it.
 */
export function setTaskStatus(rowId: string, status: TaskStatus, cutOff: string): EditResult {
  return edit(
    (plan) =>
      changeRow(plan, rowId, (row) => {
        const progress = row.progress ?? emptyProgress;
        const completedOn =
          status === 'done' && progress.completedOn === null
            ? cutOff.slice(0, 7)
            : progress.completedOn;
        return { ...row, progress: { ...progress, status, completedOn } };
      }),
    // Arrowing through the options is one step of undo, not one per option passed.
    `rows.${rowId}.progress.status`,
  );
}

/** Changes a field of a task's progress; typing in one field undoes as one step. */
export function updateProgress(
  rowId: string,
  patch: Partial<TaskProgress>,
  field: keyof TaskProgress,
): EditResult {
  return edit(
    (plan) =>
      changeRow(plan, rowId, (row) => ({
        ...row,
        progress: { ...(row.progress ?? emptyProgress), ...patch },
      })),
    `rows.${rowId}.progress.${field}`,
  );
}

/** The plan's reporting, starting from the national calendar of its year when it has none. */
const reportingOf = (plan: Plan): Reporting =>
  plan.reporting ?? { calendar: defaultCalendar(plan.planYear), reports: {} };

const emptyReport: PeriodReport = {
  sentOn: null,
  highlights: '',
  shortcomings: '',
  nextSteps: '',
  proposals: '',
};

/** Changes one date of a period's calendar; the plan keeps a calendar from then on. */
export function updateCalendar(
  period: PeriodId,
  patch: Partial<PeriodCalendar>,
  field: keyof PeriodCalendar,
): EditResult {
  return edit((plan) => {
    const reporting = reportingOf(plan);
    return {
      ...plan,
      reporting: {
        ...reporting,
        calendar: { ...reporting.calendar, [period]: { ...reporting.calendar[period], ...patch } },
      },
    };
  }, `reporting.calendar.${period}.${field}`);
}

/** Puts a period's calendar back to 581/BNV-CCHC's dates for the plan's year. */
export function resetCalendar(period: PeriodId): EditResult {
  return edit((plan) => {
    if (!plan.reporting) return plan;
    return {
      ...plan,
      reporting: {
        ...plan.reporting,
        calendar: { ...plan.reporting.calendar, [period]: defaultCalendar(plan.planYear)[period] },
      },
    };
  });
}

/** Changes what one report says (sections III–V) or when it was sent. */
export function updateReport(
  period: PeriodId,
  patch: Partial<PeriodReport>,
  field: keyof PeriodReport,
): EditResult {
  return edit((plan) => {
    const reporting = reportingOf(plan);
    return {
      ...plan,
      reporting: {
        ...reporting,
        reports: {
          ...reporting.reports,
          [period]: { ...(reporting.reports[period] ?? emptyReport), ...patch },
        },
      },
    };
  }, `reporting.reports.${period}.${field}`);
}

/**
 * The report a unit is most likely writing: within the plan's year (or before it), the first
 * whose deadline has not passed by today; after the year, the first not yet sent once some are
 * (a plan tracked part of the way, like the example carried to 14/9), else the annual one.
 */
export function defaultPeriod(plan: Pick<Plan, 'planYear' | 'reporting'>, today: string): PeriodId {
  const calendar = calendarOf(plan);
  const due = periodIds.find((period) => calendar[period].deadline >= today);
  if (due !== undefined) return due;
  const reports = plan.reporting?.reports;
  const anySent = periodIds.some((period) => reports?.[period]?.sentOn);
  return (anySent && periodIds.find((period) => !reports?.[period]?.sentOn)) || 'nam';
}

/**
 * The cut-off the tracking section counts at: today when it falls within the plan's year, else
 * the data window's end of the report most likely being written (`defaultPeriod`).
 */
export function defaultCutOff(plan: Pick<Plan, 'planYear' | 'reporting'>, today: string): string {
  return today.slice(0, 4) === String(plan.planYear)
    ? today
    : calendarOf(plan)[defaultPeriod(plan, today)].dataTo;
}

/** The cut-off chosen for the open draft, or null for the default; likewise the period. */
export const $cutOff = atom<string | null>(null);
export const $period = atom<PeriodId | null>(null);

let viewOf: string | undefined;
// A new draft starts from its defaults.
$draft.subscribe((draft) => {
  if (draft?.id === viewOf) return;
  viewOf = draft?.id;
  $cutOff.set(null);
  $period.set(null);
});
