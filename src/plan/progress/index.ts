/**
 * Carrying the plan out (file version 3): each task's status, the state of the plan at a cut-off
 * date, the periodic reports' calendar and their content. Pure functions over a plan, no UI.
 */
export * from './statuses.ts';
export * from './periods.ts';
export * from './state.ts';
export * from './report.ts';
export * from './scoring.ts';
