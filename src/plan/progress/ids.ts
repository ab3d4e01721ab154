/**
 * The ids the plan file's schema needs, apart from their labels, calendars and rules: the builder
 * reads a saved plan at start-up, and its tracking code, which uses the rest, loads on use.
 */
export const periodIds = ['quy-1', '6-thang', 'quy-3', 'nam'] as const;
export type PeriodId = (typeof periodIds)[number];

export const taskStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
