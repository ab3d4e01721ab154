/**
 * The one rule the builder keeps: it never keeps a plan that the reader would refuse. The rule is
 * the schema itself, so every limit it sets (years, amounts, lengths, numbers of rows) is
 * enforced on every change without a check of its own; the problems come back in Vietnamese,
 * each with its path, for the field that made the change to show.
 *
 * Apart from the full reader (`./index.ts`) so that the builder loads only the schema and its
 * messages for this, not the migrations and the file decoding.
 */
import type { RowLocator } from '../paths.ts';
import { planSchema } from '../schema.ts';
import { issueToProblems } from './issue-messages.ts';
import type { ReadProblem } from './problem.ts';

const asLocator = (plan: unknown): RowLocator | undefined =>
  typeof plan === 'object' && plan !== null && Array.isArray((plan as RowLocator).rows)
    ? (plan as RowLocator)
    : undefined;

/** What the reader would refuse in this plan; empty when it reads back exactly as it is. */
export function refusalsOf(plan: unknown): ReadProblem[] {
  const parsed = planSchema.safeParse(plan, { reportInput: true });
  if (parsed.success) return [];
  const locator = asLocator(plan);
  return parsed.error.issues.flatMap((issue) => issueToProblems(issue, locator));
}
