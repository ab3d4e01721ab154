/**
 * The plan model: what a unit's annual CCHC plan holds, how it is stored and read, and how it is
 * checked against the letter and the outline. No UI and no Node built-ins: the builder runs it in
 * the browser, the CLI and tests in Node.
 */
export {
  areaOf,
  isAreaOf,
  areaSectionHeading,
  areaTableHeading,
  counterpartArea,
  DEFAULT_TEMPLATE_ID,
  isTemplateId,
  outlineTemplates,
  templateById,
  templateIds,
  templateOf,
  type AreaId,
  type OutlineTemplate,
  type TemplateId,
} from './templates.ts';
export { CURRENT_VERSION, MAX_FILE_BYTES, PLAN_FORMAT, PLAN_SCHEMA_PATH } from './file-format.ts';
export {
  areaIdSchema,
  planSchema,
  rowSchema,
  signingForms,
  MAX_ROWS,
  MAX_ROW_BUDGET_VND,
  MAX_NAME_LENGTH,
  MAX_SENTENCE_LENGTH,
  MAX_SECTION_TEXT_LENGTH,
  MAX_LIST_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MIN_YEAR,
  MAX_YEAR,
  type Plan,
  type PlanUnit,
  type PlanDocument,
  type PlanRow,
  type MonthYear,
  type Organisation,
  type InspectionPlan,
  type DisseminationPlan,
  type ProvincePlan,
  type SigningForm,
  type Tasks,
  type TaskProgress,
  type Reporting,
  type PeriodReport,
} from './schema.ts';
export { createPlan, type NewPlanOptions } from './create.ts';
export { newRowId } from './row-id.ts';
export { readPlanFile, readPlanValue, MAX_PROBLEMS, type ReadResult } from './read/index.ts';
export type { ReadProblem } from './read/problem.ts';
export { migrate, migrations, OLDEST_VERSION } from './migrations/index.ts';
export { computeTotals, type AreaTotal, type PlanTotals } from './totals.ts';
export {
  formatDate,
  formatDocumentDate,
  formatMonthYear,
  formatPeriod,
  formatRate,
  formatVnd,
} from './vi-format.ts';
export { checkPlan, countFindings, rules, type FindingCounts } from './rules/index.ts';
export {
  severityLabels,
  severityOrder,
  type Citation,
  type Finding,
  type Rule,
  type Severity,
} from './rules/types.ts';
export {
  formatPoints,
  scorePlan,
  type ScoreCriterion,
  type ScoreOptions,
  type SelfScore,
} from './self-score.ts';
export { describePath, pathToString, type FieldPath } from './paths.ts';
export { planJsonSchema } from './json-schema.ts';
export { readUnitName, type UnitNameReading } from './unit-names.ts';
export * from './progress/index.ts';
