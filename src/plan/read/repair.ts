/**
 * Which problems of a plan the user can put right in place, and what to propose for each.
 *
 * A value out of range (a year typed 2103, a budget of 2.000 billion đồng) or a text over its
 * length is still a plan: the draft or file opens in a repair view, each such value with the
 * nearest allowed value proposed, and nothing is lost. Anything else (not JSON, another format,
 * a newer version, a field that does not exist, a list that is too long) is not something to
 * repair value by value, and the reader refuses it as before.
 */
import type * as z from 'zod/mini';
import { pathToString, type FieldPath, type RowLocator } from '../paths.ts';
import { issueToProblems } from './issue-messages.ts';
import type { ReadProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** One value to put right. */
export interface RepairFix extends ReadProblem {
  segments: FieldPath;
  /** What the plan holds now: a number or a text. */
  current: number | string;
  /** The nearest value the reader accepts, offered to the user, never applied without them. */
  proposed: number | string;
}

/** A plan whose only problems are values to put right: its value as read, and the fixes. */
export interface Repair {
  /** The plan as read (cleaned and migrated), still with the values to put right. */
  value: Record<string, unknown>;
  fixes: RepairFix[];
  fromVersion: number;
  notices: string[];
}

/** Cuts a text to `max` UTF-16 units (the schema's measure) without splitting a character. */
function cut(text: string, max: number): string {
  const cutText = text.slice(0, max);
  const last = cutText.charCodeAt(cutText.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cutText.slice(0, -1) : cutText;
}

function proposalFor(issue: Issue): number | string | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const input: unknown = issue.input;
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof input === 'string') {
    return cut(input, Number(issue.maximum));
  }
  if (issue.origin !== 'number' && issue.origin !== 'int') return undefined;
  if (typeof input !== 'number') return undefined;
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  // Every limit of the schema is inclusive; an exclusive one would be one step inside.
  if (issue.inclusive !== false) return limit;
  return issue.code === 'too_big' ? limit - 1 : limit + 1;
}

/**
 * The fixes for a plan's schema issues, or undefined when one of them is not a value to put
 * right (then the plan is refused). Two limits on one value (an unsafe integer that is also over
 * the budget's cap) make one fix, with the tighter limit.
 */
export function fixesFor(issues: readonly Issue[], locator?: RowLocator): RepairFix[] | undefined {
  const byPath = new Map<string, RepairFix>();
  for (const issue of issues) {
    const proposed = proposalFor(issue);
    const current: unknown = issue.input;
    if (proposed === undefined || (typeof current !== 'number' && typeof current !== 'string')) {
      return undefined;
    }
    const path = pathToString(issue.path);
    const [problem] = issueToProblems(issue, locator);
    const earlier = byPath.get(path);
    if (earlier && typeof proposed === 'number' && typeof earlier.proposed === 'number') {
      const tighter =
        issue.code === 'too_big'
          ? Math.min(proposed, earlier.proposed)
          : Math.max(proposed, earlier.proposed);
      if (tighter === earlier.proposed) continue;
    }
    byPath.set(path, { ...problem!, segments: issue.path, current, proposed });
  }
  return [...byPath.values()];
}

/** A copy of `value` with `replacements` (machine path → new value) put in place. */
export function withValues(
  repair: Repair,
  replacements: ReadonlyMap<string, number | string | null>,
): Record<string, unknown> {
  const copy = structuredClone(repair.value);
  for (const fix of repair.fixes) {
    if (!replacements.has(fix.path)) continue;
    let parent: Record<PropertyKey, unknown> = copy;
    for (const segment of fix.segments.slice(0, -1)) {
      parent = parent[segment] as Record<PropertyKey, unknown>;
    }
    parent[fix.segments.at(-1)!] = replacements.get(fix.path);
  }
  return copy;
}
