/**
 * The checks store (`stores/checks.ts`): totals follow every change; the checker's findings show
 * only once the user asks for a check, by the field (or section) that shows them, then follow the plan shortly
 * after typing stops, until a new draft starts unchecked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import {
  $findings,
  $showFindings,
  $totals,
  checkNow,
  resetChecks,
} from '../../../src/builder/stores/checks.ts';
import { $findingsByPlace, findingPlace } from '../../../src/builder/finding-place.ts';
import { $plan, closeDraft, showDraft } from '../../../src/builder/stores/editor.ts';
import { checkPlan } from '../../../src/plan/rules/index.ts';
import { computeTotals } from '../../../src/plan/totals.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const training = example('training');

beforeEach(() => {
  replaceStorage(new MemoryStorage());
  resetChecks();
  showDraft({ id: 'bai-tap', name: 'Bài tập', revision: 0 }, training);
});
afterEach(() => {
  closeDraft();
  vi.useRealTimers();
});

describe('totals', () => {
  it('follow the plan, and there are none without one', () => {
    expect($totals.get()).toEqual(computeTotals(training));
    const so = example('so');
    $plan.set(so);
    expect($totals.get()).toEqual(computeTotals(so));
    $plan.set(null);
    expect($totals.get()).toBeNull();
  });
});

describe('findings', () => {
  it('show beside their fields only once a check was asked for', async () => {
    expect($findingsByPlace.get().size).toBe(0);
    const findings = await checkNow();
    expect(findings).toEqual(checkPlan(training));
    expect(findings.length).toBeGreaterThan(10);
    expect($showFindings.get()).toBe(true);
    const byPlace = $findingsByPlace.get();
    expect([...byPlace.values()].flat()).toHaveLength(findings.length);
    for (const [place, list] of byPlace) {
      expect(list.every((finding) => findingPlace(finding.path).shownAt === place)).toBe(true);
    }
    // A field's group has the findings about its parts: the year of a period, an objective.
    expect(byPlace.get('objectives')?.map((finding) => finding.path)).toEqual([
      'objectives[0]',
      'objectives[1]',
    ]);
  });

  it('follow the plan a moment after a change, and stop on a new draft', async () => {
    await checkNow();
    vi.useFakeTimers();
    const so = example('so');
    $plan.set(so);
    expect($findings.get()).toEqual(checkPlan(training));
    vi.advanceTimersByTime(250);
    expect($findings.get()).toEqual(checkPlan(so));
    $plan.set(null);
    expect($findings.get()).toEqual([]);

    resetChecks();
    expect($showFindings.get()).toBe(false);
    $plan.set(training);
    vi.advanceTimersByTime(1000);
    expect($findings.get()).toEqual([]);
    expect($findingsByPlace.get().size).toBe(0);
  });
});
