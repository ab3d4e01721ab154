/**
 * The guidance checker and totals, kept up to date with the plan. Totals are cheap and follow
 * every keystroke. The checker's code loads the first time the user asks for a check (GOV.UK:
 * check on request, not on blur), then runs shortly after typing stops, so typing stays fast in
 * a long table.
 */
import { atom, computed } from 'nanostores';
import type { Finding } from '../../plan/rules/types.ts';
import { computeTotals } from '../../plan/totals.ts';
import { todayIso } from '../../plan/vi-format.ts';
import { $plan } from './editor.ts';

const CHECK_DELAY_MS = 250;

export const $totals = computed($plan, (plan) => (plan ? computeTotals(plan) : null));

export const $findings = atom<Finding[]>([]);

/** Findings show beside fields only once the user has asked for a check. */
export const $showFindings = atom(false);

type Checker = typeof import('../../plan/rules/index.ts');
let checker: Promise<Checker> | undefined;
const loadChecker = (): Promise<Checker> => {
  checker ??= import('../../plan/rules/index.ts').catch((error: unknown) => {
    checker = undefined; // try again on the next check, e.g. once the connection is back
    throw error;
  });
  return checker;
};

// The tracking rules judge a plan's progress as of today (plan/vi-format.ts, shared with the desk).
export { todayIso };

// The tracking rules (overdue, done after the cut-off) need the day of the check: `asOf`.
const checkOptions = (): Parameters<Checker['checkPlan']>[1] & { asOf: string } => ({
  asOf: todayIso(),
});

let timer: ReturnType<typeof setTimeout> | undefined;
let unsubscribe: (() => void) | undefined;

/** Runs the checker now and keeps it running on every change from then on. */
export async function checkNow(): Promise<Finding[]> {
  const { checkPlan } = await loadChecker();
  clearTimeout(timer);
  const plan = $plan.get();
  const findings = plan ? checkPlan(plan, checkOptions()) : [];
  $findings.set(findings);
  $showFindings.set(true);
  unsubscribe ??= $plan.listen((next) => {
    clearTimeout(timer);
    if (!next) {
      $findings.set([]);
      return;
    }
    timer = setTimeout(() => $findings.set(checkPlan(next, checkOptions())), CHECK_DELAY_MS);
  });
  return findings;
}

/** A new draft starts unchecked. */
export function resetChecks(): void {
  unsubscribe?.();
  unsubscribe = undefined;
  clearTimeout(timer);
  $findings.set([]);
  $showFindings.set(false);
}
