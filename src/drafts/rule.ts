/**
 * The one rule of every plan kept in the browser: none is kept, and none saved, that the reader
 * would refuse. The builder's `edit` checks every change against it and `saveDraft` checks again
 * before writing.
 *
 * The rule is the schema, which weighs about 10 kB gzip: it loads with the first section the user
 * opens (every edit starts in a section) and with any saved draft, not with the builder's first
 * page. A plan made by the model (`createPlan`) is valid by construction and is saved before then.
 */
import type { ReadProblem } from '../plan/read/problem.ts';
import type { Plan } from '../plan/schema.ts';

type Check = (plan: unknown, passed?: Plan) => ReadProblem[];
let check: Check | undefined;
let loading: Promise<void> | undefined;

/** Plans the rule has passed: a save need not check again what an edit just checked. */
const passed = new WeakSet<Plan>();

export function loadRule(): Promise<void> {
  loading ??= import('../plan/read/refusals.ts').then(
    (module) => {
      check = module.refusalsOf;
    },
    (error: unknown) => {
      loading = undefined; // try again next time, e.g. once the connection is back
      throw error;
    },
  );
  return loading;
}

export const ruleLoaded = (): boolean => check !== undefined;

/**
 * What the reader would refuse in `plan`; empty when it may be kept. Undefined while the rule has
 * not loaded yet. `from`, the plan it was made from by a change, lets a plan checked before be
 * checked again only where the change touched it.
 */
export function refusalsOf(plan: Plan, from?: Plan): ReadProblem[] | undefined {
  if (passed.has(plan)) return [];
  if (!check) return undefined;
  const problems = check(plan, from && passed.has(from) ? from : undefined);
  if (problems.length === 0) passed.add(plan);
  return problems;
}
