/**
 * The one rule the builder keeps: it never keeps a plan that the reader would refuse. The rule is
 * the schema itself, so every limit it sets (years, amounts, lengths, numbers of rows) is
 * enforced on every change without a check of its own; the problems come back in Vietnamese,
 * each with its path, for the field that made the change to show.
 *
 * Apart from the full reader (`./index.ts`) so that the builder loads only the schema and its
 * messages for this, not the migrations and the file decoding.
 */
import type * as z from 'zod/mini';
import type { RowLocator } from '../paths.ts';
import { planSchema, rowSchema, type Plan } from '../schema.ts';
import { issueToProblems } from './issue-messages.ts';
import type { ReadProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

const asLocator = (plan: unknown): RowLocator | undefined =>
  typeof plan === 'object' && plan !== null && Array.isArray((plan as RowLocator).rows)
    ? (plan as RowLocator)
    : undefined;

function problemsOf(issues: readonly Issue[], plan: unknown): ReadProblem[] {
  const locator = asLocator(plan);
  return issues.flatMap((issue) => issueToProblems(issue, locator));
}

/**
 * The rows that differ from `passed`'s, when nothing that rules across rows changed (the
 * template, the number of rows, each row's id and area): then the rest of the plan and those rows
 * decide alone. Undefined when the whole plan must be checked.
 */
function changedRows(plan: Plan, passed: Plan): number[] | undefined {
  if (plan.template !== passed.template || plan.rows.length !== passed.rows.length)
    return undefined;
  const changed: number[] = [];
  for (let i = 0; i < plan.rows.length; i++) {
    const row = plan.rows[i]!;
    const before = passed.rows[i]!;
    if (row === before) continue;
    if (row.id !== before.id || row.areaId !== before.areaId) return undefined;
    changed.push(i);
  }
  return changed;
}

/**
 * What the reader would refuse in this plan; empty when it reads back exactly as it is.
 *
 * `passed` is a plan this rule accepted, from which `plan` was made by a change: typing in one
 * row of a 1,000-row plan then checks that row and the rest of the plan, not every row again
 * (the schema's verdict is the same: a row's own checks depend on that row alone).
 */
export function refusalsOf(plan: unknown, passed?: Plan): ReadProblem[] {
  const rows = passed && changedRows(plan as Plan, passed);
  if (!rows) {
    const parsed = planSchema.safeParse(plan, { reportInput: true });
    return parsed.success ? [] : problemsOf(parsed.error.issues, plan);
  }
  const current = plan as Plan;
  const issues: Issue[] = [];
  const rest = planSchema.safeParse({ ...current, rows: [] }, { reportInput: true });
  if (!rest.success) issues.push(...rest.error.issues);
  for (const index of rows) {
    const row = rowSchema.safeParse(current.rows[index], { reportInput: true });
    if (!row.success) {
      issues.push(
        ...row.error.issues.map((issue) => ({ ...issue, path: ['rows', index, ...issue.path] })),
      );
    }
  }
  return problemsOf(issues, plan);
}
