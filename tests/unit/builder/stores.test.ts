/** The builder's stores keep the plan valid and put right what was saved invalid, in memory. */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $drafts, $unreadable, refreshDrafts } from '../../../src/drafts/drafts.ts';
import { $draft, $plan, closeDraft, flushSave } from '../../../src/builder/stores/editor.ts';
import { setPlanYear, updateRow } from '../../../src/builder/stores/plan-actions.ts';
import {
  $merge,
  $mergeRefused,
  chooseMergeFile,
  confirmMerge,
  openPlanFile,
} from '../../../src/builder/stores/plan-files.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import {
  $notice,
  $repair,
  createDraftFromValue,
  duplicateDraft,
  openDraft,
} from '../../../src/builder/stores/workspace.ts';
import { finishRepair } from '../../../src/builder/stores/repair.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import { MAX_ROWS, MAX_YEAR, type Plan } from '../../../src/plan/schema.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const so = JSON.parse(
  readFileSync(
    new URL('../../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
    'utf8',
  ),
) as Plan;
/** The typos of issue 10 in a plan: a year 2103 and a budget of 2,000 billion đồng. */
const withTypos = (): Plan => ({
  ...so,
  rows: so.rows.map((row, i) =>
    i === 0
      ? { ...row, to: { ...row.to, year: 2103 } }
      : i === 1
        ? { ...row, budgetVnd: 2_000_000_000_000 }
        : row,
  ),
});

let storage: MemoryStorage;
const stored = () =>
  Object.fromEntries(
    Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((key) => [
      key,
      storage.getItem(key),
    ]),
  );
const open = async () => {
  const id = await createDraftFromValue(so, 'Ví dụ');
  flushSave();
  return id!;
};

beforeAll(() => loadRule());
beforeEach(() => {
  closeDraft();
  storage = new MemoryStorage();
  replaceStorage(storage);
  $repair.set(null);
  $notice.set(null);
});

describe('a value out of range typed in a field', () => {
  it('is refused with the reason, and nothing changes in the plan or in storage', async () => {
    await open();
    const before = stored();
    const row = $plan.get()!.rows[0]!;
    const year = updateRow(row.id, { to: { ...row.to, year: 2103 } }, 'to');
    expect(year).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: 'rows[0].to.year',
          message: expect.stringContaining('2100'),
        }),
      ],
    });
    const budget = updateRow(row.id, { budgetVnd: 2_000_000_000_000 }, 'budgetVnd');
    expect(budget.ok).toBe(false);
    expect($plan.get()!.rows[0]).toBe(row);
    flushSave();
    expect(stored()).toEqual(before);
    expect(updateRow(row.id, { to: { ...row.to, year: 2013 } }, 'to')).toEqual({ ok: true });
  });
});

describe('merging and copying past a limit', () => {
  it('refuses a merge past the limit of rows, with the reason, and keeps the preview', async () => {
    await open();
    const big: Plan = {
      ...so,
      rows: Array.from({ length: MAX_ROWS - so.rows.length + 1 }, (_, i) => ({
        ...so.rows[i % so.rows.length]!,
        id: `lon-${i}`,
        notes: String(i),
      })),
    };
    await chooseMergeFile(new File([JSON.stringify(big)], 'lon.json'));
    const rows = $plan.get()!.rows;
    await confirmMerge();
    expect($mergeRefused.get()).toEqual([expect.stringContaining(`quá giới hạn ${MAX_ROWS}`)]);
    expect($merge.get()).not.toBeNull();
    expect($plan.get()!.rows).toBe(rows);
  });

  it('refuses to copy a plan of the last year to the next one, and makes no draft', async () => {
    await open();
    setPlanYear(MAX_YEAR);
    flushSave();
    const before = stored();
    expect(await duplicateDraft($draft.get()!.id, { nextYear: true })).toBeUndefined();
    expect($notice.get()).toEqual({
      kind: 'error',
      text: expect.stringContaining(`quá năm ${MAX_YEAR}`),
    });
    expect(stored()).toEqual(before);
  });
});

describe('a saved draft the reader refuses', () => {
  const storeInvalid = (id: string) =>
    storage.setItem(
      `ke-hoach-cchc/draft/${id}`,
      JSON.stringify({
        kind: 'ke-hoach-cchc/draft',
        version: 1,
        id,
        name: 'Bản cũ',
        savedAt: '2026-01-01T00:00:00.000Z',
        revision: 3,
        savedBy: 'khac',
        plan: withTypos(),
      }),
    );

  it('stays in the list, opens in repair, and is a normal draft once put right', async () => {
    storeInvalid('cu');
    refreshDrafts();
    expect($drafts.get().map((d) => d.id)).toEqual(['cu']);
    expect(await openDraft('cu')).toBe(true);
    expect($repair.get()).toMatchObject({ source: 'draft', id: 'cu' });
    expect($repair.get()!.repair.fixes.map((fix) => fix.proposed)).toEqual([2100, 1e12]);
    refreshDrafts();
    expect($unreadable.get()).toEqual([]);
    expect($drafts.get().map((d) => d.id)).toEqual(['cu']);

    // One value put right: still under repair, with the other one left.
    await finishRepair(new Map([['rows[0].to.year', 2013]]));
    expect($repair.get()!.repair.fixes.map((fix) => fix.path)).toEqual(['rows[1].budgetVnd']);

    expect(await finishRepair(new Map([['rows[1].budgetVnd', 2_000_000]]))).toBe('cu');
    expect($repair.get()).toBeNull();
    expect($draft.get()).toMatchObject({ id: 'cu', revision: 4 });
    const record = JSON.parse(storage.getItem('ke-hoach-cchc/draft/cu')!);
    const read = readPlanValue(record.plan);
    expect(read.ok && [read.plan.rows[0]!.to.year, read.plan.rows[1]!.budgetVnd]).toEqual([
      2013, 2_000_000,
    ]);
  });

  it('is still set aside, kept, when it is not a plan at all', async () => {
    storage.setItem(
      'ke-hoach-cchc/draft/la',
      JSON.stringify({
        kind: 'ke-hoach-cchc/draft',
        version: 1,
        id: 'la',
        name: 'Lạ',
        savedAt: '2026-01-01T00:00:00.000Z',
        revision: 1,
        savedBy: 'khac',
        plan: { ...so, version: 99 },
      }),
    );
    expect(await openDraft('la')).toBe(false);
    expect($repair.get()).toBeNull();
    expect($unreadable.get()).toHaveLength(1);
  });
});

describe('a plan file with values out of range', () => {
  it('opens in repair, then as a new draft with the proposed values', async () => {
    const file = new File([JSON.stringify(withTypos())], 'ke-hoach.json');
    expect(await openPlanFile(file)).toBeUndefined();
    expect($repair.get()).toMatchObject({ source: 'file', fileName: 'ke-hoach.json' });
    expect(stored()).toEqual({});
    const proposals = new Map(
      $repair.get()!.repair.fixes.map((fix) => [fix.path, fix.proposed] as const),
    );
    const id = await finishRepair(proposals);
    expect(id).toBeDefined();
    expect($plan.get()!.rows[0]!.to.year).toBe(MAX_YEAR);
    expect(Object.keys(stored())).toEqual([`ke-hoach-cchc/draft/${id}`]);
  });
});
