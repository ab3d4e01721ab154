/**
 * The builder's one rule (`src/drafts/rule.ts`) before and after its schema loads: until then nothing
 * is judged valid, and a change is refused with a message rather than applied unchecked.
 */
import { describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $plan, edit, showDraft } from '../../../src/builder/stores/editor.ts';
import { loadRule, refusalsOf, ruleLoaded } from '../../../src/drafts/rule.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('the rule', () => {
  it('judges nothing, and lets no change through, before it has loaded', async () => {
    replaceStorage(new MemoryStorage());
    const so = example('so');
    showDraft({ id: 'd', name: 'Bản nháp', revision: 0 }, so);
    expect(ruleLoaded()).toBe(false);
    expect(refusalsOf(so)).toBeUndefined();
    const result = edit((plan) => ({ ...plan, planYear: 2014 }));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringContaining('đang tải') })],
    });
    expect($plan.get()).toBe(so);

    // `edit` started loading it; the same change then goes through.
    await loadRule();
    expect(ruleLoaded()).toBe(true);
    expect(edit((plan) => ({ ...plan, planYear: 2014 }))).toEqual({ ok: true });
  });

  it('refuses what the reader refuses, and passes what it reads', async () => {
    await loadRule();
    const so = example('so');
    expect(refusalsOf(so)).toEqual([]);
    const typo: Plan = { ...so, rows: [{ ...so.rows[0]!, budgetVnd: 2_000_000_000_000 }] };
    expect(refusalsOf(typo, so)).toEqual([expect.objectContaining({ path: 'rows[0].budgetVnd' })]);
    // A plan refused once is not remembered as passed.
    expect(refusalsOf(typo)).toHaveLength(1);
  });
});
